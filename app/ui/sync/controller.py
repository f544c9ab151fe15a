"""SyncController: when to sync, on which thread, and what the window is told.

Every network call (probe, sync, enrolment) runs on the one :class:`NetworkWorker`, so two
syncs never overlap; the status is read through the database worker (``app.ui.ops``). A
single-shot timer follows :class:`app.sync.backoff.SyncSchedule`: probe the server; when
it answers and something waits to be sent (or a pull is due), sync. Errors a person must
fix (revoked, token refused, app too old, certificate) stop the automatic attempts; the
user can always press "Đồng bộ". Nothing here ever deletes or rewrites local data.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import SyncError
from app.paths import DataDir
from app.sync.backoff import SyncSchedule
from app.ui.ops import Op
from app.ui.sync.worker import NetworkWorker, Progress

log = logging.getLogger(__name__)

IDLE, PROBING, SYNCING, ENROLLING = "idle", "probing", "syncing", "enrolling"


class SyncController(QObject):
    status_changed = Signal(object)  # app.sync.status.SyncStatus
    state_changed = Signal(str)  # idle / probing / syncing / enrolling
    progress = Signal(str, int, int)  # stage (Vietnamese), done, total
    finished = Signal(object)  # SyncReport
    failed = Signal(object)  # SyncError (anything else is wrapped in one)
    probed = Signal(bool)  # the server answered a probe
    scheduled = Signal(float)  # seconds to the next automatic attempt; -1: none planned
    enrolled = Signal(object)  # Credentials
    enrol_failed = Signal(object)  # SyncError
    needs_enrolment = Signal()  # "Đồng bộ" pressed on a laptop that is not enrolled

    START_DELAY = 2.0  # seconds after the window is ready: let the first page paint
    STATUS_EVERY_MS = 60_000  # "đồng bộ N phút trước" stays true

    def __init__(self, data_dir: DataDir, parent: QObject | None = None,
                 schedule: SyncSchedule | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.schedule = schedule or SyncSchedule()
        self.worker = NetworkWorker()
        self.sessions: Any = None
        self.status: Any = None  # the last SyncStatus read
        self.state = IDLE
        self.last_error: SyncError | None = None  # of this session; cleared by a success
        self.manual = False  # the sync in hand was asked for by the user
        self.attempts = 0  # probes and syncs started (tests and diagnostics)
        self.cancel = threading.Event()
        self._sync_after_probe = False
        self._closed = False
        self.timer = QTimer(self, singleShot=True, objectName="sync_timer")
        self.timer.timeout.connect(self.tick)
        self.status_timer = QTimer(self, interval=self.STATUS_EVERY_MS)
        self.status_timer.timeout.connect(self.refresh_status)

    @property
    def busy(self) -> bool:
        return self.state != IDLE

    @property
    def offline(self) -> bool:
        return self.schedule.reachable is False

    # --- life ------------------------------------------------------------------------------
    def start(self, sessions: Any) -> None:
        """The database is open: read the status, then plan the first attempt."""
        self.sessions = sessions
        self.status_timer.start()
        self.refresh_status(then=self._plan_first)

    def _plan_first(self, status: Any) -> None:
        if status.enrolled and not status.revoked:
            self.schedule.start(self.START_DELAY)
        else:
            self.schedule.stop()
        self._arm()

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Window closing: stop the timers, cancel the sync in hand, wait for the worker."""
        self._closed = True
        self.timer.stop()
        self.status_timer.stop()
        self.cancel.set()
        return self.worker.shutdown(timeout)

    # --- status ----------------------------------------------------------------------------
    def refresh_status(self, then: Any = None) -> None:
        if self.sessions is None or self._closed:
            return

        def read(session):
            from app.sync.status import read_status

            return read_status(session)

        def got(status) -> None:
            self.status = status
            self.status_changed.emit(status)
            if then is not None:
                then(status)

        Op(self, read).success(got).failure(lambda e: log.warning("sync status: %s", e)).run()

    def local_changed(self, *_args: object) -> None:
        """A save on this laptop: recount what waits, and send it soon if online."""
        def replan(_status: Any) -> None:
            self.schedule.local_change()
            self._arm()

        self.refresh_status(then=replan)

    # --- scheduling ------------------------------------------------------------------------
    def _arm(self) -> None:
        if self._closed:
            return
        delay = self.schedule.delay()
        if delay is None:
            self.timer.stop()
            self.scheduled.emit(-1.0)
            return
        self.timer.start(int(delay * 1000))
        self.scheduled.emit(delay)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def tick(self) -> None:
        """The timer fired: probe the server (a sync follows if it answers)."""
        if self.busy or self.sessions is None or self._closed:
            return
        if self.status is not None and (not self.status.enrolled or self.status.revoked):
            return
        sessions = self.sessions

        def probe(_progress: Progress) -> bool | None:
            from app.sync import credentials
            from app.sync.client import ServerClient

            with sessions() as session:
                creds = credentials.load(session)
            if creds is None:
                return None
            with ServerClient(creds.server_url, ca_file=creds.ca_file or None) as client:
                return client.probe()

        self.attempts += 1
        self._set_state(PROBING)
        self.worker.submit(probe, self._probe_done, self._probe_failed)

    def _probe_done(self, answered: bool | None) -> None:
        self._set_state(IDLE)
        if self._closed:
            return
        if answered is None:  # credentials gone
            self.schedule.stop()
            self.refresh_status()
        else:
            self.probed.emit(answered)
            pending = self.status.pending if self.status is not None else 0
            if answered and (self.schedule.probe_answered(pending=pending) or self._sync_after_probe):
                self._sync_after_probe = False
                self._start_sync()
                return
            if not answered:
                self.schedule.unreachable()
                if self._sync_after_probe:
                    self._sync_after_probe = False
                    self._start_sync()
                    return
        self._arm()

    def _probe_failed(self, exc: BaseException) -> None:
        log.warning("probe failed: %s", exc)
        self._probe_done(False)

    # --- syncing ---------------------------------------------------------------------------
    def sync_now(self) -> None:
        """The user pressed "Đồng bộ": sync at once (never a second sync beside the first)."""
        if self._closed or self.sessions is None:
            return
        if self.status is not None and not self.status.enrolled:
            self.needs_enrolment.emit()
            return
        self.schedule.sync_now()
        self.manual = True
        if self.state == PROBING:
            self._sync_after_probe = True
        elif not self.busy:
            self._start_sync()

    def _start_sync(self) -> None:
        self.timer.stop()
        self.cancel = cancel = threading.Event()
        sessions, attachments = self.sessions, self.data_dir.attachments

        def job(progress: Progress):
            from app.sync.engine import run_sync

            return run_sync(sessions, attachments, progress=progress, cancel=cancel)

        self.attempts += 1
        self._set_state(SYNCING)
        self.progress.emit("", 0, 0)
        self.worker.submit(job, self._sync_done, self._sync_failed, self.progress.emit)

    def _sync_done(self, report: Any) -> None:
        if self._closed:  # delivered after the window closed
            return
        self.last_error = None
        self.schedule.synced()
        self._after_sync()
        self.finished.emit(report)

    def _sync_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        if not isinstance(exc, SyncError):
            log.error("sync failed unexpectedly", exc_info=exc)
            exc = SyncError("server", f"Đồng bộ gặp lỗi không mong muốn ({type(exc).__name__}); "
                                      "sẽ thử lại sau. Dữ liệu trên máy không bị ảnh hưởng.")
        self.last_error = exc
        self.schedule.failed(exc.kind)
        self._after_sync()
        self.failed.emit(exc)

    def _after_sync(self) -> None:
        self._set_state(IDLE)
        self.refresh_status()
        self._arm()
        self.manual = False

    # --- enrolment -------------------------------------------------------------------------
    def enrol(self, server_url: str, code: str, *, device_name: str = "", ca_file: str = "") -> None:
        """Enrol off the GUI thread; on success the first sync starts at once."""
        if self.busy or self.sessions is None:
            self.enrol_failed.emit(SyncError("refused", "Đang đồng bộ; hãy thử lại sau ít giây."))
            return
        sessions = self.sessions

        def job(_progress: Progress):
            from app.sync.enrolment import enrol

            return enrol(sessions, server_url, code, device_name=device_name, ca_file=ca_file)

        self._set_state(ENROLLING)
        self.worker.submit(job, self._enrol_done, self._enrol_failed)

    def _enrol_done(self, creds: Any) -> None:
        if self._closed:
            return
        self._set_state(IDLE)
        self.last_error = None
        self.enrolled.emit(creds)
        self.schedule.sync_now()
        self._start_sync()

    def _enrol_failed(self, exc: BaseException) -> None:
        self._set_state(IDLE)
        self.enrol_failed.emit(exc)
