"""SQL for leased number blocks and the numbers reported used or void."""

from __future__ import annotations

import uuid

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from server.models import Device, NumberLease, NumberUsed, SyncRecord, Unit


def lock_unit(session: Session, unit_id: uuid.UUID) -> Unit | None:
    """Hold the unit's row: leases of one unit are handed out one at a time."""
    return session.scalar(select(Unit).where(Unit.id == unit_id).with_for_update())


def highest(session: Session, unit_id: uuid.UUID, symbol: str, year: int) -> int:
    """The highest number leased or reported used in the unit (numbers a laptop printed
    from its set-up range before enrolment count too)."""
    leased = select(func.max(NumberLease.last)).where(
        NumberLease.unit_id == unit_id, NumberLease.symbol == symbol, NumberLease.year == year
    )
    used = select(func.max(NumberUsed.sequence)).where(
        NumberUsed.unit_id == unit_id, NumberUsed.symbol == symbol, NumberUsed.year == year
    )
    return max(int(session.scalar(leased) or 0), int(session.scalar(used) or 0))


def unreported(session: Session, device_id: uuid.UUID, symbol: str, year: int) -> int:
    """Numbers of the device's leases of ``symbol`` and ``year`` not yet reported used or
    void."""
    mine = (NumberLease.device_id == device_id, NumberLease.symbol == symbol,
            NumberLease.year == year)
    leased = session.scalar(
        select(func.coalesce(func.sum(NumberLease.last - NumberLease.first + 1), 0)).where(*mine)
    )
    reported = session.scalar(
        select(func.count())
        .select_from(NumberUsed)
        .join(NumberLease, and_(
            NumberLease.unit_id == NumberUsed.unit_id,
            NumberLease.symbol == NumberUsed.symbol,
            NumberLease.year == NumberUsed.year,
            NumberUsed.sequence >= NumberLease.first,
            NumberUsed.sequence <= NumberLease.last,
        ))
        .where(*mine)
    )
    return int(leased or 0) - int(reported or 0)


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
    session: Session,
    symbol: str,
    year: int,
    sequence: int,
    *,
    device_id: uuid.UUID | None = None,
    unit_id: uuid.UUID | None = None,
) -> NumberLease | None:
    """The lease holding ``sequence``: of one device, or of any device of one unit."""
    owner = NumberLease.device_id == device_id if device_id else NumberLease.unit_id == unit_id
    stmt = select(NumberLease).where(
        owner,
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


def issued_documents(session: Session, unit_id: uuid.UUID | None = None) -> list[SyncRecord]:
    """The biên bản the server holds (of one unit), as records of the feed."""
    stmt = select(SyncRecord).where(SyncRecord.entity == "issued_document")
    if unit_id is not None:
        stmt = stmt.where(SyncRecord.unit_id == unit_id)
    return list(session.scalars(stmt.order_by(SyncRecord.sequence)))


def device_names(session: Session) -> dict[uuid.UUID, str]:
    return dict(session.execute(select(Device.id, Device.name)).tuples().all())
