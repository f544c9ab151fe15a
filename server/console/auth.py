"""Sign-in for the console: argon2 password hashes, throttling per account and per address,
server-side sessions (a table, so every worker sees them), CSRF tokens, and TOTP.

A session cookie holds 256 random bits; the table keeps only their SHA-256. A session ends
after :data:`IDLE` without a request or :data:`LIFETIME` in all, on sign-out, on a password
reset and when the account is disabled.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.models.base import utcnow
from server.console.models import StaffAccount, StaffSession, ThrottleHit
from server.console.roles import role
from server.console.scope import Viewer
from server.security import hash_secret
from server.throttle import count_hits, hit

IDLE = timedelta(minutes=60)
LIFETIME = timedelta(hours=12)
THROTTLE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_ACCOUNT = 5
MAX_FAILURES_ADDRESS = 20
ISSUER = "Thực Địa — Chi cục QLTT"
_hasher = PasswordHasher()
# a hash to verify against when the account does not exist, so both answers take as long
_DUMMY = _hasher.hash("không có tài khoản này")


class SignInRefused(Exception):
    """Shown next to the form, in Vietnamese."""


@dataclass(frozen=True)
class Opened:
    token: str  # the cookie value, never stored
    stage: str


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(stored: str, given: str) -> bool:
    try:
        return _hasher.verify(stored, given)
    except (VerificationError, InvalidHashError):
        return False


def sign_in(session: Session, username: str, password: str, address: str,
            now: datetime | None = None) -> Opened | SignInRefused:
    """Check the password and open a session; or the refusal to show, when the password is
    wrong or the account or the address has failed too often in the last
    :data:`THROTTLE_WINDOW`. A refusal is returned, not raised: the failure it counts must
    be committed with the caller's transaction."""
    now = now or utcnow()
    name = username.strip().lower()
    user_key, addr_key = f"login-user:{name}", f"login-addr:{address}"
    if (count_hits(session, user_key, THROTTLE_WINDOW, now) >= MAX_FAILURES_ACCOUNT
            or count_hits(session, addr_key, THROTTLE_WINDOW, now) >= MAX_FAILURES_ADDRESS):
        return SignInRefused("Đăng nhập sai quá nhiều lần. Hãy thử lại sau 15 phút.")
    account = session.scalar(select(StaffAccount).where(StaffAccount.username == name))
    ok = password_matches(account.password_hash if account else _DUMMY, password)
    if account is None or not ok or account.disabled_at is not None:
        hit(session, user_key, now)
        hit(session, addr_key, now)
        return SignInRefused("Tên đăng nhập hoặc mật khẩu không đúng.")
    session.execute(delete(ThrottleHit).where(ThrottleHit.key == user_key))
    if account.totp_secret:
        stage = "totp"
    elif role(account.role).needs_totp:
        stage = "enrol"
    else:
        stage = "full"
    return open_session(session, account, stage, address, now)


def open_session(session: Session, account: StaffAccount, stage: str, address: str,
                 now: datetime) -> Opened:
    token = secrets.token_urlsafe(32)
    session.add(StaffSession(
        token_hash=hash_secret(token), staff_id=account.id, stage=stage,
        csrf_token=secrets.token_urlsafe(32), address=address[:64],
        created_at=now, last_seen_at=now, expires_at=now + LIFETIME))
    session.flush()
    return Opened(token, stage)


def current(session: Session, token: str, address: str,
            now: datetime | None = None) -> tuple[Viewer, str, bool] | None:
    """The viewer, the session's stage and whether its last use should be written down
    (once a minute, not per request); None when unknown, expired, revoked or disabled."""
    now = now or utcnow()
    row = session.execute(
        select(StaffSession, StaffAccount)
        .join(StaffAccount, StaffAccount.id == StaffSession.staff_id)
        .where(StaffSession.token_hash == hash_secret(token))
    ).first()
    if row is None:
        return None
    sess, account = row
    if (sess.revoked_at is not None or account.disabled_at is not None
            or sess.expires_at <= now or sess.last_seen_at + IDLE <= now):
        return None
    viewer = Viewer(account.id, account.username, account.full_name, account.role,
                    account.unit_id, address, sess.csrf_token, account.force_code)
    return viewer, sess.stage, now - sess.last_seen_at > timedelta(minutes=1)


def touch(session: Session, token: str, now: datetime | None = None) -> None:
    session.execute(update(StaffSession).where(StaffSession.token_hash == hash_secret(token))
                    .values(last_seen_at=now or utcnow()))


def csrf_ok(expected: str, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(expected, given or "")


def sign_out(session: Session, token: str, now: datetime | None = None) -> None:
    session.execute(update(StaffSession).where(StaffSession.token_hash == hash_secret(token))
                    .values(revoked_at=now or utcnow()))


def revoke_all(session: Session, staff_id: object, now: datetime | None = None) -> int:
    result = session.execute(
        update(StaffSession)
        .where(StaffSession.staff_id == staff_id, StaffSession.revoked_at.is_(None))
        .values(revoked_at=now or utcnow()))
    return int(result.rowcount)  # type: ignore[attr-defined]


def set_stage(session: Session, token: str, stage: str) -> None:
    session.execute(update(StaffSession).where(StaffSession.token_hash == hash_secret(token))
                    .values(stage=stage))


def account(session: Session, staff_id: object) -> StaffAccount:
    found = session.get(StaffAccount, staff_id)
    assert found is not None
    return found


def check_totp(session: Session, token: str, staff_id: object, code: str) -> bool:
    """An administrator's second factor: the code of the enrolled secret moves the session
    to ``full``. Failures count against the account like wrong passwords."""
    acc = account(session, staff_id)
    now = utcnow()
    key = f"login-user:{acc.username}"
    if count_hits(session, key, THROTTLE_WINDOW, now) >= MAX_FAILURES_ACCOUNT:
        raise SignInRefused("Nhập sai quá nhiều lần. Hãy thử lại sau 15 phút.")
    if not acc.totp_secret or not pyotp.TOTP(acc.totp_secret).verify(code.strip(), valid_window=1):
        hit(session, key, now)
        return False
    set_stage(session, token, "full")
    return True


def begin_totp(session: Session, staff_id: object) -> tuple[str, str]:
    """A new secret awaiting confirmation, and its ``otpauth://`` URI for the QR code."""
    acc = account(session, staff_id)
    acc.totp_pending = pyotp.random_base32()
    session.flush()
    uri = pyotp.TOTP(acc.totp_pending).provisioning_uri(name=acc.username, issuer_name=ISSUER)
    return acc.totp_pending, uri


def confirm_totp(session: Session, token: str, staff_id: object, code: str) -> bool:
    acc = account(session, staff_id)
    if not acc.totp_pending or not pyotp.TOTP(acc.totp_pending).verify(code.strip(),
                                                                       valid_window=1):
        return False
    acc.totp_secret, acc.totp_pending = acc.totp_pending, None
    set_stage(session, token, "full")
    return True
