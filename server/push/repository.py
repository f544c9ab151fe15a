"""SQL for push batches and kept conflicts."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import KeptConflict, PushBatch


def batch(session: Session, batch_id: uuid.UUID) -> PushBatch | None:
    return session.get(PushBatch, batch_id)


def start_batch(
    session: Session, batch_id: uuid.UUID, device_id: uuid.UUID, count: int
) -> PushBatch:
    """Claim the batch id first: a concurrent replay of the same batch waits on this row,
    then fails its insert and is retried, and finds the stored results."""
    row = PushBatch(batch_id=batch_id, device_id=device_id, record_count=count, results="")
    session.add(row)
    session.flush()
    return row


def conflict_kept(
    session: Session, record_id: uuid.UUID, device_id: uuid.UUID, version: int, payload_hash: str
) -> bool:
    stmt = select(KeptConflict.id).where(
        KeptConflict.record_id == record_id,
        KeptConflict.device_id == device_id,
        KeptConflict.version == version,
        KeptConflict.payload_hash == payload_hash,
    )
    return session.scalar(stmt.limit(1)) is not None


def keep(session: Session, row: KeptConflict) -> None:
    session.add(row)
