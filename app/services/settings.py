"""This installation: its device id, its unit and the officer at the keyboard."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationFailed
from app.models import Officer, Setting, Unit
from app.services.context import Actor
from app.text import nfc
from app.vntime import VN_TZ

DEVICE_ID = "device_id"
UNIT_ID = "unit_id"
OFFICER_ID = "officer_id"
# The provincial verification address printed in each QR code (set by sync or by hand).
VERIFY_URL = "verify_url"
# Where the unit's sanction decisions tell the fined to pay (MQĐ02 Điều 3): the Kho bạc Nhà
# nước (or the bank it mandates), its address, and the account number.
TREASURY_NAME = "treasury_name"
TREASURY_ADDRESS = "treasury_address"
TREASURY_ACCOUNT = "treasury_account"


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value if row else None


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def ensure_device_id(session: Session) -> str:
    """The device id, made once on first start."""
    device = get_setting(session, DEVICE_ID)
    if device is None:
        device = str(uuid.uuid4())
        set_setting(session, DEVICE_ID, device)
    return device


def current_unit(session: Session) -> Unit | None:
    uid = get_setting(session, UNIT_ID)
    return session.get(Unit, uuid.UUID(uid)) if uid else None


def current_officer(session: Session) -> Officer | None:
    oid = get_setting(session, OFFICER_ID)
    return session.get(Officer, uuid.UUID(oid)) if oid else None


def current_actor(session: Session) -> Actor:
    officer = current_officer(session)
    unit = current_unit(session)
    return Actor(officer.full_name if officer else "Người dùng", ensure_device_id(session),
                 unit.id if unit is not None else None)


@dataclass(frozen=True)
class Treasury:
    """The Kho bạc a unit's fines are paid into (MQĐ02 notes 19–21)."""

    name: str = ""
    address: str = ""
    account: str = ""


def treasury(session: Session) -> Treasury:
    return Treasury(get_setting(session, TREASURY_NAME) or "",
                    get_setting(session, TREASURY_ADDRESS) or "",
                    get_setting(session, TREASURY_ACCOUNT) or "")


def set_treasury(session: Session, value: Treasury) -> Treasury:
    """Keep the unit's Kho bạc; the name and the account are required, the account is
    digits with dots or dashes ("7111.0.1054321")."""
    name, address, account = (nfc(v.strip()) for v in (value.name, value.address, value.account))
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = "Nhập tên Kho bạc Nhà nước nhận tiền phạt (VD Kho bạc Nhà nước khu vực VII)."
    if not account:
        errors["account"] = "Nhập số tài khoản nộp tiền phạt."
    elif not all(c.isdigit() or c in ".-" for c in account) or not any(c.isdigit() for c in account):
        errors["account"] = "Số tài khoản chỉ gồm chữ số (có thể có dấu chấm, gạch nối)."
    if errors:
        raise ValidationFailed(errors)
    for key, text in ((TREASURY_NAME, name), (TREASURY_ADDRESS, address), (TREASURY_ACCOUNT, account)):
        set_setting(session, key, text)
    return Treasury(name, address, account)


@dataclass
class UnitSetup:
    """First-start set-up: the team this laptop belongs to and its first officer."""

    unit_name: str = ""
    parent_name: str = ""
    province_code: str = ""
    agency_code: str = ""
    team_code: str = "00"
    officer_name: str = ""
    officer_position: str = "Kiểm soát viên thị trường"
    officer_badge: str = ""
    officer_title_code: str = "kiem_soat_vien"
    # Numbers this laptop may give each kind of biên bản this year, as the Chi cục assigns
    # them (two laptops of one team get different ranges). Sync leases more later.
    block_first: int = 1
    block_last: int = 499


def configure_unit(session: Session, setup: UnitSetup) -> Unit:
    errors: dict[str, str] = {}
    if not setup.unit_name.strip():
        errors["unit_name"] = "Nhập tên đơn vị (VD Đội Quản lý thị trường số 3)."
    if not setup.province_code:
        errors["province_code"] = "Chọn tỉnh/thành phố."
    if not (len(setup.agency_code) == 2 and setup.agency_code.isdigit()):
        errors["agency_code"] = "Mã Cục/Chi cục gồm 2 chữ số (TT 22/2021 Điều 6)."
    if not (len(setup.team_code) == 2 and setup.team_code.isdigit()):
        errors["team_code"] = "Mã Đội gồm 2 chữ số, 00 nếu văn bản do Chi cục ban hành."
    if not setup.officer_name.strip():
        errors["officer_name"] = "Nhập họ tên người sử dụng máy."
    if not 1 <= setup.block_first <= setup.block_last <= 9999:
        errors["block_first"] = "Dãy số biên bản phải nằm trong 0001–9999, số đầu không lớn hơn số cuối."
    if errors:
        raise ValidationFailed(errors)
    device = ensure_device_id(session)
    unit = Unit(
        name=nfc(setup.unit_name.strip()),
        parent_name=nfc(setup.parent_name.strip()),
        province_code=setup.province_code,
        agency_code=setup.agency_code,
        team_code=setup.team_code,
        origin_device=device,
    )
    officer = Officer(
        unit=unit,
        full_name=nfc(setup.officer_name.strip()),
        position=nfc(setup.officer_position.strip()),
        badge_no=setup.officer_badge.strip(),
        title_code=setup.officer_title_code or None,
        origin_device=device,
    )
    session.add_all([unit, officer])
    session.flush()
    set_setting(session, UNIT_ID, str(unit.id))
    set_setting(session, OFFICER_ID, str(officer.id))
    from app.services.numbering import add_blocks_for_all

    year = datetime.now(UTC).astimezone(VN_TZ).year
    add_blocks_for_all(session, unit, year, setup.block_first, setup.block_last, origin=device)
    return unit


def unit_officers(session: Session) -> list[Officer]:
    unit = current_unit(session)
    if unit is None:
        return []
    return list(session.scalars(select(Officer).where(Officer.unit_id == unit.id, Officer.deleted_at.is_(None))))
