"""The one engine factory, the unit of work, and start-up checks of the database file.

Nothing connects at import time. Every SQLite connection gets WAL, foreign keys,
``synchronous=FULL`` (these are legal records) and a busy timeout.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from app.paths import migrations_dir

BUSY_TIMEOUT_MS = 5000
KEEP_BACKUPS = 10
CACHE_KIB = 32_000


def _on_connect(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # 32 MB page cache (default 2 MB): ranked search over 100k cases touches a few
    # hundred scattered pages; measured 22 → 16 ms median in benchmarks/bench_foundation.
    cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cur.close()


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


def current_revision(db_path: Path) -> str | None:
    """The revision stamped in the file, read with the stdlib (cheap, no SQLAlchemy)."""
    if not Path(db_path).exists():
        return None
    con = sqlite3.connect(f"file:{Path(db_path).as_posix()}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        con.close()


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
    from alembic import command

    head = head_revision()
    current = current_revision(db_path)
    if current == head:
        return None
    backup = None
    if Path(db_path).exists() and Path(db_path).stat().st_size > 0:
        backup = backup_database(db_path, backups_dir, f"before-{head}")
    command.upgrade(_alembic_config(db_path), "head")
    return backup


# --- integrity ------------------------------------------------------------------------


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    detail: str


def check_integrity(db_path: Path, *, full: bool = True) -> IntegrityReport:
    """Is the file a sound database? A file that is not a database is damaged too.

    ``full=False`` reads the header and the schema only (milliseconds; catches a truncated
    or overwritten file). ``full=True`` runs ``PRAGMA quick_check`` over every page: about
    1.5 s for 100k cases, so the app runs it in the background once the list is shown.
    """
    if not Path(db_path).exists():
        return IntegrityReport(True, "new")
    try:
        con = sqlite3.connect(f"file:{Path(db_path).as_posix()}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            rows = con.execute("PRAGMA quick_check").fetchall() if full else [("ok",)]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return IntegrityReport(False, str(exc))
    result = "; ".join(r[0] for r in rows[:5])
    return IntegrityReport(result == "ok", result)


def restore_backup(backup: Path, db_path: Path, backups_dir: Path) -> None:
    """Put a backup in place of a damaged file; the damaged file is kept beside the backups."""
    db_path = Path(db_path)
    if db_path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        shutil.move(db_path, backups_dir / f"damaged-{stamp}-{db_path.name}")
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    shutil.copy2(backup, db_path)
