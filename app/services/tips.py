"""Tips (tin báo) the Chi cục assigned to this unit: list them, follow them up, open a case.

A tip is a shared record: a change here bumps its version (``Synced.touch``) and the sync
outbox pushes it with the server version it was made on, so a colleague's edit of the same
tip becomes a kept conflict, never a silent overwrite. Functions flush; the caller commits.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationFailed
from app.models import Case, Tip
from app.services.audit import record_event
from app.services.case_defaults import new_case_entry
from app.services.case_entry import CaseEntry
from app.services.context import Actor
from app.services.settings import current_unit
from app.text import nfc
from app.vntime import vn

STATUSES: dict[str, str] = {
    "new": "Mới",
    "assigned": "Đã giao",
    "in_progress": "Đang xử lý",
    "done": "Đã xử lý",
    "dismissed": "Không xử lý",
}
UNREAD = frozenset({"new", "assigned"})  # not yet taken up by the team
NOTE_MAX = 20_000


@dataclass(frozen=True)
class TipRow:
    id: uuid.UUID
    ref: str
    received_at: datetime
    summary: str
    place_address: str
    commune_code: str
    suspect: str
    goods: str
    status: str
    note: str
    case_id: uuid.UUID | None
    case_title: str
    version: int
    unread: bool  # not yet taken up by the team ("new" or "assigned")


def tip_ref(tip_id: uuid.UUID) -> str:
    """A short reference for paper and for the case's "Tin báo số" (the UUID's first digits)."""
    return f"TB-{tip_id.hex[:8].upper()}"


def _row(tip: Tip, case: Case | None) -> TipRow:
    return TipRow(
        tip.id, tip_ref(tip.id), tip.received_at, tip.summary, tip.place_address,
        tip.commune_code or "", tip.suspect, tip.goods, tip.status, tip.note, tip.case_id,
        f"Vụ số {case.local_no}" if case is not None else "", tip.version, tip.status in UNREAD,
    )


def list_tips(session: Session) -> list[TipRow]:
    """This unit's tips, newest first (tips without a unit are shown too: never hidden)."""
    stmt = select(Tip).where(Tip.deleted_at.is_(None))
    unit = current_unit(session)
    if unit is not None:
        stmt = stmt.where(or_(Tip.unit_id == unit.id, Tip.unit_id.is_(None)))
    tips = list(session.scalars(stmt.order_by(Tip.received_at.desc())))
    case_ids = {t.case_id for t in tips if t.case_id is not None}
    cases = (
        {c.id: c for c in session.scalars(select(Case).where(Case.id.in_(case_ids)))}
        if case_ids else {}
    )
    return [_row(t, cases.get(t.case_id) if t.case_id else None) for t in tips]


def _tip(session: Session, tip_id: uuid.UUID | str) -> Tip:
    tip = session.get(Tip, uuid.UUID(str(tip_id)))
    if tip is None or tip.deleted_at is not None:
        raise NotFound("Không tìm thấy tin báo này trên máy.")
    return tip


def update_tip(session: Session, tip_id: uuid.UUID | str, status: str, note: str,
               case_id: uuid.UUID | str | None, actor: Actor) -> TipRow:
    """Set the follow-up of a tip. ``case_id`` None keeps the case already linked.

    Nothing changed, nothing written (no version bump, nothing to sync).
    """
    tip = _tip(session, tip_id)
    note = nfc(note.strip())
    errors: dict[str, str] = {}
    if status not in STATUSES:
        errors["status"] = f"Trạng thái tin báo không hợp lệ: {status}."
    if len(note) > NOTE_MAX:
        errors["note"] = f"Ghi chú dài quá {NOTE_MAX:,} ký tự.".replace(",", ".")
    elif status == "dismissed" and not note:
        errors["note"] = "Ghi lý do không xử lý tin báo."
    case: Case | None = None
    if case_id is not None:
        case = session.get(Case, uuid.UUID(str(case_id)))
        if case is None or case.deleted_at is not None:
            errors["case_id"] = "Không tìm thấy vụ việc để liên kết với tin báo."
    if errors:
        raise ValidationFailed(errors)
    new_case = case.id if case is not None else tip.case_id
    if (tip.status, tip.note, tip.case_id) != (status, note, new_case):
        before = tip.status
        tip.status, tip.note, tip.case_id = status, note, new_case
        tip.touch()
        record_event(session, actor, "tip_update", "tip", tip.id,
                     f"{before} → {status}" + (f"; vụ việc {new_case}" if new_case else ""))
        session.flush()
    linked = case or (session.get(Case, tip.case_id) if tip.case_id else None)
    return _row(tip, linked)


def link_case(session: Session, tip_id: uuid.UUID | str, case_id: uuid.UUID | str,
              actor: Actor) -> TipRow:
    """A case was opened from the tip: link it; a tip not yet taken up becomes "in progress"."""
    tip = _tip(session, tip_id)
    status = "in_progress" if tip.status in UNREAD else tip.status
    return update_tip(session, tip.id, status, tip.note, case_id, actor)


def case_entry_from_tip(session: Session, tip_id: uuid.UUID | str) -> CaseEntry:
    """A new case (surprise check) whose ground, tip number and place come from the tip."""
    tip = _tip(session, tip_id)
    form = new_case_entry(session)
    ref = tip_ref(tip.id)
    ground = f"Tin báo số {ref} nhận ngày {vn(tip.received_at):%d/%m/%Y}: {tip.summary.strip()}"
    details = [f"đối tượng nghi vấn: {tip.suspect}" if tip.suspect else "",
               f"hàng hóa: {tip.goods}" if tip.goods else ""]
    details = [d for d in details if d]
    if details:
        ground += " (" + "; ".join(details) + ")"
    form.basis_kind, form.surprise_ground, form.tip_ref = "surprise", ground, ref
    form.place_address, form.commune_code = tip.place_address, tip.commune_code or ""
    return form
