"""Wire payloads of many cases at once, read with plain SQL (SQLAlchemy Core) instead of
loading mapped objects: a push batch of 200 cases reads one query per table.

The result is exactly :func:`app.sync.codec.case_payload` of the loaded aggregate (same
fields, same order of rows: by position, attachments by creation time, tombstones kept);
tests/sync/test_outbound.py compares both on demo cases.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import Attachment, Inspection, SeizedItem, Seizure, Subject
from app.sync import codec

_CHUNK = 500  # ids per IN (…), well under SQLite's variable limit


def _json_row(row: Any, names: Sequence[str]) -> dict[str, Any]:
    mapping = row._mapping
    out: dict[str, Any] = {}
    for n in names:
        value = mapping[n]
        out[n] = value if type(value) in codec._PLAIN else codec._json(value)
    return out


def _columns(model: type, names: Iterable[str], *extra: str) -> list[Any]:
    table = model.__table__  # type: ignore[attr-defined]
    return [table.c[n] for n in (*names, *extra)]


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _children(session: Session, model: type, key: str, ids: Sequence[uuid.UUID],
              names: Sequence[str], order: str = "position") -> dict[uuid.UUID, list[Any]]:
    grouped: dict[uuid.UUID, list[Any]] = defaultdict(list)
    table = model.__table__  # type: ignore[attr-defined]
    for part in _chunks(ids):
        columns = _columns(model, names) if key in names else _columns(model, names, key)
        stmt = (select(*columns).where(table.c[key].in_(part))
                .order_by(table.c[key], table.c[order], text("rowid")))
        for row in session.execute(stmt):
            grouped[row._mapping[key]].append(row)
    return grouped


def subject_payloads(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """id → (version, payload) of subjects, as codec.subject_payload makes them."""
    out: dict[uuid.UUID, dict[str, Any]] = {}
    names = codec._SUBJECT_FIELDS
    for part in _chunks(ids):
        stmt = select(*_columns(Subject, names, "id", "version")).where(Subject.__table__.c.id.in_(part))
        for row in session.execute(stmt):
            out[row.id] = {"id": str(row.id), "version": row.version, **_json_row(row, names)}
    return out


def case_payloads(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """id → payload of the cases ``ids`` (each the whole aggregate)."""
    ids = list(ids)
    heads: dict[uuid.UUID, Any] = {}
    for part in _chunks(ids):
        stmt = select(*_columns(Inspection, codec._CASE_FIELDS, "id")).where(
            Inspection.__table__.c.id.in_(part))
        heads.update({row.id: row for row in session.execute(stmt)})
    subjects = subject_payloads(session, sorted({h.subject_id for h in heads.values() if h.subject_id},
                                                key=str))
    parts = {
        name: _children(session, cls, "inspection_id", ids, codec._PART_FIELDS[name])
        for name, (_, cls) in codec._PART_CLASSES.items()
    }
    seizures = _children(session, Seizure, "inspection_id", ids, codec._SEIZURE_FIELDS)
    seizure_ids = [s.id for rows in seizures.values() for s in rows]
    items = _children(session, SeizedItem, "seizure_id", seizure_ids, codec._ITEM_FIELDS)
    files = _children(session, Attachment, "inspection_id", ids, codec._ATTACHMENT_FIELDS,
                      order="created_at")
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for cid, head in heads.items():
        payload = _json_row(head, codec._CASE_FIELDS)
        payload["subject"] = subjects.get(head.subject_id) if head.subject_id else None
        for name in codec._PART_CLASSES:
            payload[name] = [_json_row(r, codec._PART_FIELDS[name]) for r in parts[name].get(cid, [])]
        payload["seizures"] = [
            _json_row(s, codec._SEIZURE_FIELDS)
            | {"items": [_json_row(i, codec._ITEM_FIELDS) for i in items.get(s.id, [])]}
            for s in seizures.get(cid, [])
        ]
        payload["attachments"] = [_json_row(a, codec._ATTACHMENT_FIELDS) for a in files.get(cid, [])]
        out[cid] = payload
    return out
