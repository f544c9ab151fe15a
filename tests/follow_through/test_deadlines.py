"""Deadlines in Vietnamese working days, from the holidays package's calendar: Tết, the days
in lieu, the government's swapped Saturdays, 30/4–1/5 and 2/9; and the case's own terms
computed with them.

The terms of 2027 are computed from the calendar and from the case's path functions (a
record dated in 2027 would be refused as being in the future); the same terms around Tết
2026 and 30/4/2026 are checked on real cases made through the services."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from app.db import unit_of_work
from app.errors import ValidationFailed
from app.services.follow_through import case_path as cp
from app.services.follow_through.deadlines import (
    DEFAULT_RULES,
    Rules,
    holiday_name,
    is_working_day,
    months_after,
    next_working_day,
    rules,
    set_rules,
    working_days_after,
)
from app.services.follow_through.due import due_items
from tests.follow_through.support import finalised_case, sanction


def test_tet_2027_is_the_library_s_tet_with_its_days_in_lieu():
    """Tết Nguyên đán 2027 is Saturday 6 February: Giao thừa Friday 5, Mùng 1–3 Sat–Mon; the
    Labour Code's five days are given as Thursday 4 (29 Tết, for the Saturday) to
    Wednesday 10 (Mùng 5, for the Sunday)."""
    assert "Tết Nguyên Đán" in holiday_name(date(2027, 2, 6))
    off = [d for d in (date(2027, 2, day) for day in range(1, 15)) if not is_working_day(d)]
    assert off == [date(2027, 2, d) for d in (4, 5, 6, 7, 8, 9, 10, 13, 14)]
    assert is_working_day(date(2027, 2, 3)) and is_working_day(date(2027, 2, 11))


def test_seven_working_days_across_tet_2027():
    # a BB-VPHC on Tuesday 2 Feb 2027: Wed 3 is day 1, Tết until Wed 10, then Thu 11 … Thu 18
    assert working_days_after(date(2027, 2, 2), 7) == date(2027, 2, 18)
    # five working days to explain from Wed 3 Feb, a hearing asked within two
    assert working_days_after(date(2027, 2, 3), 5) == date(2027, 2, 17)
    assert working_days_after(date(2027, 2, 3), 2) == date(2027, 2, 12)
    # the decision sent within three working days of Wed 3 Feb
    assert working_days_after(date(2027, 2, 3), 3) == date(2027, 2, 15)
    # a term of one month from 7 Jan ends on Sunday 7 Feb (Tết): the next working day
    term, why = cp.term_from(_facts(steps=[_step("xac_minh")]), date(2027, 1, 7), DEFAULT_RULES)
    assert (term, why) == (date(2027, 2, 11), "có giải trình, xác minh")
    assert cp.term_from(_facts(), date(2027, 2, 2), DEFAULT_RULES) == (date(2027, 2, 18),
                                                                         "7 ngày làm việc")


def test_the_fine_s_ten_days_include_tet_unless_the_province_moves_them():
    """TT 18/2023/TT-BTC Đ5: the 10 days to pay include holidays, so a decision received on
    25 Jan 2027 must be paid by Thursday 4 Feb, in Tết; a province reading BLDS Đ148 k5
    instead sets the rule and the last day becomes Thursday 11 Feb."""
    decision = SimpleNamespace(id=1, delivered_on=date(2027, 1, 25), decided_on=date(2027, 1, 22),
                               pay_within_days=10)
    assert cp.payment_due(decision, [], DEFAULT_RULES) == date(2027, 2, 4)
    moved = Rules(payment_due_moves_off_days=True)
    assert cp.payment_due(decision, [], moved) == date(2027, 2, 11)
    undelivered = SimpleNamespace(id=1, delivered_on=None, decided_on=date(2027, 1, 22),
                                  pay_within_days=10)
    assert cp.payment_due(undelivered, [], DEFAULT_RULES) == date(2027, 2, 3)


def test_30_april_1_may_and_2_september_2027():
    # 30/4 is a Friday, 1/5 a Saturday given back on Monday 3/5
    assert [is_working_day(date(2027, 4, d)) for d in (29, 30)] == [True, False]
    assert not is_working_day(date(2027, 5, 3)) and is_working_day(date(2027, 5, 4))
    assert working_days_after(date(2027, 4, 28), 7) == date(2027, 5, 11)
    # Quốc khánh: Thursday 2 and Friday 3 September
    assert not is_working_day(date(2027, 9, 2)) and not is_working_day(date(2027, 9, 3))
    assert working_days_after(date(2027, 9, 1), 1) == date(2027, 9, 6)
    assert next_working_day(date(2027, 9, 2)) == date(2027, 9, 6)


def test_the_government_s_swaps_are_the_library_s():
    """2025: 2 May off in exchange for Saturday 26 April worked; 2026: 31 August off for
    Saturday 22 August; the observed Giỗ Tổ of 2026 (Sunday 26 April) is Monday 27."""
    assert is_working_day(date(2025, 4, 26)) and not is_working_day(date(2025, 5, 2))
    assert working_days_after(date(2025, 4, 25), 1) == date(2025, 4, 26)
    assert is_working_day(date(2026, 8, 22)) and not is_working_day(date(2026, 8, 31))
    assert not is_working_day(date(2026, 4, 27))


def test_months_end_on_the_same_day_or_the_month_s_last():
    assert months_after(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert months_after(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert months_after(date(2026, 11, 30), 2) == date(2027, 1, 30)


def test_decision_due_around_tet_2026_on_a_real_case(actor, demo_db):
    """Inspected Thursday 12 Feb 2026, Tết 16–20 Feb: the decision is due Monday 2 March."""
    with unit_of_work(demo_db.sessions) as s:
        case_id = finalised_case(s, actor, date(2026, 2, 12))
        items = {i.what: i for i in due_items(s, case_id)}
    assert items["quyet_dinh"].due_on == date(2026, 3, 2)
    assert items["quyet_dinh"].label == "Ra quyết định xử phạt (hạn 7 ngày làm việc)"
    assert items["quyet_dinh"].action == "decision"
    # the goods seized at 11:00 on 12 Feb need the seizure decision within 24 hours
    assert items["tam_giu"].due_on == date(2026, 2, 13)
    assert items["tang_vat"].due_on == date(2026, 3, 2)


def test_delivery_and_payment_around_30_april_2026(actor, demo_db):
    """A decision of Tuesday 28 April 2026 is sent by Tuesday 5 May (30/4 and 1/5 off)."""
    with unit_of_work(demo_db.sessions) as s:
        case_id = finalised_case(s, actor, date(2026, 4, 24))
        sanction(s, case_id, actor, 6_000_000, date(2026, 4, 28))
        items = {i.what: i for i in due_items(s, case_id)}
    assert items["giao_quyet_dinh"].due_on == date(2026, 5, 5)
    # not delivered: 12 days from the decision (TT 153/2013 as amended, a setting)
    assert items["nop_phat"].due_on == date(2026, 5, 10)
    assert items["nop_phat"].label == "Hạn nộp tiền phạt: còn 6.000.000 đồng"
    assert items["thoi_hieu"].due_on == date(2027, 4, 28)


def test_a_province_changes_an_unverified_term(actor, demo_db):
    with unit_of_work(demo_db.sessions) as s:
        assert rules(s).goods_disposal_days == 30
        set_rules(s, goods_disposal_days=45, police_answer_days=60)
        assert rules(s).goods_disposal_days == 45 and rules(s).police_answer_days == 60
        with pytest.raises(ValidationFailed) as err:
            set_rules(s, close_days=-1, unknown=3)
        assert err.value.errors == {"close_days": "Số ngày phải là số nguyên từ 0 đến 3650.",
                                    "unknown": "Không có thời hạn này."}
    described = {name: (source, verified) for name, _d, source, verified in Rules.described()}
    assert described["late_per_10000_a_day"][1] is True
    assert "Đ78" in described["late_per_10000_a_day"][0]
    assert described["goods_disposal_days"][1] is False


def _step(step: str, due_on: date | None = None) -> SimpleNamespace:
    return SimpleNamespace(step=step, status="valid", due_on=due_on, decision_id=None)


def _facts(steps: list[SimpleNamespace] = ()) -> cp.CaseFacts:  # type: ignore[assignment]
    from app.services.follow_through.facts import CaseFacts

    return CaseFacts(id=None, local_no=1, finalised=True, started_on=None, report_on=None,  # type: ignore[arg-type]
                     violations=1, superseded=False, steps=list(steps))
