"""A colleague's case arrives with the subject as it recorded it: the case is applied even
when the registry entry itself has not reached this laptop (it comes in a later page, or
never comes on its own)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from app.db import unit_of_work
from app.models import Case
from app.sync import inbox, outbound
from app.sync.wire import RecordChange
from tests.sync.support import Laptop


def test_a_case_whose_subject_travels_only_inside_it_is_applied(laptops, tmp_path):
    a = Laptop.set_up(tmp_path / "a", cases=1, seed=71)
    b = Laptop.set_up(tmp_path / "b")
    laptops += [a, b]
    with unit_of_work(a.db.sessions) as s:
        case_id = s.scalar(select(Case.id))
        payload = outbound.case_payloads(s, [case_id])[case_id]
    unit_id = b.scalar("SELECT value FROM setting WHERE key = 'unit_id'")
    change = RecordChange(entity="case", id=case_id, version=1, sequence=7,
                          unit_id=uuid.UUID(str(unit_id)), origin_device=uuid.uuid4(),
                          created_at=datetime.now(UTC), updated_at=datetime.now(UTC),
                          payload=payload)
    assert b.scalar("SELECT count(*) FROM subject WHERE id = :i",
                    i=uuid.UUID(payload["subject"]["id"]).hex) == 0
    with unit_of_work(b.db.sessions) as s:
        outcome = inbox.apply_page(s, [change], "may-chi-thu")
    assert (outcome.parked, b.scalar("SELECT count(*) FROM parked_change")) == (0, 0)
    assert b.scalar("SELECT subject.name FROM inspection JOIN subject "
                    "ON subject.id = inspection.subject_id") == payload["subject"]["name"]
