"""Cases and decisions made as an officer makes them, on a chosen day (Vietnam time)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from app.demo import sample_case_form
from app.models.outcome import CaseDecision
from app.services.cases import finalise_case, save_case
from app.services.context import Actor
from app.services.follow_through.due import refresh_due
from app.vntime import VN_TZ


def at_vn(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), VN_TZ)


def finalised_case(session: Session, actor: Actor, on: date, **changes: object) -> uuid.UUID:
    """The sample case (tobacco and sugar seized, one violation of Điều 15) inspected on
    ``on`` from 09:00 to 11:00 and finalised on site: its BB-VPHC is of that day."""
    form = sample_case_form(session, now=at_vn(on, 12))
    for name, value in changes.items():
        setattr(form, name, value)
    case = save_case(session, form, actor)
    finalise_case(session, case.id, actor)
    return case.id


def sanction(session: Session, case_id: uuid.UUID, actor: Actor, fine: int, decided_on: date,
             delivered_on: date | None = None, number: str = "") -> CaseDecision:
    """An issued sanction decision of ``fine`` đồng."""
    decision = CaseDecision(
        case_id=case_id, kind="xu_phat", status="issued", form_code="MQĐ02",
        number=number or f"{decided_on:%d%m}/QĐ-XPHC", decided_on=decided_on,
        fine_total=fine, delivered_on=delivered_on, delivered_how="truc_tiep" if delivered_on else None,
        recorded_by=actor.officer_name, origin_device=actor.device_id)
    session.add(decision)
    session.flush()
    refresh_due(session, [case_id])
    return decision


def days(start: date, n: int) -> date:
    return start + timedelta(days=n)
