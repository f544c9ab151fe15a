"""The fast path of a pull: cases and subjects new to this laptop, one executemany per table.

An initial pull is mostly records this laptop has never held: no local row, no sync state,
not parked, no open conflict. :class:`NewRecords` takes such changes of the kinds whose
binding (app.sync.bindings) has a :class:`FastPath` (cases and subjects) as the page goes
(in the page's order), collects their rows (app.sync.bulk_rows) and writes a chunk of them,
one plain executemany per table, inside the page's one transaction, under a savepoint:
subject, inspection, the case's row tables, seizures and seized items, attachments, sync
states and the search index (``case_search``), local numbers allocated for the chunk at
once. The rows are the ones the per-record path (app.sync.inbox.apply_change with
app.sync.codec) writes for the same changes: same values and defaults, local numbers in
the same order, the same search text (tests/sync/test_pull_bulk.py compares both table by
table).

Everything else goes through the per-record path, and the caller writes the chunk taken
so far before it applies such a change, so the page is still applied in order: a record
already here, an echo, a conflict, a parked change, a payload not in the server's canonical
form, any other entity, and a case whose embedded subject is not held here or is newer than the one
held (the per-record path writes the subject; a case may not insert its own subject there
— its flush comes first and the link fails — so it is parked until the subject arrives).

A chunk whose insert fails (an unknown catalogue code, a subject that is not here) is
rolled back to its savepoint and handed back to be applied record by record: the bad
record is parked, the rest applied.

Payloads are written from their wire form, not typed again with the wire models: every
payload in the server's feed was validated there with the same rules when it was pushed (or
made by the server from the models) and is stored in their canonical JSON, so ids, times,
dates and decimals arrive in one known text each, which bulk_rows turns into what SQLite
keeps. Typing them again cost 0.15 ms a case, a fifth of an initial pull. A payload that is
not in that form (a missing field, an id that is not one) is left to the per-record path,
which validates it and parks it with the reason; so is a chunk whose rows cannot be made.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.models import (
    Case,
    Commune,
    Officer,
    Subject,
    SyncConflict,
    SyncState,
)
from app.models.base import utcnow
from app.models.case_index import search_text
from app.sync import wire
from app.sync.bulk_rows import PulledChange, Rows, layout

log = logging.getLogger("thucdia.sync")

CHUNK = 500  # changes per insert (a pulled page); a failed chunk is applied again record by record


@dataclass
class HeldSubject:
    """A subject as this laptop holds it at this point of the page (``version`` None: not
    here), with its sync state: what a pulled case needs to know of it."""

    version: int | None = None
    has_state: bool = False
    server_version: int | None = None
    failed_version: int | None = None
    name: str = ""
    address: str = ""
    representative_name: str = ""
    id_number: str | None = None
    tax_code: str | None = None

    @property
    def writable(self) -> bool:
        """No local changes pending (app.sync.outbox.is_pending): a pull may update it."""
        return self.has_state and self.version in (self.server_version, self.failed_version)

    def hold(self, version: int, data: dict[str, Any]) -> None:
        """Now held at ``version`` with ``data`` (a wire payload; all read before any is kept,
        so a payload missing one leaves this as it was)."""
        held = (data["name"], data["address"], data["representative_name"], data["id_number"],
                data["tax_code"])
        self.version = version
        self.name, self.address, self.representative_name, self.id_number, self.tax_code = held


@dataclass
class NewRecords:
    """The fast path of one page (see the module's docstring). ``states``, ``local`` and
    ``parked`` are the page's app.sync.inbox.Known: what this laptop holds of its records
    (``states`` also gains the states the per-record path makes as the page goes)."""

    session: Session
    states: dict[uuid.UUID, Any]
    local: dict[uuid.UUID, Any]
    parked: set[uuid.UUID]
    changes: list[wire.RecordChange]
    paths: Mapping[str, FastPath]  # kind name → its fast path (the kinds that have one)
    pending: list[PulledChange] = field(default_factory=list)
    conflicts: set[uuid.UUID] = field(default_factory=set)
    subjects: dict[uuid.UUID, HeldSubject] = field(default_factory=dict)
    communes: dict[str, str] | None = None

    def __post_init__(self) -> None:
        ids = [c.id for c in self.changes if c.entity in self.paths]
        for start in range(0, len(ids), 500):
            self.conflicts.update(self.session.scalars(select(SyncConflict.record_id).where(
                SyncConflict.record_id.in_(ids[start:start + 500]), SyncConflict.resolved_at.is_(None))))
        self._read_subjects({sid for c in self.changes for sid in _subject_ids(c)})

    # --- taking changes --------------------------------------------------------------------

    def take(self, change: wire.RecordChange) -> bool:
        """Queue ``change`` if it is new here and the fast path can write it; False leaves
        it to the per-record path (write what was taken first)."""
        rid = change.id
        path = self.paths.get(change.entity)
        if (path is None or rid in self.states or rid in self.local
                or rid in self.parked or rid in self.conflicts):
            return False
        try:
            taken = path.take(self, change)
        except (KeyError, TypeError, ValueError, AttributeError):
            return False  # not the server's canonical form: the per-record path says why
        if taken is not None:
            self.pending.append(taken)
        return taken is not None

    @property
    def full(self) -> bool:
        return len(self.pending) >= CHUNK

    def forget(self, change: wire.RecordChange) -> None:
        """``change`` went through the per-record path: what it may have changed of the
        subjects held here is read again when next needed."""
        for sid in _subject_ids(change):
            self.subjects.pop(sid, None)

    # --- writing -----------------------------------------------------------------------------

    def write(self) -> tuple[list[wire.RecordChange], list[wire.RecordChange]]:
        """Insert what was taken; returns (written, failed). ``failed`` (the whole chunk,
        rolled back) is for the caller to apply record by record."""
        taken, self.pending = self.pending, []
        if not taken:
            return [], []
        self.session.flush()
        try:
            with self.session.begin_nested():
                self._insert(taken)
        except (SQLAlchemyError, KeyError, TypeError, ValueError, ArithmeticError) as exc:
            log.info("bulk insert of %d pulled records failed, one by one instead: %s",
                     len(taken), str(exc).splitlines()[0][:200])
            for t in taken:
                self.forget(t.change)
            return [], [t.change for t in taken]
        return [t.change for t in taken], []

    def _insert(self, taken: list[PulledChange]) -> None:
        connection = self.session.connection()
        rows = Rows(utcnow(), connection.dialect)
        for name, path in self.paths.items():
            path.rows(self, rows, [t for t in taken if t.change.entity == name])
        for t in taken:
            rows.state(t.change)
        for table, data in rows.tables.items():
            if data:
                connection.exec_driver_sql(layout(table, connection.dialect).sql, data)
        if rows.search:
            connection.exec_driver_sql("INSERT INTO case_search(rowid, body) VALUES (?, ?)",
                                       rows.search)

    # --- what the page needs to know, read in a few queries ----------------------------------

    def _read_subjects(self, ids: Iterable[uuid.UUID]) -> None:
        wanted = [i for i in ids if i not in self.subjects]
        for i in wanted:
            self.subjects[i] = HeldSubject()
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            for row in self.session.execute(
                select(Subject.id, Subject.version, Subject.name, Subject.address,
                       Subject.representative_name, Subject.id_number, Subject.tax_code)
                .where(Subject.id.in_(part))
            ):
                held = self.subjects[row.id]
                held.version, held.name, held.address = row.version, row.name, row.address
                held.representative_name = row.representative_name
                held.id_number, held.tax_code = row.id_number, row.tax_code
            for sid, server_version, failed_version in self.session.execute(
                select(SyncState.record_id, SyncState.server_version, SyncState.failed_version)
                .where(SyncState.record_id.in_(part))
            ):
                held = self.subjects[sid]
                held.has_state, held.server_version, held.failed_version = (
                    True, server_version, failed_version)

    def _subject(self, sid: uuid.UUID) -> HeldSubject:
        if sid not in self.subjects:
            self._read_subjects([sid])
        return self.subjects[sid]

    def _commune(self, code: str) -> str:
        if self.communes is None:  # read when the first case needs it: after the page's catalogues
            codes = {c.payload.get("commune_code") for c in self.changes if c.entity == "case"}
            codes = {c for c in codes if isinstance(c, str)} | {code}
            self.communes = dict(self.session.execute(
                select(Commune.code, Commune.name).where(Commune.code.in_(codes))).tuples().all())
        elif code not in self.communes:
            name = self.session.scalar(select(Commune.name).where(Commune.code == code))
            self.communes[code] = name or ""
        return self.communes.get(code) or ""

    def _officers(self, cases: list[PulledChange]) -> set[str]:
        """The officers named by ``cases`` that this laptop holds (wire ids)."""
        wanted = {m["officer_id"] for t in cases for m in t.payload["members"] if m["officer_id"]}
        if not wanted:
            return set()
        held = self.session.scalars(select(Officer.id).where(
            Officer.id.in_([uuid.UUID(w) for w in wanted])))
        return {str(i) for i in held}


# --- the fast paths of subjects and cases ------------------------------------------------------


@dataclass(frozen=True)
class FastPath:
    """How the fast path takes a kind's change (the :class:`PulledChange` to write, or None: the
    per-record path) and makes the rows of those taken in a chunk, in the page's order."""

    take: Callable[[NewRecords, wire.RecordChange], PulledChange | None]
    rows: Callable[[NewRecords, Rows, list[PulledChange]], None]


def _take_subject(new: NewRecords, change: wire.RecordChange) -> PulledChange | None:
    held = new._subject(change.id)
    if held.version is not None:
        return None
    held.hold(change.version, change.payload)
    held.has_state, held.server_version, held.failed_version = True, change.version, None
    return PulledChange(change, change.payload)


def _subject_rows(new: NewRecords, rows: Rows, taken: list[PulledChange]) -> None:
    for t in taken:
        rows.subject(t.change.id, t.payload, t.change.version, str(t.change.origin_device or ""))


def _take_case(new: NewRecords, change: wire.RecordChange) -> PulledChange | None:
    payload = change.payload
    embedded = payload["subject"]
    if embedded is not None:
        held = new._subject(uuid.UUID(embedded["id"]))
        if held.version is None or (held.writable and embedded["version"] > held.version):
            return None  # the case would write the subject: the per-record path
    search = None
    if change.deleted_at is None:
        subject_id = payload["subject_id"]
        linked = new._subject(uuid.UUID(subject_id)) if subject_id else None
        linked = linked if linked is not None and linked.version is not None else None
        commune = new._commune(payload["commune_code"]) if payload["commune_code"] else ""
        search = search_text(_Fields(payload), linked, commune)
    return PulledChange(change, payload, search)


def _case_rows(new: NewRecords, rows: Rows, taken: list[PulledChange]) -> None:
    """Local numbers allocated for the chunk at once, in the page's order."""
    if not taken:
        return
    officers = new._officers(taken)
    local_no = new.session.scalar(select(func.max(Case.local_no))) or 0
    for t in taken:
        local_no += 1
        rows.case(t, local_no, officers)


SUBJECTS = FastPath(_take_subject, _subject_rows)
CASES = FastPath(_take_case, _case_rows)


class _Fields:
    """Attribute access to a wire payload's fields (nested rows too), for code written for
    typed records (app.models.case_index.search_text)."""

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __getattr__(self, name: str) -> Any:
        value = self._data[name]
        if isinstance(value, list):
            return [_Fields(v) if isinstance(v, dict) else v for v in value]
        return _Fields(value) if isinstance(value, dict) else value


def _subject_ids(change: wire.RecordChange) -> list[uuid.UUID]:
    """Subjects a change may write: itself, or a case's embedded subject and its link."""
    if change.entity == "subject":
        return [change.id]
    if change.entity != "case":
        return []
    out = []
    embedded = change.payload.get("subject")
    for value in (embedded.get("id") if isinstance(embedded, dict) else None,
                  change.payload.get("subject_id")):
        try:
            out.append(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
        except ValueError:
            continue
    return out
