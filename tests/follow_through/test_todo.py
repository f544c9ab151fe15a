"""The "Việc cần làm" view: today, this week, overdue, per case, with the action; the status
bar's count; and the read model always equal to what the records say."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.db import unit_of_work
from app.models import CaseDue
from app.services.follow_through import due, steps, todo
from app.services.follow_through.entries import StepEntry
from tests.follow_through.support import finalised_case, sanction


def _read_model(s) -> set[tuple]:
    return {(r.case_id, r.what, r.due_on, r.action, r.waiting)
            for r in s.scalars(select(CaseDue))}


def test_scopes_and_the_overdue_count(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        # Monday 9 Nov 2026: decision due Wednesday 18 Nov
        a = finalised_case(s, actor, date(2026, 11, 9))
        # Monday 2 Nov: the seizure decision was due the 3rd, the decision Wednesday 11 Nov
        b = finalised_case(s, actor, date(2026, 11, 2))
        today = date(2026, 11, 12)
        overdue = todo.todo(s, today, "overdue")
        assert [(r.case_id, r.what, r.due_on, r.days_left) for r in overdue] == [
            (b, "tam_giu", date(2026, 11, 3), -9), (a, "tam_giu", date(2026, 11, 10), -2),
            (b, "quyet_dinh", date(2026, 11, 11), -1), (b, "tang_vat", date(2026, 11, 11), -1)]
        assert todo.overdue_count(s, today) == 4
        week = todo.todo(s, today, "week")
        assert [(r.case_id, r.what, r.due_on) for r in week] == [
            (a, "quyet_dinh", date(2026, 11, 18)), (a, "tang_vat", date(2026, 11, 18))]
        assert week[0].subject_name == "Nguyễn Thị Ánh" and week[0].action == "decision"
        assert todo.todo(s, date(2026, 11, 18), "today")[0].label == \
            "Ra quyết định xử phạt (hạn 7 ngày làm việc)"
        assert todo.scope_counts(s, today) == {"today": 0, "week": 2, "overdue": 4, "all": 6}
        assert todo.due_case_ids(s, today, "week") == {a}
        first = todo.todo(s, today, "all", limit=3)
        assert [r.overdue for r in first] == [True, True, True]


def test_the_read_model_is_what_the_records_say(demo_db, actor):
    """After each write the table holds exactly the items computed from the records now,
    and a full rebuild (a new calendar, new terms) changes nothing."""
    with unit_of_work(demo_db.sessions) as s:
        case_id = finalised_case(s, actor, date(2026, 9, 1))
        steps.record_step(s, case_id, StepEntry("giai_trinh_yeu_cau", date(2026, 9, 2),
                                               summary="Xin giải trình bằng văn bản"), actor)
        items = due.due_items(s, case_id)
        assert [(i.what, i.due_on, i.waiting) for i in items] == [
            ("tam_giu", date(2026, 9, 2), False),
            # 5 working days from Tuesday 1 Sept (Quốc khánh, with Wed 2): Thu 3 … Wed 9 Sept
            ("giai_trinh", date(2026, 9, 9), True),
            ("quyet_dinh", date(2026, 10, 1), False),
            ("tang_vat", date(2026, 10, 1), False)]
        assert _read_model(s) == {(case_id, i.what, i.due_on, i.action, i.waiting) for i in items}
        sanction(s, case_id, actor, 3_000_000, date(2026, 9, 20))
        before = _read_model(s)
        assert {w for _c, w, *_ in before} == {"tang_vat", "giao_quyet_dinh", "nop_phat", "thoi_hieu"}
        assert due.refresh_all(s) == 4 and _read_model(s) == before
