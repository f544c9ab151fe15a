""""Tin báo": the tips the Chi cục assigned to this unit, their follow-up, and a case from one.

Reads and writes go through operations on the database thread (app.services.tips). The
page asks its host window to open cases (``open_case``) and new case tabs (``new_case_from``).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationFailed
from app.ui.models.tips_table import TipsTableModel
from app.ui.ops import Op, task_manager
from app.ui.vn_format import local_time_text
from app.ui.widgets.styles import error_label

if TYPE_CHECKING:  # the window imports this page before SQLAlchemy has loaded
    from app.services.tips import TipRow

STATUS_ORDER = ("new", "assigned", "in_progress", "done", "dismissed")
COLUMN_WIDTHS = (140, 110, 0, 200, 170, 160, 100, 80)  # the summary (2) takes what is left


class TipsPage(QWidget):
    title_changed = Signal(str)  # the tab title, with the number of new tips
    tip_changed = Signal()  # a tip was changed here (one more record waiting for sync)

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host  # the main window: open_case(uuid), new_case_from(make_form)
        self.setObjectName("tips_page")
        self.model = TipsTableModel(self)
        self.table = QTableView(objectName="tips_table", tabKeyNavigation=False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate(COLUMN_WIDTHS):
            if width:
                header.resizeSection(col, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.counter = QLabel(objectName="tips_counter")
        self.refresh_button = QPushButton(self.tr("Tải lại"), objectName="tips_refresh")

        self.heading = QLabel(objectName="tip_heading", textFormat=Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(objectName="tip_summary", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QComboBox(objectName="tip_status")
        for code in STATUS_ORDER:
            self.status.addItem(self.model.status_text(code), code)
        self.note = QPlainTextEdit(objectName="tip_note")
        self.note.setPlaceholderText(self.tr("Kết quả xác minh, lý do không xử lý…"))
        self.note.setMaximumHeight(90)
        self.case_label = QLabel(objectName="tip_case")
        self.error = error_label("error:tip")
        self.save_button = QPushButton(self.tr("Lưu trạng thái"), objectName="tip_save")
        self.create_button = QPushButton(self.tr("Lập vụ việc từ tin báo"), objectName="tip_create_case")
        self.open_button = QPushButton(self.tr("Mở vụ việc"), objectName="tip_open_case")

        form = QFormLayout()
        form.addRow(self.tr("Trạng thái"), self.status)
        form.addRow(self.tr("Ghi chú"), self.note)
        form.addRow(self.tr("Vụ việc"), self.case_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        self.detail = QWidget(objectName="tip_detail")
        detail = QVBoxLayout(self.detail)
        detail.addWidget(self.heading)
        detail.addWidget(self.summary)
        detail.addLayout(form)
        detail.addWidget(self.error)
        detail.addLayout(buttons)
        detail.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tin báo Chi cục giao cho đơn vị; thay đổi trạng thái được gửi lên "
                                     "máy chủ ở lần đồng bộ sau.")), 1)
        top.addWidget(self.counter)
        top.addWidget(self.refresh_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self._filling = False
        self.table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: None if self._filling else self._show(self.current()))
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self.save)
        self.create_button.clicked.connect(self.create_case)
        self.open_button.clicked.connect(self.open_case)
        self._show(None)

    # --- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        if task_manager().sessions is None:
            return
        from app.services.tips import list_tips

        Op(self, list_tips).success(self._fill).run()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # tips a sync pulled meanwhile

    def _fill(self, rows: list[TipRow]) -> None:
        before = self.current()
        self._filling = True
        self.model.set_rows(rows)
        row = self.model.row_of(before.id) if before else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._filling = False
        if self.current() != before or before is None:  # keep a note being typed
            self._show(self.current())
        self._counts()

    def _counts(self) -> None:
        new = self.model.new_count()
        self.counter.setText(self.tr("%n tin báo", "", self.model.rowCount()))
        self.title_changed.emit(self.tr("Tin báo (%n mới)", "", new) if new else self.tr("Tin báo"))

    def current(self) -> TipRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _show(self, row: TipRow | None) -> None:
        self.error.hide()
        self.detail.setEnabled(row is not None)
        if row is None:
            self.heading.setText(self.tr("Chưa có tin báo nào") if not self.model.rows else "")
            self.summary.setText("")
            self.note.setPlainText("")
            self.case_label.setText("")
            self.open_button.setEnabled(False)
            self.create_button.setEnabled(False)
            return
        self.heading.setText(self.tr("Tin báo số %1 · nhận lúc %2").replace("%1", row.ref).replace(
            "%2", local_time_text(row.received_at)))
        lines = [row.summary]
        if row.place_address:
            lines.append(self.tr("Địa điểm: %1").replace("%1", row.place_address))
        if row.suspect:
            lines.append(self.tr("Đối tượng nghi vấn: %1").replace("%1", row.suspect))
        if row.goods:
            lines.append(self.tr("Hàng hóa: %1").replace("%1", row.goods))
        self.summary.setText("\n".join(lines))
        self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
        self.note.setPlainText(row.note)
        self.case_label.setText(row.case_title or self.tr("Chưa lập vụ việc"))
        self.open_button.setEnabled(row.case_id is not None)
        self.create_button.setEnabled(row.case_id is None)

    # --- actions ------------------------------------------------------------------------
    def save(self) -> None:
        row = self.current()
        if row is None:
            return
        from app.services.tips import update_tip

        tip_id, status, note = row.id, self.status.currentData(), self.note.toPlainText()
        Op.acting(self, lambda s, actor: update_tip(s, tip_id, status, note, None, actor)).success(
            self._updated).failure(self._failed).run()

    def _updated(self, row: TipRow) -> None:
        old = next((r for r in self.model.rows if r.id == row.id), None)
        self.model.replace_row(row)
        if old is not None and old.version != row.version:
            self.tip_changed.emit()
        current = self.current()
        if current is not None and current.id == row.id:
            self._show(row)
        self._counts()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationFailed):
            self.error.setText("\n".join(exc.errors.values()))
            self.error.show()
            return
        from app.ui.errors import show_error

        show_error(self, exc)

    def create_case(self) -> None:
        row = self.current()
        if row is None or row.case_id is not None:
            return
        from app.services.tips import case_entry_from_tip

        tip_id = row.id
        tab = self.host.new_case_from(lambda s: case_entry_from_tip(s, tip_id))
        if tab is not None:
            tab.saved.connect(lambda case_row, t=tip_id: self._link(t, case_row.id))

    def _link(self, tip_id: uuid.UUID, case_id: uuid.UUID) -> None:
        from app.services.tips import link_case

        Op.acting(self, lambda s, actor: link_case(s, tip_id, case_id, actor)).success(self._updated).run()

    def open_case(self) -> None:
        row = self.current()
        if row is not None and row.case_id is not None:
            self.host.open_case(row.case_id)
