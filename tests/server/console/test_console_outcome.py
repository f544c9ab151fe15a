"""The follow-through of a case in the console, in a real Chromium against the real server:
the outcome timeline and what is due computed as the laptop computes it; a payment recorded
by the team leader, refused at its field when larger than what is due (nothing written),
then pulled by the unit's laptops; the police's answer with its accused; and a team of
another unit refused the case's outcome, by its page and by a forged post."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

from sqlalchemy import func, select

from app.db import unit_of_work
from app.models.outcome import Accused, CriminalReferral, Payment
from app.services.follow_through import due, payments
from app.services.follow_through.entries import PaymentEntry
from app.services.settings import current_actor
from server.models import SyncRecord
from tests.follow_through.support import finalised_case, sanction
from tests.server.console.conftest import DOCS, screenshot_wanted
from tests.server.console.support import laptop, sign_in

CASE_DAY = date(2026, 10, 5)  # a Monday: BB-VPHC at 11:30


def _csrf(page) -> str:  # type: ignore[no-untyped-def]
    return page.locator("input[name=csrf]").first.get_attribute("value")


def _of_case(api, entity: str, case_id) -> int:  # type: ignore[no-untyped-def]
    """The feed's records of ``entity`` that belong to the case."""
    return api.db.transact(lambda s: s.scalar(
        select(func.count()).select_from(SyncRecord).where(
            SyncRecord.entity == entity, SyncRecord.payload.contains(str(case_id)))),
        write=False)


def _decided_case(lap, fine: int = 8_000_000):  # type: ignore[no-untyped-def]
    """A case of 5 Oct 2026 decided on the 9th (``fine`` đồng) and received the same day:
    the fine is due by the 19th."""
    with unit_of_work(lap.db.sessions) as s:
        actor = current_actor(s)
        case_id = finalised_case(s, actor, CASE_DAY)
        decision = sanction(s, case_id, actor, fine, date(2026, 10, 9), date(2026, 10, 9))
        return case_id, decision.id, decision.number


def _timeline(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.strip() for t in page.locator("ol.timeline li .words").all_inner_texts()]


def test_a_payment_recorded_in_the_console_is_checked_as_on_the_laptop_and_pulled(
        api, staff, desk, tmp_path):
    unit = api.new_unit("Đội QLTT số 3")
    office = laptop(api, unit, tmp_path / "office", "Máy văn phòng Đội 3")
    field = laptop(api, unit, tmp_path / "field", "Máy hiện trường Đội 3")
    try:
        case_id, decision_id, number = _decided_case(office)
        office.sync()

        lead = staff("team_lead", unit, full_name="Lường Văn Sơn")
        page = desk.new_page()
        sign_in(page, api.base_url, lead)
        page.goto(f"{api.base_url}/ho-so/{case_id}")
        outcome = page.locator("#ket-qua")
        assert "Quá hạn nộp phạt: còn 8.000.000 đồng" in outcome.locator(".stage").inner_text()
        assert "Quyết định xử phạt vi phạm hành chính, phạt tiền 8.000.000 đồng" in _timeline(page)
        assert f"Giao quyết định {number}" in _timeline(page)
        due_items = outcome.locator("ul.due li").all_inner_texts()
        assert any(i.startswith("Hạn nộp tiền phạt: còn 8.000.000 đồng — hạn 19/10/2026")
                   and "quá hạn" in i for i in due_items)

        # a receipt larger than what is due: refused at its field, nothing written
        page.click("#nop-tien summary")
        form = page.locator("#nop-tien form")
        form.locator("input[name=receipt_no]").fill("0000451")
        form.locator("input[name=paid_on]").fill("2026-10-15")
        form.locator("input[name=amount]").fill("9.000.000")
        with page.expect_response(lambda r: r.url.endswith("/ket-qua/nop-tien")) as answer:
            form.locator("button").click()
        assert answer.value.status == 422
        assert page.locator("#nop-tien [data-field=amount] .error").inner_text() == (
            "Lớn hơn số tiền phạt còn phải nộp (8.000.000 đồng).")
        assert page.locator("#nop-tien input[name=receipt_no]").input_value() == "0000451"
        assert _of_case(api, "payment", case_id) == 0
        # dated before the decision: the same rule as the laptop's
        page.locator("#nop-tien input[name=amount]").fill("2.000.000")
        page.locator("#nop-tien input[name=paid_on]").fill("2026-10-08")
        page.locator("#nop-tien button").click()
        assert page.locator("#nop-tien [data-field=paid_on] .error").inner_text() == (
            "Không được trước ngày ra quyết định (09/10/2026).")
        assert _of_case(api, "payment", case_id) == 0

        page.locator("#nop-tien input[name=paid_on]").fill("2026-10-15")
        page.locator("#nop-tien select[name=channel]").select_option("ngan_hang")
        page.locator("#nop-tien button").click()
        page.wait_for_url(f"**/ho-so/{case_id}?da_ghi=nop-tien#ket-qua")
        assert page.inner_text("#da-ghi") == "Đã ghi biên lai nộp tiền."
        assert "Nộp 2.000.000 đồng qua ngân hàng" in _timeline(page)
        row = page.locator(f"table.money tr[data-quyet-dinh='{number}']").inner_text()
        assert "6.000.000 đồng" in row  # still to pay
        assert _of_case(api, "payment", case_id) == 1
        # the rest, after the term (19 Oct): the late amount computed as the laptop does,
        # 6.000.000 × 5 days (20–24 Oct) × 0,05 % = 15.000 đồng
        page.click("#nop-tien summary")
        page.locator("#nop-tien input[name=receipt_no]").fill("0000502")
        page.locator("#nop-tien input[name=paid_on]").fill("2026-10-25")
        page.locator("#nop-tien input[name=amount]").fill("6.000.000")
        page.locator("#nop-tien button").click()
        page.wait_for_url("**da_ghi=nop-tien**")
        assert "Nộp 6.000.000 đồng và 15.000 đồng tiền chậm nộp tại Kho bạc" in _timeline(page)
        assert "Đã nộp đủ tiền phạt" in page.inner_text("#ket-qua .stage")

        # the unit's laptops pull both receipts, recorded by the team leader
        for lap in (office, field):
            lap.sync()
            with unit_of_work(lap.db.sessions) as s:
                got = {p.receipt_no: (p.amount, p.late_amount, p.channel, p.recorded_by)
                       for p in s.scalars(select(Payment).where(Payment.case_id == case_id))}
                assert got == {"0000451": (2_000_000, 0, "ngan_hang", "Lường Văn Sơn"),
                               "0000502": (6_000_000, 15_000, "kho_bac", "Lường Văn Sơn")}
                left = payments.amount_due(s, decision_id, date(2026, 11, 1))
                assert (left.unpaid, left.late) == (0, 0)
                assert "nop_phat" not in {i.what for i in due.due_items(s, case_id)}

        page.goto(f"{api.base_url}/ho-so/{case_id}")
        path = tmp_path / "console-outcome.png"
        page.screenshot(path=str(path))
        assert path.stat().st_size > 20_000
        if screenshot_wanted():
            shutil.copy(path, DOCS / path.name)
    finally:
        office.close()
        field.close()


def test_the_polices_answer_with_its_accused_and_another_units_team_refused(
        api, staff, desk, tmp_path):
    unit_a, unit_b = api.new_unit("Đội QLTT số 4"), api.new_unit("Đội QLTT số 5")
    lap = laptop(api, unit_a, tmp_path / "a", "Máy Đội 4")
    try:
        with unit_of_work(lap.db.sessions) as s:
            case_id = finalised_case(s, current_actor(s), CASE_DAY)
        lap.sync()
        leader = staff("leader", full_name="Trần Quốc Bảo")
        page = desk.new_page()
        sign_in(page, api.base_url, leader)
        page.goto(f"{api.base_url}/ho-so/{case_id}")
        page.click("#chuyen-dieu-tra summary")
        page.locator("#chuyen-dieu-tra input[name=transferred_on]").fill("2026-10-07")
        page.locator("#chuyen-dieu-tra input[name=agency]").fill(
            "Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn")
        page.locator("#chuyen-dieu-tra button").click()
        page.wait_for_url("**da_ghi=chuyen-dieu-tra**")
        assert "Đã chuyển Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn, chờ kết quả" in \
            page.inner_text("#ket-qua .stage")

        # prosecuted, with an accused person whose name was left out: refused at the field
        page.click("#ket-qua-dieu-tra summary")
        answer = page.locator("#ket-qua-dieu-tra")
        answer.locator("select[name=answer]").select_option("khoi_to")
        answer.locator("input[name=answer_on]").fill("2026-11-02")
        answer.locator("input[name=answer_no]").fill("35/QĐ-CSĐT")
        answer.locator("input[name='accused.0.full_name']").fill("Hoàng Văn Tư")
        answer.locator("input[name='accused.0.birth_year']").fill("1979")
        answer.locator("input[name='accused.1.birth_year']").fill("1990")
        answer.locator("input[name='accused.1.address']").fill("thôn Pò Nhùng, xã Thụy Hùng")
        answer.locator("button").click()
        assert page.locator("#ket-qua-dieu-tra [data-field='accused.1.full_name'] .error"
                            ).inner_text() == "Chưa nhập họ tên bị can."
        assert _of_case(api, "accused", case_id) == 0
        assert _of_case(api, "referral", case_id) == 1
        page.locator("#ket-qua-dieu-tra input[name='accused.1.full_name']").fill("Nông Thị Hoa")
        page.locator("#ket-qua-dieu-tra button").click()
        page.wait_for_url("**da_ghi=ket-qua-dieu-tra**")
        assert "Đã khởi tố vụ án hình sự" in page.inner_text("#ket-qua .stage")
        words = _timeline(page)
        assert "Cơ quan điều tra quyết định khởi tố" in words
        assert {"Bị can Hoàng Văn Tư", "Bị can Nông Thị Hoa"} <= set(words)

        lap.sync()
        with unit_of_work(lap.db.sessions) as s:
            ref = s.scalar(select(CriminalReferral).where(CriminalReferral.case_id == case_id))
            assert (ref.answer, ref.answer_on, ref.answer_no) == ("khoi_to", date(2026, 11, 2),
                                                                  "35/QĐ-CSĐT")
            people = {(a.full_name, a.birth_year) for a in
                      s.scalars(select(Accused).where(Accused.case_id == case_id))}
            assert people == {("Hoàng Văn Tư", 1979), ("Nông Thị Hoa", 1990)}

        # a team of another unit: no case, no outcome, not even by a forged post
        other = staff("team_lead", unit_b)
        theirs = desk.new_page()
        sign_in(theirs, api.base_url, other)
        assert theirs.goto(f"{api.base_url}/ho-so/{case_id}").status == 404
        forged = theirs.request.post(f"{api.base_url}/ho-so/{case_id}/ket-qua/buoc-xu-ly",
                                     form={"csrf": _csrf(theirs), "step": "xac_minh",
                                           "done_on": "2026-10-08"})
        assert forged.status == 404 and "Không có hồ sơ này" in forged.text()
        # a read-only role may look, not record; a post without the form's token is refused
        viewer = desk.new_page()
        sign_in(viewer, api.base_url, staff("viewer"))
        viewer.goto(f"{api.base_url}/ho-so/{case_id}")
        assert viewer.locator("#ket-qua details.step").count() == 0
        assert viewer.request.post(f"{api.base_url}/ho-so/{case_id}/ket-qua/buoc-xu-ly",
                                   form={"csrf": _csrf(viewer), "step": "xac_minh",
                                         "done_on": "2026-10-08"}).status == 403
        assert page.request.post(f"{api.base_url}/ho-so/{case_id}/ket-qua/buoc-xu-ly",
                                 form={"step": "xac_minh", "done_on": "2026-10-08"}).status == 403
        assert _of_case(api, "case_step", case_id) == 0
    finally:
        lap.close()


def _cosmetics_case(lap, on: date):  # type: ignore[no-untyped-def]
    """A case of counterfeit cosmetics (NĐ 98 Điều 11: hàng giả mạo nhãn), decided and paid
    at once: only its goods are still to dispose of."""
    import dataclasses

    from app.demo import sample_case_entry

    with unit_of_work(lap.db.sessions) as s:
        actor = current_actor(s)
        entry = sample_case_entry(s)
        goods = [dataclasses.replace(g, name="Kem dưỡng da nhãn hiệu giả", category_code="my_pham")
                 for g in entry.goods[:1]]
        seizure = dataclasses.replace(entry.seizures[0], items=[dataclasses.replace(
            entry.seizures[0].items[0], name="Kem dưỡng da nhãn hiệu giả", category_code="my_pham")])
        violation = dataclasses.replace(entry.violations[0], legal_act_code="98/2020-D11-K1-a",
                                        violation_kind="hang_gia_mao_nhan")
        case_id = finalised_case(s, actor, on, goods=goods, seizures=[seizure],
                                 violations=[violation], place_address="Chợ Kỳ Lừa")
        decided = on + timedelta(days=3)
        d = sanction(s, case_id, actor, 4_000_000, decided, decided)
        payments.record_payment(s, case_id, PaymentEntry(
            d.id, "0000777", decided, "4.000.000"), actor)
    return case_id


def test_the_case_list_filters_by_goods_violation_group_and_overdue_steps(api, staff, desk,
                                                                         tmp_path):
    unit = api.new_unit("Đội QLTT số 8")
    lap = laptop(api, unit, tmp_path / "a", "Máy Đội 8")
    try:
        with unit_of_work(lap.db.sessions) as s:
            tobacco = finalised_case(s, current_actor(s), CASE_DAY)  # no decision yet
        cosmetics = _cosmetics_case(lap, date(2026, 10, 12))
        lap.sync()
        lead = staff("team_lead", unit)
        page = desk.new_page()
        sign_in(page, api.base_url, lead)

        def listed(**filters: str) -> set[str]:
            page.goto(api.base_url + "/ho-so")
            for name, value in filters.items():
                page.select_option(f"select[name={name}]", label=value)
            page.click("button:has-text('Lọc')")
            return {h.split("/ho-so/")[1] for h in page.locator(
                "table.list tbody td:nth-child(2) a").evaluate_all("e => e.map(a => a.href)")}

        assert listed() == {str(tobacco), str(cosmetics)}
        assert listed(hang="Thuốc lá điếu") == {str(tobacco)}
        assert listed(hang="Mỹ phẩm") == {str(cosmetics)}
        assert listed(vi_pham="— Nhập lậu") == {str(tobacco)}
        groups = page.locator("select[name=vi_pham] option").all_inner_texts()
        fakes = next(g for g in groups if g.startswith("Hàng giả"))
        assert listed(vi_pham=fakes) == {str(cosmetics)}
        # the tobacco case waits for its decision past the 7 working days (14/10/2026); the
        # cosmetics were decided and paid, their goods are still held past their term
        assert listed(qua_han="Quá hạn ra quyết định xử phạt") == {str(tobacco)}
        assert listed(qua_han="Quá hạn nộp phạt") == set()
        assert listed(qua_han="Quá hạn xử lý tang vật") == {str(tobacco), str(cosmetics)}
        assert listed(qua_han="Có việc quá hạn", hang="Mỹ phẩm") == {str(cosmetics)}
        badge = page.locator("table.list tbody tr").first.locator("td:last-child").inner_text()
        assert badge == "1 việc"  # the cosmetics' goods
    finally:
        lap.close()
