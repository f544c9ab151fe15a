"""Opening an installation's database: finish encrypting, check, back up, migrate, seed
catalogues.

Runs off the GUI thread in the app and as-is in the CLI. The caller has the data key
(signed in: app.security.keyfile; headless: the OS keyring, app.security.stored_key).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.catalogs import load_catalogs
from app.db import (
    check_integrity,
    list_backups,
    make_engine,
    make_session_factory,
    migrate,
    unit_of_work,
)
from app.errors import DatabaseDamaged
from app.paths import DataDir
from app.security.keys import DataKey
from app.services.follow_through.due import ensure_built as ensure_due_built
from app.services.settings import adopt_device_file, ensure_device_id


@dataclass
class Database:
    data_dir: DataDir
    key: DataKey = field(repr=False)
    engine: Engine
    sessions: sessionmaker[Session]
    device_id: str
    backup_made: Path | None = None
    catalogs_loaded: dict[str, int] = field(default_factory=dict)
    encrypted_now: bool = False  # this open encrypted what an earlier release left plain
    _closed: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        from app.security.sealed import open_folder

        open_folder(self.data_dir.attachments, self.key.files)  # photos sealed with this key

    def apply_escrow(self) -> bool:
        """Wrap the data key for the province's public key this laptop was given at
        enrolment, if the key file does not hold that wrap yet; True when it was written."""
        from app.security.keyfile import KeyFile
        from app.services.settings import ESCROW_PUBLIC_KEY, get_setting

        with unit_of_work(self.sessions) as session:
            public = get_setting(session, ESCROW_PUBLIC_KEY)
        if not public or not KeyFile.exists(self.data_dir.root):
            return False
        keys = KeyFile.load(self.data_dir.root)
        if not keys.set_escrow(self.key, public):
            return False
        keys.save()
        return True

    def sign_in(self, officer_id: object, name: str) -> None:
        """The officer who acts in every unit of work from now on (a switch calls it again)."""
        from app.services.settings import sign_in

        sign_in(self.sessions, str(officer_id), name)

    def close(self) -> None:
        from app.security.sealed import close_folder

        self.engine.dispose()
        if not self._closed:
            self._closed = True
            close_folder(self.data_dir.attachments)


def ensure_sound(data_dir: DataDir, key: DataKey, *, full: bool = True) -> None:
    """Raise DatabaseDamaged, carrying the newest backups, when the file is damaged."""
    report = check_integrity(data_dir.database, key.database, full=full)
    if not report.ok:
        err = DatabaseDamaged(
            "Tệp dữ liệu bị hỏng (" + report.detail + "). "
            "Có thể khôi phục từ bản sao lưu gần nhất; tệp hỏng được giữ lại để kiểm tra."
        )
        err.backups = list_backups(data_dir.backups)  # type: ignore[attr-defined]
        raise err


def open_database(data_dir: DataDir, key: DataKey, *, full_check: bool = True) -> Database:
    """Open (creating if new) the database of ``data_dir``, encrypted with ``key``.

    Plain copies an earlier release left (database, backups, photos) are encrypted first
    (app.security.upgrade: safe against a kill).
    ``full_check=False`` (the GUI) checks only the header and schema here and leaves the
    page-by-page check to :func:`ensure_sound` in the background.
    Raises DatabaseDamaged (with the newest backups in ``.backups``) when the integrity
    check fails: the caller tells the user and offers :func:`app.db.restore_backup`.
    """
    from app.security.upgrade import finish_encryption

    data_dir.ensure()
    encrypted_now = finish_encryption(data_dir, key)
    ensure_sound(data_dir, key, full=full_check)
    backup = migrate(data_dir.database, key.database, data_dir.backups)
    engine = make_engine(data_dir.database, key.database)
    sessions = make_session_factory(engine)
    with unit_of_work(sessions) as session:
        loaded = load_catalogs(session)
        device = ensure_device_id(session)
        ensure_due_built(session)  # the "Việc cần làm" read model, after its migration or a new calendar
        plain_credentials = adopt_device_file(session, data_dir.root)
    if plain_credentials is not None:  # moved into the encrypted database: the plain file goes
        plain_credentials.unlink(missing_ok=True)
    database = Database(data_dir, key, engine, sessions, device, backup, loaded, encrypted_now)
    database.apply_escrow()
    return database
