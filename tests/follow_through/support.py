"""Cases and decisions made as an officer and the office make them, on a chosen day
(Vietnam time): the case typed, finalised and its BB-VPHC issued; the decision drafted from
it, saved, issued (MQĐ02 printed and frozen) and its delivery recorded."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from app.demo import sample_case_entry
from app.documents.decisions import issue_decision
from app.documents.issuing import issue_document
from app.models.outcome import CaseDecision
from app.services.cases import finalise_case, save_case
from app.services.context import Actor
from app.services.follow_through.decisions import draft_decision, record_delivery, save_decision
from app.services.follow_through.entries import DecisionEntry
from app.services.numbering import SYMBOLS, add_block, remaining
from app.services.settings import Treasury, current_unit, set_treasury
from app.vntime import VN_TZ

TREASURY = Treasury("Kho bạc Nhà nước khu vực VII",
                    "số 2 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn", "7111.0.1054321")


def at_vn(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), VN_TZ)


def ensure_numbers(session: Session, year: int) -> None:
    """Numbers for ``year`` as the Chi cục assigns them (the "Dãy số biên bản" dialog), when
    this laptop holds none left (a test dated in an earlier year than the run)."""
    unit = current_unit(session)
    assert unit is not None
    for symbol in SYMBOLS:
        if remaining(session, unit, symbol, year) == 0:
            add_block(session, unit, symbol, year, 9001, 9499)


def finalised_case(session: Session, actor: Actor, on: date, *, report: bool = True,
                   **changes: object) -> uuid.UUID:
    """The sample case (tobacco and sugar seized, one violation of Điều 15) inspected on
    ``on`` from 09:00 to 11:00, finalised, and its BB-VPHC issued at 11:30 (``report``)."""
    set_treasury(session, TREASURY)
    form = sample_case_entry(session, now=at_vn(on, 12))
    for name, value in changes.items():
        setattr(form, name, value)
    case = save_case(session, form, actor)
    finalise_case(session, case.id, actor)
    if report:
        ensure_numbers(session, on.year)
        issue_document(session, case.id, "BB-VPHC", actor,
                       now=datetime.combine(on, time(11, 30), VN_TZ))
    return case.id


def sanction(session: Session, case_id: uuid.UUID, actor: Actor, fine: int, decided_on: date,
             delivered_on: date | None = None) -> CaseDecision:
    """The sanction decision of ``fine`` đồng, drafted from the case, signed by the Đội
    trưởng, issued on ``decided_on`` (MQĐ02 printed) and received on ``delivered_on``; the
    unit's Kho bạc set on this laptop."""
    set_treasury(session, TREASURY)
    d = draft_decision(session, case_id, "xu_phat", actor)
    lines = tuple(dataclasses.replace(_line(ln), fine=fine if i == 0 else 0)
                  for i, ln in enumerate(d.lines))
    save_decision(session, d.id, DecisionEntry(
        decided_on=decided_on, place=d.place or "Lạng Sơn", signer_name=d.signer_name,
        signer_title_code=d.signer_title_code, subject_kind=d.subject_kind, lines=lines,
        pay_account=d.pay_account, pay_within_days=d.pay_within_days), actor)
    ensure_numbers(session, decided_on.year)
    issue_decision(session, d.id, actor, now=datetime.combine(decided_on, time(15), VN_TZ))
    if delivered_on is not None:
        record_delivery(session, d.id, "truc_tiep", delivered_on, actor)
    return d


def _line(ln: dict) -> object:
    from app.services.follow_through.entries import DecisionLineEntry

    return DecisionLineEntry(ln["violation_id"], ln["legal_act_code"], ln["fine"], ln["additional"],
                            ln["remedial"], ln.get("remedial_days"))


def days(start: date, n: int) -> date:
    return start + timedelta(days=n)
