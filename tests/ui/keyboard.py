"""The inspector's hands on the keyboard: every key goes where the system would deliver it
(an open popup, else the focused widget of the active window), counted by kind.

Kinds: ``nav`` (Tab, Shift+Tab, arrows, Enter between table cells, Ctrl+PgDown to the
next section), ``text`` (one typed value: an input-method commit or a run of digits),
``list`` (keys that choose in a list, popup or check box), ``action`` (shortcuts,
mnemonics, Esc/Enter answering a dialog).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.vn_input import type_text

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    def __init__(self, qtbot, window: QWidget) -> None:
        self.qtbot, self.window = qtbot, window
        self.counts: Counter[str] = Counter()
        self._timers: list[QTimer] = []

    def target(self) -> QWidget:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup
        top = QApplication.activeModalWidget() or self.window
        if QApplication.activeWindow() is not top:  # the system gives the window back its focus
            top.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=5000)
        return QApplication.focusWidget() or top

    def focused(self) -> QWidget | None:
        return QApplication.focusWidget()

    def key(self, key: Qt.Key, kind: str, modifier: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.target(), key, modifier)
            QApplication.processEvents()
            self.counts[kind] += 1

    def tab(self, times: int = 1) -> None:
        self.key(Qt.Key.Key_Tab, "nav", times=times)

    def type(self, text: str, *, replace: bool = False) -> None:
        """One value typed: Vietnamese through the input method, into the focused widget."""
        type_text(self.target(), text, replace=replace)
        self.counts["text"] += 1

    def digits(self, text: str) -> None:
        """A date, time or "n" typed into a date field (plain keys, ASCII only)."""
        QTest.keyClicks(self.target(), text)
        QApplication.processEvents()
        self.counts["text"] += 1

    def pick(self, query: str, down: int = 0) -> None:
        """Type a few letters into a catalogue field, then Enter (Down first for a lower entry)."""
        self.type(query)
        self.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=5000)
        self.key(Qt.Key.Key_Down, "list", times=down)
        self.key(Qt.Key.Key_Return, "list")

    def action(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        self.key(key, "action", modifier)

    def when_modal(self, kind: type, hands: Callable[[QWidget], None]) -> None:
        """Answer a dialog that will run its own event loop (``exec``) once it shows."""
        timer = QTimer(interval=50)

        def check() -> None:
            modal = QApplication.activeModalWidget()
            if isinstance(modal, kind) and modal.isVisible() and QApplication.focusWidget() is not None:
                timer.stop()
                hands(modal)

        timer.timeout.connect(check)
        timer.start()
        self._timers.append(timer)

    def total(self) -> int:
        return sum(self.counts.values())
