"""A pulled change that meets local changes the server has not taken: both versions are kept
as a conflict for a person to resolve (SYNC.md "Pull"), or an open one is refreshed."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import SyncConflict, SyncState
from app.sync import outbox, wire


def refresh_conflict(session: Session, change: wire.RecordChange) -> bool:
    """An open conflict of this record now shows the newest server version; False if none."""
    row = session.scalar(select(SyncConflict).where(SyncConflict.record_id == change.id,
                                                    SyncConflict.resolved_at.is_(None)))
    if row is None:
        return False
    if row.server_version is None or change.version > row.server_version:
        row.server_version = change.version
        row.server_payload = json.dumps(change.payload, ensure_ascii=False, sort_keys=True)
    return True


def same_content(session: Session, change: wire.RecordChange, local: Any) -> bool:
    """True when an unsettled local record holds what the change carries. Only a shared
    record can be changed on two devices from the same base, so reach the same version
    number with different content; an owned record at the server's version is its own echo."""
    if not wire.kind(change.entity).shared:
        return True
    mine, _ = local_payload(session, change.entity, local)
    return wire.parse_payload(change.entity, mine) == wire.parse_payload(change.entity, change.payload)


def keep_pull_conflict(session: Session, change: wire.RecordChange, local: Any,
                       state: SyncState | None) -> None:
    """Keep both versions and mark the local one refused as a conflict (not sent again)."""
    mine, title = local_payload(session, change.entity, local)
    outbox.keep_conflict(
        session,
        entity=change.entity,
        record_id=change.id,
        title=title,
        local_version=local.version,
        local_payload=mine,
        server_version=change.version,
        server_payload=change.payload,
        reason=(
            "Bản ghi đã được sửa trên máy chủ trong khi máy này cũng có thay đổi chưa gửi: "
            "cả hai bản được giữ để người dùng chọn."
        ),
        detected_on="pull",
    )
    outbox.mark_failed(session, change.id, change.entity, local.version, "conflict", "",
                       "Xung đột với bản trên máy chủ.")


def local_payload(session: Session, entity: str, record: Any) -> tuple[dict[str, Any], str]:
    """The wire payload of a local record (as a push would send it, unsigned) and the title a
    person sees for it."""
    payload = outbox.payloads_of(session, entity, [record.id], None)[record.id]
    return payload, outbox.title_of(entity, record)
