"""The case list as a Qt item model over lightweight rows, fetched lazily in pages.

Like Anki's browser table: the model never holds ORM objects, only ``CaseRow`` values;
pages are fetched on the database thread when the view scrolls near the end
(``canFetchMore``/``fetchMore``). A search (within the filters) replaces paging with the
ranked top 50 and counts every match.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.rows import CaseFilter, CaseRow
from app.ui.icons import lock_icon
from app.ui.ops import Op
from app.ui.vn_format import local_time_text, money_text

PAGE = 200
SEARCH_ROWS = 50  # a search shows its best matches; the count says how many there are
COLUMNS = (
    ("local_no", "Số"),
    ("started_at", "Thời gian kiểm tra"),
    ("subject_name", "Đối tượng"),
    ("place", "Địa điểm"),
    ("commune_name", "Xã/phường"),
    ("violation_count", "Vi phạm"),
    ("seized_value", "Trị giá tạm giữ (đồng)"),
    ("status", "Trạng thái"),
)
SORTABLE = {"local_no", "started_at", "subject_name", "commune_name", "status"}
STATUS_TEXT = {"draft": "Nháp", "finalised": "Đã hoàn tất"}
Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    loaded = Signal(int)  # total rows matching (or hits of a search)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[CaseRow] = []
        self.total = 0
        self.filter = CaseFilter()
        self.query = ""
        self.sort_key, self.descending = "started_at", True
        self._generation = 0
        self._fetching = False
        self.active = False  # set once the database is open

    # --- Qt model -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, key)
            if key == "started_at":
                return local_time_text(value)
            if key == "seized_value":
                return money_text(value) if value else ""
            if key == "status":
                return self.tr(STATUS_TEXT.get(value, value))
            if key == "violation_count":
                return str(value) if value else ""
            return str(value)
        if role == Qt.ItemDataRole.DecorationRole and key == "status" and row.status == "finalised":
            return lock_icon()
        if role == Qt.ItemDataRole.ToolTipRole and key == "status" and row.status == "finalised":
            return self.tr("Đã hoàn tất và khóa: chỉ xem, muốn sửa phải lập bản đính chính")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("local_no", "violation_count", "seized_value"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        if key not in SORTABLE or self.query:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self.query and len(self.rows) < self.total and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        gen, offset = self._generation, len(self.rows)
        f, key, desc = self.filter, self.sort_key, self.descending
        def work(con) -> list[CaseRow]:
            from app.readmodel import fetch_case_rows

            return fetch_case_rows(con, f, sort=key, descending=desc, offset=offset, limit=PAGE)

        Op(None, work, reader=True).success(
            lambda rows: self._append(gen, offset, rows)
        ).run()

    # --- loading ----------------------------------------------------------------------
    def set_filter(self, f: CaseFilter) -> None:
        self.filter = f
        self.reload()

    def set_query(self, query: str) -> None:
        self.query = query.strip()
        self.reload()

    def reload(self) -> None:
        """Count and fetch the first page (or run the search) off the GUI thread."""
        if not self.active:
            return
        self._generation += 1
        gen = self._generation
        f, key, desc, query = self.filter, self.sort_key, self.descending, self.query

        def work(con) -> tuple[int, list[CaseRow]]:
            from app.readmodel import count_cases, count_matches, fetch_case_rows, search_cases

            if query:
                hits = search_cases(con, query, SEARCH_ROWS, f)
                total = len(hits) if len(hits) < SEARCH_ROWS else count_matches(con, query, f)
                return total, hits
            return count_cases(con, f), fetch_case_rows(con, f, sort=key, descending=desc, limit=PAGE)

        Op(None, work, reader=True).success(lambda result: self._reset(gen, *result)).run()

    def _reset(self, gen: int, total: int, rows: list[CaseRow]) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self.rows, self.total, self._fetching = list(rows), total, False
        self.endResetModel()
        self.loaded.emit(total)

    def _append(self, gen: int, offset: int, rows: list[CaseRow]) -> None:
        self._fetching = False
        if gen != self._generation or offset != len(self.rows) or not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def case_id(self, row: int):
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def update_row(self, new: CaseRow) -> None:
        """Refresh one row after a save, without reloading the list."""
        for i, row in enumerate(self.rows):
            if row.id == new.id:
                self.rows[i] = replace(new)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
                return
        self.reload()
