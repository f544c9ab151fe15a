"""Accounts for tests: a key file with one officer, as the first start makes it.

argon2id runs at its test cost here (app.security.kdf.lower_cost_for_tests, called by
tests/conftest.py); the wraps, the file and the sign-in are the app's own.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from app.demo_names import OFFICERS
from app.security.keyfile import KeyFile
from app.security.keys import DataKey

PASSWORD = "Mật khẩu Lạng Sơn 2026"
FIRST_OFFICER = OFFICERS[0][0]  # the demo unit's first officer, who signs in


def make_key_file(root: Path, name: str = FIRST_OFFICER, password: str = PASSWORD,
                  key: DataKey | None = None) -> tuple[DataKey, str]:
    """A key file in ``root`` with one account; (the data key, the officer's id)."""
    key = key or DataKey.generate()
    officer_id = str(uuid.uuid4())
    keys = KeyFile.new(root, key)
    keys.set_secret(key, officer_id, name, password)
    Path(root).mkdir(parents=True, exist_ok=True)
    keys.save()
    return key, officer_id


def open_signed_in(data_dir, *, full_check: bool = True):
    """The data directory's database opened with its key file's data key, the first
    account signed in (the password is the tests' PASSWORD)."""
    from app.services.startup import open_database

    keys = KeyFile.load(data_dir.root)
    officer_id, name = keys.names()[0]
    database = open_database(data_dir, keys.unlock(officer_id, PASSWORD), full_check=full_check)
    database.sign_in(officer_id, name)
    return database


def data_key(data_dir) -> DataKey:
    keys = KeyFile.load(data_dir.root)
    return keys.unlock(keys.names()[0][0], PASSWORD)


def connect_file(path: Path, data_dir):
    """A second, driver-level connection to an encrypted file of ``data_dir`` (its main
    database or one of its backups), with the key unwrapped from the key file."""
    from app.sqlite import connect

    return connect(path, data_key(data_dir).database)
