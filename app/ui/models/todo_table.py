"""The rows of "Việc cần làm" as a Qt table over plain TodoRow values
(app.services.follow_through.todo): the due date, how far off it is, the step, the case."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.ui.vn_format import day_text
from app.ui.widgets.styles import AMBER, ERROR

Index = QModelIndex | QPersistentModelIndex
KEYS = ("due_on", "left", "label", "local_no", "subject_name")


class TodoTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.today = date.today()
        self._headers = (self.tr("Hạn"), self.tr("Còn"), self.tr("Việc cần làm"), self.tr("Vụ số"),
                         self.tr("Đối tượng"))

    def set_rows(self, rows: list[Any], today: date) -> None:
        self.beginResetModel()
        self.rows, self.today = list(rows), today
        self.endResetModel()

    def left_text(self, due_on: date | None, waiting: bool = False) -> str:
        if waiting and (due_on is None or due_on < self.today):
            return self.tr("đang chờ")
        if due_on is None:
            return ""
        left = (due_on - self.today).days
        if left < 0:
            return self.tr("quá hạn %n ngày", "", -left)
        if left == 0:
            return self.tr("hôm nay")
        return self.tr("còn %n ngày", "", left)

    # --- Qt model -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = KEYS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "due_on":
                return day_text(row.due_on)
            if key == "left":
                return self.left_text(row.due_on, row.waiting)
            return str(getattr(row, key))
        if role == Qt.ItemDataRole.ForegroundRole and row.due_on is not None and not row.waiting \
                and row.due_on <= self.today:
            return QBrush(QColor(ERROR if row.overdue else AMBER))
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "local_no":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
