"""The server's one engine factory, its unit of work and its migrations.

Nothing connects at import time. PostgreSQL (psycopg 3) writes at READ COMMITTED and reads
at REPEATABLE READ (one snapshot per read); SQLite gets the app's pragmas (WAL, foreign keys,
synchronous=FULL) and every writing transaction starts with ``BEGIN IMMEDIATE`` so concurrent
writers queue on the lock instead of failing halfway (within one process, on a Python lock).

:meth:`Database.transact` is the unit of work: one transaction per call, committed when the
function returns, rolled back on any error, and retried from scratch when the database
reports a transient clash (deadlock, serialisation failure, a unique key raced by a
concurrent insert of the same record or batch, SQLite busy). A retry never replays work that
committed: when the commit itself fails, the database is asked whether it happened (the
driver's connection still in its transaction: it did not; else SQLite applied it unless it
reported a rollback, and PostgreSQL answers ``txid_status``); only work that did not commit
is run again, and an answer that cannot be had is raised, never guessed.
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

from sqlalchemy import Engine, create_engine, event, text
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
# SQLite result codes after which a failed COMMIT has rolled the transaction back:
# NOMEM, IOERR, CORRUPT, FULL (https://sqlite.org/lang_transaction.html, "Response To Errors")
_SQLITE_ROLLED_BACK = {7, 10, 11, 13}


def make_engine(url: str, connections: int = 40) -> Engine:
    """An engine for ``url``; a relative SQLite path is made under the current directory.

    PostgreSQL: at most ``connections`` at once from this process (10 kept open, the rest
    opened when needed); a request waits for one when all are in use. With several workers,
    keep workers × connections under the server's ``max_connections``."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        kept = max(1, min(10, connections))
        return create_engine(
            url, pool_size=kept, max_overflow=max(0, connections - kept), pool_pre_ping=True,
            hide_parameters=True,
        )
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_MS / 1000},
        hide_parameters=True,  # errors must not carry personal data into logs
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # transactions are begun below, explicitly
        apply_pragmas(dbapi_conn)
        dbapi_conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
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

    def __init__(self, url: str, connections: int = 40) -> None:
        self.url = url
        self.engine = make_engine(url, connections)
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
        """Run ``fn(session)`` in one transaction and commit; retried on transient clashes
        that left nothing committed."""
        factory = self._writer if write else self._reader
        for attempt in range(1, ATTEMPTS + 1):
            session = factory()
            committing: _Commit | None = None
            try:
                with self._writing if write else nullcontext():
                    result = fn(session)
                    committing = self._before_commit(session, write)
                    session.commit()
                return result
            except DBAPIError as exc:
                committed = committing.outcome(exc) if committing else False
                if not committed:
                    session.rollback()  # (a session that committed has nothing to roll back)
                if committed:
                    log.info("commit reported %s but was applied", type(exc.orig).__name__)
                    return result
                if committed is None or attempt == ATTEMPTS or not _retryable(exc):
                    raise
                log.info("transaction retried (attempt %d): %s", attempt, type(exc.orig).__name__)
                time.sleep(random.uniform(0.005, 0.03) * attempt)
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
        raise AssertionError("unreachable")

    def _before_commit(self, session: Session, write: bool) -> _Commit:
        """What is needed to tell, should the commit fail, whether it was applied."""
        driver = session.connection().connection.driver_connection
        txid = None
        if write and not self.is_sqlite:
            txid = session.execute(text("SELECT txid_current()")).scalar_one()
        return _Commit(self, driver, txid)

    def dispose(self) -> None:
        self.engine.dispose()


class _Commit:
    """A commit under way: its driver connection and (PostgreSQL) its transaction id."""

    def __init__(self, database: Database, driver: object, txid: int | None) -> None:
        self.database = database
        self.driver = driver
        self.txid = txid

    def outcome(self, exc: DBAPIError) -> bool | None:
        """After the commit raised ``exc``: was it applied? None when nobody can tell."""
        if _still_in_transaction(self.driver):
            return False  # the COMMIT was refused (busy, serialisation): nothing applied
        if self.database.is_sqlite:
            code = getattr(exc.orig, "sqlite_errorcode", None)
            return not (code is not None and code & 0xFF in _SQLITE_ROLLED_BACK)
        if self.txid is None:
            return None
        try:
            with self.database.engine.connect() as conn:
                status = conn.execute(
                    text("SELECT txid_status(:txid)"), {"txid": self.txid}
                ).scalar()
        except DBAPIError:
            return None
        return {"committed": True, "aborted": False}.get(status or "")


def _still_in_transaction(driver: object) -> bool:
    try:
        in_transaction = getattr(driver, "in_transaction", None)  # sqlite3
    except Exception:  # noqa: BLE001  (a closed connection: its transaction is gone)
        return False
    if isinstance(in_transaction, bool):
        return in_transaction
    info = getattr(driver, "info", None)  # psycopg 3
    status = getattr(info, "transaction_status", None)
    return status is not None and status.name in ("INTRANS", "INERROR")


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(url: str) -> None:
    """Bring the database at ``url`` to the newest schema (``alembic upgrade head``)."""
    from alembic import command

    command.upgrade(alembic_config(url), "head")
