"""The one engine factory, the unit of work, and start-up checks of the database file.

Nothing connects at import time. Every connection is to a SQLCipher file opened with the
installation's key (app.sqlite) and gets WAL, foreign keys, ``synchronous=FULL`` (these are
legal records) and a busy timeout. ``key`` everywhere is the raw SQLCipher key
(``DataKey.database``); ``None`` only for a plain file (the upgrade, the benchmarks).

Start-up is safe against a kill at any point: each migration runs in one SQLite transaction
with its version stamp (so a file holds the old schema or the new one, never a mix), a first
start cut short before its first commit is rebuilt, and a backup is written under a temporary
name and renamed only once it is complete and checked.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from app.errors import DatabaseDamaged
from app.paths import migrations_dir
from app.sqlite import (  # noqa: F401  (re-exported: the database file's checks)
    BUSY_TIMEOUT_MS,
    SCHEMA_HEAD,
    IntegrityReport,
    apply_pragmas,
    check_integrity,
    connect,
    current_revision,
    driver,
)

KEEP_BACKUPS = 10


def _on_connect(dbapi_conn, _record) -> None:
    apply_pragmas(dbapi_conn)


def database_url(db_path: Path, key: bytes | None) -> URL:
    """SQLAlchemy's pysqlcipher dialect sends ``PRAGMA key`` first on every connection; a
    raw key is written ``x'…'`` (no PBKDF2 at open). The URL hides it in its repr. A plain
    file (``key=None``: an earlier release's, a benchmark's baseline) goes through the stdlib."""
    if key is None:
        return URL.create("sqlite", database=Path(db_path).as_posix())
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=Path(db_path).as_posix())


def make_engine(db_path: Path, key: bytes | None, *, pooled: bool = True) -> Engine:
    engine = create_engine(
        database_url(db_path, key),
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        poolclass=QueuePool if pooled else NullPool,  # the dialect's default is one per thread
    )
    event.listen(engine, "connect", _on_connect)
    return engine


def make_migration_engine(db_path: Path, key: bytes | None) -> Engine:
    """An engine whose transactions hold DDL too (for Alembic).

    The sqlite3 module (before Python 3.12) opens a transaction only before INSERT, UPDATE
    or DELETE: ``CREATE TABLE`` commits on its own, so a migration killed halfway leaves some
    of its tables without the version stamp. Here the driver never begins on its own and
    every SQLAlchemy transaction starts with an explicit ``BEGIN``: a migration, its DDL and
    its stamp commit together (SQLite's DDL is transactional).
    """
    engine = make_engine(db_path, key, pooled=False)

    @event.listens_for(engine, "connect")
    def _driver_never_begins(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

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


def _alembic_config(db_path: Path, key: bytes | None):
    """Alembic's config for the file; migrations/env.py takes the key from its attributes
    (never from the URL, which Alembic may log)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{Path(db_path).as_posix()}")
    cfg.attributes["sqlcipher_key"] = key
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(Path("unused"), None)).get_current_head() or ""


UNFINISHED = ".unfinished"  # suffix of a backup still being written (never listed)


def backup_database(db_path: Path, key: bytes | None, backups_dir: Path, reason: str) -> Path:
    """Copy the database (consistently, through SQLite's backup API) to a dated file,
    encrypted with the same key.

    The copy is written under a temporary name, flushed to disk, checked (a sound database
    at the same schema revision), and only then renamed to its final name: a copy cut short
    by a crash or a kill is never listed as a backup (:func:`discard_unfinished_backups`
    removes it at the next start).
    """
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"{Path(db_path).stem}-{stamp}-{reason}.sqlite3"
    partial = target.with_name(target.name + UNFINISHED)
    src = connect(db_path, key)
    dst = connect(partial, key)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    finally:
        dst.close()
        src.close()
    _fsync(partial)
    report = check_integrity(partial, key)
    if not report.ok or current_revision(partial, key) != current_revision(db_path, key):
        partial.unlink(missing_ok=True)
        raise DatabaseDamaged(f"Bản sao lưu không đọc lại được ({report.detail}); chưa nâng cấp.")
    os.replace(partial, target)
    _fsync(backups_dir)
    _prune_backups(backups_dir, Path(db_path).stem)
    return target


def _fsync(path: Path) -> None:
    """Flush a file, or a folder's entries (POSIX), to the disk."""
    if path.is_dir() and os.name == "nt":
        return  # Windows cannot open a folder to flush it; NTFS journals the rename
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def discard_unfinished_backups(backups_dir: Path) -> list[Path]:
    """Remove copies left by a backup that was cut short; returns what was removed."""
    left = sorted(Path(backups_dir).glob(f"*{UNFINISHED}*"))
    for path in left:
        path.unlink(missing_ok=True)
    return left


def _prune_backups(backups_dir: Path, stem: str) -> None:
    files = sorted(backups_dir.glob(f"{stem}-*.sqlite3"))
    for old in files[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)


def list_backups(backups_dir: Path) -> list[Path]:
    return sorted(backups_dir.glob("*.sqlite3"), reverse=True)


# Tables whose rows are not the user's: Alembic's stamp, SQLite's own, the search index
# (derived from the cases, rebuilt with them).
_NOT_USER_DATA = ("alembic_version", "sqlite_", "case_search")


def unfinished_first_start(db_path: Path, key: bytes | None) -> bool:
    """Is this a first start that was cut short: tables but no version stamp, and no rows?

    Only a first start can leave that (every later change is stamped in its own
    transaction, and nothing writes before the schema is stamped); a file without a stamp
    that holds any row is someone's data and is never thrown away.
    """
    db_path = Path(db_path)
    if not db_path.exists() or current_revision(db_path, key) is not None:
        return False
    try:
        con = connect(db_path, key, readonly=True)
    except driver().Error:
        return False
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        mine = [n for n in names if not n.startswith(_NOT_USER_DATA)]
        if not mine:
            return False
        return all(
            con.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() is None for name in mine
        )
    except driver().Error:
        return False
    finally:
        con.close()


def _remove_database(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def migrate(db_path: Path, key: bytes | None, backups_dir: Path) -> Path | None:
    """Bring the file to the head revision; back it up first if it holds data.

    Returns the backup made, or None when nothing needed migrating or the file is new.
    A first start that was cut short (see :func:`unfinished_first_start`) is started again
    from an empty file. A file an earlier release left half-upgraded (its upgrade ran outside
    a transaction and was cut short) raises DatabaseDamaged, offering first the backups that
    upgrade cleanly (see :func:`_half_upgraded`).
    """
    discard_unfinished_backups(backups_dir)
    current = current_revision(db_path, key)
    if current == SCHEMA_HEAD:
        return None
    from alembic import command

    if current is None and unfinished_first_start(db_path, key):
        _remove_database(db_path)
    head = head_revision()
    backup = None
    if Path(db_path).exists() and Path(db_path).stat().st_size > 0:
        backup = backup_database(db_path, key, backups_dir, f"before-{head}")
    try:
        command.upgrade(_alembic_config(db_path, key), "head")
    except OperationalError as exc:
        if current is None or "already exists" not in str(exc):
            raise
        raise _half_upgraded(backups_dir, backup, key) from exc
    return backup


def _half_upgraded(backups_dir: Path, backup: Path | None, key: bytes | None) -> DatabaseDamaged:
    """The error for a file stamped at one revision but holding part of the next one.

    Before each migration ran in one transaction, a start killed during an upgrade left such
    a file, which no later start can upgrade. The backup just made of it is removed (it is
    the same dead end); the backups that upgrade cleanly (tried on a copy) come first, so
    the one offered is the copy made right before the upgrade that was cut short.
    """
    import tempfile

    from alembic import command

    if backup is not None:
        backup.unlink(missing_ok=True)
    usable, others = [], []
    for candidate in list_backups(backups_dir):
        with tempfile.TemporaryDirectory() as tmp:
            trial = Path(tmp) / candidate.name
            shutil.copy2(candidate, trial)
            try:
                command.upgrade(_alembic_config(trial, key), "head")
                usable.append(candidate)
            except Exception:  # noqa: BLE001  (any failure: not a backup to offer first)
                others.append(candidate)
    err = DatabaseDamaged(
        "Lần nâng cấp dữ liệu trước bị ngắt giữa chừng (máy tắt hoặc chương trình bị đóng) nên "
        "tệp dữ liệu còn dở dang. Có thể khôi phục bản sao lưu làm ngay trước lần nâng cấp đó; "
        "tệp dở dang được giữ lại để kiểm tra."
    )
    err.backups = usable + others  # type: ignore[attr-defined]  (as ensure_sound's)
    return err


def restore_backup(backup: Path, db_path: Path, backups_dir: Path) -> None:
    """Put a backup in place of a damaged file; the damaged file is kept beside the backups."""
    db_path = Path(db_path)
    if db_path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        shutil.move(db_path, backups_dir / f"damaged-{stamp}-{db_path.name}")
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    shutil.copy2(backup, db_path)
