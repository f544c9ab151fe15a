"""A conflict seen field by field, and settled field by field.

``conflict_changes`` lists every field that differs between this laptop's version and the
server's, rows of a case's lists included ("Hàng hóa (dòng 1) › Số lượng"), matched by
their ids. ``merge`` keeps the server's version (app.sync.conflicts.resolve), then takes
the chosen fields from this laptop's version through the case service (save_case): the
result is a new version on top of the server's, carried by the next sync like any save.

Only a case can be merged this way (its fields map onto the editor's form); other records
are kept whole. Functions flush; the caller commits.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound
from app.models import SyncConflict
from app.services.case_entry import CaseEntry
from app.services.cases import get_case_entry, save_case
from app.services.context import Actor
from app.sync.conflicts import KEEP_SERVER, resolve
from app.sync.field_labels import field_label, value_text

MERGED = "merged"
# bookkeeping, not content: never shown as a difference
SKIP = {"id", "version", "base_version", "position", "created_at", "updated_at", "origin_device",
        "unit_id", "subject_id", "inspection_id", "seizure_id"}
# case fields a person may take from this laptop: those the editor's form carries
READ_ONLY = {"id", "version", "status", "local_no", "owned_here", "amendment_reason"}
CASE_FIELDS = frozenset(f.name for f in fields(CaseEntry)) - READ_ONLY


@dataclass(frozen=True)
class FieldChange:
    field: str  # the top-level field a choice applies to ("goods")
    path: str  # where exactly ("goods.0.quantity")
    label: str  # in Vietnamese ("Hàng hóa (dòng 1) › Số lượng")
    local: str
    server: str


@dataclass(frozen=True)
class ConflictChanges:
    conflict_id: uuid.UUID
    changes: list[FieldChange]
    mergeable: frozenset[str]  # fields that may be taken from this laptop

    def fields(self) -> list[str]:
        return list(dict.fromkeys(c.field for c in self.changes))


def _text(path: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, dict):
        return str(value.get("name") or value.get("full_name") or value.get("content") or "…")
    if isinstance(value, list):
        return f"{len(_live(value))} mục"
    return value_text(path.rsplit(".", 1)[-1], str(value))


def _live(rows: list[Any]) -> list[dict[str, Any]]:
    return [r for r in rows if isinstance(r, dict) and not r.get("deleted_at")]


def _diff(path: str, local: Any, server: Any, out: list[tuple[str, Any, Any]]) -> None:
    if local == server:
        return
    if isinstance(local, dict) and isinstance(server, dict):
        for key in list(dict.fromkeys([*server, *local])):
            if key not in SKIP:
                _diff(f"{path}.{key}", local.get(key), server.get(key), out)
        return
    if isinstance(local, list) and isinstance(server, list):
        mine = {r.get("id"): r for r in _live(local)}
        theirs = _live(server)
        order = [r.get("id") for r in theirs] + [i for i in mine if i not in {r.get("id") for r in theirs}]
        by_id = {r.get("id"): r for r in theirs}
        for n, row_id in enumerate(order):
            a, b = mine.get(row_id), by_id.get(row_id)
            if a is None or b is None:
                out.append((f"{path}.{n}", a, b))  # a row only one side has
            else:
                _diff(f"{path}.{n}", a, b, out)
        return
    out.append((path, local, server))


def changes_between(local: dict[str, Any], server: dict[str, Any]) -> list[FieldChange]:
    found: list[tuple[str, Any, Any]] = []
    for key in list(dict.fromkeys([*local, *server])):
        if key not in SKIP:
            _diff(key, local.get(key), server.get(key), found)
    return [FieldChange(path.split(".", 1)[0], path, field_label(path), _text(path, a), _text(path, b))
            for path, a, b in found]


def _open(session: Session, conflict_id: uuid.UUID | str) -> SyncConflict:
    row = session.get(SyncConflict, uuid.UUID(str(conflict_id)))
    if row is None or row.resolved_at is not None:
        raise NotFound("Xung đột này đã được xử lý.")
    return row


def conflict_changes(session: Session, conflict_id: uuid.UUID | str) -> ConflictChanges:
    row = _open(session, conflict_id)
    local = json.loads(row.local_payload)
    server = json.loads(row.server_payload) if row.server_payload else {}
    changes = changes_between(local, server)
    mergeable: frozenset[str] = frozenset()
    if row.entity == "case" and server:
        mergeable = frozenset(c.field for c in changes) & CASE_FIELDS
    return ConflictChanges(row.id, changes, mergeable)


def merge(session: Session, conflict_id: uuid.UUID | str, take_local: set[str], actor: Actor) -> None:
    """Keep the server's case, with the fields ``take_local`` taken from this laptop."""
    row = _open(session, conflict_id)
    allowed = conflict_changes(session, conflict_id).mergeable
    if not take_local <= allowed:
        names = ", ".join(field_label(f) for f in sorted(take_local - allowed))
        raise Conflict(f"Không ghép được các nội dung: {names}. Hãy giữ nguyên cả bản ghi.")
    local_form = get_case_entry(session, row.record_id) if take_local else None
    resolve(session, row.id, KEEP_SERVER, actor)
    if local_form is None:
        return
    session.expire_all()  # the case as the server has it
    merged = get_case_entry(session, row.record_id)
    for name in take_local:
        setattr(merged, name, getattr(local_form, name))
    save_case(session, merged, actor)
    row.resolution = MERGED
    session.flush()
