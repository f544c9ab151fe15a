"""The cases behind a figure: a list (found on, subject, place, goods, outcome, money), each
row opening its case (Enter or a double-click)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.statistics.cases import CaseLine
from app.statistics.wording import millions

HEADERS = ("Ngày kiểm tra", "Đối tượng", "Địa điểm", "Mặt hàng", "Kết quả", "Phạt (triệu đồng)",
           "Đã nộp NS (triệu đồng)")


class CasesDialog(QDialog):
    open_case = Signal(uuid.UUID)

    def __init__(self, title: str, cases: list[CaseLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_cases")
        self.setWindowTitle(self.tr("Các vụ việc: %1").replace("%1", title))
        self.resize(1100, 460)
        self.cases = cases
        self.table = QTableWidget(len(cases), len(HEADERS), objectName="report_cases_table",
                                  tabKeyNavigation=False)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        for r, c in enumerate(cases):
            values = (c.found_on.strftime("%d/%m/%Y") if c.found_on else "", c.subject_name, c.place,
                      c.goods, c.outcome, millions(c.fine_decided), millions(c.budget_paid))
            for col, value in enumerate(values):
                self.table.setItem(r, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if cases:
            self.table.selectRow(0)
        label = QLabel(self.tr("&Vụ việc (%1) — Enter hoặc nhấp đúp để mở:").replace("%1", str(len(cases))),
                       buddy=self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.addButton(self.tr("&Mở vụ việc"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus()

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.cases):
            self.open_case.emit(self.cases[row].case_id)
            self.accept()
