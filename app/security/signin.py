"""Signing in offline: a password (or a one-time code) opens the officer's wrap of the data
key; wrong ones cost a growing wait (app.security.throttle), never data. Shared by the
sign-in window and the command line (``--password-stdin``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import DomainError, ValidationFailed
from app.security.keyfile import KeyFile, WrongPassword, check_new_password
from app.security.keys import DataKey
from app.security.throttle import Throttle
from app.text import fold


class TryLater(DomainError):
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"Đã nhập sai nhiều lần. Thử lại sau {int(seconds + 0.999)} giây.")


@dataclass(frozen=True)
class SignedIn:
    key: DataKey = field(repr=False)
    officer_id: str
    name: str
    must_set_password: bool = False  # signed in with a one-time code


def sign_in(root: Path, officer_id: str | None, secret: str, throttle: Throttle | None = None) -> SignedIn:
    """Unwrap the data key with ``secret`` (``officer_id`` None: whichever account it opens,
    for the command line); WrongPassword (with the wait that follows, if any) or TryLater
    while the wait from earlier misses runs. One miss counts once, however many accounts."""
    throttle = throttle or Throttle(root)
    left = throttle.seconds_left()
    if left > 0:
        raise TryLater(left)
    keys = KeyFile.load(root)
    candidates = [str(officer_id)] if officer_id else [oid for oid, _ in keys.names()]
    error = WrongPassword("Mật khẩu không đúng.")
    for oid in candidates:
        try:
            key = keys.unlock(oid, secret)
        except WrongPassword as exc:
            error = exc
            continue
        throttle.succeeded()
        account = keys.accounts[oid]
        return SignedIn(key, account.officer_id, account.name, account.one_time)
    wait = throttle.failed()
    raise WrongPassword(str(error) + (f" Thử lại sau {int(wait)} giây." if wait else ""), seconds=wait)


def find_account(keys: KeyFile, who: str) -> str | None:
    """An officer id from an id or a name typed without diacritics ("hoang van thang")."""
    if who in keys.accounts:
        return who
    wanted = fold(who).strip()
    matches = [a.officer_id for a in keys.accounts.values() if fold(a.name) == wanted]
    return matches[0] if len(matches) == 1 else None


def set_password(root: Path, signed: SignedIn, password: str, again: str) -> SignedIn:
    """The signed-in officer's new password (after a one-time code, or a change): the same
    data key rewrapped, nothing re-encrypted."""
    check_new_password(password, again)
    keys = KeyFile.load(root)
    keys.set_secret(signed.key, signed.officer_id, signed.name, password)
    keys.save()
    return SignedIn(signed.key, signed.officer_id, signed.name, False)


def create_first_account(root: Path, name: str, password: str, again: str,
                         province_public_key: str = "", officer_id: str | None = None) -> SignedIn:
    """The first officer of a new laptop: a fresh data key wrapped for them (and for the
    province when its public key is known). Written before any database exists (or, on a
    laptop from before encryption, before its plain file is encrypted), so an encrypted file
    never lacks its key. ``officer_id``: the officer's record when it already exists."""
    from app.text import nfc

    name = nfc(" ".join(name.split()))
    errors = {}
    if not name:
        errors["officer_name"] = "Nhập họ tên người sử dụng máy."
    try:
        check_new_password(password, again)
    except ValidationFailed as exc:
        errors.update(exc.errors)
    if errors:
        raise ValidationFailed(errors)
    if KeyFile.exists(root):
        raise DomainError("Máy đã có tài khoản; hãy đăng nhập.")
    key = DataKey.generate()
    officer_id = str(officer_id or uuid.uuid4())
    keys = KeyFile.new(root, key)
    keys.set_secret(key, officer_id, name, password)
    if province_public_key.strip():
        keys.set_escrow(key, province_public_key)
    Path(root).mkdir(parents=True, exist_ok=True)
    keys.save()
    return SignedIn(key, officer_id, name)
