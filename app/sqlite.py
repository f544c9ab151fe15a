"""Plain sqlite3 connections with the app's pragmas (stdlib only: cheap to import).

Used by the SQLAlchemy engine (app.db) for every connection it opens, and directly by
the case list's read queries, which run before SQLAlchemy has even been imported.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

# The revision this code expects; tests/test_database.py checks it equals Alembic's head.
# Comparing with it first spares importing Alembic (~0.3 s) on every start.
SCHEMA_HEAD = "0010"
BUSY_TIMEOUT_MS = 5000
# 32 MB page cache (default 2 MB): ranked search over 100k cases touches a few hundred
# scattered pages; measured 22 → 16 ms median in benchmarks/bench_foundation.
CACHE_KIB = 32_000


def apply_pragmas(con) -> None:
    """WAL, foreign keys, synchronous=FULL (legal records), busy timeout, page cache."""
    cur = con.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cur.close()


def connect_reader(db_path: Path) -> sqlite3.Connection:
    """A connection for read queries, owned by the thread that made it."""
    con = sqlite3.connect(Path(db_path), timeout=BUSY_TIMEOUT_MS / 1000)
    apply_pragmas(con)
    return con


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
