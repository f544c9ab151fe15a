"""Enrolment and devices: one-time codes, enrolment, authentication, revocation.

Codes and tokens are stored as SHA-256 only. A code is short-lived and single use: it is
claimed by one atomic UPDATE, so two devices racing with the same code cannot both enrol.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models.base import utcnow
from app.sync.wire import PROTOCOL_VERSION, DeviceInfo, EnrolRequest, EnrolResponse, UnitInfo
from server.devices import repository as repo
from server.errors import DeviceRevoked, EnrolmentRefused, Unauthenticated
from server.models import Device, EnrolmentCode, Unit
from server.security import hash_secret, new_code, new_token, normalise_code


@dataclass(frozen=True)
class DeviceContext:
    """The device a request comes from (plain data, safe to pass between threads)."""

    id: uuid.UUID
    unit_id: uuid.UUID
    name: str
    public_key: str


@dataclass(frozen=True)
class IssuedCode:
    code: str  # shown once to the administrator
    expires_at: datetime
    unit: UnitInfo


def unit_info(unit: Unit) -> UnitInfo:
    return UnitInfo(
        id=unit.id,
        code=unit.code,
        name=unit.name,
        parent_name=unit.parent_name,
        province_code=unit.province_code,
        agency_code=unit.agency_code,
        team_code=unit.team_code,
        address=unit.address,
    )


def require_unit(session: Session, code: str) -> Unit:
    unit = repo.unit_by_code(session, code)
    if unit is None:
        raise NotFound(f"Không có đơn vị mã {code}.")
    return unit


def make_code(
    session: Session, unit_code: str, ttl: timedelta, now: datetime | None = None
) -> IssuedCode:
    now = now or utcnow()
    unit = require_unit(session, unit_code)
    code = new_code()
    repo.add(
        session,
        EnrolmentCode(
            code_hash=hash_secret(normalise_code(code)),
            unit_id=unit.id,
            created_at=now,
            expires_at=now + ttl,
        ),
    )
    return IssuedCode(code, now + ttl, unit_info(unit))


def enrol(session: Session, request: EnrolRequest, now: datetime | None = None) -> EnrolResponse:
    now = now or utcnow()
    code_hash = hash_secret(normalise_code(request.code))
    device_id = uuid.uuid4()
    if not repo.claim_code(session, code_hash, device_id, now):
        raise _refusal()
    stored = repo.code(session, code_hash)
    assert stored is not None
    token = new_token()
    repo.add(
        session,
        Device(
            id=device_id,
            unit_id=stored.unit_id,
            name=request.device_name,
            public_key=request.public_key,
            token_hash=hash_secret(token),
            app_version=request.app_version,
            enrolled_at=now,
            last_seen_at=now,
        ),
    )
    unit = repo.unit(session, stored.unit_id)
    assert unit is not None
    return EnrolResponse(
        device_id=device_id, token=token, unit=unit_info(unit), protocol_version=PROTOCOL_VERSION
    )


def _refusal() -> EnrolmentRefused:
    """One answer whether the code is unknown, used or expired: a caller guessing codes
    learns nothing from it (the console's device page tells the province which it was)."""
    return EnrolmentRefused(
        "Mã đăng ký không đúng, đã được dùng hoặc đã hết hạn; hãy kiểm tra lại mã hoặc xin "
        "quản trị cấp mã mới.",
        "The enrolment code is wrong, used or expired.",
    )


def authenticate(session: Session, token: str) -> DeviceContext:
    device = repo.device_by_token_hash(session, hash_secret(token))
    if device is None:
        raise Unauthenticated(
            "Mã xác thực của máy không đúng; hãy đăng ký lại máy.", "Unknown device token."
        )
    if device.revoked_at is not None:
        raise DeviceRevoked(
            "Máy này đã bị thu hồi quyền đồng bộ. Dữ liệu trên máy vẫn được giữ nguyên; "
            "hãy liên hệ Chi cục để xuất dữ liệu.",
            "This device has been revoked. Its local data is kept; contact the office.",
        )
    return DeviceContext(device.id, device.unit_id, device.name, device.public_key)


def describe(session: Session, device: DeviceContext) -> DeviceInfo:
    unit = repo.unit(session, device.unit_id)
    if unit is None:
        raise NotFound("Không có đơn vị của máy này.")
    return DeviceInfo(device_id=device.id, name=device.name, unit=unit_info(unit))


def revoke(
    session: Session, device_id: uuid.UUID, reason: str = "", now: datetime | None = None
) -> Device:
    device = repo.device(session, device_id)
    if device is None:
        raise NotFound(f"Không có máy {device_id}.")
    if device.revoked_at is None:
        device.revoked_at = now or utcnow()
        device.revoked_reason = reason
    return device


def list_devices(session: Session, unit_code: str | None = None) -> list[tuple[Device, Unit]]:
    unit_id = require_unit(session, unit_code).id if unit_code else None
    return repo.devices(session, unit_id)
