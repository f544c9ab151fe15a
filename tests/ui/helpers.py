"""Acting as a user on the editor's widgets: pick from catalogues, type into table cells."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QWidget

from app.ui.widgets import CatalogPicker, RowTable
from tests.vn_input import type_text


def pick(qtbot, picker: CatalogPicker, query: str, down: int = 0) -> None:
    """Type ``query`` (no diacritics) and take the ``down``-th completion with the keyboard."""
    type_text(picker.lineEdit(), query)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(down + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def open_cell(rt: RowTable, row: int, key: str) -> QWidget:
    table, col = rt.table, rt.column_of(key)
    table.setFocus()
    table.setCurrentCell(row, col)
    table.editItem(table.item(row, col))
    editor = table.indexWidget(table.model().index(row, col))
    assert editor is not None
    return editor


def type_cell(qtbot, rt: RowTable, row: int, key: str, text: str) -> None:
    editor = open_cell(rt, row, key)
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rt.table.state() != QAbstractItemView.State.EditingState)


def pick_cell(qtbot, rt: RowTable, row: int, key: str, query: str) -> None:
    editor = open_cell(rt, row, key)
    assert isinstance(editor, CatalogPicker)
    pick(qtbot, editor, query)
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: rt.table.state() != QAbstractItemView.State.EditingState)


def tick(qtbot, box: QAbstractButton) -> None:
    """Click a check box / radio on its indicator (the widget may be wider than its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def error_text(w: QWidget, path: str) -> str | None:
    label = w.findChild(QLabel, f"error:{path}")
    assert label is not None, path
    return None if label.isHidden() else label.text()
