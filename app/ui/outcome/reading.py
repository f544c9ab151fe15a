"""Reading a case's outcome for the page, on the database thread: the services' progress,
due items, held goods and decisions, copied into the plain values of app.ui.outcome.view."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, MeasureUnit
from app.services.follow_through import case_path as cp
from app.services.follow_through.facts import read_case
from app.services.follow_through.goods import held_goods
from app.services.follow_through.progress import progress
from app.ui.outcome.view import DecisionRef, Event, Held, OutcomeView, ReferralRef, SubjectRef

VOID_MARK = " — đã hủy: "  # how app.services.follow_through.progress appends a void reason


def read_outcome(session: Session, case_id: uuid.UUID, today: date) -> OutcomeView:
    p = progress(session, case_id, today)
    f = read_case(session, case_id)
    if p is None or f is None:
        return OutcomeView(case_id, today, "", False)
    ref = cp.referral(f)
    return OutcomeView(
        case_id, today, p.stage, p.closed, list(p.missing),
        [_event(e) for e in p.timeline], list(p.due),
        [_held(g, _unit_names(session)) for g in held_goods(session, case_id, today)],
        [DecisionRef(d.id, d.kind, d.status, d.number, d.decided_on, d.fine_total, d.delivered_on)
         for d in f.decisions],
        ReferralRef(ref.id, ref.transferred_on, ref.agency) if ref is not None and ref.answer == cp.WAITING
        else None,
        _subject(session, case_id),
    )


def _event(e: Any) -> Event:
    words, reason = e.words, ""
    if e.void and VOID_MARK in words:
        words, _mark, reason = words.partition(VOID_MARK)
    return Event(e.on, words, e.actor, e.document, e.kind, e.record_id, e.void, reason)


def _unit_names(session: Session) -> dict[str, str]:
    """Measure units by code: a seized item holds the code its picker stored ("chiec")."""
    return dict(session.execute(select(MeasureUnit.code, MeasureUnit.name)).tuples().all())


def _held(g: Any, units: dict[str, str]) -> Held:
    unit = units.get(g.unit, g.unit)
    parts = []
    if g.held:
        parts.append(f"tạm giữ {cp.quantity_words(g.held, unit)}")
    if g.confiscated:
        parts.append(f"đã tịch thu, chờ xử lý {cp.quantity_words(g.confiscated, unit)}")
    return Held(g.item_id, g.name, cp.quantity_words(g.left, unit), ", ".join(parts), g.held_until,
                bool(g.held))


def _subject(session: Session, case_id: uuid.UUID) -> SubjectRef | None:
    case = session.get(Case, case_id)
    s = case.subject if case is not None else None
    if s is None or s.is_organisation:
        return None
    return SubjectRef(s.id, s.name, s.birth_date.year if s.birth_date else None, s.id_number or "",
                      s.address)

