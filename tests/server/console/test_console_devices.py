"""Devices in a real Chromium: an administrator (second factor enrolled on first sign-in)
makes an enrolment code, a laptop enrols with the code read from the QR image by the app's
own parser, the laptop appears with its last contact, and revoking it stops its sync."""

from __future__ import annotations

import io
import shutil

import pytest
from PIL import Image

from app.errors import SyncError
from app.sync.enrolment import enrol, parse_enrolment
from tests.server.console.conftest import DOCS, screenshot_wanted
from tests.server.console.support import read_qr, sign_in, sign_in_admin
from tests.sync.support import Laptop


def test_an_enrolment_qr_enrols_a_laptop_and_revoking_it_stops_its_sync(
        api, staff, desk, tmp_path):
    unit = api.new_unit("Đội QLTT số 5")
    admin = staff("admin", full_name="Phạm Quản Trị")
    page = desk.new_page()
    sign_in_admin(page, api.base_url, admin)
    page.goto(api.base_url + "/thiet-bi")
    page.select_option("select[name=don_vi]", unit)
    page.click("button:has-text('Tạo mã đăng ký')")
    shown_code = page.inner_text("#ma-dang-ky")
    image = Image.open(io.BytesIO(page.locator("#ma-qr").screenshot()))
    (text,) = read_qr(image)
    server_url, code = parse_enrolment(text)
    assert server_url == api.base_url and code == shown_code

    lap = Laptop.set_up(tmp_path / "lap")
    try:
        lap.creds = enrol(lap.db.sessions, server_url, code,
                          device_name="Máy chị Nông Thị Hoa")
        lap.sync()
        page.goto(api.base_url + "/thiet-bi")
        row = page.locator("#may-tram tbody tr").filter(has_text="Máy chị Nông Thị Hoa")
        assert "Hoạt động" in row.inner_text() and "Đội QLTT số 5" in row.inner_text()
        assert "BB-KT" in page.inner_text("main")  # the blocks the laptop leased
        shot = tmp_path / "console-devices.png"
        page.screenshot(path=str(shot))
        if screenshot_wanted():
            shutil.copy(shot, DOCS / shot.name)

        page.once("dialog", lambda d: d.accept())
        row.locator("input[name=ly_do]").fill("Mất máy khi đi công tác")
        row.locator("button:has-text('Thu hồi')").click()
        row = page.locator("#may-tram tbody tr").filter(has_text="Máy chị Nông Thị Hoa")
        assert "Đã thu hồi" in row.inner_text()
        with pytest.raises(SyncError) as refused:
            lap.sync()
        assert "thu hồi" in str(refused.value)
    finally:
        lap.close()


def test_an_administrator_must_enrol_then_give_the_second_factor(api, staff, desk):
    import pyotp

    admin = staff("admin")
    page = desk.new_page()
    sign_in(page, api.base_url, admin)
    assert page.url.endswith("/xac-thuc")
    # no page before the second factor is set up
    page.goto(api.base_url + "/thiet-bi")
    assert page.url.endswith("/xac-thuc")
    secret = page.inner_text("#khoa-bi-mat").strip()
    page.fill("input[name=ma]", pyotp.TOTP(secret).now())
    page.click("button:has-text('Bật xác thực hai bước')")
    assert page.url.endswith("/thiet-bi")
    page.click("button:has-text('Đăng xuất')")

    sign_in(page, api.base_url, admin)
    assert page.url.endswith("/xac-thuc") and "Nhập mã 6 chữ số" in page.inner_text("main")
    page.fill("input[name=ma]", "000000" if pyotp.TOTP(secret).now() != "000000" else "111111")
    page.click("button:has-text('Xác nhận')")
    assert "Mã không đúng" in page.inner_text("main")
    page.goto(api.base_url + "/thiet-bi")
    assert page.url.endswith("/xac-thuc")
    page.fill("input[name=ma]", pyotp.TOTP(secret).now())
    page.click("button:has-text('Xác nhận')")
    assert page.url.endswith("/thiet-bi")
