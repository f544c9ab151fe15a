"""SQL for the record feed: records, their sequence numbers, kept conflicts, scopes."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from server.models import FEED, KeptConflict, SequenceCounter, SyncRecord

GLOBAL_ENTITIES = ("catalog",)  # pulled by every device


def get(session: Session, record_id: uuid.UUID, *, lock: bool = False) -> SyncRecord | None:
    """The record; ``lock`` holds its row until commit (PostgreSQL; SQLite holds the file)."""
    stmt = select(SyncRecord).where(SyncRecord.id == record_id)
    if lock:
        stmt = stmt.with_for_update()
    return session.scalar(stmt)


def take_sequences(session: Session, count: int) -> int:
    """The first of ``count`` new sequence numbers.

    The counter row stays locked until the transaction commits, so changes become visible
    in sequence order: whoever sees sequence N can also see every change below N. Callers
    take it last, after locking their records, so it is held briefly and never waits.
    """
    value = session.execute(
        update(SequenceCounter)
        .where(SequenceCounter.name == FEED)
        .values(value=SequenceCounter.value + count)
        .returning(SequenceCounter.value)
    ).scalar_one()
    return int(value) - count + 1


def in_scope(unit_id: uuid.UUID, device_id: uuid.UUID) -> ColumnElement[bool]:
    """Records a device receives: its unit's, its own (number blocks), and global ones."""
    return or_(
        and_(SyncRecord.unit_id == unit_id, SyncRecord.scope_device.is_(None)),
        SyncRecord.scope_device == device_id,
        SyncRecord.entity.in_(GLOBAL_ENTITIES),
    )


def changes_after(
    session: Session, unit_id: uuid.UUID, device_id: uuid.UUID, after: int, limit: int
) -> list[SyncRecord]:
    stmt = (
        select(SyncRecord)
        .where(SyncRecord.sequence > after, in_scope(unit_id, device_id))
        .order_by(SyncRecord.sequence)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def scope_versions(
    session: Session, unit_id: uuid.UUID, device_id: uuid.UUID
) -> list[tuple[str, uuid.UUID, int]]:
    stmt = select(SyncRecord.entity, SyncRecord.id, SyncRecord.version).where(
        in_scope(unit_id, device_id)
    )
    return [(e, i, v) for e, i, v in session.execute(stmt)]


def scope_sequence(session: Session, unit_id: uuid.UUID, device_id: uuid.UUID) -> int:
    value = session.scalar(
        select(func.max(SyncRecord.sequence)).where(in_scope(unit_id, device_id))
    )
    return int(value or 0)


def kept(session: Session, record_id: uuid.UUID) -> list[KeptConflict]:
    stmt = (
        select(KeptConflict)
        .where(KeptConflict.record_id == record_id)
        .order_by(KeptConflict.kept_at)
    )
    return list(session.scalars(stmt))


def add_all(session: Session, rows: Iterable[object]) -> None:
    session.add_all(rows)
    session.flush()


def by_entity(session: Session, entity: str, unit_id: uuid.UUID | None = None) -> list[SyncRecord]:
    stmt = select(SyncRecord).where(SyncRecord.entity == entity).order_by(SyncRecord.sequence)
    if unit_id is not None:
        stmt = stmt.where(SyncRecord.unit_id == unit_id)
    return list(session.scalars(stmt))
