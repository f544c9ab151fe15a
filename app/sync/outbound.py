"""Wire payloads of many cases at once, read straight from SQLite: a push batch of 200
cases reads one query per table, and each stored value is turned into its wire text by a
SQL expression chosen once per column (ids, UTC times; flags become booleans in Python)
instead of being made into a Python object and back.

The result is exactly the loaded aggregate's fields (same order of rows: by position,
attachments by creation time, tombstones kept); tests/sync/test_outbound.py compares it
with one built from the mapped records on demo cases.
"""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Boolean, Table, Uuid
from sqlalchemy.orm import Session

from app.models import Attachment, Case, SeizedItem, Seizure, Subject
from app.models.base import UTCDateTime
from app.sync import codec

_CHUNK = 500  # ids per IN (…), well under SQLite's variable limit


def _dashed(h: str | None) -> str | None:
    return None if h is None else f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# SQL turning a stored value into its wire text (NULL stays NULL: ``NULL || …`` is NULL)
_DASHED = ("substr({c}, 1, 8) || '-' || substr({c}, 9, 4) || '-' || substr({c}, 13, 4) || '-' "
           "|| substr({c}, 17, 4) || '-' || substr({c}, 21)")
# SQLite's "YYYY-MM-DD HH:MM:SS.ffffff" (UTC) as datetime.isoformat() writes it aware
_UTC = ("replace(CASE WHEN {c} LIKE '%.000000' THEN substr({c}, 1, 19) ELSE {c} END, ' ', 'T') "
        "|| '+00:00'")


@functools.cache
def _columns(table: Table, names: tuple[str, ...]) -> tuple[str, tuple[int, ...]]:
    """The SELECT list giving each column as wire text (ids dashed, UTC times in ISO form,
    the rest as stored: text, numbers, dates "YYYY-MM-DD", decimals as canonical text), and
    the positions of the flags, which become booleans in Python."""
    exprs: list[str] = []
    flags: list[int] = []
    for i, name in enumerate(names):
        column, kind = f'"{name}"', table.c[name].type
        if isinstance(kind, Uuid):
            exprs.append(_DASHED.format(c=column))
        elif isinstance(kind, UTCDateTime):
            exprs.append(_UTC.format(c=column))
        else:
            exprs.append(column)
            if isinstance(kind, Boolean):
                flags.append(i)
    return ", ".join(exprs), tuple(flags)


def _select(session: Session, model: type, names: Sequence[str], key: str,
            ids: Sequence[uuid.UUID], order: str | None = None) -> list[tuple[Any, dict[str, Any]]]:
    """(raw key, wire dict) of the rows whose ``key`` is in ``ids``, ordered."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    names = tuple(names)
    columns, flags = _columns(table, names)
    rows: list[tuple[Any, dict[str, Any]]] = []
    session.flush()  # plain SQL does not flush pending changes by itself
    cursor = session.connection().connection.cursor()  # the session's own connection
    try:
        for start in range(0, len(ids), _CHUNK):
            part = [i.hex for i in ids[start:start + _CHUNK]]
            marks = ", ".join("?" * len(part))
            sql = f'SELECT "{key}", {columns} FROM {table.name} WHERE "{key}" IN ({marks})'  # noqa: S608
            if order:
                sql += f' ORDER BY "{key}", "{order}", rowid'
            for raw in cursor.execute(sql, part).fetchall():
                values = raw[1:]
                if flags:
                    values = list(values)
                    for i in flags:
                        values[i] = None if values[i] is None else bool(values[i])
                rows.append((raw[0], dict(zip(names, values, strict=True))))
    finally:
        cursor.close()
    return rows


def _grouped(rows: Iterable[tuple[Any, dict[str, Any]]]) -> dict[Any, list[dict[str, Any]]]:
    out: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for key, row in rows:
        out[key].append(row)
    return out


def subject_payloads(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """id → payload (with "id" and "version") of subjects, as codec.subject_payload makes them."""
    names = ("version", *codec._SUBJECT_FIELDS)
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for raw_id, row in _select(session, Subject, names, "id", ids):
        out[uuid.UUID(hex=raw_id)] = {"id": _dashed(raw_id), **row}
    return out


def case_payloads(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """id → payload of the cases ``ids`` (each the whole aggregate)."""
    ids = list(ids)
    heads = _select(session, Case, (*codec._CASE_FIELDS,), "id", ids)
    subject_ids = sorted({uuid.UUID(row["subject_id"]) for _, row in heads if row["subject_id"]},
                         key=str)
    subjects = {str(k): v for k, v in subject_payloads(session, subject_ids).items()}
    parts = {
        name: _grouped(_select(session, cls, codec._PART_FIELDS[name], "inspection_id", ids,
                               "position"))
        for name, (_, cls) in codec._PART_CLASSES.items()
    }
    seizures = _grouped(_select(session, Seizure, codec._SEIZURE_FIELDS, "inspection_id", ids,
                                "position"))
    seizure_ids = [uuid.UUID(s["id"]) for rows in seizures.values() for s in rows]
    items = _grouped(_select(session, SeizedItem, codec._ITEM_FIELDS, "seizure_id", seizure_ids,
                             "position"))
    files = _grouped(_select(session, Attachment, codec._ATTACHMENT_FIELDS, "inspection_id", ids,
                             "created_at"))
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for raw_id, payload in heads:
        subject_id = payload["subject_id"]
        payload["subject"] = subjects.get(subject_id) if subject_id else None
        for name in codec._PART_CLASSES:
            payload[name] = parts[name].get(raw_id, [])
        payload["seizures"] = [
            s | {"items": items.get(s["id"].replace("-", ""), [])}
            for s in seizures.get(raw_id, [])
        ]
        payload["attachments"] = files.get(raw_id, [])
        out[uuid.UUID(hex=raw_id)] = payload
    return out
