"""The record feed: publishing changes under new sequence numbers, and reading records.

Every accepted change (a device's push, a leased number block, a catalogue, an officer, a
tip) goes through :func:`publish` (mapped rows) or :func:`publish_changes` (a push's column
values, written in one executemany each for new and changed records), which number it with
the feed's next sequences: one range per call, gap-free, in the order given.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models.base import utcnow
from app.sync.wire import KeptVersion, RecordChange, RecordView, canonical_json
from server.devices.service import DeviceContext
from server.models import SyncRecord
from server.records import repository as repo


@dataclass
class Change:
    """A record's accepted version as ``sync_record`` column values. A ``new`` change holds
    every column and is inserted; another holds ``id`` and the changed columns (the same for
    every such change) and updates the held row. ``values["sequence"]`` is set on publishing."""

    values: dict[str, Any]
    new: bool


def canonical(payload: BaseModel) -> tuple[str, str]:
    """The payload's canonical JSON and its content hash (SHA-256 of that text), built once."""
    text = canonical_json(payload)
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()


def publish(session: Session, rows: Sequence[SyncRecord]) -> None:
    """Give each changed row (new or updated) the next sequence number, in order."""
    if not rows:
        return
    first = repo.take_sequences(session, len(rows))
    for offset, row in enumerate(rows):
        row.sequence = first + offset
    repo.add_all(session, rows)


def publish_changes(session: Session, changes: Sequence[Change]) -> None:
    """Number ``changes`` in order with the feed's next sequences and write them: the new
    ones in one insert, the others in one update by primary key. The sequence counter is
    taken here, last, so its lock is held only until the caller commits."""
    if not changes:
        return
    first = repo.take_sequences(session, len(changes))
    for offset, change in enumerate(changes):
        change.values["sequence"] = first + offset
    repo.insert_values(session, [c.values for c in changes if c.new])
    repo.update_values(session, [c.values for c in changes if not c.new])


def put(
    session: Session,
    entity: str,
    record_id: uuid.UUID,
    payload: BaseModel,
    *,
    unit_id: uuid.UUID | None,
    scope_device: uuid.UUID | None = None,
    status: str = "",
) -> SyncRecord:
    """A record the server itself authors (catalogue, officer, tip, number block): created at
    version 1, or its version bumped when its content changed; published either way."""
    text, digest = canonical(payload)
    row = repo.get(session, record_id, lock=True)
    now = utcnow()
    if row is None:
        row = SyncRecord(id=record_id, entity=entity, version=1, created_at=now)
    elif row.payload_hash == digest and row.unit_id == unit_id and row.status == status:
        return row
    else:
        row.version += 1
    row.unit_id, row.scope_device, row.status = unit_id, scope_device, status
    row.changed_by = None  # the server wrote this version: every device in scope pulls it
    row.payload, row.payload_hash, row.updated_at, row.received_at = text, digest, now, now
    publish(session, [row])
    return row


def to_change(row: SyncRecord) -> RecordChange:
    return RecordChange(
        entity=row.entity,
        id=row.id,
        version=row.version,
        sequence=row.sequence,
        unit_id=row.unit_id,
        origin_device=row.origin_device,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
        payload=json.loads(row.payload),
    )


def view(session: Session, device: DeviceContext, record_id: uuid.UUID) -> RecordView:
    """A record of the device's scope with every version kept beside it (conflicts)."""
    row = repo.get(session, record_id)
    if row is None or not _visible(row, device):
        raise NotFound("Không có bản ghi này trong phạm vi của máy.")
    kept = [
        KeptVersion(
            device_id=k.device_id,
            version=k.version,
            base_version=k.base_version,
            reason=k.reason,
            payload=json.loads(k.payload),
            kept_at=k.kept_at,
        )
        for k in repo.kept(session, record_id)
    ]
    return RecordView(current=to_change(row), kept=kept)


def _visible(row: SyncRecord, device: DeviceContext) -> bool:
    if row.entity in repo.global_entities():
        return True
    if row.scope_device is not None:
        return row.scope_device == device.id
    return row.unit_id == device.unit_id
