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
