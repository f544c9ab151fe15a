"""The "Báo cáo" page: pick a period, see the figures of the team's own unit (and the same
period last year with "So sánh cùng kỳ"), the summary sentence the PDF writes, a chart; a
double-click on a figure lists its cases; "Xuất XLSX…" / "Xuất PDF…" write the files.

The report is made on the database thread exactly as ``python -m app report`` makes it
(app.cli.report); the statistics modules are imported there, after the window is up.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.ops import Op, task_manager
from app.ui.reports.period_picker import PeriodPicker, file_stem
from app.ui.widgets.styles import ERROR

# the figures the table shows, in the reports' order (app.statistics.figures)
SHOWN = ("vu_kiem_tra", "vu_vi_pham", "doi_tuong", "ca_nhan", "to_chuc", "vu_xu_ly",
         "vu_xu_ly_hanh_chinh", "vu_chuyen_dieu_tra", "vu_khoi_to", "bi_can", "vu_tra_lai",
         "vu_lien_nganh", "tien_phat_quyet_dinh", "tien_phat_da_nop", "tien_cham_nop",
         "tien_ban_tich_thu", "truy_thu_thue", "thu_nop_ngan_sach", "tri_gia_tam_giu",
         "tri_gia_tich_thu")
CHARTED = (("vu_kiem_tra", "Kiểm tra"), ("vu_vi_pham", "Phát hiện vi phạm"), ("vu_xu_ly", "Xử lý"),
           ("vu_xu_ly_hanh_chinh", "Xử lý hành chính"), ("vu_khoi_to", "Khởi tố"), ("bi_can", "Bị can"))
COLUMNS = ("Chỉ tiêu", "Đơn vị tính", "Kỳ này", "Cùng kỳ năm trước", "Tăng/giảm")
NOW_COL, BEFORE_COL, CHANGE_COL = 2, 3, 4


def make_report(session: Any, key: str, compare: bool, with_cases: bool = False) -> Any:
    """The report of the period ``key`` for this laptop's unit, as ``python -m app report``."""
    from app.statistics import local
    from app.statistics.periods import parse_period
    from app.statistics.report import build_report

    cal = local.laptop_calendar(session, None)
    period = parse_period(cal, key)
    local.refresh(session)
    return build_report(session, local.laptop_scope(session), period, compare=compare,
                        calendar=cal, with_cases=with_cases)


def show_report(session: Any, key: str, compare: bool) -> tuple[Any, str]:
    from app.statistics.summary import summary

    report = make_report(session, key, compare)
    return report, summary(report)


def export_report(session: Any, key: str, compare: bool, kind: str, path: Path) -> Path:
    """The report written to ``path`` (XLSX with the case list, or PDF)."""
    report = make_report(session, key, compare, with_cases=kind == "xlsx")
    if kind == "xlsx":
        from app.statistics.xlsx import write_xlsx

        data = write_xlsx(report)
    else:
        from app.statistics.pdf import write_pdf

        data = write_pdf(report)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def cases_of(session: Any, report: Any, code: str) -> list[Any]:
    from app.statistics.cases import cases_behind

    return cases_behind(session, report.period, figure=code, units=report.scope.only)


class ReportsPage(QWidget):
    open_case = Signal(uuid.UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_page")
        self.report: Any = None
        self.summary_text = ""
        self.busy = 0
        self.picker = PeriodPicker(self)
        self.compare = QCheckBox(self.tr("So sánh &cùng kỳ"), objectName="report_compare", checked=True)
        self.refresh_button = QPushButton(self.tr("Tải &lại"), objectName="report_refresh")
        self.xlsx_button = QPushButton(self.tr("Xuất &XLSX…"), objectName="report_xlsx")
        self.pdf_button = QPushButton(self.tr("Xuất &PDF…"), objectName="report_pdf")
        self.cases_button = QPushButton(self.tr("&Vụ việc của chỉ tiêu"), objectName="report_cases_button")
        self.progress = QProgressBar(objectName="report_progress", maximumWidth=160, textVisible=False)
        self.progress.setRange(0, 0)  # busy: the engine gives no steps
        self.progress.hide()
        self.state = QLabel(objectName="report_state")
        self.heading = QLabel(objectName="report_heading", wordWrap=True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(objectName="report_summary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(COLUMNS), objectName="report_table", tabKeyNavigation=False)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 90), (2, 110), (3, 130), (4, 130)):
            header.resizeSection(col, width)
        table_label = QLabel(self.tr("&Số liệu của đơn vị (nhấp đúp hoặc Enter: các vụ việc)"), buddy=self.table)
        from app.ui.reports.chart import BarChart

        self.chart = BarChart(self)

        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.compare)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.state, 1)
        actions.addWidget(self.progress)
        actions.addWidget(self.cases_button)
        actions.addWidget(self.xlsx_button)
        actions.addWidget(self.pdf_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(table_label)
        lv.addWidget(self.table, 1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.summary)
        rv.addWidget(self.chart, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([700, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addLayout(actions)

        self._again = QTimer(self, singleShot=True, interval=250)  # typing a date: once at the end
        self._again.timeout.connect(self.refresh)
        self.picker.changed.connect(self._again.start)
        self.compare.toggled.connect(lambda _on: self._again.start())
        self.refresh_button.clicked.connect(self.refresh)
        self.xlsx_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.cases_button.clicked.connect(lambda: self.show_cases(self.table.currentRow()))
        self.table.activated.connect(lambda index: self.show_cases(index.row()))
        self._set_busy(0)

    # --- the figures ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()  # cases saved or synced since: the figures of now

    def refresh(self) -> None:
        if task_manager().sessions is None or not self.isVisible():
            return
        key, compare = self.picker.key(), self.compare.isChecked()
        self._set_busy(+1, self.tr("Đang tính số liệu…"))
        Op(self, lambda s: show_report(s, key, compare)).success(self._show).failure(self._failed).run()

    def _show(self, result: tuple[Any, str]) -> None:
        from app.statistics.figures import figure
        from app.statistics.wording import change_words, count, millions

        self._set_busy(-1, "")
        self.report, self.summary_text = result
        report, total = self.report, self.report.total
        self.heading.setText(self.tr("%1 — %2, %3").replace("%1", report.scope.agency)
                             .replace("%2", report.period.label).replace("%3", report.period.range_words))
        self.summary.setText(self.summary_text)
        codes = [c for c in SHOWN if c in total.current]
        self.table.setRowCount(len(codes))
        for row, code in enumerate(codes):
            f = figure(code)
            now, before = total.current[code], (total.previous or {}).get(code, 0)
            shown = millions if f.money else count
            cells = (f.label, "triệu đồng" if f.money else f.unit, shown(now),
                     shown(before) if report.compared else "",
                     change_words(now, before) if report.compared else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setToolTip(text)
                if col >= NOW_COL:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.setColumnHidden(BEFORE_COL, not report.compared)
        self.table.setColumnHidden(CHANGE_COL, not report.compared)
        if self.table.currentRow() < 0 and codes:
            self.table.setCurrentCell(0, 0)
        self.chart.set_bars(self.tr("Số vụ, bị can — %1").replace("%1", report.period.label), [
            (self.tr(words), total.current.get(code, 0),
             total.previous.get(code, 0) if total.previous is not None else None)
            for code, words in CHARTED])

    def _failed(self, exc: Exception) -> None:
        from app.ui.errors import error_text, show_error

        self._set_busy(-1, "")
        self.state.setText(error_text(exc))
        self.state.setStyleSheet(f"color: {ERROR}")
        show_error(self, exc)

    def _set_busy(self, step: int, words: str | None = None) -> None:
        self.busy = max(0, self.busy + step)
        self.progress.setVisible(self.busy > 0)
        for b in (self.xlsx_button, self.pdf_button, self.refresh_button):
            b.setEnabled(self.busy == 0)
        self.cases_button.setEnabled(self.busy == 0 and self.report is not None)
        if words is not None:
            self.state.setStyleSheet("")
            self.state.setText(words)

    def figure_at(self, row: int) -> str | None:
        item = self.table.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # --- the cases behind a figure ---------------------------------------------------------
    def show_cases(self, row: int) -> None:
        code, report = self.figure_at(row), self.report
        if code is None or report is None:
            return
        title = self.table.item(row, 0).text()
        Op(self, lambda s: cases_of(s, report, code)).success(
            lambda cases: self._cases_listed(title, cases)).failure(self._failed).run()

    def _cases_listed(self, title: str, cases: list[Any]) -> None:
        from app.ui.reports.cases_dialog import CasesDialog

        self.cases_dialog = CasesDialog(title, cases, self)
        self.cases_dialog.open_case.connect(self.open_case.emit)
        self.cases_dialog.open()

    # --- export ---------------------------------------------------------------------------
    def ask_export(self, kind: str) -> None:
        name = f"bao-cao-{file_stem(self.picker.key())}.{kind}"
        what = self.tr("Bảng tính Excel (*.xlsx)") if kind == "xlsx" else self.tr("Tệp PDF (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo"), str(Path.home() / name), what)
        if chosen:
            path = Path(chosen)
            self.export(kind, path if path.suffix.lower() == f".{kind}" else path.with_name(path.name + f".{kind}"))

    def export(self, kind: str, path: Path) -> None:
        key, compare = self.picker.key(), self.compare.isChecked()
        self._set_busy(+1, self.tr("Đang ghi %1…").replace("%1", path.name))
        Op(self, lambda s: export_report(s, key, compare, kind, path)).success(self._exported).failure(
            self._failed).run()

    def _exported(self, path: Path) -> None:
        self._set_busy(-1, self.tr("Đã ghi %1").replace("%1", str(path)))
