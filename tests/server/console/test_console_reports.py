"""The dashboard and reports in a real Chromium against the real server: the figures of
Quý III 2026 against Quý III 2025 for the province (cases decided and paid on two teams'
laptops), a figure and a chart's bar opening into the cases behind them, the XLSX and PDF
downloaded and read back, the report submitted (frozen, its files hashed) and corrected
as a second version saying what changed; a team sees its own unit only."""

from __future__ import annotations

import hashlib
import io
import shutil
from datetime import date, timedelta

import openpyxl
from pypdf import PdfReader

from app.db import unit_of_work
from app.services.case_entry import SubjectEntry
from app.services.follow_through import payments
from app.services.follow_through.entries import PaymentEntry
from app.services.settings import current_actor
from tests.follow_through.support import finalised_case, sanction
from tests.server.console.conftest import DOCS, screenshot_wanted
from tests.server.console.support import laptop, sign_in

QUARTER = "quy:2026-3"


def _decided(lap, subject: str, number: str, on: date, fine: int,  # type: ignore[no-untyped-def]
             paid: int = 0, paid_on: date | None = None):
    """A case about ``subject`` (CCCD ``number``, a man born in 1985) inspected on ``on`` (a
    Monday), decided on the Thursday and received the same day, ``paid`` đồng paid on
    ``paid_on``."""
    with unit_of_work(lap.db.sessions) as s:
        actor = current_actor(s)
        case_id = finalised_case(s, actor, on, subject=SubjectEntry(
            name=subject, gender="nam", birth_date=date(1985, 4, 2), id_kind="cccd",
            id_number=number, id_issued_on=date(2021, 6, 15),
            id_issued_by="Cục Cảnh sát quản lý hành chính về trật tự xã hội",
            address="Thôn Nà Lầu, xã Đồng Đăng, tỉnh Lạng Sơn"))
        decided = on + timedelta(days=3)
        d = sanction(s, case_id, actor, fine, decided, decided)
        if paid:
            assert paid_on is not None
            payments.record_payment(s, case_id, PaymentEntry(
                d.id, f"BL-{number[-4:]}-{paid_on:%m%d}", paid_on, paid), actor)
    return case_id, d.id


def _download(page, selector: str, tmp_path, name: str) -> bytes:  # type: ignore[no-untyped-def]
    with page.expect_download() as got:
        page.click(selector)
    path = tmp_path / name
    got.value.save_as(path)
    return path.read_bytes()


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def _listed(page) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(page.locator("table.list tbody td:nth-child(2) a").all_inner_texts())


def test_dashboard_figures_charts_cases_downloads_and_submitted_versions(api, staff, desk, tmp_path):
    unit_a, unit_b = api.new_unit("Đội QLTT số 6"), api.new_unit("Đội QLTT số 7")
    a = laptop(api, unit_a, tmp_path / "a", "Máy Đội 6")
    b = laptop(api, unit_b, tmp_path / "b", "Máy Đội 7")
    try:
        _decided(a, "Hà Văn Khánh", "020085006601", date(2026, 7, 6), 8_000_000, 8_000_000,
                 date(2026, 7, 15))
        _decided(a, "Lục Văn Xuân", "020085006602", date(2026, 8, 3), 5_000_000)
        _decided(a, "Mã Văn Lộc", "020085006603", date(2025, 8, 4), 2_000_000, 2_000_000,
                 date(2025, 8, 10))
        b_case, b_decision = _decided(b, "Đinh Văn Nghĩa", "020085006604", date(2026, 9, 7),
                                      3_000_000, 1_000_000, date(2026, 9, 15))
        a.sync()
        b.sync()

        office = staff("bcd389", full_name="Nguyễn Thị Thu Hà")
        page = desk.new_page()
        sign_in(page, api.base_url, office)
        page.goto(api.base_url + "/bao-cao")
        page.select_option("select[name=loai]", "quy")
        page.fill("input[name=nam]", "2026")
        page.select_option("select[name=quy]", "3")
        page.click("button:has-text('Xem số liệu')")
        assert "Quý III năm 2026" in page.inner_text("p.period")
        assert "Quý III năm 2025" in page.inner_text("p.period")

        def tile(code: str) -> str:
            return " ".join(page.locator(f"a.tile[data-chi-tieu={code}]").inner_text().split())

        assert tile("vu_kiem_tra") == "Số vụ kiểm tra 3 vụ tăng 200,00 % cùng kỳ 1 vụ"
        assert tile("thu_nop_ngan_sach") == (
            "Thu nộp ngân sách 9,000 triệu đồng tăng 350,00 % cùng kỳ 2,000 triệu đồng")
        summary = page.inner_text("#tom-tat")
        assert "đã kiểm tra 3 vụ" in summary and "thu nộp ngân sách 9,000 triệu đồng" in summary
        row = page.locator("#chi-tieu tr[data-chi-tieu=tien_phat_quyet_dinh]").inner_text()
        assert "16,000 triệu đồng" in row and "2,000 triệu đồng" in row and "tăng 700,00 %" in row

        # the chart of cases handled by unit: one bar per team, each opening its cases
        bars = page.locator("#bieu-do-unit-vu_xu_ly rect[data-value]")
        assert sorted(int(v) for v in bars.evaluate_all("e => e.map(x => x.dataset.value)")) == [1, 2]
        shot = tmp_path / "console-dashboard.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 20_000
        if screenshot_wanted():
            shutil.copy(shot, DOCS / shot.name)
        page.locator("#bieu-do-unit-vu_xu_ly a[data-label^='Đội QLTT số 6'] rect").first.click()
        page.wait_for_url("**/ho-so?**")
        assert _listed(page) == ["Hà Văn Khánh", "Lục Văn Xuân"]
        assert "Số vụ xử lý (khởi tố và xử lý hành chính) — Quý III năm 2026 — Đội QLTT số 6" \
            in page.inner_text("#chi-tieu")
        # a figure opens into its cases: money paid in the quarter, both teams
        page.goto(api.base_url + f"/bao-cao?ky={QUARTER}")
        page.click("a.tile[data-chi-tieu=thu_nop_ngan_sach]")
        page.wait_for_url("**chi_tieu=thu_nop_ngan_sach**")
        assert _listed(page) == ["Hà Văn Khánh", "Đinh Văn Nghĩa"]
        # the list's own filters still apply within the figure's cases
        page.fill("input[name=q]", "dinh van")
        page.click("button:has-text('Lọc')")
        assert _listed(page) == ["Đinh Văn Nghĩa"]

        # the XLSX and the PDF, read back
        page.goto(api.base_url + f"/bao-cao?ky={QUARTER}")
        book = openpyxl.load_workbook(io.BytesIO(_download(page, "#tai-xlsx", tmp_path, "bc.xlsx")))
        ws = book["Tổng hợp"]
        assert ws["A4"].value == "KẾT QUẢ KIỂM TRA, XỬ LÝ QUÝ III NĂM 2026"
        units = {" ".join(ws.cell(r, 2).value.split()[:4]): (ws.cell(r, 4).value,
                                                             ws.cell(r + 1, 4).value)
                 for r in range(11, ws.max_row + 1, 2) if ws.cell(r, 3).value == "Vụ"}
        assert units["Đội QLTT số 6"] == (2, 8_000_000)
        assert units["Đội QLTT số 7"] == (1, 1_000_000)
        assert units["Tổng cộng"] == (3, 9_000_000)
        assert len(units) == 3
        compare = {r[1]: r for r in book["So sánh cùng kỳ"].iter_rows(min_row=9, values_only=True)
                   if r[1]}
        assert compare["Thu nộp ngân sách"][3:5] == (9_000_000, 2_000_000)
        listed = [r[3] for r in book["Danh sách vụ việc"].iter_rows(min_row=9, values_only=True)
                  if r[0]]
        assert sorted(listed) == ["Hà Văn Khánh", "Lục Văn Xuân", "Đinh Văn Nghĩa"]
        text = _text(_download(page, "#tai-pdf", tmp_path, "bc.pdf"))
        assert "BÁO CÁO Kết quả kiểm tra, xử lý vi phạm quý III năm 2026" in text
        assert "đã kiểm tra 3 vụ" in text and "thu nộp ngân sách 9,000 triệu đồng" in text

        # submitted: frozen with its files; the same figures again are refused
        page.click("#gui button")
        page.wait_for_url("**da_gui=1**")
        assert "Đã gửi báo cáo, bản 1" in page.inner_text("#da-gui")
        first = page.locator(".versions tr[data-ban='1']")
        frozen_pdf = _download(page, ".versions tr[data-ban='1'] a:text('PDF')", tmp_path, "v1.pdf")
        assert hashlib.sha256(frozen_pdf).hexdigest()[:12] in first.inner_text()
        assert "thu nộp ngân sách 9,000 triệu đồng" in _text(frozen_pdf)
        page.click("#gui button")
        assert "Số liệu giống bản 1 đã gửi" in page.inner_text("#loi-gui")

        # a receipt arrives late from team 7: the correction is version 2, saying what changed
        with unit_of_work(b.db.sessions) as s:
            payments.record_payment(s, b_case, PaymentEntry(
                b_decision, "BL-6604-0920", date(2026, 9, 20), 2_000_000), current_actor(s))
        b.sync()
        page.goto(api.base_url + f"/bao-cao?ky={QUARTER}")
        assert "11,000 triệu đồng" in tile("thu_nop_ngan_sach")
        page.click("#gui button")
        assert "Bản sửa đổi cần ghi lý do sửa." in page.inner_text("#loi-gui")
        page.fill("#gui input[name=ly_do]", "Bổ sung biên lai nộp phạt của Đội 7")
        page.click("#gui button")
        page.wait_for_url("**da_gui=2**")
        second = page.locator(".versions tr[data-ban='2']").inner_text()
        assert "Bổ sung biên lai nộp phạt của Đội 7" in second
        assert "Thu nộp ngân sách: 9,000 triệu đồng → 11,000 triệu đồng" in second
        assert "thu nộp ngân sách 9,000 triệu đồng" in _text(
            _download(page, ".versions tr[data-ban='1'] a:text('PDF')", tmp_path, "v1b.pdf"))
        province_v1 = page.locator(".versions tr[data-ban='1'] a:text('PDF')").get_attribute("href")

        # team 7 sees its own unit only, and not the province's frozen files
        team = staff("team_officer", unit_b)
        mine = desk.new_page()
        sign_in(mine, api.base_url, team)
        mine.goto(api.base_url + f"/bao-cao?ky={QUARTER}&don_vi={unit_a}")  # asked: ignored
        assert mine.locator("select[name=don_vi]").count() == 0
        assert " ".join(mine.locator("a.tile[data-chi-tieu=vu_kiem_tra]").inner_text().split()
                        ).startswith("Số vụ kiểm tra 1 vụ")
        assert mine.locator("#gui").count() == 0  # an officer does not submit
        mine.click("a.tile[data-chi-tieu=vu_kiem_tra]")
        assert _listed(mine) == ["Đinh Văn Nghĩa"]
        assert mine.goto(api.base_url + province_v1).status == 404
    finally:
        a.close()
        b.close()
