"""Demo data is made through the case services: what they store is what the editor stores."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select, text

from app.db import unit_of_work
from app.demo import generate_demo
from app.models import AuditEvent, Case, CaseMember, InspectedGoods, Unit, Violation
from app.services.settings import UNIT_ID, set_setting


def test_demo_on_a_laptop_enrolled_before_any_local_set_up(db):
    """Enrolment brought the unit but none of its officers: the demo still makes its cases
    (it used to fail with IndexError), each of that unit, with a team of named officers."""
    with unit_of_work(db.sessions) as s:
        unit = Unit(id=uuid.uuid4(), name="Đội Quản lý thị trường số 5",
                    parent_name="Chi cục Quản lý thị trường tỉnh Cao Bằng", province_code="04",
                    agency_code="04", team_code="05")
        s.add(unit)
        s.flush()
        set_setting(s, UNIT_ID, str(unit.id))  # as app.sync.enrolment leaves it
    with unit_of_work(db.sessions) as s:
        assert generate_demo(s, 40, seed=5) == 40
    with unit_of_work(db.sessions) as s:
        cases = list(s.scalars(select(Case)))
        assert len(cases) == 40 and {c.unit_id for c in cases} == {unit.id}
        assert s.scalar(text("SELECT count(*) FROM case_search")) == 40
        teams = s.scalars(select(func.count()).select_from(CaseMember).group_by(CaseMember.inspection_id))
        assert min(teams) >= 2
        assert "" not in set(s.scalars(select(CaseMember.full_name)))
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "create")) == 40


def test_demo_cases_carry_the_flags_the_services_derive(demo_db):
    with unit_of_work(demo_db.sessions) as s:
        generate_demo(s, 300, seed=9)
    with unit_of_work(demo_db.sessions) as s:
        prohibited = set(s.scalars(text(
            "SELECT DISTINCT g.inspection_id FROM inspected_goods g JOIN goods_category c "
            "ON c.code = g.category_code WHERE c.prohibited")))
        flagged = {(v.inspection_id.hex, v.criminal_signs) for v in s.scalars(select(Violation))}
        assert prohibited, "the demo names prohibited goods"
        for case_hex, flag in flagged:
            assert flag == (case_hex in prohibited), case_hex
        assert s.scalar(select(func.count()).select_from(InspectedGoods)) >= 300


def test_demo_outcomes_over_two_years_through_the_services(demo_db):
    """`python -m app demo`: two years of outcomes — most cases sanctioned and paid (some in
    parts, some late with the late amount), some overdue, a few prosecuted with their
    accused, some sent back by the police and sanctioned, goods sold, destroyed or
    returned, complete files closed — each made by the services (numbered and printed
    decisions, the officer recorded), none after today, the Việc cần làm in step."""
    from datetime import timedelta

    from app.models.outcome import (
        Accused,
        CaseDecision,
        CaseStep,
        CriminalReferral,
        GoodsDisposition,
        Payment,
    )
    from app.services.follow_through import due, payments, todo
    from app.services.follow_through.deadlines import today_vn

    with unit_of_work(demo_db.sessions) as s:
        generate_demo(s, 120, seed=11, outcomes=True)
    today = today_vn()
    with unit_of_work(demo_db.sessions) as s:
        sanctions = list(s.scalars(select(CaseDecision).where(CaseDecision.kind == "xu_phat")))
        assert len(sanctions) > 40
        assert all(d.status == "issued" and d.number.endswith("/QĐ-XPHC") and d.document_id
                   for d in sanctions)
        years = {d.decided_on.year for d in sanctions}
        assert {today.year - 1, today.year} <= years
        paid = list(s.scalars(select(Payment)))
        late = [p for p in paid if p.late_amount]
        assert late and len(paid) > len({p.decision_id for p in paid})  # some paid in parts
        for p in late:  # each late amount is what was due on its day, to the đồng
            others = [q for q in paid if q.decision_id == p.decision_id and q.paid_on < p.paid_on]
            due_then = payments.amount_due(s, p.decision_id, p.paid_on)
            assert p.late_amount == due_then.late_accrued - sum(q.late_amount for q in others)
        answers = {r.answer for r in s.scalars(select(CriminalReferral))}
        assert {"khoi_to", "khong_khoi_to"} <= answers
        assert s.scalar(select(func.count()).select_from(Accused)) >= 1
        actions = set(s.scalars(select(GoodsDisposition.action)))
        assert {"tich_thu", "ban", "tieu_huy", "tra_lai"} <= actions
        assert s.scalar(select(func.count()).select_from(CaseStep)
                        .where(CaseStep.step == "dong_ho_so")) > 30
        recorded = {p.recorded_by for p in paid} | {d.recorded_by for d in sanctions}
        assert recorded == {"Hoàng Văn Thắng"}
        days = [p.paid_on for p in paid] + [d.decided_on for d in sanctions]
        assert max(days) <= today and min(days) >= today - timedelta(days=740)
        assert todo.overdue_count(s, today) > 0
        rows = {(r.case_id, r.what, r.due_on) for r in todo.todo(s, today, "all", limit=None)}
        case_ids = {c for c, _w, _d in rows}
        assert rows == {(c, i.what, i.due_on) for c in case_ids for i in due.due_items(s, c)}
