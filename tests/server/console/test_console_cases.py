"""The case pages in a real Chromium against the real server: each role sees the cases of
its scope only (a team's officer typing another unit's case address gets 404), the folded
search, the detail with its photo and biên bản, and the audited reveal of an ID number."""

from __future__ import annotations

import shutil

from app.db import unit_of_work
from app.services.attachments import add_attachment
from app.services.settings import current_actor
from tests.server.console.conftest import DOCS, screenshot_wanted
from tests.server.console.support import finalised_case, issue, laptop, photo_png, sign_in
from tests.sync.helpers import new_case


def _shot(page, tmp_path, name: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"console-{name}.png"
    page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 10_000  # a rendered page, not a blank one
    if screenshot_wanted():
        shutil.copy(path, DOCS / path.name)


def test_a_team_sees_its_own_cases_only_and_the_leader_sees_every_unit(
        api, staff, desk, tmp_path):
    unit_a, unit_b = api.new_unit("Đội QLTT số 1"), api.new_unit("Đội QLTT số 2")
    a = laptop(api, unit_a, tmp_path / "a", "Máy anh Hùng")
    b = laptop(api, unit_b, tmp_path / "b", "Máy chị Lan")
    try:
        ours = finalised_case(a, "Hoàng Văn Đức", "020186002233", place="Chợ Đông Kinh",
                              commune="06214")
        with unit_of_work(a.db.sessions) as s:
            draft = new_case(a, "Nguyễn Thị Đào", place="Kho hàng thôn Nà Lừa", commune="06202")
            add_attachment(s, a.data.attachments, draft, photo_png("kho"), "kho-hang.png",
                           current_actor(s), caption="Kho hàng nhìn từ cổng")
        doc_id, number = issue(a, ours)
        theirs = new_case(b, "Lò Thị Mai", place="Cửa khẩu Tân Thanh")
        a.sync()
        b.sync()

        team = staff("team_officer", unit_a)
        page = desk.new_page()
        sign_in(page, api.base_url, team)
        assert page.url.endswith("/ho-so")
        names = page.locator("table.list tbody td:nth-child(2)").all_inner_texts()
        assert "Hoàng Văn Đức" in names and "Nguyễn Thị Đào" in names
        assert "Lò Thị Mai" not in names
        # typing the other unit's case address: as if it did not exist
        answer = page.goto(f"{api.base_url}/ho-so/{theirs}")
        assert answer.status == 404 and "Không có hồ sơ này" in page.inner_text("main")
        assert page.request.get(f"{api.base_url}/ho-so/{theirs}/anh/{'0' * 64}").status == 404
        # the desktop's search: no diacritics, đ as d
        page.goto(api.base_url + "/ho-so")
        page.fill("input[name=q]", "hoang van duc")
        page.click("button:has-text('Lọc')")
        assert page.locator("table.list tbody td:nth-child(2)").all_inner_texts() == [
            "Hoàng Văn Đức"]

        leader = staff("leader", full_name="Trần Quốc Bảo")
        page = desk.new_page()
        sign_in(page, api.base_url, leader)
        names = page.locator("table.list tbody td:nth-child(2)").all_inner_texts()
        assert {"Hoàng Văn Đức", "Nguyễn Thị Đào", "Lò Thị Mai"} <= set(names)
        # communes by their names, in the list and in the filter
        places = dict(zip(names, page.locator("table.list tbody td:nth-child(3)")
                          .all_inner_texts(), strict=True))
        assert places["Hoàng Văn Đức"] == "Chợ Đông Kinh\nxã Na Sầm"
        assert places["Nguyễn Thị Đào"] == "Kho hàng thôn Nà Lừa\nxã Ba Sơn"
        _shot(page, tmp_path, "cases")
        offered = page.locator("select[name=xa] option").all_inner_texts()
        assert offered[0] == "Tất cả" and "xã Na Sầm" in offered and "xã Ba Sơn" in offered
        assert offered.index("xã Ba Sơn") < offered.index("xã Na Sầm")  # by name
        assert not any(o[:1].isdigit() for o in offered)  # names, not codes
        page.select_option("select[name=xa]", label="xã Na Sầm")
        page.click("button:has-text('Lọc')")
        assert page.locator("table.list tbody td:nth-child(2)").all_inner_texts() == [
            "Hoàng Văn Đức"]
        assert page.locator("select[name=xa] option:checked").inner_text() == "xã Na Sầm"
        page.click("text=Hoàng Văn Đức")
        main = page.inner_text("main")
        assert number in main and "Có hiệu lực" in main
        assert "Chợ Đông Kinh, xã Na Sầm" in main and "06214" not in main
        assert "020186002233" not in main  # the ID number stays hidden until asked for
        page.fill("input[name=ly_do]", "Đối chiếu hồ sơ khiếu nại")
        page.click("button:has-text('Xem số giấy tờ')")
        assert page.inner_text("#so-giay-to") == "020186002233"
        views = page.locator("section:has(h2:text('Lượt xem dữ liệu cá nhân')) tbody tr")
        assert leader in views.first.inner_text()
        assert "Đối chiếu hồ sơ khiếu nại" in views.first.inner_text()
        # the photo of the draft, served from the blob the laptop uploaded
        page.goto(f"{api.base_url}/ho-so/{draft}")
        img = page.locator(".photos img")
        assert img.get_attribute("alt") == "Kho hàng nhìn từ cổng"
        got = page.request.get(api.base_url + img.get_attribute("src"))
        assert got.status == 200 and got.body() == photo_png("kho")
    finally:
        a.close()
        b.close()
