""""Việc cần làm": every step due across the unit's cases — overdue, today, this week — each
row opening its case at "Kết quả xử lý" with the step's action under the keyboard. The page
also keeps the status bar's count of overdue steps.

Reads run on the database thread (app.services.follow_through.todo); the window imports this
page before SQLAlchemy has loaded, so the services are imported where they are used.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.todo_table import TodoTableModel
from app.ui.ops import Op, task_manager
from app.ui.vn_format import vn_today
from app.ui.widgets.styles import ERROR

ROW_LIMIT = 1000
RECOUNT_MS = 10 * 60 * 1000  # a new day turns "today" into "overdue" while the window is open


class TodoPage(QWidget):
    open_outcome = Signal(uuid.UUID, str)  # the case, the action key of the step
    overdue_counted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todo_page")
        self.model = TodoTableModel(self)
        self.scope = QComboBox(objectName="todo_scope")
        self._scope_words = {"overdue": self.tr("Quá hạn"), "today": self.tr("Đến hạn hôm nay"),
                             "week": self.tr("Đến hạn trong 7 ngày tới"), "all": self.tr("Tất cả việc chưa làm")}
        for value, text in self._scope_words.items():
            self.scope.addItem(text, value)
        self.scope.setCurrentIndex(self.scope.findData("all"))  # the overdue first, then by date
        scope_label = QLabel(self.tr("&Hiện"), buddy=self.scope)
        self.counter = QLabel(objectName="todo_counter")
        self.refresh_button = QPushButton(self.tr("Tải &lại"), objectName="todo_refresh")
        self.open_button = QPushButton(self.tr("&Mở vụ việc (Enter)"), objectName="todo_open")
        self.table = QTableView(objectName="todo_table", tabKeyNavigation=False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((100, 130, 560, 70)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.empty = QLabel(objectName="todo_empty")
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Các bước phải làm theo thời hạn luật định, tính theo ngày làm việc "
                                     "(trừ ngày nghỉ lễ, Tết)."), wordWrap=True), 1)
        top.addWidget(scope_label)
        top.addWidget(self.scope)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counter, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(bottom)

        self.scope.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentIndex().row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self._recount = QTimer(self, interval=RECOUNT_MS)
        self._recount.timeout.connect(self.count_overdue)

    # --- loading ------------------------------------------------------------------------
    def start(self) -> None:
        """The database is open: count what is overdue, and keep counting."""
        self._recount.start()
        self.count_overdue()

    def refresh(self) -> None:
        if task_manager().sessions is None:
            return
        if not self.isVisible():  # shown later: showEvent reads the list then
            self.count_overdue()
            return
        from app.services.follow_through.todo import scope_counts, todo

        scope, today = self.scope.currentData(), vn_today()
        Op(self, lambda s: (todo(s, today, scope=scope, limit=ROW_LIMIT), scope_counts(s, today))).success(
            lambda result: self._fill(*result, today)).run()

    def count_overdue(self) -> None:
        if task_manager().sessions is None:
            return
        from app.services.follow_through.todo import overdue_count

        today = vn_today()
        Op(self, lambda s: overdue_count(s, today)).success(self.overdue_counted.emit).run()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()

    def _fill(self, rows, counts: dict[str, int], today) -> None:
        for i in range(self.scope.count()):  # "Quá hạn (3)": how many each choice holds
            value = self.scope.itemData(i)
            self.scope.setItemText(i, f"{self._scope_words[value]} ({counts.get(value, 0)})")
        self.overdue_counted.emit(counts.get("overdue", 0))
        before = self.table.currentIndex().row()
        self.model.set_rows(rows, today)
        if rows:
            self.table.selectRow(min(max(before, 0), len(rows) - 1))
        n = len(rows)
        more = self.tr(" (hiện %1 việc đầu)").replace("%1", str(ROW_LIMIT)) if n >= ROW_LIMIT else ""
        self.counter.setText(self.tr("%n việc", "", n) + more)
        self.empty.setText({
            "overdue": self.tr("Không có việc nào quá hạn."),
            "today": self.tr("Hôm nay không có việc nào đến hạn."),
            "week": self.tr("Trong tuần không có việc nào đến hạn."),
        }.get(self.scope.currentData(), self.tr("Không có việc nào chưa làm.")))
        self.empty.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))

    # --- acting -------------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            item = self.model.rows[row]
            self.open_outcome.emit(item.case_id, item.action or "")


class OverdueButton(QPushButton):
    """The status bar's "⚠ N việc quá hạn" (hidden at 0); a click shows "Việc cần làm"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdue_count")
        self.setFlat(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(f"color: {ERROR}; font-weight: bold; padding: 0 6px;")
        self.setToolTip(self.tr("Mở trang Việc cần làm"))
        self.hide()

    def set_count(self, n: int) -> None:
        self.setText(self.tr("⚠ %n việc quá hạn", "", n))
        self.setVisible(n > 0)
