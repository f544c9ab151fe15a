"""What a decision must hold: its fields' checks, the competence of its signer (NĐ 189/2025,
app.services.fines) and the date of the biên bản it rests on. Read-only; every message is
Vietnamese and keyed by the form's field ("lines.0.fine", "decided_on")."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.models import Case, CaseDecision, LegalAct, OfficerTitle, Violation
from app.models.decision_repository import graded_acts, issued_of_form
from app.services.fines import Competence, competence_problems
from app.services.follow_through.entries import DecisionEntry, DecisionLineEntry
from app.validation import validate_printable
from app.vntime import VN_TZ, vn

Errors = dict[str, str]

# the form each kind of decision prints (or, for MQĐ14, records)
FORM_OF_KIND = {"xu_phat": "MQĐ02", "tam_giu": "MQĐ20", "tich_thu": "MQĐ14", "khong_xu_phat": ""}
# the biên bản a decision rests on, in order of preference (Luật XLVPHC Đ57, Đ125 k4)
GROUND_FORMS = {"xu_phat": ("BB-VPHC",), "tam_giu": ("BB-TG", "BB-VPHC"), "tich_thu": ()}
GROUND_TITLES = {"BB-VPHC": "biên bản vi phạm hành chính", "BB-TG": "biên bản tạm giữ"}
MIN_PAY_DAYS = 10  # Luật XLVPHC Điều 73 k1: 10 days from receipt, or more if the decision says so
MAX_HELD_DAYS = 60  # MQĐ20 note (9): "không quá 02 tháng, kể từ ngày lập biên bản"
DELIVERY = ("truc_tiep", "buu_dien", "dien_tu", "niem_yet")
NOT_SANCTIONED = ("khong_vi_pham", "het_thoi_hieu", "chuyen_co_quan_khac",
                  "khong_xac_dinh_doi_tuong", "khac")


def short_date(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


@dataclass(frozen=True)
class Ground:
    """The biên bản a decision rests on: its form, number and the day it was made."""

    form_code: str
    number: str
    made_on: date


def ground_of(session: Session, case_id: uuid.UUID, kind: str) -> Ground | None:
    for code in GROUND_FORMS.get(kind, ()):
        doc = issued_of_form(session, case_id, code)
        if doc is not None:
            return Ground(code, doc.number, vn(doc.issued_at).date())
    return None


def date_errors(session: Session, case: Case, kind: str, on: date | None, today: date,
                field: str = "decided_on") -> Errors:
    """A decision is not dated in the future, nor before the biên bản it rests on."""
    if on is None:
        return {}
    if on > today:
        return {field: f"Ngày {short_date(on)} chưa tới: không ghi ngày trong tương lai."}
    ground = ground_of(session, case.id, kind)
    if ground is not None and on < ground.made_on:
        return {field: f"Ngày ra quyết định {short_date(on)} trước ngày lập "
                       f"{GROUND_TITLES[ground.form_code]} số {ground.number} "
                       f"({short_date(ground.made_on)}): quyết định phải ra sau biên bản."}
    return {}


def _printable(errors: Errors, field: str, text: str) -> None:
    message = validate_printable(text)
    if message and field not in errors:
        errors[field] = message


def _line_errors(session: Session, case: Case, i: int, line: DecisionLineEntry,
                 errors: Errors) -> None:
    key = f"lines.{i}"
    if line.violation_id:
        try:
            vid = uuid.UUID(str(line.violation_id))
        except ValueError:
            vid = None
        found = session.get(Violation, vid) if vid else None
        if found is None or found.inspection_id != case.id or found.deleted_at is not None:
            errors[f"{key}.violation_id"] = "Hành vi này không thuộc vụ việc."
    act = session.get(LegalAct, line.legal_act_code) if line.legal_act_code else None
    if line.legal_act_code and act is None:
        errors[f"{key}.legal_act_code"] = "Điều, khoản, điểm không có trong danh mục."
    if line.fine < 0:
        errors[f"{key}.fine"] = "Mức phạt không được âm."
    elif line.fine == 0 and act is not None and act.fine_max and not _warning_allowed(act):
        errors[f"{key}.fine"] = (f"Hành vi tại {act.citation} không áp dụng hình thức cảnh cáo: "
                                 "nhập mức phạt tiền.")
    if line.remedial_days is not None and not 1 <= line.remedial_days <= 365:
        errors[f"{key}.remedial_days"] = "Thời hạn khắc phục hậu quả từ 01 đến 365 ngày."
    for name in ("additional", "remedial"):
        _printable(errors, f"{key}.{name}", getattr(line, name))


def _warning_allowed(act: LegalAct) -> bool:
    return act.warning_allowed or act.fine_min == 0


def form_errors(session: Session, case: Case, kind: str, form: DecisionEntry, today: date) -> Errors:
    """What is wrong with ``form`` for a decision of ``kind`` on ``case`` (a draft may still
    lack what issuing needs: see :func:`issue_errors`)."""
    errors: Errors = date_errors(session, case, kind, form.decided_on, today)
    if form.subject_kind not in ("individual", "organisation"):
        errors["subject_kind"] = "Chọn cá nhân hoặc tổ chức."
    elif case.subject is not None and case.subject.kind != form.subject_kind:
        who = "tổ chức" if case.subject.is_organisation else "cá nhân"
        errors["subject_kind"] = f"Đối tượng của vụ việc là {who}."
    if form.signer_title_code and session.get(OfficerTitle, form.signer_title_code) is None:
        errors["signer_title_code"] = "Chức vụ người ký không có trong danh mục."
    if kind == "xu_phat" and not form.lines:
        errors["lines"] = "Quyết định xử phạt phải ghi ít nhất một hành vi vi phạm."
    for i, line in enumerate(form.lines):
        _line_errors(session, case, i, line, errors)
    if form.confiscated_value < 0:
        errors["confiscated_value"] = "Trị giá tang vật tịch thu không được âm."
    if not MIN_PAY_DAYS <= form.pay_within_days <= 365:
        errors["pay_within_days"] = (f"Thời hạn nộp phạt ít nhất {MIN_PAY_DAYS} ngày kể từ ngày nhận "
                                     "quyết định (Luật Xử lý vi phạm hành chính, Điều 73), nhiều nhất 365 ngày.")
    account = form.pay_account.strip()
    if account and not (all(c.isdigit() or c in ".- " for c in account) and any(c.isdigit() for c in account)):
        errors["pay_account"] = "Số tài khoản chỉ gồm chữ số (có thể có dấu chấm, gạch nối)."
    if form.held_days is not None and not 1 <= form.held_days <= MAX_HELD_DAYS:
        errors["held_days"] = (f"Thời hạn tạm giữ từ 01 đến {MAX_HELD_DAYS} ngày (không quá 02 tháng "
                               "kể từ ngày lập biên bản).")
    for name in ("place", "signer_name", "aggravating", "mitigating", "reason", "held_place", "number"):
        _printable(errors, name, getattr(form, name))
    if "signer_title_code" not in errors and "subject_kind" not in errors:
        problem = competence_problem_of(session, kind, form.signer_title_code, form.subject_kind,
                                        [(line.legal_act_code, line.fine) for line in form.lines],
                                        form.confiscated_value)
        if problem:
            errors["signer_title_code"] = problem
    return errors


def competence_problem_of(session: Session, kind: str, title_code: str | None, subject_kind: str,
                          lines: Sequence[tuple[str, int | None]], confiscated_value: int) -> str | None:
    """The NĐ 189/2025 refusal for a decision of ``kind`` signed under ``title_code``."""
    if kind not in ("xu_phat", "tich_thu") or not title_code:
        return None
    title = session.get(OfficerTitle, title_code)
    if title is None:
        return "Chức vụ người ký không có trong danh mục."
    acts = [(session.get(LegalAct, code) if code else None, fine) for code, fine in lines]
    problems = competence_problems(acts, organisation=subject_kind == "organisation",
                                   competence=Competence.of(title), graded=graded_acts(session),
                                   confiscated_value=confiscated_value)
    if not problems:
        return None
    return " ".join(problems) + " Quyết định phải do người có thẩm quyền cao hơn ký."


def issue_errors(session: Session, case: Case, d: CaseDecision, today: date) -> Errors:
    """What a decision must hold before a number is taken (beyond :func:`form_errors`)."""
    errors: Errors = {}
    if d.decided_on is None:
        errors["decided_on"] = "Nhập ngày ra quyết định."
    else:
        errors |= date_errors(session, case, d.kind, d.decided_on, today)
    if not d.place.strip():
        errors["place"] = "Nhập địa danh ghi trên quyết định (VD Lạng Sơn)."
    if not d.signer_name.strip():
        errors["signer_name"] = "Chọn người ký quyết định."
    if not d.signer_title_code:
        errors["signer_title_code"] = "Chọn chức vụ người ký (thẩm quyền theo Nghị định 189/2025/NĐ-CP)."
    else:
        title = session.get(OfficerTitle, d.signer_title_code)
        if title is not None and title.agency_level == "other":
            errors["signer_title_code"] = (f"Quyết định của {title.name} do cơ quan của người ký ban hành, "
                                           "không lấy số của đơn vị: chuyển hồ sơ đến người có thẩm quyền.")
        problem = competence_problem_of(session, d.kind, d.signer_title_code, d.subject_kind,
                                        [(ln.get("legal_act_code", ""), ln.get("fine")) for ln in d.lines],
                                        d.confiscated_value)
        if problem and "signer_title_code" not in errors:
            errors["signer_title_code"] = problem
    if d.kind == "xu_phat":
        if not d.lines:
            errors["lines"] = "Quyết định xử phạt phải ghi ít nhất một hành vi vi phạm."
        if d.fine_total > 0 and not d.pay_account.strip():
            errors["pay_account"] = "Nhập số tài khoản Kho bạc nhận tiền phạt."
    if d.kind == "tam_giu":
        if not d.reason.strip():
            errors["reason"] = "Ghi lý do tạm giữ (khoản 1 Điều 125 Luật Xử lý vi phạm hành chính)."
        if d.held_days is None:
            errors["held_days"] = "Nhập thời hạn tạm giữ (ngày)."
        if not d.held_place.strip():
            errors["held_place"] = "Ghi địa điểm tạm giữ tang vật."
    return errors


def today_vn() -> date:
    from datetime import datetime

    return datetime.now(VN_TZ).date()


def line_dicts(lines: Sequence[DecisionLineEntry]) -> list[dict[str, Any]]:
    """The JSON the record stores (the wire's DecisionLine)."""
    return [
        {"violation_id": str(ln.violation_id) if ln.violation_id else None,
         "legal_act_code": ln.legal_act_code, "fine": int(ln.fine),
         "additional": ln.additional.strip(), "remedial": ln.remedial.strip(),
         "remedial_days": ln.remedial_days}
        for ln in lines
    ]
