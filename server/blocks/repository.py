"""SQL for leased number blocks and the numbers reported used or void."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.models import NumberLease, NumberUsed, Unit


def lock_unit(session: Session, unit_id: uuid.UUID) -> Unit | None:
    """Hold the unit's row: leases of one unit are handed out one at a time."""
    return session.scalar(select(Unit).where(Unit.id == unit_id).with_for_update())


def highest(session: Session, unit_id: uuid.UUID, symbol: str, year: int) -> int:
    stmt = select(func.max(NumberLease.last)).where(
        NumberLease.unit_id == unit_id, NumberLease.symbol == symbol, NumberLease.year == year
    )
    return int(session.scalar(stmt) or 0)


def add(session: Session, row: object) -> None:
    session.add(row)
    session.flush()


def leases(
    session: Session, *, device_id: uuid.UUID | None = None, unit_id: uuid.UUID | None = None
) -> list[NumberLease]:
    stmt = select(NumberLease).order_by(NumberLease.symbol, NumberLease.year, NumberLease.first)
    if device_id is not None:
        stmt = stmt.where(NumberLease.device_id == device_id)
    if unit_id is not None:
        stmt = stmt.where(NumberLease.unit_id == unit_id)
    return list(session.scalars(stmt))


def lease_covering(
    session: Session, device_id: uuid.UUID, symbol: str, year: int, sequence: int
) -> NumberLease | None:
    stmt = select(NumberLease).where(
        NumberLease.device_id == device_id,
        NumberLease.symbol == symbol,
        NumberLease.year == year,
        NumberLease.first <= sequence,
        NumberLease.last >= sequence,
    )
    return session.scalar(stmt.limit(1))


def used(
    session: Session, unit_id: uuid.UUID, symbol: str, year: int, sequence: int
) -> NumberUsed | None:
    return session.get(NumberUsed, (unit_id, symbol, year, sequence))


def used_count(session: Session, lease: NumberLease) -> int:
    stmt = (
        select(func.count())
        .select_from(NumberUsed)
        .where(
            NumberUsed.unit_id == lease.unit_id,
            NumberUsed.symbol == lease.symbol,
            NumberUsed.year == lease.year,
            NumberUsed.sequence >= lease.first,
            NumberUsed.sequence <= lease.last,
        )
    )
    return int(session.scalar(stmt) or 0)
