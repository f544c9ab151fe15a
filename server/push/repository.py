"""SQL for push batches and kept conflicts."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import KeptConflict, PushBatch


def batch(session: Session, batch_id: uuid.UUID) -> PushBatch | None:
    return session.get(PushBatch, batch_id)


def start_batch(
    session: Session, batch_id: uuid.UUID, device_id: uuid.UUID, count: int, records_hash: str
) -> PushBatch:
    """Claim the batch id first: a concurrent replay of the same batch waits on this row,
    then fails its insert and is retried, and finds the stored results."""
    row = PushBatch(batch_id=batch_id, device_id=device_id, record_count=count, results="",
                    records_hash=records_hash)
    session.add(row)
    session.flush()
    return row


def kept_keys(
    session: Session, device_id: uuid.UUID, record_ids: Iterable[uuid.UUID]
) -> set[tuple[uuid.UUID, int, str]]:
    """(record id, version, payload hash) of the versions already kept from this device."""
    wanted = sorted(set(record_ids))
    found: set[tuple[uuid.UUID, int, str]] = set()
    for start in range(0, len(wanted), 500):
        stmt = select(
            KeptConflict.record_id, KeptConflict.version, KeptConflict.payload_hash
        ).where(
            KeptConflict.device_id == device_id,
            KeptConflict.record_id.in_(wanted[start : start + 500]),
        )
        found.update((r, v, h) for r, v, h in session.execute(stmt))
    return found


def keep(session: Session, row: KeptConflict) -> None:
    session.add(row)
