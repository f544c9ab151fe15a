"""An editable list of dataclass rows (members, goods, seized items…) as a table.

Keyboard: type to edit a cell, Tab / Shift+Tab move across cells, Enter on the last row
adds a row. Hidden dataclass fields (e.g. ``officer_id``) survive edits: each row keeps
the object it was loaded from and ``rows()`` returns it with the visible fields replaced.
Codes and row objects are kept in Python beside the QTableWidget (not in item data
roles), so no Python object travels through a QVariant.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.cell_delegate import CellDelegate, Column
from app.ui.widgets.keyboard_table import KeyboardTable
from app.ui.widgets.money import number_error
from app.ui.widgets.styles import ERROR_CELL, error_label

_CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable
ROW_HEIGHT = 30


@dataclasses.dataclass
class _Row:
    """Python-side state of one row: the object it came from and its catalogue codes."""

    original: Any
    codes: dict[str, str] = dataclasses.field(default_factory=dict)


class RowTable(QWidget):
    """A table of ``row_type`` rows with "Thêm" / "Xóa dòng" and an error line under it.

    ``changed`` fires on every change (loads too; callers guard), ``cell_edited(row, key)``
    only when the user edits a cell, ``row_added(row)`` when the user adds a row.
    The error label's objectName is ``error:<error_path>``.
    """

    changed = Signal()
    cell_edited = Signal(int, str)
    row_added = Signal(int)
    current_row_changed = Signal(int)
    person_chosen = Signal(int, str, str)  # row, key, code: an offered person was picked

    def __init__(
        self,
        row_type: type,
        columns: Sequence[Column],
        error_path: str,
        parent: QWidget | None = None,
        *,
        min_rows: int = 3,
        max_rows: int = 12,
    ) -> None:
        super().__init__(parent)
        self.row_type = row_type
        self.columns = list(columns)
        self.error_path = error_path
        self._filling = False
        self._locked = False
        self._marked: set[tuple[int, int]] = set()
        self._meta: list[_Row] = []

        self.table = KeyboardTable(self, min_rows, max_rows)
        self.table.setColumnCount(len(self.columns))
        self.table.setHorizontalHeaderLabels([c.title for c in self.columns])
        delegate = CellDelegate(self.columns, self, self.table)
        delegate.person_chosen.connect(lambda r, c, code: self.person_chosen.emit(r, self.columns[c].key, code))
        self.table.setItemDelegate(delegate)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._edit_triggers = (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setEditTriggers(self._edit_triggers)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(40)
        for i, col in enumerate(self.columns):
            self.table.setColumnWidth(i, col.width)
            mode = (
                QHeaderView.ResizeMode.Stretch
                if col.stretch
                else QHeaderView.ResizeMode.Interactive
            )
            header.setSectionResizeMode(i, mode)
            if col.tip:
                self.table.horizontalHeaderItem(i).setToolTip(col.tip)
        rows = self.table.verticalHeader()
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        rows.setMinimumSectionSize(ROW_HEIGHT)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        rows.setMinimumWidth(28)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(
            lambda r, _c, _pr, _pc: self.current_row_changed.emit(r)
        )
        self.table.enter_on_last_row.connect(self._add_by_user)

        self.add_button = QPushButton(QCoreApplication.translate("RowTable", "Thêm"), self)
        self.add_button.setToolTip(
            QCoreApplication.translate("RowTable", "Thêm một dòng (hoặc Enter ở dòng cuối)")
        )
        self.add_button.clicked.connect(self._add_by_user)
        self.remove_button = QPushButton(QCoreApplication.translate("RowTable", "Xóa dòng"), self)
        self.remove_button.setToolTip(
            QCoreApplication.translate("RowTable", "Xóa các dòng đang chọn")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        self.error_label = error_label(f"error:{error_path}", self)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.table)
        box.addLayout(self.buttons)
        box.addWidget(self.error_label)

    # -- rows ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self._filling = True
        try:
            self.clear_errors()
            self.table.setRowCount(0)
            self._meta.clear()
            for row in rows:
                self._append(row)
        finally:
            self._filling = False
        self._rows_changed()

    def rows(self) -> list[Any]:
        """The rows as dataclasses, including text still in an open cell editor."""
        self.commit_pending()
        return [self.row(r) for r in range(self.table.rowCount())]

    def commit_pending(self, *, close: bool = False) -> None:
        """Write an open cell editor's text into the table (Save pressed mid-typing)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        index = self.table.currentIndex()
        editor = self.table.indexWidget(index) if index.isValid() else None
        if editor is not None:
            self.table.commitData(editor)
            if close:
                self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def row(self, r: int) -> Any:
        values = {c.key: self.value(r, c.key) for c in self.columns}
        return dataclasses.replace(self._meta[r].original, **values)

    def keep(self, r: int, **values: Any) -> None:
        """Set fields of row ``r`` that have no column (kept with the row, not shown)."""
        self._meta[r].original = dataclasses.replace(self._meta[r].original, **values)

    def kept(self, r: int) -> Any:
        """Row ``r`` as last loaded or kept (not as edited since)."""
        return self._meta[r].original

    def row_count(self) -> int:
        return self.table.rowCount()

    def add_row(self, row: Any = None) -> int:
        self._filling = True
        try:
            self._append(row if row is not None else self.row_type())
        finally:
            self._filling = False
        self._rows_changed()
        return self.table.rowCount() - 1

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()} or {self.table.currentRow()}
        for r in sorted((r for r in rows if r >= 0), reverse=True):
            self.table.removeRow(r)
            del self._meta[r]
        self._marked = {(r, c) for r, c in self._marked if r < self.table.rowCount()}
        self._rows_changed()

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def value(self, r: int, key: str) -> Any:
        col = self.columns[self.column_of(key)]
        item = self.table.item(r, self.column_of(key))
        if item is None:
            return False if col.kind == "check" else ""
        if col.kind == "check":
            return item.checkState() == Qt.CheckState.Checked
        if col.kind in ("picker", "choice"):
            return self._meta[r].codes.get(key, "")
        return item.text()

    def set_value(self, r: int, key: str, value: Any) -> None:
        """Set a cell from code (not from the user): emits ``changed``, not ``cell_edited``."""
        c = self.column_of(key)
        self._filling = True
        try:
            self._fill_item(r, self.table.item(r, c), self.columns[c], value)
        finally:
            self._filling = False
        self.table.resizeRowToContents(r)
        self.changed.emit()

    def set_hidden(self, r: int, **values: Any) -> None:
        """Set fields of row ``r`` that have no column (e.g. ``officer_id``)."""
        self._meta[r].original = dataclasses.replace(self._meta[r].original, **values)
        self.changed.emit()

    def hidden(self, r: int, key: str) -> Any:
        return getattr(self._meta[r].original, key)

    # -- state --------------------------------------------------------------------------
    def set_locked(self, locked: bool) -> None:
        if locked:
            self.commit_pending(close=True)
        self._locked = locked
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if locked else self._edit_triggers
        )
        for btn in (self.add_button, self.remove_button):
            btn.setVisible(not locked)
        for r in range(self.table.rowCount()):
            for c, col in enumerate(self.columns):
                item = self.table.item(r, c)
                if item is not None and col.kind == "check":
                    item.setFlags(
                        item.flags() & ~_CHECKABLE if locked else item.flags() | _CHECKABLE
                    )

    def is_locked(self) -> bool:
        return self._locked

    def show_errors(self, errors: dict[str, str]) -> None:
        """Keys relative to ``error_path``: "" (the table), "N" (a row), "N.key" (a cell)."""
        lines = []
        for rel, message in errors.items():
            parts = rel.split(".") if rel else []
            if not parts:
                lines.append(message)
                continue
            r = int(parts[0]) if parts[0].isdigit() else -1
            key = parts[1] if len(parts) > 1 else ""
            title = self._title_of(key)
            where = self.place(rel)
            lines.append(f"{where}: {message}" if where else message)
            if 0 <= r < self.table.rowCount():
                cols = [self.column_of(key)] if title else range(len(self.columns))
                for c in cols:
                    self._mark(r, c, message)
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))

    def place(self, rel: str) -> str:
        """ "Dòng 2, Số lượng" for "1.quantity" (a path relative to ``error_path``)."""
        parts = rel.split(".") if rel else []
        if not parts or not parts[0].isdigit():
            return ""
        title = self._title_of(parts[1] if len(parts) > 1 else "")
        return QCoreApplication.translate("RowTable", "Dòng {n}").format(n=int(parts[0]) + 1) + (
            f", {title}" if title else ""
        )

    def _title_of(self, key: str) -> str:
        return next((c.title.replace("\n", " ") for c in self.columns if c.key == key), "")

    def clear_errors(self) -> None:
        was_filling, self._filling = self._filling, True
        try:
            for r, c in self._marked:
                item = self.table.item(r, c)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip(
                        item.text() if self.columns[c].kind in ("picker", "choice") else ""
                    )
        finally:
            self._filling = was_filling
        self._marked.clear()
        self.error_label.clear()
        self.error_label.hide()

    def focus_error(self, rel: str) -> None:
        parts = rel.split(".") if rel else []
        r = int(parts[0]) if parts and parts[0].isdigit() else 0
        keys = [c.key for c in self.columns]
        c = keys.index(parts[1]) if len(parts) > 1 and parts[1] in keys else 0
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if r < self.table.rowCount():
            self.table.setCurrentCell(r, c)

    # -- CellStore (for the delegate) ----------------------------------------------------
    def code_at(self, row: int, column: int) -> str:
        return self._meta[row].codes.get(self.columns[column].key, "")

    def text_at(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def put_code(self, row: int, column: int, code: str, label: str) -> None:
        codes = self._meta[row].codes
        key = self.columns[column].key
        if codes.get(key, "") == code:
            return
        codes[key] = code
        item = self.table.item(row, column)
        if item.text() != label:
            item.setText(label)  # itemChanged → cell_edited, changed
        else:
            self._on_item_changed(item)

    def put_text(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item.text() != text:
            item.setText(text)

    # -- internals ----------------------------------------------------------------------
    def _append(self, row: Any) -> None:
        r = self.table.rowCount()
        self._meta.append(_Row(row))
        self.table.insertRow(r)
        for c, col in enumerate(self.columns):
            item = QTableWidgetItem()
            if col.kind == "check":
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | (Qt.ItemFlag(0) if self._locked else _CHECKABLE)
                )
            elif col.kind in ("number", "money"):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._fill_item(r, item, col, getattr(row, col.key))
            self.table.setItem(r, c, item)

    def _fill_item(self, r: int, item: QTableWidgetItem, col: Column, value: Any) -> None:
        if col.kind == "check":
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        elif col.kind in ("picker", "choice"):
            self._meta[r].codes[col.key] = value or ""
            item.setText(col.label_for(value) if value else "")
            item.setToolTip(item.text())
        else:
            item.setText(value or "")

    def _add_by_user(self) -> None:
        if self._locked:
            return
        r = self.add_row()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentCell(r, 0)
        self.row_added.emit(r)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        r, c = item.row(), item.column()
        self._filling = True
        try:
            if (r, c) in self._marked:
                self._marked.discard((r, c))
                item.setBackground(QBrush())
                item.setToolTip("")
            if self.columns[c].kind in ("picker", "choice"):
                item.setToolTip(item.text())
        finally:
            self._filling = False
        if self.columns[c].kind in ("number", "money"):
            self._check_number(r, c, item.text())
        self.table.resizeRowToContents(r)
        self.cell_edited.emit(r, self.columns[c].key)
        self.changed.emit()

    def _check_number(self, r: int, c: int, text: str) -> None:
        """A number cell just left: its message at once if the text is not a number."""
        message = number_error(self.columns[c].kind, text)
        if message:
            self.show_errors({f"{r}.{self.columns[c].key}": message})
        elif not self._marked:
            self.error_label.clear()
            self.error_label.hide()

    def _mark(self, r: int, c: int, message: str) -> None:
        item = self.table.item(r, c)
        if item is None:
            return
        self._filling = True
        try:
            item.setBackground(QColor(ERROR_CELL))
            item.setToolTip(message)
        finally:
            self._filling = False
        self._marked.add((r, c))

    def _rows_changed(self) -> None:
        self.table.resizeRowsToContents()
        self.table.updateGeometry()
        self.changed.emit()
