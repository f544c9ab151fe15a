"""Locking the window: after a quiet spell (default 10 minutes), and on suspend.

Any key or mouse input anywhere in the application restarts the countdown (an application
event filter). Suspend is caught two ways: on Windows the WM_POWERBROADCAST/PBT_APMSUSPEND
message locks before the machine sleeps; everywhere a 5-second heartbeat that finds the
wall clock jumped (the machine slept, so no timer ran) locks at once on resume.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QEvent, QObject, QTimer

DEFAULT_MINUTES = 10
HEARTBEAT_MS = 5000
SLEPT_AFTER_S = 30.0  # a heartbeat this late means the machine was asleep
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}
WM_POWERBROADCAST, PBT_APMSUSPEND = 0x0218, 0x0004


class _WindowsSuspend(QAbstractNativeEventFilter):
    def __init__(self, on_suspend: Callable[[], None]) -> None:
        super().__init__()
        self.on_suspend = on_suspend

    def nativeEventFilter(self, event_type, message):  # noqa: N802 (Qt's name)
        if event_type == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self.on_suspend()
        return False, 0


class IdleLock(QObject):
    """Calls ``lock`` after ``minutes`` without input, or when the machine sleeps."""

    def __init__(self, lock: Callable[[], None], parent: QObject | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self._lock, self.clock = lock, clock
        self.minutes = DEFAULT_MINUTES
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._fire)
        self.heartbeat = QTimer(self, interval=HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.beat)
        self._last_beat = clock()
        self.active = False
        self._native = _WindowsSuspend(self._fire) if sys.platform == "win32" else None

    def start(self, minutes: int | None = None) -> None:
        if minutes is not None:
            self.minutes = minutes
        app = QCoreApplication.instance()
        if not self.active and app is not None:
            app.installEventFilter(self)
            if self._native is not None:
                app.installNativeEventFilter(self._native)
        self.active = True
        self._last_beat = self.clock()
        self.heartbeat.start()
        self.timer.start(int(self.minutes * 60_000))

    def stop(self) -> None:
        """While locked (or closing): nothing to count."""
        app = QCoreApplication.instance()
        if self.active and app is not None:
            app.removeEventFilter(self)
            if self._native is not None:
                app.removeNativeEventFilter(self._native)
        self.active = False
        self.timer.stop()
        self.heartbeat.stop()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if self.active and event.type() in _INPUT:
            self.timer.start(int(self.minutes * 60_000))
        return False

    def beat(self) -> None:
        now = self.clock()
        slept = now - self._last_beat > SLEPT_AFTER_S
        self._last_beat = now
        if slept and self.active:
            self._fire()

    def _fire(self) -> None:
        if self.active:
            self.stop()
            self._lock()
