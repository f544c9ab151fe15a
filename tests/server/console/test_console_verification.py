"""Verification of a paper copy: the QR of a real issued biên bản, rendered at 150 dpi as a
print would be, decodes with zxing-cpp and keeps its quiet zone below the footer rule; the
address it holds opens a Vietnamese page on a phone-sized screen (genuine, void, amended),
and still answers JSON to a client that asks for it."""

from __future__ import annotations

import shutil

import httpx
import pypdfium2
from PIL import Image

from app.db import unit_of_work
from app.documents.issuing import document_pdf, void_document
from app.documents.layout import QUIET_MODULES, qr_matrix
from app.services.settings import current_actor
from tests.server.console.conftest import DOCS, screenshot_wanted
from tests.server.console.support import finalised_case, issue, laptop, read_qr

DPI = 150


def _page_image(pdf: bytes) -> Image.Image:
    return pypdfium2.PdfDocument(pdf)[0].render(scale=DPI / 72).to_pil().convert("L")


def _white_rows_above(img: Image.Image, left: int, right: int, top: int) -> int:
    """Rows of white above ``top`` across columns [left, right] before the first dark pixel."""
    rows = 0
    for y in range(top - 1, 0, -1):
        if min(img.getpixel((x, y)) for x in range(left, right + 1)) < 128:
            break
        rows += 1
    return rows


def test_the_printed_qr_decodes_and_opens_the_phone_page(api, browser, tmp_path):
    import zxingcpp

    unit = api.new_unit("Đội QLTT số 6")
    lap = laptop(api, unit, tmp_path / "a")
    try:
        case_id = finalised_case(lap, "Vi Thị Nguyệt", "020186002233")
        doc_id, number = issue(lap, case_id)
        spoiled_id, spoiled = issue(lap, case_id, "BB-VPHC")
        with unit_of_work(lap.db.sessions) as s:
            pdf = document_pdf(s, doc_id)
            void_document(s, spoiled_id, "In sai tên đối tượng", current_actor(s))
        lap.sync()

        img = _page_image(pdf)
        (found,) = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)
        url = found.text
        assert url.startswith(api.base_url + "/api/v1/verify?ma=THUCDIA:1:" + str(doc_id))
        pages = pypdfium2.PdfDocument(pdf)
        assert len(pages) > 1
        for n in range(1, len(pages)):  # every sheet carries the same code, and it reads
            sheet = pages[n].render(scale=DPI / 72).to_pil().convert("L")
            assert read_qr(sheet) == [url], n
        # the white band between the code and the footer rule is a full quiet zone
        pos = found.position
        left, right = pos.top_left.x, pos.top_right.x
        module = (right - left) / len(qr_matrix(url))
        assert _white_rows_above(img, left, right, pos.top_left.y) >= QUIET_MODULES * module - 1

        phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                    has_touch=True, device_scale_factor=2, locale="vi-VN")
        page = phone.new_page()
        assert page.goto(url).status == 200
        assert page.inner_text("#ket-luan") == "Biên bản có thật và đang có hiệu lực"
        assert page.inner_text("#so") == number
        assert "Vi Thị Nguyệt" not in page.content()  # no personal data
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390  # fits the phone: no sideways scrolling
        shot = tmp_path / "console-verify-phone.png"
        page.screenshot(path=str(shot))
        if screenshot_wanted():
            shutil.copy(shot, DOCS / shot.name)

        with unit_of_work(lap.db.sessions) as s:
            spoiled_pdf = document_pdf(s, spoiled_id)
        (void_url,) = read_qr(_page_image(spoiled_pdf))
        page.goto(void_url)
        assert "đã bị HỦY" in page.inner_text("#ket-luan")
        page.goto(url.replace(url[-6:], "000000"))
        assert page.inner_text("#ket-luan strong") == "Không tìm thấy biên bản này"
        phone.close()

        answer = httpx.get(url, headers={"Accept": "application/json"})
        assert answer.json()["issued"] is True and answer.json()["number"] == number
    finally:
        lap.close()


def test_a_correction_marks_the_first_copy_amended(api, browser, tmp_path):
    from app.documents.issuing import issue_correction

    unit = api.new_unit("Đội QLTT số 7")
    lap = laptop(api, unit, tmp_path / "a")
    try:
        case_id = finalised_case(lap, "Lục Văn Sáng", "020186002233")
        first_id, first = issue(lap, case_id)
        with unit_of_work(lap.db.sessions) as s:
            pdf = document_pdf(s, first_id)
            newer = issue_correction(s, first_id, current_actor(s))
        lap.sync()
        (url,) = read_qr(_page_image(pdf))
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(url)
        verdict = page.inner_text("#ket-luan")
        assert "ĐÃ ĐƯỢC ĐÍNH CHÍNH" in verdict and newer.number in verdict
        page.close()
    finally:
        lap.close()
