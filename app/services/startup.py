"""Opening an installation's database: check, back up, migrate, seed catalogues.

Runs off the GUI thread in the app and as-is in the CLI.
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
from app.services.follow_through.due import ensure_built as ensure_due_built
from app.services.settings import ensure_device_id


@dataclass
class Database:
    data_dir: DataDir
    engine: Engine
    sessions: sessionmaker[Session]
    device_id: str
    backup_made: Path | None = None
    catalogs_loaded: dict[str, int] = field(default_factory=dict)

    def close(self) -> None:
        self.engine.dispose()


def ensure_sound(data_dir: DataDir, *, full: bool = True) -> None:
    """Raise DatabaseDamaged, carrying the newest backups, when the file is damaged."""
    report = check_integrity(data_dir.database, full=full)
    if not report.ok:
        err = DatabaseDamaged(
            "Tệp dữ liệu bị hỏng (" + report.detail + "). "
            "Có thể khôi phục từ bản sao lưu gần nhất; tệp hỏng được giữ lại để kiểm tra."
        )
        err.backups = list_backups(data_dir.backups)  # type: ignore[attr-defined]
        raise err


def open_database(data_dir: DataDir, *, full_check: bool = True) -> Database:
    """Open (creating if new) the database of ``data_dir``.

    ``full_check=False`` (the GUI) checks only the header and schema here and leaves the
    page-by-page check to :func:`ensure_sound` in the background.
    Raises DatabaseDamaged (with the newest backups in ``.backups``) when the integrity
    check fails: the caller tells the user and offers :func:`app.db.restore_backup`.
    """
    data_dir.ensure()
    ensure_sound(data_dir, full=full_check)
    backup = migrate(data_dir.database, data_dir.backups)
    engine = make_engine(data_dir.database)
    sessions = make_session_factory(engine)
    with unit_of_work(sessions) as session:
        loaded = load_catalogs(session)
        device = ensure_device_id(session)
        ensure_due_built(session)  # the "Việc cần làm" read model, after migration 0009 or a new calendar
    return Database(data_dir, engine, sessions, device, backup, loaded)
