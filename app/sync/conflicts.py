"""Kept conflicts and refused records, for a person to look at and resolve.

Nothing here talks to the network: resolving writes the local choice, and the next sync
carries it (keeping this laptop's version pushes it on the server's current version;
keeping the server's version writes that version here). Functions flush; the caller commits.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound
from app.models import SyncConflict, SyncState, utcnow
from app.models.sync_state import REJECTED
from app.services.audit import record_event
from app.services.context import Actor
from app.sync import bindings, inbox, outbox, wire
from app.sync.wire.kinds import find as find_kind

KEEP_SERVER = "server"
KEEP_LOCAL = "local"


@dataclass(frozen=True)
class Difference:
    field: str
    local: str
    server: str


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    entity: str
    record_id: uuid.UUID
    title: str
    reason: str
    detected_at: datetime
    local_version: int
    server_version: int | None
    differences: list[Difference]
    can_keep_local: bool  # False for what the server keeps immutable (finalised, issued)

    @property
    def kind(self) -> str:
        return kind_label(self.entity)


@dataclass(frozen=True)
class RefusedRow:
    record_id: uuid.UUID
    entity: str
    field: str
    reason: str
    at: datetime

    @property
    def kind(self) -> str:
        return kind_label(self.entity)


def kind_label(entity: str) -> str:
    """What a person calls a record of this kind ("Vụ việc"); an unknown name as it is."""
    found = find_kind(entity)
    return found.label if found is not None else entity


def _text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, list):
        return f"{len([v for v in value if not (isinstance(v, dict) and v.get('deleted_at'))])} mục"
    if isinstance(value, dict):
        return str(value.get("name") or value.get("full_name") or "…")
    return str(value)


def differences(local: dict[str, Any], server: dict[str, Any]) -> list[Difference]:
    out = []
    for key in sorted(set(local) | set(server)):
        if local.get(key) != server.get(key):
            out.append(Difference(key, _text(local.get(key)), _text(server.get(key))))
    return out


def _locked(row: SyncConflict) -> bool:
    server = json.loads(row.server_payload) if row.server_payload else {}
    kind = find_kind(row.entity)
    return kind is not None and kind.owned and server.get("status") in kind.locked


def _row(row: SyncConflict) -> ConflictRow:
    local = json.loads(row.local_payload)
    server = json.loads(row.server_payload) if row.server_payload else {}
    return ConflictRow(
        row.id, row.entity, row.record_id, row.title, row.reason, row.detected_at,
        row.local_version, row.server_version, differences(local, server),
        can_keep_local=not _locked(row),
    )


def open_conflicts(session: Session) -> list[ConflictRow]:
    rows = session.scalars(
        select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.detected_at)
    )
    return [_row(r) for r in rows]


def refused_records(session: Session) -> list[RefusedRow]:
    rows = session.scalars(
        select(SyncState).where(SyncState.state == REJECTED).order_by(SyncState.updated_at)
    )
    return [RefusedRow(r.record_id, r.entity, r.field, r.reason, r.updated_at) for r in rows]


def resolve(session: Session, conflict_id: uuid.UUID | str, keep: str, actor: Actor) -> None:
    """Settle one conflict: ``keep`` is "server" or "local"."""
    row = session.get(SyncConflict, uuid.UUID(str(conflict_id)))
    if row is None or row.resolved_at is not None:
        raise NotFound("Xung đột này đã được xử lý.")
    if keep == KEEP_SERVER:
        _keep_server(session, row)
    elif keep == KEEP_LOCAL:
        if _locked(row):
            raise Conflict(
                "Bản trên máy chủ đã hoàn tất, không thể thay bằng bản của máy này. "
                "Hãy giữ bản máy chủ, rồi lập bản đính chính nếu cần."
            )
        _keep_local(session, row)
    else:
        raise ValueError(keep)
    row.resolved_at, row.resolution, row.resolved_by = utcnow(), keep, actor.officer_name
    record_event(session, actor, f"conflict_{keep}", row.entity, row.record_id, row.reason[:200])
    session.flush()


def _keep_server(session: Session, row: SyncConflict) -> None:
    if not row.server_payload or row.server_version is None:
        raise Conflict("Chưa có bản của máy chủ: hãy đồng bộ lại rồi chọn.")
    model = bindings.model_of(row.entity)
    local = session.get(model, row.record_id) if model is not None else None
    change = wire.RecordChange(
        entity=row.entity,
        id=row.record_id,
        version=row.server_version,
        sequence=0,
        unit_id=getattr(local, "unit_id", None),
        origin_device=uuid.UUID(local.origin_device) if local is not None and local.origin_device else None,
        created_at=getattr(local, "created_at", None),
        updated_at=utcnow(),
        payload=json.loads(row.server_payload),
    )
    inbox.write_change(session, change)
    session.flush()
    inbox.after_written(session, [change])
    outbox.confirm(session, row.record_id, row.entity, row.server_version)


def _keep_local(session: Session, row: SyncConflict) -> None:
    """This laptop's version goes to the server on top of the server's current version."""
    model = bindings.binding(row.entity).model
    local = session.get(model, row.record_id) if model is not None else None
    if local is None:
        raise NotFound("Bản ghi không còn trên máy.")
    server_version = row.server_version or 0
    local.version = max(local.version, server_version) + 1
    local.updated_at = utcnow()
    state = session.get(SyncState, row.record_id)
    if state is None:
        state = SyncState(record_id=row.record_id, entity=row.entity)
        session.add(state)
    state.server_version = server_version or None
    state.state, state.failed_version, state.field, state.reason = "ok", None, "", ""
