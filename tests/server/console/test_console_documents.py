"""The biên bản of a case as PDFs in the console, in a real Chromium against the real server:
issued on a laptop, its PDF sent with the sync by its SHA-256, opened and downloaded with a
reason written to the audit log, read back with pypdf; its number, form, date and status
(void, corrected) beside it. A team of another unit gets 404 for the case and its biên bản
(also by typing the addresses); a role that may not see personal data cannot open the PDF."""

from __future__ import annotations

import io
import shutil

from pypdf import PdfReader

from app.db import unit_of_work
from app.documents.issuing import document_pdf, issue_correction, void_document
from app.services.settings import current_actor
from tests.server.console.conftest import DOCS, screenshot_wanted
from tests.server.console.support import finalised_case, issue, laptop, sign_in

REASON = "Rà soát hồ sơ trước khi ra quyết định xử phạt"


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _csrf(page) -> str:  # type: ignore[no-untyped-def]
    return page.locator("input[name=csrf]").first.get_attribute("value")


def test_issued_bien_ban_open_and_download_from_the_case_page(api, staff, desk, tmp_path):
    unit_a, unit_b = api.new_unit("Đội QLTT số 1"), api.new_unit("Đội QLTT số 2")
    a = laptop(api, unit_a, tmp_path / "a", "Máy anh Hùng")
    try:
        case_id = finalised_case(a, "Vy Văn Thành", "020186002233", place="Chợ Đông Kinh")
        first_id, first = issue(a, case_id)
        spoiled_id, spoiled = issue(a, case_id, "BB-VPHC")
        with unit_of_work(a.db.sessions) as s:
            void_document(s, spoiled_id, "In sai tên đối tượng", current_actor(s))
            newer = issue_correction(s, first_id, current_actor(s))
            first_pdf = document_pdf(s, first_id)
        report = a.sync()
        assert report.uploaded == 3  # the three PDFs went up with the sync
        assert a.sync().uploaded == 0  # and only once

        leader = staff("leader", full_name="Trần Quốc Bảo")
        page = desk.new_page()
        sign_in(page, api.base_url, leader)
        page.goto(f"{api.base_url}/ho-so/{case_id}")
        rows = {r.get_attribute("data-so"): r.inner_text()
                for r in page.locator("#bien-ban tbody tr").all()}
        assert set(rows) == {first, spoiled, newer.number}
        assert "Biên bản kiểm tra" in rows[first]
        assert f"Đã được đính chính bởi {newer.number}" in rows[first]
        assert "Đã hủy" in rows[spoiled] and "In sai tên đối tượng" in rows[spoiled]
        assert f"Sửa đổi, bổ sung biên bản {first}" in rows[newer.number]
        assert "Có hiệu lực" in rows[newer.number]

        # no reason: the browser itself asks for one, and the server refuses without it
        page.locator(f"tr[data-so='{first}'] button:has-text('Tải về')").click()
        assert page.url.endswith(f"/ho-so/{case_id}")
        bare = page.request.post(f"{api.base_url}/ho-so/{case_id}/bien-ban/{first_id}",
                                 form={"csrf": _csrf(page), "tai": "1"})
        assert bare.status == 422 and "Hãy ghi lý do mở biên bản" in bare.text()

        page.fill("input[name=ly_do_bb]", REASON)
        with page.expect_download() as got:
            page.locator(f"tr[data-so='{first}'] button:has-text('Tải về')").click()
        download = got.value
        assert download.suggested_filename == first.replace("/", "-") + ".pdf"
        pdf = (tmp_path / "tai-ve.pdf")
        download.save_as(pdf)
        assert pdf.read_bytes() == first_pdf  # the bytes the laptop froze when it issued
        text = _text(pdf.read_bytes())
        assert first in text and "Vy Văn Thành" in text

        # opened in the browser: a new tab showing the PDF inline
        page.fill("input[name=ly_do_bb]", REASON)
        with page.expect_popup() as pop:
            page.locator(f"tr[data-so='{spoiled}'] button:has-text('Mở')").click()
        tab = pop.value
        tab.wait_for_load_state()
        assert tab.url.endswith(f"/bien-ban/{spoiled_id}")
        assert tab.evaluate("document.contentType") == "application/pdf"  # Chromium's viewer
        tab.close()
        opened = page.request.post(f"{api.base_url}/ho-so/{case_id}/bien-ban/{spoiled_id}",
                                   form={"csrf": _csrf(page), "ly_do_bb": REASON, "tai": "0"})
        assert opened.status == 200 and opened.headers["content-type"] == "application/pdf"
        assert opened.headers["content-disposition"].startswith("inline")
        assert spoiled in _text(opened.body())

        page.goto(f"{api.base_url}/ho-so/{case_id}")
        views = page.locator("section:has(h2:text('Lượt xem dữ liệu cá nhân')) tbody tr")
        seen = views.all_inner_texts()
        assert any(leader in v and f"Biên bản số {first}" in v and REASON in v for v in seen)
        assert any(f"Biên bản số {spoiled}" in v for v in seen)
        page.fill("input[name=ly_do_bb]", REASON)
        path = tmp_path / "console-case.png"
        page.evaluate("document.getElementById('bien-ban').scrollIntoView()")
        page.screenshot(path=str(path))
        if screenshot_wanted():
            shutil.copy(path, DOCS / path.name)

        # a team of another unit: the case and its biên bản do not exist, even typed
        other = staff("team_officer", unit_b)
        theirs = desk.new_page()
        sign_in(theirs, api.base_url, other)
        assert theirs.goto(f"{api.base_url}/ho-so/{case_id}").status == 404
        typed = theirs.goto(f"{api.base_url}/ho-so/{case_id}/bien-ban/{first_id}")
        assert typed.status == 404 and "Không có hồ sơ này" in theirs.inner_text("main")
        theirs.goto(f"{api.base_url}/ho-so")
        forged = theirs.request.post(f"{api.base_url}/ho-so/{case_id}/bien-ban/{first_id}",
                                     form={"csrf": _csrf(theirs), "ly_do_bb": REASON, "tai": "1"})
        assert forged.status == 404 and b"%PDF" not in forged.body()

        # the team of the unit itself opens it
        own = staff("team_officer", unit_a)
        ours = desk.new_page()
        sign_in(ours, api.base_url, own)
        got_own = ours.request.post(f"{api.base_url}/ho-so/{case_id}/bien-ban/{first_id}",
                                    form={"csrf": _csrf(ours), "ly_do_bb": REASON, "tai": "1"})
        assert got_own.status == 200 and got_own.body() == first_pdf

        # the BCĐ 389's office reads the case, not the PDF (it prints the ID number)
        office = staff("bcd389")
        bcd = desk.new_page()
        sign_in(bcd, api.base_url, office)
        bcd.goto(f"{api.base_url}/ho-so/{case_id}")
        assert "Vai trò không được mở" in bcd.inner_text("#bien-ban")
        assert bcd.locator("#bien-ban button").count() == 0
        refused = bcd.request.post(f"{api.base_url}/ho-so/{case_id}/bien-ban/{first_id}",
                                   form={"csrf": _csrf(bcd), "ly_do_bb": REASON, "tai": "1"})
        assert refused.status == 403 and b"%PDF" not in refused.body()
    finally:
        a.close()
