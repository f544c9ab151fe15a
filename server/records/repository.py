"""SQL for the record feed: records, their sequence numbers, kept conflicts, scopes."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, func, insert, or_, select, update
from sqlalchemy.orm import Session

from app.sync.wire import kinds
from server.models import FEED, KeptConflict, SequenceCounter, SyncRecord


def global_entities() -> list[str]:
    """The kinds every device pulls (province scope: catalogues)."""
    return [k.name for k in kinds() if k.scope == "province"]


IN_CHUNK = 500  # ids per IN list
# what a push judges an incoming version by (rules.Stored) and answers with
STORED = (
    SyncRecord.id,
    SyncRecord.entity,
    SyncRecord.unit_id,
    SyncRecord.origin_device,
    SyncRecord.version,
    SyncRecord.status,
    SyncRecord.payload_hash,
    SyncRecord.payload,
    SyncRecord.sequence,
)


def get(session: Session, record_id: uuid.UUID, *, lock: bool = False) -> SyncRecord | None:
    """The record; ``lock`` holds its row until commit (PostgreSQL; SQLite holds the file)."""
    stmt = select(SyncRecord).where(SyncRecord.id == record_id)
    if lock:
        stmt = stmt.with_for_update()
    return session.scalar(stmt)


def stored(
    session: Session, record_ids: Iterable[uuid.UUID], *, lock: bool = False
) -> dict[uuid.UUID, Row[Any]]:
    """The held rows among ``record_ids`` (the :data:`STORED` columns), in a query per
    :data:`IN_CHUNK` ids. ``lock`` holds them until commit (PostgreSQL ``FOR UPDATE``, taken
    in id order so two writers never wait on each other crosswise; SQLite holds the file)."""
    wanted = sorted(set(record_ids))
    found: dict[uuid.UUID, Row[Any]] = {}
    for start in range(0, len(wanted), IN_CHUNK):
        stmt = (
            select(*STORED)
            .where(SyncRecord.id.in_(wanted[start : start + IN_CHUNK]))
            .order_by(SyncRecord.id)
        )
        if lock:
            stmt = stmt.with_for_update()
        found.update((row.id, row) for row in session.execute(stmt))
    return found


def insert_values(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """New records, each a dict of every column, in one executemany."""
    if rows:
        session.execute(insert(SyncRecord.metadata.tables[SyncRecord.__tablename__]), list(rows))


def update_values(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Held records changed by primary key (each dict has ``id`` and the same columns)."""
    if rows:
        session.execute(update(SyncRecord), list(rows))


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
        SyncRecord.entity.in_(global_entities()),
    )


def changes_after(
    session: Session,
    unit_id: uuid.UUID,
    device_id: uuid.UUID,
    after: int,
    limit: int,
    *,
    mine: bool = True,
) -> list[SyncRecord]:
    """The device's scope after ``after``, in sequence order.

    ``mine=False`` leaves out every record whose current version this device's own push
    wrote (``changed_by``), whatever the entity: the push answered ``applied`` and the device
    recorded that version, so it holds it already (migration 0002 filled it in for the cases
    and biên bản already held, which only their origin device writes). A version written by
    another device or by the server itself (catalogues, officers, tips, number blocks) is
    always pulled. A re-sync after a checksum mismatch asks with ``mine=True`` and gets
    everything. The caller moves its cursor past left-out rows (see ``pull_json``)."""
    stmt = (
        select(SyncRecord)
        .where(SyncRecord.sequence > after, in_scope(unit_id, device_id))
        .order_by(SyncRecord.sequence)
        .limit(limit)
    )
    if not mine:
        stmt = stmt.where(
            or_(SyncRecord.changed_by.is_(None), SyncRecord.changed_by != device_id)
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
