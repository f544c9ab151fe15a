"""The rows the fast path of a pull inserts (app.sync.bulk): per table, every column given,
with the values app.sync.codec assigns to mapped records for the same change and the
mapped defaults of the rest (``now`` for creation and update times made on insert).

Each row is made at once as the parameters of a plain ``INSERT`` of every column: each
value passed through its column type's own bind processor (as SQLAlchemy stores it: ids
as hex, flags as 0/1, UTC times as text by app.models.base.sqlite_utc_text, the same text
several times faster), chosen once per column. Driver-level ``executemany`` of such tuples
skips SQLAlchemy's per-row parameter building, which was most of an initial pull's insert
time."""

from __future__ import annotations

import functools
import operator
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date, Dialect, Integer, Table, Uuid

from app.models import Attachment, Case, SeizedItem, Seizure, Subject, SyncState
from app.models.base import DecimalText, UTCDateTime, sqlite_utc_text
from app.models.sync_state import OK
from app.sync import codec, wire
from app.text import fold


def _table(model: type[Any]) -> Table:
    return model.__table__


_SUBJECT = _table(Subject)
_INSPECTION = _table(Case)
_SEIZURE = _table(Seizure)
_SEIZED_ITEM = _table(SeizedItem)
_ATTACHMENT = _table(Attachment)
_SYNC_STATE = _table(SyncState)
_PARTS: dict[str, tuple[Table, list[str]]] = {
    name: (_table(cls), codec._PART_FIELDS[name]) for name, (_, cls) in codec._PART_CLASSES.items()
}
_SUBJECT_FIELDS = list(wire.SubjectPayload.model_fields)
_CASE_FIELDS = codec._CASE_FIELDS
_SEIZURE_FIELDS = codec._SEIZURE_FIELDS
_ITEM_FIELDS = codec._ITEM_FIELDS
_ATTACHMENT_FIELDS = codec._ATTACHMENT_FIELDS


@dataclass
class PulledChange:
    """One change taken by the fast path, with what its rows need. ``payload`` is the
    change's wire payload as the server's feed carries it (see app.sync.bulk)."""

    change: wire.RecordChange
    payload: dict[str, Any]
    search: str | None = None  # a case's search text (None: a tombstone, not indexed)


class Rows:
    """The rows of a chunk, per table, as INSERT parameters (see the module's docstring)."""

    def __init__(self, now: datetime, dialect: Dialect) -> None:
        self.now, self.dialect = now, dialect
        self.now_text = sqlite_utc_text(now)
        self.tables: dict[Table, list[tuple[Any, ...]]] = {
            t: [] for t in (_SUBJECT, _INSPECTION,
                            *(table for table, _ in _PARTS.values()),
                            _SEIZURE, _SEIZED_ITEM, _ATTACHMENT,
                            _SYNC_STATE)
        }
        self.search: list[tuple[int, str]] = []

    def add(self, table: Table, wired: dict[str, Any] | None = None, **values: Any) -> None:
        """A row: ``values`` are Python values (ids, aware times), ``wired`` wire values of
        the payload (ids and times as their JSON text); columns given by neither get their
        defaults. Only the columns whose values need converting are looked at one by one."""
        shape = layout(table, self.dialect)
        row = shape.defaults | dict.fromkeys(shape.timed, self.now_text)
        if wired is not None:
            row.update(wired)
            for key, convert in shape.from_wire:
                value = wired.get(key)
                if value is not None:
                    row[key] = convert(value)
        for key, value in values.items():
            bind = shape.binds.get(key)
            row[key] = value if bind is None or value is None else bind(value)
        self.tables[table].append(shape.pick(row))

    def state(self, change: wire.RecordChange) -> None:
        """The sync state app.sync.outbox.confirm makes: the server holds this version."""
        self.add(_SYNC_STATE, record_id=change.id, entity=change.entity,
                 server_version=change.version, state=OK, failed_version=None,
                 field="", reason="", updated_at=self.now)

    def subject(self, sid: uuid.UUID, data: dict[str, Any], version: int, origin: str) -> None:
        self.add(_SUBJECT, {f: data[f] for f in _SUBJECT_FIELDS}, id=sid,
                 origin_device=origin, name_folded=fold(data["name"]), version=version)

    def case(self, t: PulledChange, local_no: int, officers: set[str]) -> None:
        change, payload = t.change, t.payload
        origin = str(change.origin_device or "")
        self.add(_INSPECTION, {f: payload[f] for f in _CASE_FIELDS}, id=change.id,
                 local_no=local_no, version=change.version, origin_device=origin,
                 created_at=change.created_at or self.now, updated_at=change.updated_at or self.now,
                 deleted_at=change.deleted_at, unit_id=change.unit_id)
        parent = {"inspection_id": change.id, "origin_device": origin}
        for name, (table, fields) in _PARTS.items():
            for part in payload[name]:
                values = {f: part[f] for f in fields}
                if name == "members" and values["officer_id"] not in officers:
                    values["officer_id"] = None  # a colleague's officer this laptop lacks
                self.add(table, values, **parent)
        for seizure in payload["seizures"]:
            self.add(_SEIZURE, {f: seizure[f] for f in _SEIZURE_FIELDS}, **parent)
            for item in seizure["items"]:
                self.add(_SEIZED_ITEM, {f: item[f] for f in _ITEM_FIELDS},
                         seizure_id=uuid.UUID(seizure["id"]), origin_device=origin)
        for ref in payload["attachments"]:
            self.add(_ATTACHMENT, {f: ref[f] for f in _ATTACHMENT_FIELDS}, **parent)
        if t.search is not None:
            self.search.append((local_no, t.search))


Convert = Callable[[Any], Any]


@dataclass(frozen=True)
class Layout:
    """How a row of one table is made (see :func:`layout`)."""

    sql: str  # the plain INSERT of every column
    pick: Callable[[dict[str, Any]], tuple[Any, ...]]  # the row's values in column order
    defaults: dict[str, Any]  # every column's default, as stored
    timed: tuple[str, ...]  # columns made on insert: ``now``
    binds: dict[str, Convert]  # Python value → stored, where it differs
    from_wire: tuple[tuple[str, Convert], ...]  # wire text → stored, where it differs


def _hex(text: str) -> str:
    """An id's wire text ("8-4-4-4-12", lower case) as stored: 32 hex digits."""
    if len(text) != 36:
        raise ValueError(f"not an id: {text!r}")
    return text.replace("-", "")


@functools.lru_cache(maxsize=4096)
def _utc_from_wire(text: str) -> str | None:
    return sqlite_utc_text(datetime.fromisoformat(text))


def _date_from_wire(text: str) -> str:
    return date.fromisoformat(text).isoformat()


def _decimal_from_wire(text: str) -> str:
    return format(Decimal(text).normalize(), "f")  # InvalidOperation for what is not a number


_FROM_WIRE: dict[type, Convert] = {Uuid: _hex, Boolean: int, Integer: int, Date: _date_from_wire,
                                   DecimalText: _decimal_from_wire}


@functools.cache
def layout(table: Table, dialect: Dialect) -> Layout:
    """How a row of ``table`` is made: per column its scalar default (or whether it is a time
    made on insert: ``now``), its bind processor and how its wire text is stored (ids, UTC
    times, flags, integers, dates and decimals checked and converted; text as it is)."""
    defaults: dict[str, Any] = {}
    timed: list[str] = []
    binds: dict[str, Convert] = {}
    from_wire: list[tuple[str, Convert]] = []
    for column in table.columns:
        kind = column.type
        bind = sqlite_utc_text if isinstance(kind, UTCDateTime) else kind._cached_bind_processor(dialect)
        if bind is not None:
            binds[column.key] = bind
        convert = _utc_from_wire if isinstance(kind, UTCDateTime) else _FROM_WIRE.get(type(kind))
        if convert is not None:
            from_wire.append((column.key, convert))
        default = None
        if column.default is not None and column.default.is_scalar:
            default = column.default.arg  # type: ignore[attr-defined]
        elif column.default is not None and column.default.is_callable and column.key != "id":
            timed.append(column.key)  # utcnow
        defaults[column.key] = default if bind is None or default is None else bind(default)
    keys = [c.key for c in table.columns]
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    marks = ", ".join("?" * len(keys))
    sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks})"  # noqa: S608
    return Layout(sql, operator.itemgetter(*keys), defaults, tuple(timed), binds, tuple(from_wire))
