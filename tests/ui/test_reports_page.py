""""Báo cáo" in the real, signed-in window, on the hand-built data set of tests/statistics:
the first quarter of 2025 picked, its figures as the engine gives them, the same quarter of
2024 beside them, a figure opened into its cases, the XLSX and PDF written and read back."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from app.db import unit_of_work
from app.ui.main_window import FIRST_CASE_TAB
from tests.statistics.dataset import build
from tests.ui.test_main_window import close_window, open_window
from tests.ui.test_outcome_screens import shot, whole_texts

TIMEOUT = 30000
SUMMARY = (
    "Quý I năm 2025 (từ ngày 1/1/2025 đến ngày 31/3/2025), Đội Quản lý thị trường số 3 đã "
    "kiểm tra 6 vụ, phát hiện và xử lý 3 vụ vi phạm, trong đó số vụ khởi tố điều tra: 1 vụ, "
    "2 bị can; số vụ xử lý vi phạm hành chính: 2 vụ; thu nộp ngân sách 29,000 triệu đồng. "
    "So với cùng kỳ năm 2024, số vụ xử lý tăng 200,00 %; thu nộp ngân sách tăng 383,33 %.")


@pytest.fixture
def window(qtbot, demo_db):
    with unit_of_work(demo_db.sessions) as s:
        ds = build(s)
    demo_db.close()
    w = open_window(qtbot, demo_db.data_dir)
    w.resize(1366, 768)
    w.cases = ds.cases
    yield w
    close_window(w)


def rows(page) -> dict[str, tuple[str, ...]]:
    t = page.table
    return {t.item(r, 0).text(): tuple(t.item(r, c).text() for c in range(1, t.columnCount()))
            for r in range(t.rowCount())}


def show_quarter(qtbot, window, key: str = "quy:2025-1"):
    page = window.reports_page
    window.tabs.setCurrentWidget(page)
    page.picker.set_key(key)
    qtbot.waitUntil(lambda: page.report is not None and page.report.period.key == key
                    and page.busy == 0, timeout=TIMEOUT)
    return page


def test_a_quarter_against_the_same_quarter_last_year(qtbot, window):
    page = show_quarter(qtbot, window)
    assert window.tabs.tabText(FIRST_CASE_TAB - 1) == "Báo cáo"
    figures = rows(page)
    assert figures["Số vụ kiểm tra"] == ("vụ", "6", "1", "tăng 500,00 %")
    assert figures["Số vụ xử lý (khởi tố và xử lý hành chính)"] == ("vụ", "3", "1", "tăng 200,00 %")
    assert figures["Số vụ xử lý vi phạm hành chính"][1] == "2"
    assert figures["Số vụ khởi tố"][1:] == ("1", "0", "cùng kỳ không có")
    assert figures["Số bị can"][1] == "2"
    assert figures["Thu nộp ngân sách"] == ("triệu đồng", "29,000", "6,000", "tăng 383,33 %")
    assert page.summary.text().startswith(SUMMARY)
    assert "Quý I năm 2025" in page.heading.text()
    assert not page.table.isColumnHidden(4)
    # without the comparison the change column goes, the figures stay
    page.compare.setChecked(False)
    qtbot.waitUntil(lambda: not page.report.compared and page.busy == 0, timeout=TIMEOUT)
    assert page.table.isColumnHidden(3) and page.table.isColumnHidden(4)
    assert rows(page)["Thu nộp ngân sách"][1] == "29,000"
    assert "So với cùng kỳ" not in page.summary.text()
    page.compare.setChecked(True)
    qtbot.waitUntil(lambda: page.report.compared and page.busy == 0, timeout=TIMEOUT)
    assert not page.table.isColumnHidden(4)


def test_a_figure_opens_into_its_cases(qtbot, window):
    page = show_quarter(qtbot, window)
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "Số vụ khởi tố")
    page.table.setCurrentCell(row, 0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(page, "cases_dialog", None) is not None
                    and page.cases_dialog.isVisible(), timeout=TIMEOUT)
    dialog = page.cases_dialog
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Vi Văn Dũng" and dialog.table.item(0, 4).text() == "Khởi tố"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.count() == FIRST_CASE_TAB + 1
                    and window.tabs.widget(FIRST_CASE_TAB).case_id == str(window.cases["D"]),
                    timeout=TIMEOUT)


def export(qtbot, page, monkeypatch, button, target: Path) -> str:
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        asked.append(Path(suggested).name)
        return str(target), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisible() or target.exists()
    qtbot.waitUntil(lambda: page.busy == 0 and target.exists(), timeout=TIMEOUT)
    assert page.state.text() == f"Đã ghi {target}"
    return asked[0]


def test_export_xlsx_and_pdf(qtbot, window, monkeypatch, tmp_path):
    page = show_quarter(qtbot, window)
    xlsx = tmp_path / "bao-cao.xlsx"
    assert export(qtbot, page, monkeypatch, page.xlsx_button, xlsx) == "bao-cao-2025-Q1.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(xlsx.read_bytes()))
    ws = book["Tổng hợp"]
    assert ws["A4"].value == "KẾT QUẢ KIỂM TRA, XỬ LÝ QUÝ I NĂM 2025"
    assert (ws["B11"].value, ws["D11"].value, ws["D12"].value) == ("Đội Quản lý thị trường số 3", 3, 29_000_000)
    assert "Danh sách vụ việc" in book.sheetnames
    pdf = tmp_path / "bao-cao.pdf"
    assert export(qtbot, page, monkeypatch, page.pdf_button, pdf) == "bao-cao-2025-Q1.pdf"
    text = " ".join(pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text().split())
    assert " ".join(SUMMARY.split()) in text


def test_a_file_that_cannot_be_written_is_said_in_vietnamese(qtbot, window, monkeypatch, tmp_path):
    page = show_quarter(qtbot, window)
    blocked = tmp_path / "khong-ghi-duoc"
    blocked.write_text("một tệp, không phải thư mục")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(blocked / "bc.pdf"), ""))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.busy == 0 and page.state.text().startswith("Không"), timeout=TIMEOUT)
    assert "khong-ghi-duoc" in page.state.text()
    assert page.xlsx_button.isEnabled() and not (blocked / "bc.pdf").exists()


def test_readable_at_1366_by_768(qtbot, window, tmp_path):
    """Every button's words fit at 1366×768; the grab goes to docs/ with THUCDIA_SCREENSHOTS=1."""
    window.resize(1366, 768)
    page = show_quarter(qtbot, window)
    qtbot.wait(100)
    assert whole_texts(page) == []
    assert page.table.viewport().height() >= 20 * page.table.rowHeight(0) * 0.6  # most figures in view
    shot(window, tmp_path, "screenshot-reports.png")


def test_keyboard_reaches_the_period_the_comparison_and_the_export(qtbot, window, monkeypatch, tmp_path):
    page = show_quarter(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.picker.kind
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.picker.part
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not page.report.compared and page.busy == 0, timeout=TIMEOUT)
    target = tmp_path / "q1.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.busy == 0 and target.exists(), timeout=TIMEOUT)
