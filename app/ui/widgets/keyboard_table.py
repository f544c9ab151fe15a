"""The QTableWidget under RowTable: spreadsheet keys and Vietnamese input methods."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QTableWidget,
    QWidget,
)

# the frame shows which table has the keyboard; the current cell is outlined inside it
FOCUS_STYLE = """
QTableWidget { border: 2px solid #d6dbe1; }
QTableWidget:focus { border: 2px solid #1f5fa8; }
QTableWidget::item:focus { border: 2px solid #1f5fa8; }
"""
_EDIT_NEXT = QAbstractItemDelegate.EndEditHint.EditNextItem
_EDIT_PREVIOUS = QAbstractItemDelegate.EndEditHint.EditPreviousItem


class KeyboardTable(QTableWidget):
    """Enter on the last row asks for a new row; elsewhere Enter moves down a row.

    Tab / Shift+Tab move across cells and leave the table after the last cell (before the
    first); Ctrl+Tab / Ctrl+Shift+Tab leave it from any cell, as in Qt's text editors.

    ``sizeHint`` follows the row count between ``min_rows`` and ``max_rows`` so a page
    with several tables neither wastes space nor hides rows behind a tiny scroll area.
    """

    enter_on_last_row = Signal()

    def __init__(self, parent: QWidget, min_rows: int, max_rows: int) -> None:
        super().__init__(parent)
        self.min_rows, self.max_rows = min_rows, max_rows
        self.setStyleSheet(FOCUS_STYLE)

    def _at_edge(self, forward: bool) -> bool:
        """The current cell is the last (``forward``) or the first one, or there is none."""
        if self.rowCount() == 0 or self.columnCount() == 0:
            return True
        row, col = self.currentRow(), self.currentColumn()
        if row < 0 or col < 0:
            return True
        if forward:
            return row == self.rowCount() - 1 and col == self.columnCount() - 1
        return row == 0 and col == 0

    def leave(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt override)
        if self.tabKeyNavigation() and self._at_edge(forward):
            if self.state() == QAbstractItemView.State.EditingState:
                # a multi-line cell's editor passes Tab on as a focus move: keep its text
                editor = self.indexWidget(self.currentIndex())
                if editor is not None:
                    self.commitData(editor)
                    super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return self.leave(forward)
        return super().focusNextPrevChild(forward)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        """Tab in the last cell's editor closes it and leaves the table (no wrap to row 1)."""
        if hint in (_EDIT_NEXT, _EDIT_PREVIOUS) and self._at_edge(hint == _EDIT_NEXT):
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.leave(hint == _EDIT_NEXT)
            return
        super().closeEditor(editor, hint)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Entering the table shows a current cell: the first one (or the last, going back)."""
        super().focusInEvent(event)
        if self.rowCount() and self.currentRow() < 0:
            back = event.reason() == Qt.FocusReason.BacktabFocusReason
            self.setCurrentCell(
                self.rowCount() - 1 if back else 0, self.columnCount() - 1 if back else 0
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.leave(event.key() == Qt.Key.Key_Tab and not shift)
            return
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
