"""SQLCipher connections with the app's pragmas (cheap to import: no SQLAlchemy).

Every database file of an installation is encrypted with SQLCipher 4 (``sqlcipher3``, the
SQLite 3 API with page-level AES-256; FTS5 included): the main file, its WAL, the search
index inside it, every backup. ``key`` is the raw 32-byte SQLCipher key
(:attr:`app.security.keys.DataKey.database`), given as a raw key so opening costs
~0.5 ms instead of a PBKDF2 run. ``key=None`` opens a plain SQLite file: only the upgrade of
a laptop from before encryption (app.security.upgrade) and the benchmarks' baselines do.

Used by the SQLAlchemy engine (app.db) for every connection it opens, and directly by the
case list's read queries, which run before SQLAlchemy has even been imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The revision this code expects; tests/test_database.py checks it equals Alembic's head.
# Comparing with it first spares importing Alembic (~0.3 s) on every start.
SCHEMA_HEAD = "0011"
BUSY_TIMEOUT_MS = 5000
# 32 MB page cache (default 2 MB): ranked search over 100k cases touches a few hundred
# scattered pages; measured 22 → 16 ms median in benchmarks/bench_foundation.
CACHE_KIB = 32_000
PLAIN_HEADER = b"SQLite format 3\x00"

Connection = Any  # a sqlcipher3 connection (the DB-API of the stdlib's sqlite3)


def driver():
    """The DB-API module (sqlcipher3: its errors are not the stdlib sqlite3's classes)."""
    import sqlcipher3

    return sqlcipher3


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(con: Connection, key: bytes | None) -> None:
    """Must be the first statement on a connection to an encrypted file."""
    if key is not None:
        con.execute(key_pragma(key))


def apply_pragmas(con: Connection) -> None:
    """WAL, foreign keys, synchronous=FULL (legal records), busy timeout, page cache."""
    cur = con.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cur.close()


def connect(db_path: Path, key: bytes | None, *, readonly: bool = False, **kwargs: Any) -> Connection:
    """A connection to ``db_path`` with its key set (no other pragma)."""
    path = Path(db_path).as_posix()
    target = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    con = driver().connect(target, uri=True, **kwargs)
    try:
        apply_key(con, key)
    except BaseException:
        con.close()
        raise
    return con


def connect_reader(db_path: Path, key: bytes | None) -> Connection:
    """A connection for read queries, owned by the thread that made it."""
    con = connect(db_path, key, timeout=BUSY_TIMEOUT_MS / 1000)
    apply_pragmas(con)
    return con


def is_plain(db_path: Path) -> bool:
    """Does the file start like an unencrypted SQLite database?"""
    try:
        with open(db_path, "rb") as fh:
            return fh.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def current_revision(db_path: Path, key: bytes | None) -> str | None:
    """The revision stamped in the file (cheap, no SQLAlchemy); None if unreadable."""
    if not Path(db_path).exists():
        return None
    try:
        con = connect(db_path, key, readonly=True)
    except driver().Error:
        return None
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except driver().Error:
        return None
    finally:
        con.close()


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    detail: str


def check_integrity(db_path: Path, key: bytes | None, *, full: bool = True) -> IntegrityReport:
    """Is the file a sound database, opened with this key? A file that is not a database
    (or not with this key) is reported as damaged.

    ``full=False`` reads the header and the schema only (milliseconds; catches a truncated
    or overwritten file). ``full=True`` runs ``PRAGMA quick_check`` over every page: about
    1.5 s for 100k cases, so the app runs it in the background once the list is shown.
    """
    if not Path(db_path).exists():
        return IntegrityReport(True, "new")
    try:
        con = connect(db_path, key, readonly=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            rows = con.execute("PRAGMA quick_check").fetchall() if full else [("ok",)]
        finally:
            con.close()
    except driver().DatabaseError as exc:
        return IntegrityReport(False, str(exc))
    result = "; ".join(r[0] for r in rows[:5])
    return IntegrityReport(result == "ok", result)
