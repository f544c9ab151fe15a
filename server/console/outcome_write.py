"""Recording a case's follow-through in the console: the delivery of a decision, a
payment, a goods disposition, the transfer to the police and their answer with the
accused, the other steps, closing and reopening the file, voiding a record.

Each is checked exactly as on the laptop — the same pure checks of
app.services.follow_through (``check_payment``, ``check_disposal``…) over the case's facts
as the feed holds them, then the wire payload's own validation — and written into the
feed as a server-authored version of the shared kind (server.records.service.put, as the
hotline desk writes a tip), so the unit's laptops pull it. Nothing is written when a field
is refused (ValidationFailed keyed by the form's field names); every write is in the
audit log. Who may: ``outcome.write`` within the viewer's scope (server.console.roles);
closing, reopening and voiding also ``cases.decide``. Decisions themselves are made and
voided where they are signed and printed (a laptop or the office PC): their printed
document belongs to that device.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.errors import NotFound, RecordLocked, ValidationFailed
from app.services.follow_through import case_path as cp
from app.services.follow_through import records as rec
from app.services.follow_through.decisions import check_delivery
from app.services.follow_through.entries import (
    AccusedEntry,
    AnswerEntry,
    GoodsDispositionEntry,
    PaymentEntry,
    ReferralEntry,
    StepEntry,
)
from app.services.follow_through.facts import CaseFacts
from app.services.follow_through.goods import check_disposal
from app.services.follow_through.payments import check_payment
from app.services.follow_through.referrals import check_answer, check_referral
from app.services.follow_through.steps import check_close, check_reopen, check_step
from app.sync.wire import kind as wire_kind
from app.sync.wire import parse_payload
from app.text import dong
from server.console import audit, index, outcome_index
from server.console.outcome import facts_of, rules
from server.console.scope import Viewer, readable_records
from server.models import SyncRecord
from server.records.service import put

Form = Mapping[str, str]


@dataclass(frozen=True)
class Written:
    case_id: uuid.UUID
    words: str  # what was recorded, for the page and the audit log


@dataclass
class _Case:
    row: SyncRecord
    facts: CaseFacts
    words: str


def _case(session: Session, viewer: Viewer, case_id: uuid.UUID, verb: str) -> _Case:
    viewer.require(verb)
    row = session.scalar(readable_records(viewer, "case", "cases.read")
                         .where(SyncRecord.id == case_id, SyncRecord.deleted_at.is_(None)))
    if row is None:
        raise NotFound("Không có hồ sơ này trong phạm vi của bạn.")
    index.catch_up(session)  # every record of the case the feed holds, in this transaction
    outcome_index.catch_up(session)
    f = facts_of(session, [case_id]).get(case_id)
    if f is None:
        raise NotFound("Không có hồ sơ này trong phạm vi của bạn.")
    subject = (json.loads(row.payload).get("subject") or {}).get("name") or ""
    return _Case(row, f, f"của {subject}" if subject else "này")


def _recorder(viewer: Viewer) -> str:
    return viewer.full_name or viewer.username


def _publish(session: Session, c: _Case, kind: str, record_id: uuid.UUID,
             payload: Mapping[str, Any]) -> None:
    typed = parse_payload(kind, dict(payload))
    put(session, kind, record_id, typed, unit_id=c.row.unit_id,
        status=str(getattr(typed, "status", "")))


def _new(session: Session, viewer: Viewer, c: _Case, kind: str,
         values: Mapping[str, Any]) -> uuid.UUID:
    record_id = uuid.uuid4()
    _publish(session, c, kind, record_id, {"case_id": c.row.id, **values, "status": "valid",
                                           "recorded_by": _recorder(viewer)})
    return record_id


def _stored(session: Session, c: _Case, kind: str, record_id: Any) -> tuple[Any, dict[str, Any]]:
    """One of the case's records of ``kind`` (as the facts hold it) and its stored payload."""
    rid = rec.as_id(record_id)
    name = {"decision": "decisions", "payment": "payments", "goods_disposition": "dispositions",
            "referral": "referrals", "accused": "accused", "case_step": "steps"}[kind]
    found = next((r for r in getattr(c.facts, name) if r.id == rid), None)
    row = session.get(SyncRecord, rid) if rid else None
    if found is None or row is None:
        raise NotFound(f"Không tìm thấy {wire_kind(kind).label.lower()} này trong hồ sơ.")
    return found, json.loads(row.payload)


def _log(session: Session, viewer: Viewer, c: _Case, words: str, action: str = "outcome_recorded") -> Written:
    audit.record(session, viewer, action, target_id=c.row.id, detail=words[:300])
    return Written(c.row.id, words)


# --- the form's values as the services take them ------------------------------------------------


def _day(form: Form, name: str, errors: dict[str, str]) -> date | None:
    value = (form.get(name) or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        errors[name] = "Ngày không hợp lệ (ngày/tháng/năm)."
        return None


def _int(form: Form, name: str, errors: dict[str, str]) -> int | None:
    value = (form.get(name) or "").strip()
    if not value:
        return None
    if not value.isdigit():
        errors[name] = "Phải là số nguyên."
        return None
    return int(value)


def _text(form: Form, name: str) -> str:
    return (form.get(name) or "").strip()


def _checked(build: Callable[[dict[str, str]], Any], check: Callable[[Any], Any]) -> Any:
    """Read the form (typing errors), then run the service's check; one ValidationFailed
    with every field's message (those of reading first)."""
    errors: dict[str, str] = {}
    built = build(errors)
    try:
        result = check(built)
    except ValidationFailed as exc:
        raise ValidationFailed({**exc.errors, **errors}) from None
    if errors:
        raise ValidationFailed(errors)
    return result


# --- the steps ----------------------------------------------------------------------------------


def record_payment(session: Session, viewer: Viewer, case_id: uuid.UUID, form: Form) -> Written:
    c = _case(session, viewer, case_id, "outcome.write")
    rec.refuse_closed(c.facts, c.words)
    values = _checked(lambda e: PaymentEntry(
        _text(form, "decision_id") or None, _text(form, "receipt_no"), _day(form, "paid_on", e),
        _text(form, "amount"), _text(form, "late_amount") or None,
        _text(form, "channel") or "kho_bac", _text(form, "purpose") or "tien_phat"),
        lambda f: check_payment(c.facts, f, rules()))
    _new(session, viewer, c, "payment", values)
    late = f" và {dong(values['late_amount'])} tiền chậm nộp" if values["late_amount"] else ""
    return _log(session, viewer, c, f"Nộp tiền: biên lai {values['receipt_no']}, "
                                    f"{dong(values['amount'])}{late}")


def record_delivery(session: Session, viewer: Viewer, case_id: uuid.UUID, form: Form) -> Written:
    c = _case(session, viewer, case_id, "outcome.write")
    rec.refuse_closed(c.facts, c.words)
    decision, payload = _stored(session, c, "decision", _text(form, "decision_id"))
    errors: dict[str, str] = {}
    how, on = _text(form, "delivered_how"), _day(form, "delivered_on", errors)
    if errors:
        raise ValidationFailed(errors)
    check_delivery(decision, how, on)
    assert on is not None
    _publish(session, c, "decision", decision.id,
             {**payload, "delivered_how": how, "delivered_on": on.isoformat()})
    return _log(session, viewer, c, f"Giao quyết định {decision.number} ngày {on:%d/%m/%Y}")


def record_goods(session: Session, viewer: Viewer, case_id: uuid.UUID, form: Form) -> Written:
    c = _case(session, viewer, case_id, "outcome.write")
    rec.refuse_closed(c.facts, c.words)
    values = _checked(lambda e: GoodsDispositionEntry(
        _text(form, "seized_item_id") or None, _text(form, "action"), _day(form, "done_on", e),
        _text(form, "quantity") or None, _text(form, "appraised_value") or None,
        _text(form, "sold_value") or None, _text(form, "receipt_no"), _text(form, "agency"),
        _text(form, "document_no"), _text(form, "note")),
        lambda f: check_disposal(c.facts, f))
    _new(session, viewer, c, "goods_disposition", values)
    return _log(session, viewer, c, f"Xử lý tang vật: {values['action']} {values['item_name']}")


def record_referral(session: Session, viewer: Viewer, case_id: uuid.UUID, form: Form) -> Written:
    c = _case(session, viewer, case_id, "outcome.write")
    rec.refuse_closed(c.facts, c.words)
    values = _checked(lambda e: ReferralEntry(
        _day(form, "transferred_on", e), _text(form, "agency"), _text(form, "document_no"),
        _text(form, "note")), lambda f: check_referral(c.facts, f))
    _new(session, viewer, c, "referral", values)
    return _log(session, viewer, c, f"Chuyển hồ sơ cho {values['agency']}")


ACCUSED_ROWS = 4  # the blank rows the answer's form offers


def _accused(form: Form, errors: dict[str, str]) -> list[AccusedEntry]:
    out = []
    for i in range(ACCUSED_ROWS):
        field = f"accused.{i}."
        if not any(_text(form, field + n) for n in ("full_name", "birth_year", "id_number",
                                                    "address", "subject_id")):
            continue
        out.append(AccusedEntry(_text(form, field + "full_name"),
                               _int(form, field + "birth_year", errors),
                               _text(form, field + "id_number"), _text(form, field + "address"),
                               _text(form, field + "subject_id") or None))
    return out


def record_answer(session: Session, viewer: Viewer, case_id: uuid.UUID, form: Form) -> Written:
    c = _case(session, viewer, case_id, "outcome.write")
    rec.refuse_closed(c.facts, c.words)
    referral, payload = _stored(session, c, "referral", _text(form, "referral_id"))
    if referral.status == "void":
        raise RecordLocked("Hồ sơ chuyển đã bị hủy.")
    subject_id = (json.loads(c.row.payload).get("subject") or {}).get("id")
    known = {uuid.UUID(subject_id)} if subject_id else set()
    # the accused are numbered as typed; blank rows are not sent (their errors keep the numbers)
    answer, people = _checked(
        lambda e: (AnswerEntry(_text(form, "answer"), _day(form, "answer_on", e),
                              _text(form, "answer_no"), _day(form, "returned_on", e),
                              _text(form, "note")), _accused(form, e)),
        lambda built: check_answer(referral, built[0], built[1], lambda sid: sid in known))
    note = answer.pop("note")
    merged = {**payload, **{k: (v.isoformat() if isinstance(v, date) else v)
                            for k, v in answer.items()}}
    if note:
        merged["note"] = f"{payload.get('note') or ''}\n{note}".strip()
    _publish(session, c, "referral", referral.id, merged)
    for person in people:
        _new(session, viewer, c, "accused", {**person, "referral_id": referral.id})
    words = ("Cơ quan điều tra khởi tố" if answer["answer"] == cp.PROSECUTED
             else "Cơ quan điều tra không khởi tố, trả hồ sơ")
    if people:
        words += ": bị can " + ", ".join(p["full_name"] for p in people)
    return _log(session, viewer, c, words)


def record_step(session: Session, viewer: Viewer, case_id: uuid.UUID, form: Form) -> Written:
    c = _case(session, viewer, case_id, "outcome.write")
    rec.refuse_closed(c.facts, c.words)
    values = _checked(lambda e: StepEntry(
        _text(form, "step"), _day(form, "done_on", e), _day(form, "due_on", e),
        _text(form, "decision_id") or None, _text(form, "summary"), _text(form, "document_no"),
        _text(form, "amount") or None, bool(form.get("hearing"))),
        lambda f: check_step(c.facts, f, rules()))
    _new(session, viewer, c, "case_step", values)
    return _log(session, viewer, c, f"Bước xử lý: {values['step']}")


def close_case(session: Session, viewer: Viewer, case_id: uuid.UUID, form: Form) -> Written:
    c = _case(session, viewer, case_id, "cases.decide")
    rec.refuse_closed(c.facts, c.words)
    values = _checked(lambda e: _day(form, "done_on", e),
                      lambda on: check_close(c.facts, on, _text(form, "summary"), rules()))
    _new(session, viewer, c, "case_step", values)
    return _log(session, viewer, c, "Kết thúc hồ sơ")


def reopen_case(session: Session, viewer: Viewer, case_id: uuid.UUID, form: Form) -> Written:
    c = _case(session, viewer, case_id, "cases.decide")
    values = _checked(lambda e: _day(form, "done_on", e),
                      lambda on: check_reopen(c.facts, _text(form, "reason"), on))
    _new(session, viewer, c, "case_step", values)
    return _log(session, viewer, c, f"Mở lại hồ sơ: {values['summary']}")


VOIDABLE = ("payment", "goods_disposition", "referral", "accused", "case_step")


def void(session: Session, viewer: Viewer, case_id: uuid.UUID, form: Form) -> Written:
    """Make a record void with its reason (refused for what other records rest on, for
    the closure marks, in a closed file, and for decisions: see the module's docstring)."""
    c = _case(session, viewer, case_id, "cases.decide")
    kind = _text(form, "kind")
    if kind == "decision":
        raise RecordLocked("Quyết định được hủy trên máy đã lập và in quyết định (cùng văn bản "
                           "đã in của nó).")
    if kind not in VOIDABLE:
        raise NotFound("Không có loại bản ghi này.")
    record, payload = _stored(session, c, kind, _text(form, "record_id"))
    reason = rec.check_void_reason(record, _text(form, "void_reason"))
    rec.refuse_closed(c.facts, c.words)
    rec.refuse_dependants(c.facts, kind, record)
    _publish(session, c, kind, record.id, {**payload, "status": "void", "void_reason": reason})
    if kind == "referral":
        for person in c.facts.valid("accused"):
            if person.referral_id == record.id:
                stored = json.loads(session.get(SyncRecord, person.id).payload)  # type: ignore[union-attr]
                _publish(session, c, "accused", person.id,
                         {**stored, "status": "void", "void_reason": reason})
    return _log(session, viewer, c, f"Hủy {wire_kind(kind).label.lower()}: {reason}",
                "outcome_voided")


ACTIONS: dict[str, Callable[[Session, Viewer, uuid.UUID, Form], Written]] = {
    "nop-tien": record_payment,
    "giao-quyet-dinh": record_delivery,
    "tang-vat": record_goods,
    "chuyen-dieu-tra": record_referral,
    "ket-qua-dieu-tra": record_answer,
    "buoc-xu-ly": record_step,
    "ket-thuc": close_case,
    "mo-lai": reopen_case,
    "huy": void,
}
"""The console's actions (the last part of their address) and what each records."""

