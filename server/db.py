"""The server's one engine factory, its unit of work and its migrations.

Nothing connects at import time. PostgreSQL (psycopg 3) writes at READ COMMITTED and reads
at REPEATABLE READ (one snapshot per read); SQLite gets the app's pragmas (WAL, foreign keys,
synchronous=FULL) and every writing transaction starts with ``BEGIN IMMEDIATE`` so concurrent
writers queue on the lock instead of failing halfway (within one process, on a Python lock).

:meth:`Database.transact` is the unit of work: one transaction per call, committed when the
function returns, rolled back on any error, and retried from scratch when the database
reports a transient clash (deadlock, serialisation failure, a unique key raced by a
concurrent insert of the same record or batch, SQLite busy).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.sqlite import apply_pragmas

T = TypeVar("T")
log = logging.getLogger("thucdia.server.db")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_MS = 30_000
_RETRY_SQLSTATES = {"40001", "40P01", "23505"}  # serialisation, deadlock, unique (raced insert)
ATTEMPTS = 6


def make_engine(url: str) -> Engine:
    """An engine for ``url``; a relative SQLite path is made under the current directory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(
            url, pool_size=10, max_overflow=30, pool_pre_ping=True, hide_parameters=True
        )
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_MS / 1000},
        hide_parameters=True,  # errors must not carry personal data into logs
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # transactions are begun below, explicitly
        apply_pragmas(dbapi_conn)
        dbapi_conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        read_only = conn.get_execution_options().get("read_only", False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def _retryable(exc: DBAPIError) -> bool:
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
    if sqlstate in _RETRY_SQLSTATES:
        return True
    text = str(getattr(exc, "orig", exc)).lower()
    if isinstance(exc, OperationalError) and ("locked" in text or "busy" in text):
        return True
    return isinstance(exc, IntegrityError) and "unique" in text and sqlstate is None


class Database:
    """An engine and the unit of work over it. One per process; safe across threads."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time: this process's writers queue here and are handed
        # the file at once, instead of polling it through SQLite's busy handler (sleeps of
        # 1 to 100 ms). Other processes (several workers) still meet the busy handler.
        self._writing: AbstractContextManager[object] = (
            threading.RLock() if self.is_sqlite else nullcontext()
        )
        # a read sees one snapshot throughout (PostgreSQL's default, READ COMMITTED, gives each
        # statement its own): a pull page and the scope's newest sequence read after it must
        # agree, or a change committed in between is skipped by the cursor. SQLite's read
        # transaction is one snapshot already.
        reading = {} if self.is_sqlite else {"isolation_level": "REPEATABLE READ"}
        self._reader = sessionmaker(
            self.engine.execution_options(read_only=True, **reading), expire_on_commit=False
        )

    def transact(self, fn: Callable[[Session], T], *, write: bool = True) -> T:
        """Run ``fn(session)`` in one transaction and commit; retried on transient clashes."""
        factory = self._writer if write else self._reader
        for attempt in range(1, ATTEMPTS + 1):
            session = factory()
            try:
                with self._writing if write else nullcontext():
                    result = fn(session)
                    session.commit()
                return result
            except DBAPIError as exc:
                session.rollback()
                if attempt == ATTEMPTS or not _retryable(exc):
                    raise
                log.info("transaction retried (attempt %d): %s", attempt, type(exc.orig).__name__)
                time.sleep(random.uniform(0.005, 0.03) * attempt)
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
        raise AssertionError("unreachable")

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config(url: str):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(url: str) -> None:
    """Bring the database at ``url`` to the newest schema (``alembic upgrade head``)."""
    from alembic import command

    command.upgrade(alembic_config(url), "head")
