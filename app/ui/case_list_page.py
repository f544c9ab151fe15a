"""The case list: filters (status, date range, commune), diacritic-free search, the table."""

from __future__ import annotations

import uuid
from datetime import datetime, time

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.readmodel import COUNT_CAP
from app.rows import CaseFilter
from app.ui.models.case_table import CaseTableModel
from app.ui.vn_format import VN_TZ, money_text, vn_today
from app.ui.widgets.catalog_picker import CatalogPicker

SEARCH_DELAY_MS = 200


class CaseListPage(QWidget):
    open_case = Signal(uuid.UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseTableModel(self)
        self.search = QLineEdit(placeholderText=self.tr(
            "Tìm theo tên, số định danh, mã số thuế, địa chỉ, hàng hóa, biển số… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("case_search")
        self.status = QComboBox(objectName="status_filter")
        for text, value in ((self.tr("Mọi trạng thái"), None), (self.tr("Nháp"), "draft"),
                            (self.tr("Đã hoàn tất"), "finalised")):
            self.status.addItem(text, value)
        self.due = QComboBox(objectName="due_filter")  # the cases with "Việc cần làm"
        for text, value in ((self.tr("Mọi hạn xử lý"), None), (self.tr("Có việc quá hạn"), "overdue"),
                            (self.tr("Đến hạn hôm nay"), "today"), (self.tr("Đến hạn trong tuần"), "week"),
                            (self.tr("Còn việc phải làm"), "all")):
            self.due.addItem(text, value)
        self.use_dates = QCheckBox(self.tr("Từ ngày"))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1), calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.date_to = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="dd/MM/yyyy")
        # type-ahead without diacritics ("dong dang" → "xã Đồng Đăng"); empty = every commune
        self.commune = CatalogPicker(placeholder=self.tr("Mọi xã/phường (gõ để lọc)"))
        self.commune.setObjectName("commune_filter")
        self.commune.setMinimumWidth(240)
        self.counter = QLabel(objectName="case_counter")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status)
        filters.addWidget(self.due)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("đến")))
        filters.addWidget(self.date_to)
        filters.addWidget(QLabel(self.tr("Xã/phường")))
        filters.addWidget(self.commune, 2)

        self.table = QTableView(objectName="case_table", tabKeyNavigation=False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((60, 130, 220, 260, 200, 70, 150, 120)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        # activated: Enter, and a double click (also connecting doubleClicked opened it twice)
        self.table.activated.connect(self._open_index)
        self.search.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counter)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.model.set_query(self.search.text()))
        self.search.textChanged.connect(self._search_timer.start)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.due.currentIndexChanged.connect(self.apply_filter)
        self.use_dates.toggled.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.commune.chosen.connect(lambda _code: self.apply_filter())
        self.commune.lineEdit().editingFinished.connect(self._commune_edited)
        self.model.loaded.connect(self._show_count)
        self._open_on_load = False  # Enter in the search box before its results arrived
        self.model.loaded.connect(self._open_first_result)

    def set_catalogs(self, catalogs) -> None:
        self.commune.set_choices(catalogs.communes)

    def _commune_edited(self) -> None:
        if not self.commune.currentText().strip():
            self.commune.set_code(None)
        self.apply_filter()

    def current_filter(self) -> CaseFilter:
        start = end = None
        if self.use_dates.isChecked():
            start = datetime.combine(self.date_from.date().toPython(), time.min, VN_TZ)
            end = datetime.combine(self.date_to.date().toPython(), time.max, VN_TZ)
        due = self.due.currentData()
        return CaseFilter(status=self.status.currentData(), started_from=start, started_to=end,
                          commune_code=self.commune.code() or None, due=due, today=vn_today() if due else None)

    def apply_filter(self) -> None:
        self.date_from.setEnabled(self.use_dates.isChecked())
        self.date_to.setEnabled(self.use_dates.isChecked())
        self.model.set_filter(self.current_filter())

    def due_changed(self) -> None:
        """Follow-through records were written or pulled: a list filtered by due items changes."""
        if self.due.currentData():
            self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_count(self, total: int) -> None:
        shown = self.model.rowCount()
        if self.model.query and total > COUNT_CAP:
            self.counter.setText(self.tr("Tìm thấy hơn %1 vụ việc, hiện %2 vụ khớp nhất").replace(
                "%1", money_text(COUNT_CAP)).replace("%2", str(shown)))
        elif self.model.query and total > shown:
            self.counter.setText(self.tr("Tìm thấy %1 vụ việc, hiện %2 vụ khớp nhất").replace(
                "%1", money_text(total)).replace("%2", str(shown)))
        elif self.model.query:
            self.counter.setText(self.tr("Tìm thấy %n vụ việc (xếp theo mức độ khớp)", "", total))
        else:
            self.counter.setText(self.tr("%n vụ việc", "", total))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """From the search box, Down goes into the results and Enter opens the chosen case."""
        if watched is not self.search or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if event.key() == Qt.Key.Key_Down and self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.selectRow(0)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._search_timer.isActive() or self.model.query != self.search.text().strip():
                self._search_timer.stop()  # open from the results of what is typed now
                self._open_on_load = True
                self.model.set_query(self.search.text())
            else:
                self._open_index(self.model.index(max(self.table.currentIndex().row(), 0), 0))
            return True
        return super().eventFilter(watched, event)

    def _open_first_result(self, _total: int) -> None:
        if self._open_on_load:
            self._open_on_load = False
            self._open_index(self.model.index(0, 0))

    def _open_index(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row()) if index.isValid() else None
        if case_id is not None:
            self.open_case.emit(case_id)
