"""The one engine factory, the unit of work, and start-up checks of the database file.

Nothing connects at import time. Every SQLite connection gets WAL, foreign keys,
``synchronous=FULL`` (these are legal records) and a busy timeout.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from app.paths import migrations_dir
from app.sqlite import (  # noqa: F401  (re-exported: the database file's checks)
    BUSY_TIMEOUT_MS,
    SCHEMA_HEAD,
    IntegrityReport,
    apply_pragmas,
    check_integrity,
    current_revision,
)

KEEP_BACKUPS = 10


def _on_connect(dbapi_conn, _record) -> None:
    apply_pragmas(dbapi_conn)


def make_engine(db_path: Path, *, pooled: bool = True) -> Engine:
    extra = {} if pooled else {"poolclass": NullPool}
    engine = create_engine(
        f"sqlite:///{Path(db_path).as_posix()}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        **extra,
    )
    event.listen(engine, "connect", _on_connect)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: commit when the block ends, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


# --- migrations -----------------------------------------------------------------------


def _alembic_config(db_path: Path):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{Path(db_path).as_posix()}")
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(Path("unused"))).get_current_head() or ""


def backup_database(db_path: Path, backups_dir: Path, reason: str) -> Path:
    """Copy the database (consistently, through SQLite's backup API) to a dated file."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"{Path(db_path).stem}-{stamp}-{reason}.sqlite3"
    src = sqlite3.connect(Path(db_path))
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    _prune_backups(backups_dir, Path(db_path).stem)
    return target


def _prune_backups(backups_dir: Path, stem: str) -> None:
    files = sorted(backups_dir.glob(f"{stem}-*.sqlite3"))
    for old in files[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)


def list_backups(backups_dir: Path) -> list[Path]:
    return sorted(backups_dir.glob("*.sqlite3"), reverse=True)


def migrate(db_path: Path, backups_dir: Path) -> Path | None:
    """Bring the file to the head revision; back it up first if it holds data.

    Returns the backup made, or None when nothing needed migrating or the file is new.
    """
    current = current_revision(db_path)
    if current == SCHEMA_HEAD:
        return None
    from alembic import command

    head = head_revision()
    backup = None
    if Path(db_path).exists() and Path(db_path).stat().st_size > 0:
        backup = backup_database(db_path, backups_dir, f"before-{head}")
    command.upgrade(_alembic_config(db_path), "head")
    return backup


def restore_backup(backup: Path, db_path: Path, backups_dir: Path) -> None:
    """Put a backup in place of a damaged file; the damaged file is kept beside the backups."""
    db_path = Path(db_path)
    if db_path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        shutil.move(db_path, backups_dir / f"damaged-{stamp}-{db_path.name}")
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    shutil.copy2(backup, db_path)
