"""SQL for units, devices and enrolment codes."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from server.models import Device, EnrolmentCode, Unit


def unit_by_code(session: Session, code: str) -> Unit | None:
    return session.scalar(select(Unit).where(Unit.code == code))


def unit(session: Session, unit_id: uuid.UUID) -> Unit | None:
    return session.get(Unit, unit_id)


def units(session: Session) -> list[Unit]:
    return list(session.scalars(select(Unit).order_by(Unit.code)))


def add(session: Session, row: object) -> None:
    session.add(row)
    session.flush()


def code(session: Session, code_hash: str) -> EnrolmentCode | None:
    return session.get(EnrolmentCode, code_hash)


def claim_code(session: Session, code_hash: str, device_id: uuid.UUID, now: datetime) -> bool:
    """Mark the code used by ``device_id`` if it is still unused and unexpired (atomic)."""
    result = session.execute(
        update(EnrolmentCode)
        .where(
            EnrolmentCode.code_hash == code_hash,
            EnrolmentCode.used_at.is_(None),
            EnrolmentCode.expires_at > now,
        )
        .values(used_at=now, device_id=device_id)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def device(session: Session, device_id: uuid.UUID) -> Device | None:
    return session.get(Device, device_id)


def device_by_token_hash(session: Session, token_hash: str) -> Device | None:
    return session.scalar(select(Device).where(Device.token_hash == token_hash))


def devices(session: Session, unit_id: uuid.UUID | None = None) -> list[tuple[Device, Unit]]:
    stmt = (
        select(Device, Unit)
        .join(Unit, Unit.id == Device.unit_id)
        .order_by(Unit.code, Device.enrolled_at)
    )
    if unit_id is not None:
        stmt = stmt.where(Device.unit_id == unit_id)
    return [(d, u) for d, u in session.execute(stmt)]


def touch(session: Session, device_id: uuid.UUID, now: datetime) -> None:
    session.execute(update(Device).where(Device.id == device_id).values(last_seen_at=now))
