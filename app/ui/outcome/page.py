""""Kết quả xử lý": the follow-through of a finalised case in its tab — what is due and by
when, the goods still held, the timeline of recorded events, and the actions that record
the next step (each one a dialog that writes one record through the services).

Every read and write runs on the database thread (app.ui.ops); after a write the page
reloads itself and emits ``recorded`` so the window refreshes the overdue count, the
"Việc cần làm" page and the sync.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.rows import Catalogs
from app.ui.ops import Op, task_manager
from app.ui.outcome.actions import GROUPS, Actions
from app.ui.outcome.timeline import Timeline
from app.ui.outcome.view import OutcomeView
from app.ui.vn_format import day_text, vn_today
from app.ui.widgets.styles import AMBER, ERROR, NOTE_STYLE

ACTION_ROLE = Qt.ItemDataRole.UserRole
DUE_ROWS, HELD_ROWS = 5, 4  # shown without scrolling; the timeline takes the rest of the height


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name, tabKeyNavigation=False)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


def _fit_rows(table: QTableWidget, most: int) -> None:
    """As tall as its rows (``most`` at most, then it scrolls)."""
    rows = min(table.rowCount(), most)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(rows))
    table.setFixedHeight(height)


def _heading(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text, buddy=buddy)
    label.setStyleSheet("font-weight: bold; font-size: 11pt; margin-top: 4px;")
    return label


class OutcomePage(QWidget):
    recorded = Signal()  # a follow-through record was written for this case

    def __init__(self, catalogs: Catalogs | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcome_page")
        self.catalogs = catalogs  # the unit's officers, offered as the decision's signer
        self.title = self.tr("Kết quả xử lý")
        self.case_id: uuid.UUID | None = None
        self.view: OutcomeView | None = None
        self._pending_action: str | None = None
        self.print_jobs: list[Any] = []  # decisions going to the printer (app.ui.printing)

        heading = QLabel(self.title)
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.stage = QLabel(objectName="outcome_stage", wordWrap=True)
        self.stage.setStyleSheet("font-size: 10.5pt; font-weight: bold;")

        self.due = _table("outcome_due", [self.tr("Hạn"), self.tr("Việc cần làm"), self.tr("Còn")])
        header = self.due.horizontalHeader()
        header.resizeSection(0, 90)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 130)

        self.due.setToolTip(self.tr("Enter hoặc nhấp đúp: làm việc này"))
        self.held = _table("outcome_held", [self.tr("Tang vật"), self.tr("Còn giữ"), self.tr("Giữ đến")])
        header = self.held.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 100)

        self.timeline = Timeline()

        self.due_label = _heading(self.tr("Cần &làm"), self.due)
        self.held_label = _heading(self.tr("Tang vật còn giữ"), self.held)
        self.timeline_label = _heading(self.tr("&Diễn biến"), self.timeline)
        self.nothing_held = QLabel(self.tr("Không còn tang vật nào đang tạm giữ."), objectName="nothing_held")
        self.nothing_held.setStyleSheet(NOTE_STYLE)
        self.nothing_due = QLabel(self.tr("Không có việc nào đến hạn."), objectName="nothing_due")
        self.nothing_due.setStyleSheet(NOTE_STYLE)

        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(self.due_label)
        left.addWidget(self.due)
        left.addWidget(self.nothing_due)
        left.addWidget(self.held_label)
        left.addWidget(self.held)
        left.addWidget(self.nothing_held)
        left.addWidget(self.timeline_label)
        left.addWidget(self.timeline, 1)

        self.actions = Actions(self)
        right = QVBoxLayout()
        right.setSpacing(4)
        for group, keys in GROUPS:
            label = QLabel(self.actions.titles[group])
            label.setStyleSheet("font-weight: bold; margin-top: 6px;")
            right.addWidget(label)
            for key in keys:
                right.addWidget(self.actions.button(key))
        right.addStretch(1)
        side = QWidget(objectName="outcome_actions")
        side.setLayout(right)
        side.setFixedWidth(270)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading)
        layout.addWidget(self.stage)
        layout.addLayout(body, 1)

        self.due.itemActivated.connect(lambda item: self.run_due(item.row()))
        self.timeline.itemSelectionChanged.connect(self.actions.update)
        self.actions.recorded.connect(self._recorded)

    # --- the host's calls ----------------------------------------------------------------
    def set_case(self, case_id: str | uuid.UUID | None) -> None:
        """The finalised case to follow (None: the page has nothing to show)."""
        self.case_id = uuid.UUID(str(case_id)) if case_id else None
        self.view = None
        if self.case_id is not None:
            self.refresh()

    def refresh(self) -> None:
        if self.case_id is None or task_manager().sessions is None:
            return
        from app.ui.outcome.reading import read_outcome

        case_id, today = self.case_id, vn_today()
        Op(self, lambda s: read_outcome(s, case_id, today)).success(self._show).run()

    def start_action(self, key: str | None) -> None:
        """Put the keyboard on ``key``'s button (from "Việc cần làm"), once the page is read."""
        self._pending_action = key or ""
        if self.view is not None:
            self._focus_pending()

    # --- showing -----------------------------------------------------------------------------
    def _show(self, view: OutcomeView) -> None:
        if view.case_id != self.case_id:
            return  # an older case's answer
        self.view = view
        self.stage.setText(view.stage)
        self._fill_due(view)
        self._fill_held(view)
        self.timeline.set_events(view.events)
        self.actions.update()
        self._focus_pending()

    def _fill_due(self, view: OutcomeView) -> None:
        self.due.setRowCount(len(view.due))
        by_date = sorted(view.due, key=lambda i: (i.due_on is None, i.due_on or view.today))
        for r, item in enumerate(by_date):
            left = (item.due_on - view.today).days if item.due_on else None
            if item.waiting and (left is None or left < 0):
                when, left = self.tr("đang chờ"), None
            elif left is None:
                when = ""
            elif left < 0:
                when = self.tr("quá hạn %n ngày", "", -left)
            elif left == 0:
                when = self.tr("hôm nay")
            else:
                when = self.tr("còn %n ngày", "", left)
            for col, text in enumerate((day_text(item.due_on), item.label, when)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                cell.setData(ACTION_ROLE, item.action)
                if left is not None and left <= 0:
                    cell.setForeground(QBrush(QColor(ERROR if left < 0 else AMBER)))
                self.due.setItem(r, col, cell)
        _fit_rows(self.due, DUE_ROWS)
        self.due.setVisible(bool(view.due))
        self.nothing_due.setVisible(not view.due)
        self.due_label.setText(self.tr("Cần &làm (%1)").replace("%1", str(len(view.due))) if view.due
                               else self.tr("Cần &làm"))

    def _fill_held(self, view: OutcomeView) -> None:
        self.held.setRowCount(len(view.held))
        for r, goods in enumerate(view.held):
            texts = (goods.name, goods.detail, day_text(goods.held_until))
            for col, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if col == 2 and goods.held_until is not None and goods.held_until < view.today:
                    cell.setForeground(QBrush(QColor(ERROR)))
                self.held.setItem(r, col, cell)
        _fit_rows(self.held, HELD_ROWS)
        self.held.setVisible(bool(view.held))
        self.nothing_held.setVisible(not view.held)

    def _focus_pending(self) -> None:
        """The keyboard on the asked action's button (or on the first step due)."""
        key, self._pending_action = self._pending_action, None
        if key is None:
            return
        for r in range(self.due.rowCount()):
            if self.due.item(r, 0).data(ACTION_ROLE) == key:
                self.due.selectRow(r)
                break
        button = self.actions.button_for(key)
        if button is not None and button.isEnabled():
            button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.due.rowCount():
            self.due.selectRow(0)
            self.due.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- acting ------------------------------------------------------------------------------
    def track_print(self, job: Any) -> None:
        """Keep a print job alive and say how it went (None: the print dialog was cancelled)."""
        if job is None:
            return
        self.print_jobs.append(job)
        job.finished_ok.connect(lambda n: self.stage.setText(
            self.tr("Đã gửi %n trang tới máy in.", "", n) + "\n" + (self.view.stage if self.view else "")))
        job.failed.connect(lambda msg: QMessageBox.warning(self, self.tr("In quyết định"), msg))

    def run_due(self, row: int) -> None:
        item = self.due.item(row, 0)
        if item is not None:
            self.actions.run(item.data(ACTION_ROLE))

    def _recorded(self, _result: Any = None) -> None:
        self.refresh()
        self.recorded.emit()
