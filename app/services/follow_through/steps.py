"""The other dated steps of a case, and closing or reopening its file.

- giải trình: the subject asks to explain (in writing within 5 working days of the
  BB-VPHC, a hearing asked within 2: Luật XLVPHC Đ61, NĐ 118 Đ17), the explanation
  received; verification (xác minh, Đ59). Either gives the decision one month (Đ66).
- on a sanction decision: postponement (hoãn, MQĐ03, to a date), reduction and
  exemption (giảm, miễn, MQĐ04, an amount off the fine), payment in instalments (nộp
  nhiều lần, MQĐ05, to the last instalment's date), enforcement (cưỡng chế, MQĐ07–12c,
  once the term to pay is over);
- the seizure term extended (gia hạn tạm giữ, MQĐ21, to a date).

A file is closed when its path is complete (case_path.missing_to_close says what is
missing otherwise) and reopened only by a recorded correction with its reason.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.errors import RecordLocked
from app.models.outcome import CaseStep
from app.services.context import Actor
from app.services.follow_through import case_path as cp
from app.services.follow_through import records as rec
from app.services.follow_through.deadlines import Rules, rules, working_days_after
from app.services.follow_through.entries import StepEntry
from app.services.follow_through.facts import CaseFacts, read_case
from app.text import dong
from app.validation import parse_money

STEPS = ("giai_trinh_yeu_cau", "giai_trinh_nhan", "xac_minh", "hoan_thi_hanh", "giam_phat",
         "mien_phat", "nop_nhieu_lan", "cuong_che", "gia_han_tam_giu", "dong_ho_so", "mo_lai")
ON_DECISION = ("hoan_thi_hanh", "giam_phat", "mien_phat", "nop_nhieu_lan", "cuong_che")
NEEDS_DATE = ("hoan_thi_hanh", "nop_nhieu_lan", "gia_han_tam_giu")
BEFORE_DECISION = ("giai_trinh_yeu_cau", "giai_trinh_nhan", "xac_minh", "gia_han_tam_giu")


def record_step(session: Session, case_id: uuid.UUID | str, form: StepEntry,
                actor: Actor) -> CaseStep:
    """Record a step (not the closure marks: :func:`close_case`, :func:`reopen_case`)."""
    ins, f = rec.open_case(session, case_id)
    record = rec.stamp(CaseStep(**check_step(f, form, rules(session))), ins, actor)
    session.add(record)
    return rec.after_write(session, actor, "record", "case_step", record, record.step)


def check_step(f: CaseFacts, form: StepEntry, r: Rules) -> dict[str, Any]:
    """The step's values as recorded, or ValidationFailed at its fields (pure over the
    case's facts: the laptop and the province's console check it alike)."""
    errors: rec.Errors = {}
    step = form.step if form.step in STEPS else ""
    if not step:
        errors["step"] = "Chọn bước xử lý."
    elif step in ("dong_ho_so", "mo_lai"):
        errors["step"] = "Dùng Kết thúc hồ sơ hoặc Mở lại hồ sơ."
    if not f.finalised:
        errors["case_id"] = "Vụ việc chưa hoàn tất biên bản."
    decision = rec.sanction_of(f, form.decision_id, errors) if step in ON_DECISION else None
    if step in BEFORE_DECISION and cp.final_decision(f) is not None:
        errors["step"] = "Vụ việc đã có quyết định: bước này chỉ ghi trước khi ra quyết định."
    if step == "gia_han_tam_giu" and not f.items:
        errors["step"] = "Vụ việc không có tang vật tạm giữ."
    after = [(decision.decided_on if decision is not None else None, "ngày ra quyết định"),
             (f.report_on, "ngày lập biên bản"), (f.started_on, "ngày kiểm tra")]
    done_on = rec.day(errors, "done_on", form.done_on, after=after)
    due_on = _due_on(f, step, form, done_on, errors, r)
    amount = _amount(f, step, decision, form, errors, r)
    if step == "cuong_che" and decision is not None and done_on is not None and not errors:
        m = cp.money(f, decision, r, done_on)
        if m.due_on is not None and done_on <= m.due_on:
            errors["done_on"] = f"Chưa hết hạn nộp phạt ({m.due_on:%d/%m/%Y})."
        elif not cp.money(f, decision, r, date.max).unpaid:
            errors["step"] = "Quyết định đã nộp đủ tiền phạt."
    summary = rec.text(errors, "summary", form.summary, limit=20_000)
    document = rec.text(errors, "document_no", form.document_no, limit=60)
    rec.raise_if(errors)
    assert done_on is not None
    return {"step": step, "done_on": done_on, "due_on": due_on, "summary": summary,
            "decision_id": decision.id if decision is not None else None,
            "document_no": document, "amount": amount}


def _due_on(f: CaseFacts, step: str, form: StepEntry, done_on: date | None,
            errors: rec.Errors, r: Rules) -> date | None:
    if step == "giai_trinh_yeu_cau" and form.due_on is None and f.report_on is not None:
        return working_days_after(f.report_on, r.hearing_working_days if form.hearing
                                  else r.explanation_working_days)
    if step in NEEDS_DATE and form.due_on is None:
        errors["due_on"] = "Ghi thời hạn mới."
    elif form.due_on is not None and done_on is not None and form.due_on <= done_on:
        errors["due_on"] = "Thời hạn phải sau ngày của bước này."
    return form.due_on


def _amount(f: CaseFacts, step: str, decision: object, form: StepEntry, errors: rec.Errors,
            r: Rules) -> int | None:
    """The đồng a reduction or exemption takes off (an exemption without an amount: all
    still unpaid); no more than what is still unpaid."""
    amount, message = parse_money(form.amount, required=step == "giam_phat")
    if message:
        errors["amount"] = message
        return None
    if step not in cp.MONEY_STEPS or decision is None:
        return amount
    unpaid = cp.money(f, decision, r, date.max).unpaid
    if amount is None:
        amount = unpaid
    if unpaid == 0:
        errors["amount"] = "Quyết định không còn tiền phạt chưa nộp."
    elif amount <= 0 or amount > unpaid:
        errors["amount"] = f"Số tiền phải lớn hơn 0 và không quá số còn phải nộp ({dong(unpaid)})."
    return amount


def path_missing(session: Session, case_id: uuid.UUID | str, on: date) -> list[str]:
    """What the case lacks before its file can be closed on ``on`` (empty: complete)."""
    f = read_case(session, case_id)
    return ["Không tìm thấy vụ việc."] if f is None else cp.missing_to_close(f, rules(session), on)


def close_case(session: Session, case_id: uuid.UUID | str, on: date, actor: Actor,
               summary: str = "") -> CaseStep:
    """Close the file when its path is complete; otherwise ValidationFailed says, at
    ``case_id``, everything still missing (:func:`check_close`)."""
    ins, f = rec.open_case(session, case_id)
    record = rec.stamp(CaseStep(**check_close(f, on, summary, rules(session))), ins, actor)
    session.add(record)
    return rec.after_write(session, actor, "close", "case_step", record, record.summary)


def check_close(f: CaseFacts, on: date | None, summary: str, r: Rules) -> dict[str, Any]:
    """The closure's values, or ValidationFailed listing at ``case_id`` what the path
    still lacks (pure over the case's facts)."""
    errors: rec.Errors = {}
    missing = cp.missing_to_close(f, r, on)
    if missing:
        errors["case_id"] = "Chưa kết thúc được hồ sơ: " + " ".join(missing)
    last = cp.last_event_on(f)
    done_on = rec.day(errors, "done_on", on, after=[(last, "bước xử lý cuối cùng")])
    clean = rec.text(errors, "summary", summary, limit=20_000)
    rec.raise_if(errors)
    assert done_on is not None
    return {"step": "dong_ho_so", "done_on": done_on, "summary": clean}


def reopen_case(session: Session, case_id: uuid.UUID | str, reason: str, on: date,
                actor: Actor) -> CaseStep:
    """Reopen a closed file, by a recorded correction with its reason."""
    f = read_case(session, case_id)
    if f is None:
        raise RecordLocked("Không tìm thấy vụ việc.")
    values = check_reopen(f, reason, on)
    from app.models import Case

    ins = session.get(Case, f.id)
    assert ins is not None
    record = rec.stamp(CaseStep(**values), ins, actor)
    session.add(record)
    return rec.after_write(session, actor, "reopen", "case_step", record, record.summary)


def check_reopen(f: CaseFacts, reason: str, on: date | None) -> dict[str, Any]:
    """The reopening's values, or RecordLocked (not closed) / ValidationFailed (pure)."""
    if not f.closed:
        raise RecordLocked("Hồ sơ chưa kết thúc.")
    errors: rec.Errors = {}
    clean = rec.text(errors, "reason", reason, limit=20_000, required="Ghi lý do mở lại hồ sơ.")
    closed_on = f.steps_of("dong_ho_so")[-1].done_on
    done_on = rec.day(errors, "done_on", on, after=[(closed_on, "ngày kết thúc hồ sơ")])
    rec.raise_if(errors)
    assert done_on is not None
    return {"step": "mo_lai", "done_on": done_on, "summary": clean}
