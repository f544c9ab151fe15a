"""This installation: its device id and unit; the officer signed in.

Who acts is whoever signed in (app.security.keyfile), not a setting: the sign-in puts the
officer's id and name in the ``info`` of every session the unit of work opens
(:func:`sign_in`), and :func:`current_actor` reads it there.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import DomainError, ValidationFailed
from app.models import Officer, Setting, Unit
from app.services.context import Actor
from app.text import nfc
from app.vntime import VN_TZ

DEVICE_ID = "device_id"
UNIT_ID = "unit_id"
# session.info keys of the officer signed in (set by sign_in on the session factory)
SIGNED_IN_ID = "officer_id"
SIGNED_IN_NAME = "officer_name"
# The provincial verification address printed in each QR code (set by sync or by hand).
VERIFY_URL = "verify_url"
# Where the unit's sanction decisions tell the fined to pay (MQĐ02 Điều 3): the Kho bạc Nhà
# nước (or the bank it mandates), its address, and the account number.
TREASURY_NAME = "treasury_name"
TREASURY_ADDRESS = "treasury_address"
TREASURY_ACCOUNT = "treasury_account"
# The province's X25519 public key the data key is wrapped for (given at enrolment).
ESCROW_PUBLIC_KEY = "escrow_public_key"
# Minutes without input before the window locks (the officer signs in again).
LOCK_AFTER_MINUTES = "lock_after_minutes"
# the device's sync token and signing key, as JSON (app.sync.credentials): in the encrypted
# database, so a lost laptop's disk gives no way to pull the unit's records from the server
SYNC_CREDENTIALS = "sync_credentials"
EARLIER_DEVICE_FILE = ("sync", "device.json")  # where releases before it kept them, in plain
DEFAULT_LOCK_MINUTES = 10


def lock_after_minutes(session: Session) -> int:
    value = get_setting(session, LOCK_AFTER_MINUTES)
    return int(value) if value and value.isdigit() and int(value) > 0 else DEFAULT_LOCK_MINUTES


def set_lock_after_minutes(session: Session, minutes: int) -> int:
    if not 1 <= minutes <= 240:
        raise ValidationFailed({"lock_after_minutes": "Thời gian tự khóa từ 1 đến 240 phút."})
    set_setting(session, LOCK_AFTER_MINUTES, str(minutes))
    return minutes


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


def delete_setting(session: Session, key: str) -> None:
    row = session.get(Setting, key)
    if row is not None:
        session.delete(row)
        session.flush()


def adopt_device_file(session: Session, data_root: Path) -> Path | None:
    """Move the sync credentials an earlier release kept in a plain file into the database
    (unless it already holds some); returns the file, for the caller to remove once its
    unit of work has committed (a crash between the two leaves the file, moved again at the
    next start), or None when there is none."""
    path = Path(data_root).joinpath(*EARLIER_DEVICE_FILE)
    if not path.exists():
        return None
    if get_setting(session, SYNC_CREDENTIALS) is None:
        set_setting(session, SYNC_CREDENTIALS, path.read_text(encoding="utf-8"))
    return path


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


class NotSignedIn(DomainError):
    pass


def sign_in(sessions, officer_id: uuid.UUID | str, name: str) -> None:
    """Make ``officer_id`` the actor of every unit of work ``sessions`` opens from now on
    (``sessions`` is the sessionmaker; a switch of officer calls it again)."""
    sessions.configure(info={SIGNED_IN_ID: str(officer_id), SIGNED_IN_NAME: name})


def signed_in_id(session: Session) -> uuid.UUID | None:
    oid = session.info.get(SIGNED_IN_ID)
    return uuid.UUID(oid) if oid else None


def current_officer(session: Session) -> Officer | None:
    """The officer signed in (None before the unit set-up has made their record)."""
    oid = signed_in_id(session)
    return session.get(Officer, oid) if oid else None


def current_actor(session: Session) -> Actor:
    """The officer signed in, acting on this device for their unit."""
    if signed_in_id(session) is None:
        raise NotSignedIn("Chưa đăng nhập: hãy đăng nhập bằng tài khoản cán bộ.")
    officer = current_officer(session)
    unit = current_unit(session)
    name = officer.full_name if officer else session.info.get(SIGNED_IN_NAME, "")
    return Actor(name, ensure_device_id(session), unit.id if unit is not None else None)


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
    officer_id: str | None = None  # the account signed in (app.security.keyfile), if made first
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
        id=uuid.UUID(setup.officer_id) if setup.officer_id else uuid.uuid4(),
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
    from app.services.numbering import add_blocks_for_all

    year = datetime.now(UTC).astimezone(VN_TZ).year
    add_blocks_for_all(session, unit, year, setup.block_first, setup.block_last, origin=device)
    return unit


def unit_officers(session: Session) -> list[Officer]:
    unit = current_unit(session)
    if unit is None:
        return []
    return list(session.scalars(select(Officer).where(Officer.unit_id == unit.id, Officer.deleted_at.is_(None))))
