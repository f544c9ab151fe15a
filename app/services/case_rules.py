"""What a case must hold: field rules for drafts, completeness rules for finalising.

A draft may be incomplete, but whatever it holds must be well-formed. Finalising checks
everything the printed biên bản needs and lists what is missing, field by field.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from app.services.case_entry import CaseEntry, SubjectEntry
from app.validation import (
    cccd_birth,
    parse_money,
    parse_quantity,
    validate_not_future,
    validate_person_id,
    validate_printable,
    validate_range,
    validate_tax_code,
)

Errors = dict[str, str]


def _put(errors: Errors, field: str, message: str | None) -> None:
    if message and field not in errors:
        errors[field] = message


def _subject_errors(s: SubjectEntry, errors: Errors, now: datetime) -> None:
    p = "subject."
    if s.is_blank():
        return
    if s.tax_code.strip():  # "Mã số thuế (nếu có)" of an individual is checked the same way
        _put(errors, p + "tax_code", validate_tax_code(s.tax_code, now.date()))
    if s.kind == "organisation":
        _put(errors, p + "registration_issued_on", validate_not_future(s.registration_issued_on, now))
        return
    _put(errors, p + "birth_date", validate_not_future(s.birth_date, now))
    _put(errors, p + "id_issued_on", validate_not_future(s.id_issued_on, now))
    if s.id_number.strip():
        msg = validate_person_id(s.id_kind, s.id_number, now.date())
        _put(errors, p + "id_number", msg)
        if msg is None and s.id_kind == "cccd":
            year, sex = cccd_birth(s.id_number)  # type: ignore[misc]
            if s.birth_date and s.birth_date.year != year:
                _put(errors, p + "id_number", f"Số định danh ghi năm sinh {year}, khác ngày sinh đã nhập.")
            if s.gender in ("nam", "nữ") and s.gender != sex:
                _put(errors, p + "id_number", f"Số định danh ghi giới tính {sex}, khác giới tính đã nhập.")
    if s.birth_date and s.id_issued_on and s.id_issued_on < s.birth_date:
        _put(errors, p + "id_issued_on", "Ngày cấp không thể trước ngày sinh.")


def _printable_errors(form: Any, errors: Errors, path: str = "") -> None:
    """Every text field prints on the biên bản: a character the documents cannot print is
    refused at its field (a legal record never loses a character)."""
    for f in dataclasses.fields(form):
        value = getattr(form, f.name)
        if isinstance(value, str):
            _put(errors, path + f.name, validate_printable(value))
        elif dataclasses.is_dataclass(value):
            _printable_errors(value, errors, f"{path}{f.name}.")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if dataclasses.is_dataclass(item):
                    _printable_errors(item, errors, f"{path}{f.name}.{i}.")


def draft_errors(form: CaseEntry, now: datetime | None = None) -> Errors:
    """Errors in what the draft holds (never about what it lacks)."""
    now = now or datetime.now(UTC)
    e: Errors = {}
    _printable_errors(form, e)
    _put(e, "started_at", validate_not_future(form.started_at, now))
    _put(e, "ended_at", validate_not_future(form.ended_at, now))
    _put(e, "ended_at", validate_range(form.started_at, form.ended_at))
    _put(e, "decision_date", validate_not_future(form.decision_date, now))
    if form.decision_date and form.started_at and form.decision_date > form.started_at.date():
        _put(e, "decision_date", "Quyết định kiểm tra phải có trước khi bắt đầu kiểm tra.")
    _subject_errors(form.subject, e, now)
    for i, m in enumerate(form.members):
        if not m.full_name.strip() and (m.badge_no.strip() or m.position_title.strip()):
            _put(e, f"members.{i}.full_name", "Nhập họ tên thành viên đoàn.")
    if sum(1 for m in form.members if m.is_leader) > 1:
        _put(e, "members", "Đoàn kiểm tra chỉ có một Trưởng đoàn.")
    for i, g in enumerate(form.goods):
        if not g.name.strip():
            _put(e, f"goods.{i}.name", "Nhập tên hàng hóa.")
        if g.quantity.strip():
            _put(e, f"goods.{i}.quantity", parse_quantity(g.quantity)[1])
        _put(e, f"goods.{i}.estimated_value", parse_money(g.estimated_value)[1])
    for i, v in enumerate(form.violations):
        if not v.legal_act_code:
            _put(e, f"violations.{i}.legal_act_code", "Chọn hành vi vi phạm theo điều, khoản.")
        _put(e, f"violations.{i}.proposed_fine", parse_money(v.proposed_fine)[1])
    for si, sz in enumerate(form.seizures):
        _put(e, f"seizures.{si}.seized_at", validate_not_future(sz.seized_at, now))
        for ii, it in enumerate(sz.items):
            p = f"seizures.{si}.items.{ii}."
            if not it.name.strip():
                _put(e, p + "name", "Nhập tên tang vật.")
            if not it.unit.strip():
                _put(e, p + "unit", "Chọn đơn vị tính.")
            _put(e, p + "quantity", parse_quantity(it.quantity)[1])
            _put(e, p + "estimated_value", parse_money(it.estimated_value)[1])
    return e


def finalise_errors(form: CaseEntry, now: datetime | None = None) -> Errors:
    """Everything missing or wrong for the biên bản to be complete."""
    e = draft_errors(form, now)
    need = "Bắt buộc khi hoàn tất biên bản."
    if form.basis_kind == "decision":
        if not form.decision_no.strip():
            _put(e, "decision_no", "Nhập số Quyết định kiểm tra.")
        if not form.decision_date:
            _put(e, "decision_date", "Nhập ngày của Quyết định kiểm tra.")
    elif not form.surprise_ground.strip():
        _put(e, "surprise_ground", "Ghi căn cứ kiểm tra đột xuất (tin báo, dấu hiệu vi phạm).")
    if not form.started_at:
        _put(e, "started_at", "Nhập thời điểm bắt đầu kiểm tra.")
    if not form.ended_at:
        _put(e, "ended_at", "Nhập thời điểm kết thúc kiểm tra.")
    if not form.place_address.strip():
        _put(e, "place_address", "Nhập địa điểm kiểm tra.")
    if not form.commune_code:
        _put(e, "commune_code", "Chọn xã/phường nơi kiểm tra.")
    s = form.subject
    if s.is_blank() or not s.name.strip():
        _put(e, "subject.name", "Nhập đối tượng được kiểm tra.")
    elif s.kind == "organisation":
        if not s.tax_code.strip():
            _put(e, "subject.tax_code", "Nhập mã số doanh nghiệp / mã số thuế.")
        if not s.representative_name.strip():
            _put(e, "subject.representative_name", "Nhập người đại diện theo pháp luật.")
        if not s.address.strip():
            _put(e, "subject.address", "Nhập địa chỉ trụ sở chính.")
    else:
        if not s.id_number.strip():
            _put(e, "subject.id_number", "Nhập số định danh cá nhân, CMND hoặc hộ chiếu.")
        if not s.address.strip():
            _put(e, "subject.address", "Nhập nơi ở hiện tại.")
    members = [m for m in form.members if m.full_name.strip()]
    if len(members) < 2:
        _put(e, "members", "Đoàn kiểm tra phải có ít nhất 2 người.")
    elif not any(m.is_leader for m in members):
        _put(e, "members", "Chỉ định Trưởng đoàn kiểm tra.")
    for i, m in enumerate(form.members):
        if m.full_name.strip() and not m.badge_no.strip():
            _put(e, f"members.{i}.badge_no", "Nhập số hiệu công chức.")
    if not form.contents.strip() and not any(f.content.strip() for f in form.findings):
        _put(e, "findings", "Ghi nội dung và kết quả kiểm tra.")
    if form.refusal_reason.strip() and not form.witnesses:
        _put(e, "witnesses", "Đối tượng không ký: cần người chứng kiến hoặc đại diện chính quyền.")
    for si, sz in enumerate(form.seizures):
        if not sz.items:
            _put(e, f"seizures.{si}.items", "Biên bản tạm giữ phải có ít nhất một tang vật.")
        if not sz.storage_place.strip():
            _put(e, f"seizures.{si}.storage_place", "Nhập nơi bảo quản tang vật.")
    if form.subject.kind == "individual" and not form.subject_present and not form.witnesses:
        _put(e, "witnesses", need)
    return e


# --- derived flags ----------------------------------------------------------------------------


def goods_codes(form: CaseEntry) -> set[str]:
    """The goods categories a case names, inspected or seized."""
    codes = {g.category_code for g in form.goods} | {i.category_code for s in form.seizures for i in s.items}
    codes.discard("")
    return codes


def raise_criminal_signs(form: CaseEntry, prohibited: bool) -> None:
    """Prohibited goods (ma túy, vũ khí, pháo nổ, tiền giả, động vật hoang dã quý hiếm, khí
    N2O …) raise "Có dấu hiệu tội phạm" on every violation of the case, for review
    (DOMAIN.md). The flag stays raised unless the inspector clears it with a written reason
    (``criminal_signs_cleared``), which is kept on the violation and in the audit log (who,
    when, why: app.services.cases). A ticked flag needs no reason; without prohibited goods
    the flag is the inspector's own call and no reason is kept."""
    for v in form.violations:
        v.criminal_signs_cleared = v.criminal_signs_cleared.strip()
        if v.criminal_signs or not prohibited:
            v.criminal_signs_cleared = ""
        elif not v.criminal_signs_cleared:
            v.criminal_signs = True
