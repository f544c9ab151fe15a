"""When to try the provincial server next: exponential backoff with full jitter.

Qt-free and clock-injectable, so the policy is tested without a timer or a network. The
UI asks :meth:`SyncSchedule.delay` for the seconds until the next attempt and arms one
single-shot timer with it; every outcome (probe answered or not, sync done or failed,
a local save, the user pressing "Đồng bộ") is reported back and moves the next attempt.

Full jitter (a uniform draw between 0 and the exponential ceiling, after the AWS
architecture blog's "Exponential Backoff and Jitter") keeps a province's laptops that
lost the same link from coming back in lock-step; a small floor keeps a draw near zero
from turning into a busy loop.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

# Errors that another attempt cannot cure: a person must act (re-enrol, update the app,
# configure the CA file). Automatic attempts stop until the user asks again.
STOP_KINDS = frozenset({"revoked", "unauthorized", "too_old", "not_enrolled", "tls"})


@dataclass
class Backoff:
    """Delay before the n-th retry: uniform(0, min(cap, base·factorⁿ)), at least ``floor``."""

    base: float = 5.0
    cap: float = 15 * 60.0
    factor: float = 2.0
    floor: float = 1.0
    rand: Callable[[], float] = random.random
    failures: int = 0

    def ceiling(self) -> float:
        """The upper bound of the next delay (before jitter)."""
        return min(self.cap, self.base * self.factor ** min(self.failures, 64))

    def fail(self) -> float:
        """Count a failure and return the delay before the next attempt."""
        delay = max(self.floor, self.rand() * self.ceiling())
        self.failures += 1
        return delay

    def reset(self) -> None:
        self.failures = 0


@dataclass
class SyncSchedule:
    """The next attempt for one installation.

    - A reachable server with nothing to send is synced every ``pull_every`` seconds anyway,
      to receive colleagues' cases, number blocks and revocations.
    - A local save while the server is reachable brings the next attempt to ``soon``.
    - A failed probe or a retryable sync error backs off; an error in :data:`STOP_KINDS`
      stops automatic attempts until :meth:`sync_now`.
    """

    backoff: Backoff = field(default_factory=Backoff)
    pull_every: float = 5 * 60.0
    soon: float = 10.0
    clock: Callable[[], float] = time.monotonic
    next_at: float | None = None  # None: no automatic attempt is planned
    stopped: bool = False
    reachable: bool | None = None  # None until the first probe or sync answers
    last_sync: float | None = None

    # --- what happened -------------------------------------------------------------------

    def start(self, after: float = 0.0) -> float | None:
        """The window is ready: the first attempt in ``after`` seconds (unless stopped)."""
        if not self.stopped:
            self.next_at = self.clock() + after
        return self.delay()

    def probe_answered(self, *, pending: int) -> bool:
        """The server answered a probe. True when a sync should run now."""
        self.reachable = True
        self.backoff.reset()
        if pending > 0 or self.pull_due():
            return True
        assert self.last_sync is not None  # pull_due() is True without a sync
        self.next_at = self.last_sync + self.pull_every
        return False

    def unreachable(self) -> float | None:
        """A probe or a sync found no connection: back off."""
        self.reachable = False
        if self.stopped:
            return None
        self.next_at = self.clock() + self.backoff.fail()
        return self.delay()

    def synced(self) -> float | None:
        self.reachable = True
        self.stopped = False
        self.backoff.reset()
        self.last_sync = self.clock()
        self.next_at = self.last_sync + self.pull_every
        return self.delay()

    def failed(self, kind: str) -> float | None:
        """A sync failed with ``SyncError.kind``."""
        if kind in STOP_KINDS:
            self.stop()
            return None
        if kind == "offline":
            return self.unreachable()
        self.reachable = True  # the server answered, but with an error: retry later
        self.next_at = self.clock() + self.backoff.fail()
        return self.delay()

    def local_change(self) -> float | None:
        """Something was saved on this laptop: send it soon if the server is reachable."""
        if self.stopped or not self.reachable:
            return self.delay()
        at = self.clock() + self.soon
        self.next_at = at if self.next_at is None else min(self.next_at, at)
        return self.delay()

    def sync_now(self) -> None:
        """The user asked: attempt at once, and resume automatic attempts after a stop."""
        self.stopped = False
        self.next_at = self.clock()

    def stop(self) -> None:
        self.stopped = True
        self.next_at = None

    # --- questions -----------------------------------------------------------------------

    def pull_due(self) -> bool:
        return self.last_sync is None or self.clock() - self.last_sync >= self.pull_every

    def delay(self) -> float | None:
        """Seconds until the next attempt (0 when due), or None when none is planned."""
        if self.next_at is None:
            return None
        return max(0.0, self.next_at - self.clock())
