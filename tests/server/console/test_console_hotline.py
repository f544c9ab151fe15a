"""The hotline desk in a real Chromium, from a tip to its result: the hotline officer enters
a tip with a confidential informant and assigns it; the team's laptop receives it through
the real sync client (without the informant) and sends the result back the same way; the
desk sees the result, and reading the informant is written to the audit log."""

from __future__ import annotations

import shutil

from app.db import unit_of_work
from app.services.settings import current_actor
from app.services.tips import list_tips, update_tip
from tests.server.console.conftest import DOCS, screenshot_wanted
from tests.server.console.support import laptop, sign_in

SUMMARY = "Kho hàng sau chợ Đông Kinh chứa nhiều mỹ phẩm không rõ nguồn gốc, nhập lúc nửa đêm"
INFORMANT = "Bế Văn Thưởng"
CONTACT = "0912 345 678"


def test_a_tip_goes_from_the_desk_to_the_team_and_its_result_comes_back(
        api, staff, desk, tmp_path):
    unit = api.new_unit("Đội QLTT số 3")
    other = api.new_unit("Đội QLTT số 4")
    lap = laptop(api, unit, tmp_path / "a", "Máy anh Vy Văn Toàn")
    try:
        hotline = staff("hotline", full_name="Đinh Thị Hạnh")
        page = desk.new_page()
        sign_in(page, api.base_url, hotline)
        assert page.url.endswith("/tin-bao")
        form = page.locator("#ghi-tin-bao form")
        form.locator("select[name=channel]").select_option("phone")
        form.locator("textarea[name=summary]").fill(SUMMARY)
        form.locator("input[name=place_address]").fill("Sau chợ Đông Kinh, TP Lạng Sơn")
        form.locator("input[name=goods]").fill("Mỹ phẩm")
        form.locator("input[value=named]").check()
        form.locator("input[name=informant_name]").fill(INFORMANT)
        form.locator("input[name=informant_contact]").fill(CONTACT)
        form.locator("button:has-text('Ghi tin báo')").click()
        assert "/tin-bao/" in page.url and page.inner_text("#noi-dung") == SUMMARY
        page.select_option("select[name=don_vi]", unit)
        page.click("button:has-text('Giao')")
        assert "Đội QLTT số 3" in page.inner_text("#don-vi-giao")
        tip_url = page.url

        # the team's laptop: the tip arrives, its informant does not
        lap.sync()
        with unit_of_work(lap.db.sessions) as s:
            (row,) = [t for t in list_tips(s) if t.summary == SUMMARY]
        raw = lap.data.database.read_bytes()
        assert INFORMANT.encode() not in raw and CONTACT.encode() not in raw
        with unit_of_work(lap.db.sessions) as s:
            update_tip(s, row.id, "done", "Đã kiểm tra kho, lập biên bản tạm giữ 120 hộp mỹ phẩm.",
                       None, current_actor(s))
        lap.sync()

        page.goto(tip_url)
        assert page.inner_text("#ket-qua") == "Đã kiểm tra kho, lập biên bản tạm giữ 120 hộp mỹ phẩm."
        assert "Đã có kết quả" in page.inner_text("h1")
        assert INFORMANT not in page.inner_text("main")
        page.fill("input[name=ly_do]", "Gọi lại báo kết quả cho người báo tin")
        page.click("button:has-text('Xem người cung cấp tin')")
        assert INFORMANT in page.inner_text("#nguoi-bao-tin")
        page.goto(api.base_url + "/tin-bao")
        assert "Đã kiểm tra kho" in page.inner_text("table.list")
        path = tmp_path / "console-hotline.png"
        page.screenshot(path=str(path))
        if screenshot_wanted():
            shutil.copy(path, DOCS / path.name)

        # the audit log names who read the informant and why (a leader reads it)
        leader = staff("leader")
        reader = desk.new_page()
        sign_in(reader, api.base_url, leader)
        reader.goto(api.base_url + "/nhat-ky")
        first = reader.locator("table.list tbody tr").filter(has_text="Xem người cung cấp tin").first
        assert hotline in first.inner_text()
        assert "Gọi lại báo kết quả" in first.inner_text()
        # a leader sees the tip but never the informant; another team does not see the tip
        reader.goto(tip_url)
        assert "Xem người cung cấp tin" not in reader.inner_text("main")
        team = staff("team_lead", other)
        outsider = desk.new_page()
        sign_in(outsider, api.base_url, team)
        assert outsider.goto(tip_url).status == 404
        assert SUMMARY[:30] not in outsider.inner_text("main")
    finally:
        lap.close()


def test_a_tip_without_content_is_refused_next_to_the_field_and_nothing_is_saved(
        api, staff, desk):
    hotline = staff("hotline")
    page = desk.new_page()
    sign_in(page, api.base_url, hotline)
    before = page.locator("table.list tbody tr").count()
    form = page.locator("#ghi-tin-bao form")
    form.locator("input[value=named]").check()
    form.locator("textarea[name=summary]").evaluate("e => e.removeAttribute('required')")
    form.locator("button:has-text('Ghi tin báo')").click()
    errors = page.locator("#ghi-tin-bao .error").all_inner_texts()
    assert "Ghi nội dung tin báo." in errors
    assert "Ghi tên người cung cấp tin, hoặc chọn «Ẩn danh»." in errors
    assert page.locator("table.list tbody tr").count() == before
