"""The tips of this unit as a Qt table over plain ``TipRow`` values (a few hundred at most,
so all rows are held; the page reloads them through an operation)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.ui.vn_format import local_time_text

if TYPE_CHECKING:  # the window imports this before SQLAlchemy has loaded
    from app.services.tips import TipRow

Index = QModelIndex | QPersistentModelIndex
KEYS = ("received_at", "ref", "summary", "place_address", "suspect", "goods", "status", "case_title")


class TipsTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[TipRow] = []
        self._headers = (self.tr("Ngày nhận"), self.tr("Số tin báo"), self.tr("Nội dung"),
                         self.tr("Địa điểm"), self.tr("Đối tượng nghi vấn"), self.tr("Hàng hóa"),
                         self.tr("Trạng thái"), self.tr("Vụ việc"))

    def status_text(self, status: str) -> str:
        return {
            "new": self.tr("Mới"),
            "assigned": self.tr("Đã giao"),
            "in_progress": self.tr("Đang xử lý"),
            "done": self.tr("Đã xử lý"),
            "dismissed": self.tr("Không xử lý"),
        }.get(status, status)

    def set_rows(self, rows: list[TipRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace_row(self, row: TipRow) -> None:
        for i, old in enumerate(self.rows):
            if old.id == row.id:
                self.rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(KEYS) - 1))
                return

    def new_count(self) -> int:
        return sum(1 for r in self.rows if r.unread)

    def row_of(self, tip_id) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == tip_id), -1)

    # --- Qt model -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "received_at":
                return local_time_text(row.received_at)
            if key == "status":
                return self.status_text(row.status)
            if key == "summary":
                return " ".join(row.summary.split())  # one line in the table; whole in the tooltip
            return getattr(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("summary", "place_address", "suspect", "goods"):
            return getattr(row, key) or None
        if role == Qt.ItemDataRole.FontRole and row.unread:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
