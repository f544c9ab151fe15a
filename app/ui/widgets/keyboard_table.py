"""The QTableWidget under RowTable: spreadsheet keys and Vietnamese input methods."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableWidget, QWidget


class KeyboardTable(QTableWidget):
    """Enter on the last row asks for a new row; elsewhere Enter moves down a row.

    ``sizeHint`` follows the row count between ``min_rows`` and ``max_rows`` so a page
    with several tables neither wastes space nor hides rows behind a tiny scroll area.
    """

    enter_on_last_row = Signal()

    def __init__(self, parent: QWidget, min_rows: int, max_rows: int) -> None:
        super().__init__(parent)
        self.min_rows, self.max_rows = min_rows, max_rows

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.state() != QAbstractItemView.State.EditingState:
            row = self.currentRow()
            if row >= self.rowCount() - 1:
                self.enter_on_last_row.emit()
            else:
                self.setCurrentCell(row + 1, max(0, self.currentColumn()))
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        """Text from a Vietnamese input method starts editing the cell, like a key press.

        QAbstractItemView opens the editor on an input-method event but drops its text.
        """
        index = self.currentIndex()
        if (
            event.commitString()
            and self.state() != QAbstractItemView.State.EditingState
            and self.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed
            and index.isValid()
            and self.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, event)
        ):
            editor = self.indexWidget(index)
            if editor is not None:
                target = editor.focusProxy() or editor
                if isinstance(editor, QComboBox) and editor.lineEdit() is not None:
                    target = editor.lineEdit()
                QCoreApplication.sendEvent(target, event)
                return
        super().inputMethodEvent(event)

    def sizeHint(self) -> QSize:
        base = super().sizeHint()
        rows = min(max(self.rowCount(), self.min_rows), self.max_rows)
        heights = [self.rowHeight(r) for r in range(min(rows, self.rowCount()))]
        default = self.verticalHeader().defaultSectionSize()
        body = sum(heights) + default * (rows - len(heights))
        extra = self.horizontalScrollBar().sizeHint().height() + 2 * self.frameWidth() + 4
        return QSize(base.width(), self.horizontalHeader().height() + body + extra)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
