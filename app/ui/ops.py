"""Background operations, after Anki's ``aqt.operations``.

``Op(parent, fn).success(cb).failure(cb).run()`` runs ``fn(session)`` on the **one**
database worker thread inside a unit of work (commit on return, rollback on error) and
calls ``cb`` on the GUI thread with the result. ``Op(..., reader=True)`` hands ``fn`` the
worker's plain sqlite3 connection instead (app.readmodel), usable before SQLAlchemy has
loaded; ``with_session=False`` hands it nothing; ``Op.acting(parent, fn)`` runs a whole
use-case ``fn(session, actor)`` with the officer signed in (app.services.case_actions,
answering with what changed). Workers never touch widgets; results
must be plain values (dataclasses, ids), not ORM objects bound to the worker's session.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Relay(QObject):
    """Lives on the GUI thread; emitted from a worker thread, delivered by the event loop."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(str, int, int)  # network jobs (app.ui.sync.worker)


def relay(
    alive: set[Relay],
    on_done: Callable[[Any], None],
    on_fail: Callable[[Any], None],
    settled: Callable[[], None],
) -> Relay:
    """A relay that hands a worker's result to ``on_done``/``on_fail`` on the GUI thread,
    kept in ``alive`` until then, calling ``settled`` first (the owner's job count)."""
    r = Relay()
    alive.add(r)

    def finish(cb: Callable[[Any], None], value: Any) -> None:
        settled()
        alive.discard(r)
        r.deleteLater()
        cb(value)

    r.done.connect(lambda result: finish(on_done, result))
    r.failed.connect(lambda exc: finish(on_fail, exc))
    return r


_worker_state = threading.local()


def _reader(db_path: Path, key: bytes | None):
    """The worker thread's own driver connection to ``db_path`` (made on first use)."""
    from app.sqlite import connect_reader

    con = getattr(_worker_state, "reader", None)
    if con is None or getattr(_worker_state, "reader_path", None) != (db_path, key):
        if con is not None:
            con.close()
        con = connect_reader(db_path, key)
        _worker_state.reader, _worker_state.reader_path = con, (db_path, key)
    return con


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], sessions: Any, relay: Relay,
                 reader: tuple[Path, bytes | None] | None = None, acting: bool = False) -> None:
        super().__init__()
        self.fn, self.sessions, self.relay, self.reader = fn, sessions, relay, reader
        self.acting = acting
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            if self.reader is not None:
                result = self.fn(_reader(*self.reader))
            elif self.sessions is None:
                result = self.fn(None)
            else:
                from app.db import unit_of_work  # loaded on this thread, after the window is up

                with unit_of_work(self.sessions) as session:
                    if self.acting:
                        from app.services.settings import current_actor

                        result = self.fn(session, current_actor(session))
                    else:
                        result = self.fn(session)
        except Exception as exc:  # handed to the GUI thread, shown by show_error
            log.debug("operation failed: %s", traceback.format_exc())
            self.relay.failed.emit(exc)
            return
        self.relay.done.emit(result)


class TaskManager(QObject):
    """Owns the single database thread. One per application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.db_pool.setExpiryTimeout(-1)
        self.sessions: Any = None  # sessionmaker, set once the database is open
        self.db_path: Path | None = None  # for reader operations, set once the file is sound
        self.db_key: bytes | None = None  # its SQLCipher key (app.security.keys.DataKey.database)
        self.pending = 0
        self._relays: set[Relay] = set()  # alive until their result is delivered

    def run(self, fn: Callable[..., Any], on_done: Callable[[Any], None], on_fail: Callable[[Exception], None], *, with_session: bool = True, reader: bool = False, acting: bool = False) -> None:
        if reader and self.db_path is None or not reader and with_session and self.sessions is None:
            raise RuntimeError("database not open yet")
        self.pending += 1
        job_relay = relay(self._relays, on_done, on_fail, self._settled)
        self.db_pool.start(_Job(fn, self.sessions if with_session else None, job_relay,
                                (self.db_path, self.db_key) if reader and self.db_path else None,
                                acting and with_session and not reader))

    def _settled(self) -> None:
        self.pending -= 1

    def wait_idle(self, msecs: int = 10000) -> bool:
        return self.db_pool.waitForDone(msecs)


_manager: TaskManager | None = None


def task_manager() -> TaskManager:
    global _manager
    if _manager is None:
        _manager = TaskManager()
    return _manager


def reset_task_manager() -> None:
    """Tests: a fresh manager per application instance."""
    global _manager
    if _manager is not None:
        _manager.wait_idle()
    _manager = None


class Op:
    """``Op(parent, fn).success(cb).failure(cb).run()``; ``fn`` gets a session."""

    def __init__(self, parent: QObject | None, fn: Callable[..., Any], *, with_session: bool = True, reader: bool = False) -> None:
        self.parent, self.fn, self.with_session, self.reader = parent, fn, with_session, reader
        self._acting = False
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[Exception], None] | None = None

    @classmethod
    def acting(cls, parent: QObject | None, fn: Callable[[Any, Any], Any]) -> Op:
        """A use-case ``fn(session, actor)``: the runner supplies the acting officer."""
        op = cls(parent, fn)
        op._acting = True
        return op

    def success(self, cb: Callable[[Any], None]) -> Op:
        self._success = cb
        return self

    def failure(self, cb: Callable[[Exception], None]) -> Op:
        self._failure = cb
        return self

    def run(self) -> None:
        def ok(result: Any) -> None:
            if self._success:
                self._success(result)

        def fail(exc: Exception) -> None:
            if self._failure:
                self._failure(exc)
            else:
                from app.ui.errors import show_error

                show_error(self.parent, exc)

        task_manager().run(self.fn, ok, fail, with_session=self.with_session, reader=self.reader,
                           acting=self._acting)
