"""Member agencies of the Ban Chỉ đạo 389 in a real Chromium: the customs office enters its
figures for Quý III 2026 (a bad number refused at its field), downloads the XLSX template
with its own row only and uploads it filled in as a corrected version; it sees its own
force only, cannot send for another force (even by a forged post) and reads no case or
report; the standing office's combined report shows a row per force."""

from __future__ import annotations

import openpyxl
from sqlalchemy import select

from server.statistics.models import MemberReport
from tests.server.console.support import sign_in

QUARTER = "quy:2026-3"


def _csrf(page) -> str:  # type: ignore[no-untyped-def]
    return page.locator("input[name=csrf]").first.get_attribute("value")


def _versions(api, force: str) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return api.db.transact(lambda s: [(r.version, r.source) for r in s.scalars(
        select(MemberReport).where(MemberReport.force_code == force,
                                   MemberReport.period_key == QUARTER)
        .order_by(MemberReport.version))], write=False)


def test_a_member_agency_submits_its_own_figures_only(api, staff, desk, tmp_path):
    customs = staff("member", full_name="Vi Thị Hằng", force="hai_quan")
    page = desk.new_page()
    sign_in(page, api.base_url, customs)
    assert page.url.endswith("/so-lieu-thanh-vien")  # its one page
    page.goto(api.base_url + f"/so-lieu-thanh-vien?ky={QUARTER}")
    assert page.locator("section.force").count() == 1
    own = page.locator("#luc-luong-hai_quan")
    assert "Hải quan" in own.locator("h2").inner_text() and "chưa gửi" in own.inner_text()

    own.locator("input[name=agency]").fill("Cục Hải quan tỉnh Lạng Sơn")
    for code, value in (("vu_kiem_tra", "41"), ("vu_khoi_to", "3"), ("bi_can", "4"),
                        ("vu_xu_ly_hanh_chinh", "38"), ("tien_phat_quyet_dinh", "1.250.000.000"),
                        ("thu_nop_ngan_sach", "abc"), ("tri_gia_tich_thu", "730.500.000")):
        own.locator(f"input[name={code}]").fill(value)
    own.locator("button").click()
    assert page.locator("#luc-luong-hai_quan [data-field=thu_nop_ngan_sach] .error").inner_text() \
        == "Thu nộp ngân sách: phải là số đồng nguyên, không âm (đã nhập «abc»)."
    assert page.locator("#luc-luong-hai_quan input[name=vu_kiem_tra]").input_value() == "41"
    assert _versions(api, "hai_quan") == []
    page.locator("#luc-luong-hai_quan input[name=thu_nop_ngan_sach]").fill("1.100.000.000")
    page.locator("#luc-luong-hai_quan button").click()
    page.wait_for_url("**da_gui=hai_quan**")
    assert "đã gửi bản 1" in page.inner_text("#luc-luong-hai_quan h2")
    assert _versions(api, "hai_quan") == [(1, "console")]

    # the template: its own row; filled in and uploaded, it is version 2 saying what changed
    with page.expect_download() as got:
        page.click("#mau")
    template = tmp_path / "mau.xlsx"
    got.value.save_as(template)
    assert got.value.suggested_filename == "mau-so-lieu-quy_2026-3.xlsx"
    book = openpyxl.load_workbook(template)
    ws = book["Số liệu"]
    assert ws["B3"].value == QUARTER
    rows = [r for r in ws.iter_rows(min_row=7, values_only=True) if r[0]]
    assert [r[:2] for r in rows] == [("hai_quan", "Hải quan")]
    ws["C7"] = "Cục Hải quan tỉnh Lạng Sơn"
    for col, value in zip("DEFGHIJ", (41, 3, 4, 38, 1_250_000_000, 1_180_000_000, 730_500_000),
                          strict=True):
        ws[f"{col}7"] = value
    filled = tmp_path / "mau-da-dien.xlsx"
    book.save(filled)
    upload = page.locator("#tai-mau form")
    upload.locator("input[name=file]").set_input_files(str(filled))
    upload.locator("input[name=ly_do]").fill("Bổ sung biên lai nộp ngân sách ngày 29/9")
    upload.locator("button").click()
    page.wait_for_url("**da_gui=hai_quan**")
    assert _versions(api, "hai_quan") == [(1, "console"), (2, "xlsx")]
    latest = page.locator("#luc-luong-hai_quan tr[data-ban='2']").inner_text()
    assert "Thu nộp ngân sách: 1.100,000 triệu đồng → 1.180,000 triệu đồng" in latest
    assert "Bổ sung biên lai nộp ngân sách ngày 29/9" in latest and "Tệp Excel" in latest

    # another force's row in the file, or a forged post for another force: refused
    ws["A7"] = "cong_an"
    ws["B7"] = "Công an"
    forged_file = tmp_path / "mau-luc-luong-khac.xlsx"
    book.save(forged_file)
    page.locator("#tai-mau input[name=file]").set_input_files(str(forged_file))
    page.locator("#tai-mau button").click()
    assert "Chỉ được gửi số liệu của lực lượng mình." in page.inner_text("main")
    forged = page.request.post(api.base_url + "/so-lieu-thanh-vien", form={
        "csrf": _csrf(page), "ky": QUARTER, "force": "cong_an", "vu_kiem_tra": "99"})
    assert forged.status == 422 and "Chỉ được gửi số liệu của lực lượng mình." in forged.text()
    assert _versions(api, "cong_an") == []
    # no case, no report, no other agency's figures
    assert page.goto(api.base_url + "/ho-so").status == 403
    assert page.goto(api.base_url + f"/bao-cao?ky={QUARTER}").status == 403

    border = staff("member", full_name="Hoàng Văn Tâm", force="bien_phong")
    theirs = desk.new_page()
    sign_in(theirs, api.base_url, border)
    theirs.goto(api.base_url + f"/so-lieu-thanh-vien?ky={QUARTER}")
    assert theirs.locator("section.force").count() == 1
    assert "Hải quan" not in theirs.inner_text("main") and "41" not in theirs.inner_text("main")

    # the standing office's combined report: a row per force
    office = staff("bcd389", full_name="Nguyễn Thị Thu Hà")
    bcd = desk.new_page()
    sign_in(bcd, api.base_url, office)
    bcd.goto(api.base_url + f"/bao-cao?ky={QUARTER}&chung=1")
    customs_row = bcd.locator("#luc-luong tr[data-luc-luong=hai_quan]").inner_text()
    assert "Cục Hải quan tỉnh Lạng Sơn" in customs_row and "41 vụ" in customs_row
    assert "1.180,000 triệu đồng" in customs_row and "Vi Thị Hằng, bản 2" in customs_row
    assert "Chưa gửi số liệu kỳ này" in bcd.locator(
        "#luc-luong tr[data-luc-luong=bien_phong]").inner_text()
    assert "Ban Chỉ đạo 389" in bcd.inner_text("h1")
    assert "các sở, ngành thành viên Ban Chỉ đạo 389" in bcd.inner_text("#tom-tat")
