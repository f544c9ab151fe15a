"""What the sign-in page shows for a data directory (Qt-free reads, cheap: no SQLAlchemy)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from app.paths import DataDir

FIRST = "first"  # a new laptop: the first officer's account
UPGRADE = "upgrade"  # a laptop from before encryption: an officer of its unit sets a password
SIGN_IN = "sign_in"
MISSING_KEYS = "missing_keys"  # an encrypted database without its key file: only the province opens it


@dataclass
class SignInState:
    mode: str
    officers: list[tuple[str, str]] = field(default_factory=list)  # (officer id, name)
    preselected: str | None = None


def read_state(data_dir: DataDir) -> SignInState:
    from app.security.keyfile import KeyFile
    from app.sqlite import is_plain

    if KeyFile.exists(data_dir.root):
        return SignInState(SIGN_IN, KeyFile.load(data_dir.root).names())
    if not data_dir.database.exists():
        return SignInState(FIRST)
    if is_plain(data_dir.database):
        officers, current = _plain_officers(data_dir)
        return SignInState(UPGRADE, officers, current)
    return SignInState(MISSING_KEYS)


def _plain_officers(data_dir: DataDir) -> tuple[list[tuple[str, str]], str | None]:
    """The officers an earlier release (plain file) knew, and its "officer at the keyboard"."""
    from app.sqlite import connect, driver

    try:
        con = connect(data_dir.database, None, readonly=True)
    except driver().Error:
        return [], None
    try:
        rows = con.execute("SELECT id, full_name FROM officer WHERE deleted_at IS NULL ORDER BY full_name").fetchall()
        setting = con.execute("SELECT value FROM setting WHERE key = 'officer_id'").fetchone()
    except driver().Error:
        return [], None
    finally:
        con.close()
    officers = [(str(uuid.UUID(str(r[0]))), r[1]) for r in rows]
    current = str(uuid.UUID(setting[0])) if setting and setting[0] else None
    return officers, current
