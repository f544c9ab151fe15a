"""Read-only combo boxes: the value stays legible (a disabled combo greys it out), but
the list does not open and keys or the wheel do not change it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox

_MOVE_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Space,
    Qt.Key.Key_F4,
}
_READ_ONLY_STYLE = "QComboBox { background: #eceff3; color: #202124; }"


class ReadOnlyComboMixin(QComboBox):
    _read_only = False
    _style_before = ""

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 (Qt naming)
        if read_only == self._read_only:
            return
        self._read_only = read_only
        if self.lineEdit() is not None:
            self.lineEdit().setReadOnly(read_only)
        if read_only:
            self._style_before = self.styleSheet()
            self.setStyleSheet(_READ_ONLY_STYLE)
        else:
            self.setStyleSheet(self._style_before)

    def isReadOnly(self) -> bool:  # noqa: N802
        return self._read_only

    def showPopup(self) -> None:
        if not self._read_only:
            super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = self.lineEdit() is None and bool(event.text())
        if self._read_only and (event.key() in _MOVE_KEYS or typed):
            event.ignore()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._read_only:
            event.ignore()
            return
        super().wheelEvent(event)
