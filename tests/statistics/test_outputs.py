"""The report's files read back: the XLSX cell by cell (openpyxl), the PDF's text and its
summary sentence (pypdf), and ``python -m app report``."""

from __future__ import annotations

import io
import json
from datetime import datetime

import openpyxl
import pypdf
import pytest

from app.db import unit_of_work
from app.statistics import local
from app.statistics.pdf import write_pdf
from app.statistics.periods import ReportCalendar, parse_period
from app.statistics.report import build_report
from app.statistics.summary import summary
from app.statistics.xlsx import MONEY_FORMAT, write_xlsx
from app.vntime import VN_TZ

CAL = ReportCalendar()
SUMMARY = (
    "Quý I năm 2025 (từ ngày 1/1/2025 đến ngày 31/3/2025), Đội Quản lý thị trường số 3 đã "
    "kiểm tra 6 vụ, phát hiện và xử lý 3 vụ vi phạm, trong đó số vụ khởi tố điều tra: 1 vụ, "
    "2 bị can; số vụ xử lý vi phạm hành chính: 2 vụ; thu nộp ngân sách 29,000 triệu đồng. "
    "So với cùng kỳ năm 2024, số vụ xử lý tăng 200,00 %; thu nộp ngân sách tăng 383,33 %. "
    "Các mặt hàng vi phạm chủ yếu: mỹ phẩm (1 vụ); pháo nổ (1 vụ); thuốc lá điếu (1 vụ)."
)


@pytest.fixture(scope="module")
def report(laptop):
    db, _ = laptop
    with unit_of_work(db.sessions) as s:
        local.refresh(s)
        return build_report(s, local.laptop_scope(s), parse_period(CAL, "quy:2025-1"),
                            compare=True, calendar=CAL, with_cases=True,
                            now=datetime(2025, 4, 10, 9, 0, tzinfo=VN_TZ))


def test_the_summary_is_written_from_the_numbers(report):
    assert summary(report) == SUMMARY


def test_xlsx_quarterly_table_cell_by_cell(report):
    book = openpyxl.load_workbook(io.BytesIO(write_xlsx(report)))
    assert book.sheetnames == ["Tổng hợp", "So sánh cùng kỳ", "Theo đơn vị", "Theo lực lượng",
                               "Theo nhóm vi phạm", "Theo hành vi vi phạm", "Theo mặt hàng",
                               "Theo địa bàn", "Tin báo", "Danh sách vụ việc"]
    ws = book["Tổng hợp"]
    assert ws["A4"].value == "KẾT QUẢ KIỂM TRA, XỬ LÝ QUÝ I NĂM 2025"
    assert ws["A5"].value.startswith("(Kèm theo Báo cáo số …/BC-QLTT ngày … tháng … năm …)")
    assert [ws.cell(8, c).value for c in range(1, 6)] == [
        "STT", "Đơn vị", "Nội dung", "Tổng số vụ xử lý / thu nộp ngân sách", "Buôn lậu"]
    assert "E8:G8" in ws.merged_cells and "A8:A9" in ws.merged_cells
    assert ws.cell(9, 5).value == "Nhập lậu" and ws.cell(8, 8).value == "Hàng cấm"
    assert ws["A10"].value == "(1)" and ws["D10"].value == "(4)"
    # the unit: a "Vụ" line and a "Tiền" line
    assert (ws["A11"].value, ws["B11"].value, ws["C11"].value, ws["C12"].value) == (
        "1", "Đội Quản lý thị trường số 3", "Vụ", "Tiền")
    assert "B11:B12" in ws.merged_cells
    assert (ws["D11"].value, ws["D12"].value) == (3, 29_000_000)
    assert ws["D12"].number_format == MONEY_FORMAT and ws["D11"].number_format == "#,##0"
    assert (ws["E11"].value, ws["E12"].value) == (1, 14_000_000)  # nhập lậu: A
    assert (ws["H11"].value, ws["H12"].value) == (1, 0)  # hàng cấm: D prosecuted
    joint = 4 + 19 + 3  # STT..Tổng số, 19 subgroups, then tax, sale, joint
    assert ws.cell(8, joint).value == "Phối hợp kiểm tra liên ngành"
    assert ws.cell(11, joint).value == 1
    assert ws.cell(12, joint - 1).value == 9_000_000  # bán hàng tịch thu
    assert (ws["B13"].value, ws["D13"].value, ws["D14"].value) == ("Tổng cộng", 3, 29_000_000)
    assert ws["B13"].font.b
    compare = book["So sánh cùng kỳ"]
    rows = {r[1]: r for r in compare.iter_rows(min_row=9, values_only=True) if r[1]}
    assert rows["Số vụ xử lý (khởi tố và xử lý hành chính)"][3:] == (3, 1, 2, 200.0, "tăng 200,00 %")
    assert rows["Thu nộp ngân sách"][2:8] == ("triệu đồng", 29_000_000, 6_000_000, 23_000_000,
                                               383.33, "tăng 383,33 %")
    groups = book["Theo hành vi vi phạm"]
    labels = [groups.cell(r, 2).value for r in range(9, 15)]
    assert labels[:2] == ["Nhập lậu", "Hàng cấm"]
    assert groups._charts, "a native chart on each grouping sheet"
    cases = book["Danh sách vụ việc"]
    listed = [r for r in cases.iter_rows(min_row=9, values_only=True) if r[0]]
    assert len(listed) == 6  # every case with an event in Q1: A, B, D, E, F, K (once)
    assert listed[0][3] == "Lò Văn Hải" and listed[0][1].date().isoformat() == "2025-01-01"


def test_pdf_in_the_nd30_layout_with_the_summary(report):
    pdf = pypdf.PdfReader(io.BytesIO(write_pdf(report)))
    first = " ".join(pdf.pages[0].extract_text().split())
    assert first.startswith("CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH LẠNG SƠN ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3")
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc" in first
    assert "Lạng Sơn, ngày" in first and "BÁO CÁO Kết quả kiểm tra, xử lý vi phạm quý I năm 2025" in first
    assert " ".join(SUMMARY.split()) in first
    assert "Nơi nhận:" in first and "THỦ TRƯỞNG ĐƠN VỊ" in first
    annex = " ".join(pdf.pages[1].extract_text().split())
    assert "Phụ lục KẾT QUẢ KIỂM TRA, XỬ LÝ QUÝ I NĂM 2025" in annex
    assert "(Kèm theo Báo cáo số" in annex and "/BC-QLTT" in annex
    assert "Thu nộp ngân sách (triệu đồng) 29,000 6,000 tăng 383,33 %" in annex
    assert pdf.pages[1].mediabox.width > pdf.pages[1].mediabox.height  # the annex is landscape
    text = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    assert "Biểu đồ 1. Số vụ xử lý theo nhóm vi phạm" in text


def test_app_command_line(laptop, tmp_path, capsys, monkeypatch):
    import io
    import sys

    from app.cli import main as app_main
    from tests.signin import PASSWORD

    def main(argv: list[str]) -> int:  # an officer's password on standard input, as a script gives it
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        return app_main([*argv[:2], "--password-stdin", *argv[2:]])

    db, _ = laptop
    root = str(db.data_dir.root)
    out = tmp_path / "bc.pdf"
    assert main(["--data-dir", root, "report", "--from", "2025-01-01", "--to", "2025-03-31",
                 "--compare", "--json", "--pdf", str(out)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"]["label"] == "Từ ngày 1/1/2025 đến ngày 31/3/2025"
    assert data["previous"]["from"] == "2024-01-01"
    assert data["total"]["current"]["thu_nop_ngan_sach"] == 29_000_000
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--data-dir", root, "report", "--period", "quy:2025-1"]) == 0
    assert capsys.readouterr().out.startswith("Quý I năm 2025 (từ ngày 1/1/2025 đến ngày "
                                              "31/3/2025), Đội Quản lý thị trường số 3 đã kiểm tra 6 vụ")
    assert main(["--data-dir", root, "report"]) == 2
    assert "Cần --period" in capsys.readouterr().err
