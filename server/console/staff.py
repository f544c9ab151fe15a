"""Staff accounts: create, list, reset a password, disable (the command line uses these)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound, ValidationFailed
from app.models.base import utcnow
from server.console import auth
from server.console.models import StaffAccount
from server.console.roles import ROLES
from server.devices.service import require_unit
from server.models import Unit

MIN_PASSWORD = 10


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationFailed({"password": f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự."})


def create(session: Session, username: str, role_code: str, password: str, *,
           unit_code: str | None = None, full_name: str = "",
           force_code: str | None = None) -> StaffAccount:
    name = username.strip().lower()
    if not name or not name.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise ValidationFailed({"username": "Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch."})
    role = ROLES.get(role_code)
    if role is None:
        raise ValidationFailed({"role": "Vai trò phải là một trong: " + ", ".join(ROLES)})
    if role.needs_unit and not unit_code:
        raise ValidationFailed({"unit": f"Vai trò {role.label} cần --unit (mã đội)."})
    if role.needs_force:
        from server.statistics.members import member_forces

        forces = dict(member_forces())
        if force_code not in forces:
            raise ValidationFailed({"force": f"Vai trò {role.label} cần --force, một trong: "
                                             + ", ".join(forces)})
    elif force_code:
        raise ValidationFailed({"force": "Chỉ tài khoản cơ quan thành viên mới có --force."})
    _check_password(password)
    if session.scalar(select(StaffAccount).where(StaffAccount.username == name)):
        raise Conflict(f"Đã có tài khoản {name}.")
    unit_id = require_unit(session, unit_code).id if unit_code else None
    row = StaffAccount(username=name, role=role_code, unit_id=unit_id, full_name=full_name,
                       force_code=force_code or None, password_hash=auth.hash_password(password))
    session.add(row)
    session.flush()
    return row


def find(session: Session, username: str) -> StaffAccount:
    row = session.scalar(select(StaffAccount).where(
        StaffAccount.username == username.strip().lower()))
    if row is None:
        raise NotFound(f"Không có tài khoản {username}.")
    return row


def accounts(session: Session) -> list[tuple[StaffAccount, Unit | None]]:
    stmt = (select(StaffAccount, Unit).outerjoin(Unit, Unit.id == StaffAccount.unit_id)
            .order_by(StaffAccount.username))
    return [(a, u) for a, u in session.execute(stmt)]


def any_admin(session: Session) -> bool:
    return session.scalar(select(StaffAccount.id).where(
        StaffAccount.role == "admin", StaffAccount.disabled_at.is_(None)).limit(1)) is not None


def reset_password(session: Session, username: str, password: str) -> StaffAccount:
    """A new password; every open session of the account ends, its second factor too."""
    _check_password(password)
    row = find(session, username)
    row.password_hash = auth.hash_password(password)
    row.totp_secret = row.totp_pending = None
    auth.revoke_all(session, row.id)
    return row


def disable(session: Session, username: str) -> StaffAccount:
    row = find(session, username)
    row.disabled_at = row.disabled_at or utcnow()
    auth.revoke_all(session, row.id)
    return row
