"""What every follow-through record gets, the checks every form shares, and voiding.

A record belongs to its case's unit (so it syncs to the unit's devices and the province
sees it where the case is), names the officer who recorded it and the device it was made
on (as app.services.case_write does for cases), and is never rewritten to say something
else: a mistaken one is made void with a reason (:func:`void_record`) and a new one
recorded. A closed case takes nothing until it is reopened (steps.reopen_case).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.errors import NotFound, RecordLocked, ValidationFailed
from app.models import Case
from app.models.outcome import (
    VOID,
    Accused,
    CaseDecision,
    CaseStep,
    CriminalReferral,
    GoodsDisposition,
    Payment,
)
from app.services.audit import record_event
from app.services.context import Actor
from app.services.follow_through import case_path as cp
from app.services.follow_through.deadlines import today_vn, vn_date
from app.services.follow_through.facts import CaseFacts, read_case
from app.text import nfc
from app.validation import validate_printable

KINDS: dict[str, type[Any]] = {
    "decision": CaseDecision,
    "payment": Payment,
    "goods_disposition": GoodsDisposition,
    "referral": CriminalReferral,
    "accused": Accused,
    "case_step": CaseStep,
}
"""The follow-through record kinds by their synced name (app.sync.wire.kinds)."""

Errors = dict[str, str]


def as_id(value: Any) -> uuid.UUID | None:
    if value is None or value == "":
        return None
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        return None


def open_case(session: Session, case_id: uuid.UUID | str) -> tuple[Case, CaseFacts]:
    """The case and its facts, refusing a deleted or a closed one."""
    ins = session.get(Case, as_id(case_id))
    if ins is None or ins.deleted_at is not None:
        raise NotFound("Không tìm thấy vụ việc.")
    facts = read_case(session, ins.id)
    assert facts is not None
    if facts.closed:
        raise RecordLocked(f"Hồ sơ vụ số {ins.local_no} đã kết thúc: mở lại hồ sơ (ghi lý do) "
                           "để ghi thêm.")
    return ins, facts


def stamp(record: Any, ins: Case, actor: Actor) -> Any:
    """The meta of a new record: its case's unit, the recorder, the device."""
    record.case_id = ins.id
    record.unit_id = ins.unit_id
    record.recorded_by = actor.officer_name
    record.origin_device = actor.device_id
    return record


def text(errors: Errors, name: str, value: str | None, *, limit: int = 300,
         required: str = "") -> str:
    """A typed text as stored (NFC, trimmed), or a message at ``name``."""
    clean = nfc((value or "").strip())
    if not clean and required:
        errors[name] = required
    elif len(clean) > limit:
        errors[name] = f"Tối đa {limit} ký tự."
    elif clean and (message := validate_printable(clean)):
        errors[name] = message
    return clean


def day(errors: Errors, name: str, value: date | None, *, required: str = "Chưa nhập ngày.",
        after: Sequence[tuple[date | None, str]] = (), today: date | None = None) -> date | None:
    """A date not in the future and not before each ``(date, words)`` of ``after``
    ("Ngày nộp không được trước ngày ra quyết định 05/02/2027")."""
    if value is None:
        if required:
            errors[name] = required
        return None
    if value > (today or today_vn()):
        errors[name] = "Ngày không được ở tương lai."
        return value
    for earliest, words in after:
        if earliest is not None and value < earliest:
            errors[name] = f"Không được trước {words} ({earliest:%d/%m/%Y})."
            break
    return value


def case_start(ins: Case) -> date | None:
    return vn_date(ins.started_at)


def raise_if(errors: Errors) -> None:
    if errors:
        raise ValidationFailed(errors)


def sanction_of(f: CaseFacts, decision_id: Any, errors: Errors, field: str = "decision_id",
                kinds: tuple[str, ...] = (cp.SANCTION,)) -> Any | None:
    """The issued decision ``decision_id`` of the case (or its only sanction decision)."""
    chosen = as_id(decision_id)
    found = cp.issued(f, *kinds)
    if chosen is None:
        if len(found) == 1:
            return found[0]
        errors[field] = ("Vụ việc chưa có quyết định xử phạt đã ban hành." if not found
                         else "Chọn quyết định.")
        return None
    match = next((d for d in found if d.id == chosen), None)
    if match is None:
        errors[field] = "Quyết định không thuộc vụ việc hoặc chưa ban hành, đã bị hủy."
    return match


def after_write(session: Session, actor: Actor, action: str, kind: str, record: Any,
                detail: str = "") -> Any:
    """Flush, log and refresh the case's due items; returns the record."""
    from app.services.follow_through.due import refresh_due

    session.flush()
    record_event(session, actor, action, kind, record.id, detail)
    refresh_due(session, [record.case_id])
    return record


# --- voiding ----------------------------------------------------------------------------------


def void_record(session: Session, kind_name: str, record_id: uuid.UUID | str, reason: str,
                actor: Actor) -> Any:
    """Make a follow-through record void with ``reason`` (it stays, marked "Đã hủy", so a
    figure once reported can be traced); a new record says what is right. Refused for a
    record others rest on (a confiscation later sold, a referral's answer followed by a
    decision…), for the closure marks (reopen instead) and in a closed case."""
    model = KINDS.get(kind_name)
    if model is None:
        raise NotFound(f"Loại bản ghi không được hỗ trợ: {kind_name}.")
    record = session.get(model, as_id(record_id))
    if record is None or record.deleted_at is not None:
        raise NotFound("Không tìm thấy bản ghi.")
    if record.status == VOID:
        raise RecordLocked("Bản ghi đã bị hủy.")
    errors: Errors = {}
    clean = text(errors, "void_reason", reason, limit=2000, required="Ghi lý do hủy.")
    raise_if(errors)
    _ins, f = open_case(session, record.case_id)
    _refuse_dependants(f, kind_name, record)
    if kind_name == "decision":  # the decision service voids its printed document too
        from app.services.follow_through.decisions import void_decision

        return void_decision(session, record.id, clean, actor)
    _void(record, clean)
    if kind_name == "referral":
        for person in f.valid("accused"):
            if person.referral_id == record.id:
                _void(session.get(Accused, person.id), clean)
    return after_write(session, actor, "void", kind_name, record, clean)


def _void(record: Any, reason: str) -> None:
    record.status = VOID
    record.void_reason = reason
    record.touch()


def _refuse_dependants(f: CaseFacts, kind_name: str, record: Any) -> None:
    if kind_name == "case_step" and record.step in ("dong_ho_so", "mo_lai"):
        raise RecordLocked("Không hủy việc kết thúc, mở lại hồ sơ: ghi việc mở lại hoặc kết thúc "
                           "hồ sơ kèm lý do.")
    if kind_name == "goods_disposition":
        rest = [d for d in f.valid("dispositions") if d.id != record.id]
        try:
            cp.stock(f, rest)
        except cp.Overdrawn as exc:
            raise RecordLocked(
                f"Bản ghi xử lý tang vật ngày {exc.record.done_on:%d/%m/%Y} dựa vào bản ghi này: "
                "hủy bản ghi đó trước.") from None
    if kind_name == "decision":
        used = [p for p in f.valid("payments") if p.decision_id == record.id]
        used += [s for s in f.valid("steps") if s.decision_id == record.id]
        if used:
            raise RecordLocked("Quyết định đã có biên lai nộp tiền hoặc bước thi hành: hủy các "
                               "bản ghi đó trước.")
