"""Decisions on a case (FOLLOW-THROUGH.md): the sanction decision (MQĐ02), the seizure
decision (MQĐ20), confiscation without a sanction decision (MQĐ14, made on paper and
recorded here), and the case ended without a sanction, with their delivery and voiding.

Qt-free; every function flushes and the caller's unit of work commits. Bad input raises
app.errors.ValidationFailed ({field: Vietnamese message}) and writes nothing; a decision in
a state that does not allow the change raises :class:`DecisionRefused`. Numbering, printing
and freezing are app.documents.decisions.issue_decision, which checks
:func:`check_issuable` first.

A recorded decision is an event: once issued it is never edited; a mistaken one is voided
with a reason (its printed document too, keeping its number) and a new one made.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import DomainError, NotFound, ValidationFailed
from app.models import (
    Case,
    CaseDecision,
    IssuedDocument,
    LegalAct,
    Officer,
    OfficerTitle,
    Province,
    utcnow,
)
from app.models.decision_repository import decisions_of_case
from app.models.outcome import VOID
from app.services.audit import record_event
from app.services.case_mapping import live
from app.services.cases import load_case
from app.services.context import Actor
from app.services.follow_through import decision_rules as rules
from app.services.follow_through.due import refresh_due
from app.services.follow_through.entries import DecisionEntry, DecisionLineEntry
from app.services.settings import current_officer, current_unit, treasury
from app.text import nfc
from app.validation import validate_printable

DRAFT, ISSUED = "draft", "issued"
HELD_DAYS = 7  # a seizure is held no longer than the time to decide the sanction (Đ66: 7 working days)
KIND_WORDS = {"xu_phat": "quyết định xử phạt", "tam_giu": "quyết định tạm giữ",
              "tich_thu": "quyết định tịch thu", "khong_xu_phat": "kết thúc không xử phạt"}

__all__ = [
    "DecisionRefused", "Signer", "check_issuable", "competence_problem", "decisions_of",
    "draft_decision", "end_without_sanction", "record_confiscation", "record_delivery",
    "save_decision", "signers", "void_decision",
]


class DecisionRefused(DomainError):
    """The decision cannot change this way in its state (issued, void, or the case lacks
    what it rests on). ``str(err)`` says why, in Vietnamese."""


@dataclass(frozen=True)
class Signer:
    """An officer of the unit who may sign decisions, with the title whose competence is used."""

    name: str
    title_code: str
    title: str
    share_percent: int


def _case(session: Session, case_id: uuid.UUID | str) -> Case:
    return load_case(session, case_id)


def _decision(session: Session, decision_id: uuid.UUID | str) -> CaseDecision:
    d = session.get(CaseDecision, uuid.UUID(str(decision_id)))
    if d is None or d.deleted_at is not None:
        raise NotFound("Không tìm thấy quyết định.")
    return d


def decisions_of(session: Session, case_id: uuid.UUID | str) -> list[CaseDecision]:
    """The case's decisions (void ones too, with their reason), oldest first."""
    return decisions_of_case(session, _case(session, case_id).id)


def signers(session: Session) -> list[Signer]:
    """The unit's officers whose title may sanction, the most competent first."""
    unit = current_unit(session)
    if unit is None:
        return []
    rows = session.execute(
        select(Officer, OfficerTitle).join(OfficerTitle, Officer.title_code == OfficerTitle.code)
        .where(Officer.unit_id == unit.id, Officer.deleted_at.is_(None))
    ).all()
    out = [Signer(o.full_name, t.code, t.name, t.fine_share_percent) for o, t in rows
           if t.fine_share_percent > 0]
    return sorted(out, key=lambda s: (-s.share_percent, s.name))


def _default_signer(session: Session) -> Signer | None:
    """The officer at the keyboard if he may sanction, else the unit's most competent."""
    me = current_officer(session)
    choices = signers(session)
    for s in choices:
        if me is not None and s.name == me.full_name and s.title_code == me.title_code:
            return s
    return choices[0] if choices else None


def _place_name(session: Session) -> str:
    """The địa danh of the date line: the unit's province ("Lạng Sơn")."""
    unit = current_unit(session)
    province = session.get(Province, unit.province_code) if unit is not None else None
    return province.name if province is not None else ""


def _mean_fine(act: LegalAct | None, organisation: bool) -> int:
    """The middle of the act's range (NĐ 118/2021 Đ9: the usual fine without circumstances)."""
    if act is None or not act.fine_max:
        return 0
    factor = act.org_multiplier if organisation else 1
    return (act.fine_min + act.fine_max) // 2 * factor


def _lines_from_case(session: Session, case: Case, organisation: bool) -> list[dict[str, Any]]:
    lines = []
    for v in live(case.violations):
        act = session.get(LegalAct, v.legal_act_code) if v.legal_act_code else None
        fine = v.proposed_fine if v.proposed_fine is not None else _mean_fine(act, organisation)
        lines.append(DecisionLineEntry(str(v.id), v.legal_act_code or "", int(fine)))
    return rules.line_dicts(lines)


def _live_seizure(case: Case) -> Any:
    seizures = [s for s in live(case.seizures) if live(s.items)]
    return seizures[-1] if seizures else None


def _stamp(d: CaseDecision, case: Case, actor: Actor) -> None:
    d.case_id, d.unit_id = case.id, case.unit_id
    d.recorded_by, d.origin_device = actor.officer_name, actor.device_id


def draft_decision(session: Session, case_id: uuid.UUID | str, kind: str, actor: Actor) -> CaseDecision:
    """A new draft decision of ``kind`` ("xu_phat" MQĐ02, "tam_giu" MQĐ20) prefilled from the
    case: its violations with their legal acts and proposed fines (the middle of the act's
    range where none was proposed), the subject's kind, the place name, a competent signer of
    the unit, the unit's Kho bạc account and the 10-day term; for a seizure its ground and
    the storage place. The case's open draft of the same kind is returned as it is."""
    case = _case(session, case_id)
    if kind not in ("xu_phat", "tam_giu"):
        raise ValidationFailed({"kind": "Chọn quyết định xử phạt hoặc quyết định tạm giữ."})
    if not case.is_finalised:
        raise DecisionRefused("Vụ việc chưa hoàn tất: hoàn tất và lập biên bản trước khi ra quyết định.")
    for d in decisions_of_case(session, case.id):
        if d.kind == kind and d.status == DRAFT:
            return d
        if d.kind == kind == "xu_phat" and d.status == ISSUED:
            raise DecisionRefused(f"Vụ việc đã có quyết định xử phạt số {d.number}: muốn thay thì hủy "
                                  "quyết định đó (ghi lý do) rồi lập quyết định mới.")
    if kind == "xu_phat" and not live(case.violations):
        raise DecisionRefused("Vụ việc chưa ghi hành vi vi phạm: chưa ra được quyết định xử phạt.")
    seizure = _live_seizure(case)
    if kind == "tam_giu" and seizure is None:
        raise DecisionRefused("Vụ việc không có tang vật tạm giữ.")
    organisation = case.subject is not None and case.subject.is_organisation
    signer = _default_signer(session)
    d = CaseDecision(
        kind=kind, status=DRAFT, form_code=rules.FORM_OF_KIND[kind], decided_on=rules.today_vn(),
        place=_place_name(session), signer_name=signer.name if signer else "",
        signer_title_code=signer.title_code if signer else None,
        subject_kind="organisation" if organisation else "individual",
        lines=_lines_from_case(session, case, organisation) if kind == "xu_phat" else [],
        pay_account=treasury(session).account, pay_within_days=rules.MIN_PAY_DAYS,
    )
    d.fine_total = sum(int(ln["fine"]) for ln in d.lines)
    if kind == "tam_giu":
        d.reason, d.held_place, d.held_days = seizure.reason, seizure.storage_place, HELD_DAYS
    _stamp(d, case, actor)
    session.add(d)
    session.flush()
    record_event(session, actor, "draft", "decision", d.id, KIND_WORDS[kind])
    return d


def save_decision(session: Session, decision_id: uuid.UUID | str, form: DecisionEntry,
                  actor: Actor) -> CaseDecision:
    """Store the officer's edits of a draft. Refused (ValidationFailed, nothing written): a
    date in the future or before the biên bản the decision rests on, fines below zero or a
    warning where the act has none, a term below the Law's 10 days, and a signer whose
    competence (NĐ 189/2025) does not cover the fines or the confiscated value — under
    "signer_title_code", naming the title, the limit and the amount."""
    d = _decision(session, decision_id)
    if d.status != DRAFT:
        raise DecisionRefused(_locked(d))
    case = _case(session, d.case_id)
    errors = rules.form_errors(session, case, d.kind, form, rules.today_vn())
    if errors:
        raise ValidationFailed(errors)
    d.decided_on, d.place = form.decided_on, nfc(form.place.strip())
    d.signer_name, d.signer_title_code = nfc(form.signer_name.strip()), form.signer_title_code or None
    d.subject_kind = form.subject_kind
    d.lines = [{k: nfc(v) if isinstance(v, str) else v for k, v in ln.items()}
               for ln in rules.line_dicts(form.lines)]
    d.fine_total = sum(int(ln["fine"]) for ln in d.lines)
    d.confiscated_value = form.confiscated_value
    d.aggravating, d.mitigating = nfc(form.aggravating.strip()), nfc(form.mitigating.strip())
    d.pay_account, d.pay_within_days = form.pay_account.strip(), form.pay_within_days
    d.reason = nfc(form.reason.strip())
    d.held_days, d.held_place = form.held_days, nfc(form.held_place.strip())
    d.touch()
    record_event(session, actor, "save", "decision", d.id, KIND_WORDS[d.kind])
    session.flush()
    return d


def competence_problem(session: Session,
                       form_or_decision: CaseDecision | DecisionEntry | tuple[str, DecisionEntry]) -> str | None:
    """Why the signer may not make this decision (NĐ 189/2025), in Vietnamese, or None. Takes
    a stored decision, a sanction decision's form being edited, or (kind, form)."""
    if isinstance(form_or_decision, CaseDecision):
        d = form_or_decision
        return rules.competence_problem_of(
            session, d.kind, d.signer_title_code, d.subject_kind,
            [(ln.get("legal_act_code", ""), ln.get("fine")) for ln in d.lines], d.confiscated_value)
    if isinstance(form_or_decision, DecisionEntry):
        kind, form = "xu_phat", form_or_decision
    else:
        kind, form = form_or_decision
    return rules.competence_problem_of(
        session, kind, form.signer_title_code, form.subject_kind,
        [(ln.legal_act_code, ln.fine) for ln in form.lines], form.confiscated_value)


def check_issuable(session: Session, decision_id: uuid.UUID | str) -> CaseDecision:
    """The draft, if it holds everything a printed decision needs and rests on an issued
    biên bản; raises ValidationFailed / DecisionRefused otherwise. Writes nothing."""
    d = _decision(session, decision_id)
    if d.status != DRAFT:
        raise DecisionRefused(_locked(d))
    if d.kind not in ("xu_phat", "tam_giu"):
        raise DecisionRefused("Chỉ in được quyết định xử phạt (MQĐ02) và quyết định tạm giữ (MQĐ20).")
    case = _case(session, d.case_id)
    if rules.ground_of(session, case.id, d.kind) is None:
        needed = " hoặc ".join(rules.GROUND_TITLES[c] for c in rules.GROUND_FORMS[d.kind])
        raise DecisionRefused(f"Vụ việc chưa có {needed} đã lập: quyết định phải căn cứ biên bản.")
    errors = rules.issue_errors(session, case, d, rules.today_vn())
    if errors:
        raise ValidationFailed(errors)
    return d


def record_delivery(session: Session, decision_id: uuid.UUID | str, how: str, on: date,
                    actor: Actor) -> CaseDecision:
    """How and when an issued decision reached the person (Luật XLVPHC Điều 70: by hand,
    registered post, electronically, or public posting). Recorded once."""
    d = _decision(session, decision_id)
    check_delivery(d, how, on)
    d.delivered_how, d.delivered_on = how, on
    d.touch()
    record_event(session, actor, "deliver", "decision", d.id, f"{how} {on.isoformat()}")
    session.flush()
    refresh_due(session, [d.case_id])
    return d


def check_delivery(d: Any, how: str, on: date | None) -> None:
    """DecisionRefused for a decision not issued or already delivered, ValidationFailed at
    ``delivered_how`` / ``delivered_on`` (pure over the decision as recorded: the laptop and
    the province's console check it alike)."""
    if d.status != ISSUED or d.kind not in ("xu_phat", "tam_giu"):
        raise DecisionRefused("Chỉ ghi việc giao quyết định đã ban hành.")
    if d.delivered_on is not None:
        raise DecisionRefused(f"Đã ghi giao quyết định ngày {rules.short_date(d.delivered_on)}.")
    errors: rules.Errors = {}
    if how not in rules.DELIVERY:
        errors["delivered_how"] = "Chọn cách giao: trực tiếp, bưu điện, điện tử hoặc niêm yết."
    if on is None:
        errors["delivered_on"] = "Chưa nhập ngày giao quyết định."
    elif on > rules.today_vn():
        errors["delivered_on"] = f"Ngày {rules.short_date(on)} chưa tới: không ghi ngày trong tương lai."
    elif d.decided_on is not None and on < d.decided_on:
        errors["delivered_on"] = (f"Ngày giao {rules.short_date(on)} trước ngày ra quyết định "
                                  f"({rules.short_date(d.decided_on)}).")
    if errors:
        raise ValidationFailed(errors)


def end_without_sanction(session: Session, case_id: uuid.UUID | str, reason_code: str, reason: str,
                         on: date, actor: Actor) -> CaseDecision:
    """The case ends without a fine (no violation established, time-barred, transferred, the
    violator unknown, other), with its reason; refused while a sanction decision stands."""
    case = _case(session, case_id)
    errors: rules.Errors = {}
    if reason_code not in rules.NOT_SANCTIONED:
        errors["reason_code"] = "Chọn lý do không xử phạt."
    elif reason_code == "khac" and not reason.strip():
        errors["reason"] = "Ghi rõ lý do không xử phạt."
    if message := validate_printable(reason):
        errors["reason"] = message
    errors |= rules.date_errors(session, case, "khong_xu_phat", on, rules.today_vn(), "decided_on")
    if errors:
        raise ValidationFailed(errors)
    for d in decisions_of_case(session, case.id):
        if d.kind == "xu_phat" and d.status == ISSUED:
            raise DecisionRefused(f"Vụ việc đã có quyết định xử phạt số {d.number}: hủy quyết định đó "
                                  "(ghi lý do) trước khi kết thúc không xử phạt.")
    d = CaseDecision(kind="khong_xu_phat", status=ISSUED, form_code="", decided_on=on,
                     reason_code=reason_code, reason=nfc(reason.strip()),
                     subject_kind="organisation" if case.subject is not None and case.subject.is_organisation
                     else "individual")
    _stamp(d, case, actor)
    session.add(d)
    session.flush()
    record_event(session, actor, "end", "decision", d.id, reason_code)
    refresh_due(session, [d.case_id])
    return d


def record_confiscation(session: Session, case_id: uuid.UUID | str, form: DecisionEntry,
                        actor: Actor) -> CaseDecision:
    """A confiscation decision made without a sanction decision (MQĐ14: the violator unknown,
    or the goods not claimed in time), issued on paper under ``form.number`` and recorded
    here with its date, signer, the value confiscated and its reason."""
    case = _case(session, case_id)
    errors = rules.form_errors(session, case, "tich_thu", form, rules.today_vn())
    if not form.number.strip():
        errors["number"] = "Nhập số quyết định tịch thu đã ban hành."
    if form.decided_on is None:
        errors["decided_on"] = "Nhập ngày ra quyết định."
    if not form.signer_name.strip():
        errors["signer_name"] = "Nhập người ký quyết định."
    if not form.reason.strip():
        errors["reason"] = "Ghi lý do tịch thu không ra quyết định xử phạt."
    if form.confiscated_value <= 0 and "confiscated_value" not in errors:
        errors["confiscated_value"] = "Nhập trị giá tang vật bị tịch thu."
    if errors:
        raise ValidationFailed(errors)
    d = CaseDecision(kind="tich_thu", status=ISSUED, form_code="MQĐ14", number=form.number.strip(),
                     decided_on=form.decided_on, place=nfc(form.place.strip()),
                     signer_name=nfc(form.signer_name.strip()), signer_title_code=form.signer_title_code,
                     subject_kind=form.subject_kind, confiscated_value=form.confiscated_value,
                     reason=nfc(form.reason.strip()))
    _stamp(d, case, actor)
    session.add(d)
    session.flush()
    record_event(session, actor, "record", "decision", d.id, d.number)
    refresh_due(session, [d.case_id])
    return d


def void_decision(session: Session, decision_id: uuid.UUID | str, reason: str, actor: Actor) -> CaseDecision:
    """Make a decision void with its reason; its printed document is voided too and keeps its
    number (never reused). The record stays, so what it said can still be traced."""
    d = _decision(session, decision_id)
    if d.status == VOID:
        raise DecisionRefused(f"{KIND_WORDS[d.kind].capitalize()} này đã hủy từ trước.")
    if not reason.strip():
        raise ValidationFailed({"void_reason": "Ghi lý do hủy (VD ghi sai mức phạt, in hỏng)."})
    text = nfc(reason.strip())
    if message := validate_printable(text):
        raise ValidationFailed({"void_reason": message})
    d.status, d.void_reason = VOID, text
    d.touch()
    if d.document_id is not None:
        # as app.documents.issuing.void_document does for a biên bản (that layer is above this one)
        doc = session.get(IssuedDocument, d.document_id)
        if doc is not None and doc.status != VOID:
            doc.status, doc.void_reason, doc.voided_at = VOID, text, utcnow()
            doc.touch()
            record_event(session, actor, "void", "issued_document", doc.id, text)
    record_event(session, actor, "void", "decision", d.id, text)
    session.flush()
    refresh_due(session, [d.case_id])
    return d


def _locked(d: CaseDecision) -> str:
    if d.status == VOID:
        return f"{KIND_WORDS[d.kind].capitalize()} này đã hủy: lập quyết định mới."
    return (f"{KIND_WORDS[d.kind].capitalize()} số {d.number} đã ban hành, không sửa được: "
            "muốn thay thì hủy (ghi lý do) rồi lập quyết định mới.")
