"""The data key kept by the operating system for the scheduled ``sync``, so the task that
syncs a laptop left closed in the car needs no password written anywhere.

Through the ``keyring`` package: on Windows the Credential Locker (DPAPI: readable only by
the same Windows user on the same machine), on macOS the Keychain, on Linux the Secret
Service. ``python -m app sync --remember-key --password-stdin`` stores it once (an officer
types the password), ``--forget-key`` removes it. Anyone who can log in as that Windows
user can then sync and read the data: the README says so; a laptop whose Windows account
is not the officer's own should not remember it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.errors import DomainError
from app.security.keys import DataKey

SERVICE = "ThucDia"


class NoKeyring(DomainError):
    pass


def _entry(root: Path) -> str:
    """One entry per data directory (a portable install keeps its own)."""
    return "data-key:" + hashlib.sha256(str(Path(root).resolve()).encode()).hexdigest()[:16]


def _keyring():
    import keyring
    from keyring.errors import KeyringError

    return keyring, KeyringError


def remember(root: Path, key: DataKey) -> None:
    keyring, error = _keyring()
    try:
        keyring.set_password(SERVICE, _entry(root), key.raw.hex())
    except error as exc:
        raise NoKeyring(f"Hệ điều hành không cho lưu khóa ({exc}).") from exc


def recall(root: Path) -> DataKey | None:
    keyring, error = _keyring()
    try:
        value = keyring.get_password(SERVICE, _entry(root))
    except error:
        return None
    if not value:
        return None
    try:
        return DataKey(bytes.fromhex(value))
    except ValueError:
        return None


def forget(root: Path) -> bool:
    keyring, error = _keyring()
    try:
        keyring.delete_password(SERVICE, _entry(root))
    except error:
        return False
    return True
