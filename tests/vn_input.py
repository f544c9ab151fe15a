"""Typing Vietnamese into widgets in tests.

``qtbot.keyClicks`` aborts the process on any non-ASCII character (PITFALLS.md), so text
arrives as a committed input-method string, the way Vietnamese IMEs (Unikey, EVKey)
deliver it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str, *, replace: bool = True) -> None:
    """Focus ``widget`` and commit ``text`` into it as an input method would.

    Like a real input method, nothing is delivered to a widget that does not accept input
    methods (Qt clears ``WA_InputMethodEnabled`` on read-only fields).
    """
    widget.setFocus()
    if not widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):
        QApplication.processEvents()
        return
    if replace:
        select_all = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QCoreApplication.sendEvent(widget, select_all)
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)
    QApplication.processEvents()


def type_keys(widget: QWidget, text: str) -> None:
    """Focus ``widget`` and send ``text`` as one key press per character: how a password
    field (which takes no input method) receives what Unikey types, Vietnamese included."""
    widget.setFocus()
    for ch in text:
        QCoreApplication.sendEvent(widget, QKeyEvent(QKeyEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()
