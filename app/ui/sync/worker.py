"""The network worker: one thread for everything that talks to the provincial server.

Separate from the database worker of ``app.ui.ops`` (Anki keeps its network work on a pool
of its own, ``aqt.taskman``): a sync blocked on a slow link never delays a save or a
search. One thread, one job at a time, in order — two syncs can never overlap, and an
enrolment never runs beside a sync. Results come back to the GUI thread by queued signal.

The thread is a daemon: a request stuck on a dead link (httpx read timeout 60 s) must not
keep the application from quitting. The engine writes each batch and page in one short
transaction, so a process that ends mid-sync loses at most the page in flight.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from app.ui.ops import Relay, relay

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


class NetworkWorker:
    def __init__(self, name: str = "thucdia-network") -> None:
        self.name = name
        self._jobs: queue.Queue[tuple[Callable[[Progress], Any], Relay] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._relays: set[Relay] = set()  # alive until their result is delivered
        self.running = 0  # jobs submitted and not yet delivered (GUI thread's count)

    def submit(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_fail: Callable[[BaseException], None],
        on_progress: Progress | None = None,
    ) -> None:
        """Run ``fn(progress)`` on the worker; ``on_done``/``on_fail`` run on the GUI thread."""
        self.running += 1
        job_relay = relay(self._relays, on_done, on_fail, self._settled)
        if on_progress is not None:
            job_relay.progress.connect(on_progress)
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
            self._thread.start()
        self._jobs.put((fn, job_relay))

    def _settled(self) -> None:
        self.running -= 1

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            fn, relay = job
            try:
                result = fn(relay.progress.emit)
            except Exception as exc:  # handed to the GUI thread
                log.debug("network job failed", exc_info=True)
                relay.failed.emit(exc)
            else:
                relay.done.emit(result)

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Let the job in hand finish (its cancel event should already be set), drop the
        rest, end the thread. False when the job is still blocked after ``timeout``."""
        while True:
            try:
                self._jobs.get_nowait()
            except queue.Empty:
                break
        thread = self._thread
        if thread is None or not thread.is_alive():
            return True
        self._jobs.put(None)
        thread.join(timeout)
        return not thread.is_alive()
