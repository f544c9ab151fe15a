"""A case with criminal signs handed to the investigating agency, and the agency's answer.

Prosecuted (khởi tố): the case counts as criminal, with its accused persons (bị can),
linked to the case's subject registry or new. Not prosecuted: the file comes back to the
administrative path and the decision is due 5 working days after it is received
(case_path.decision_term); the case counts as administrative (REPORTS.md).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from app.errors import NotFound, RecordLocked
from app.models import Subject
from app.models.outcome import VOID, Accused, CriminalReferral
from app.services.context import Actor
from app.services.follow_through import case_path as cp
from app.services.follow_through import records as rec
from app.services.follow_through.entries import AccusedEntry, AnswerEntry, ReferralEntry
from app.validation import validate_person_id

ANSWERS = (cp.PROSECUTED, cp.NOT_PROSECUTED)


def refer_case(session: Session, case_id: uuid.UUID | str, form: ReferralEntry,
               actor: Actor) -> CriminalReferral:
    """Record the transfer of the file (MQĐ33, BB-CHS); refusals: :func:`check_referral`."""
    ins, f = rec.open_case(session, case_id)
    record = rec.stamp(CriminalReferral(**check_referral(f, form)), ins, actor)
    session.add(record)
    return rec.after_write(session, actor, "record", "referral", record, record.agency)


def check_referral(f: rec.CaseFacts, form: ReferralEntry) -> dict[str, Any]:
    """The transfer's values, or ValidationFailed at its fields (pure over the case's facts).
    Refused while another referral waits or was prosecuted, and when a sanction decision
    stands (it must be voided first, Luật XLVPHC Đ62 k2)."""
    errors: rec.Errors = {}
    if not f.finalised:
        errors["case_id"] = "Vụ việc chưa hoàn tất biên bản."
    current = cp.referral(f)
    if current is not None and current.answer in (cp.WAITING, cp.PROSECUTED):
        errors["case_id"] = f"Hồ sơ đã chuyển {current.agency} ngày {current.transferred_on:%d/%m/%Y}."
    standing = cp.sanction(f)
    if standing is not None:
        errors["case_id"] = (f"Vụ việc đã có quyết định xử phạt số {standing.number or '…'}: hủy "
                             "quyết định trước khi chuyển hồ sơ.")
    transferred = rec.day(errors, "transferred_on", form.transferred_on,
                          required="Chưa nhập ngày chuyển hồ sơ.",
                          after=[(f.started_on, "ngày kiểm tra")])
    agency = rec.text(errors, "agency", form.agency, required="Ghi cơ quan điều tra tiếp nhận.")
    document = rec.text(errors, "document_no", form.document_no, limit=60)
    note = rec.text(errors, "note", form.note, limit=20_000)
    rec.raise_if(errors)
    return {"transferred_on": transferred, "agency": agency, "document_no": document,
            "note": note}


def record_answer(session: Session, referral_id: uuid.UUID | str, form: AnswerEntry,
                  accused: list[AccusedEntry], actor: Actor) -> CriminalReferral:
    """The agency's answer on a waiting referral, with the accused when prosecuted
    (refusals: :func:`check_answer`). Nothing is written when any field is wrong."""
    referral = session.get(CriminalReferral, rec.as_id(referral_id))
    if referral is None or referral.deleted_at is not None:
        raise NotFound("Không tìm thấy hồ sơ chuyển cơ quan điều tra.")
    if referral.status == VOID:
        raise RecordLocked("Hồ sơ chuyển đã bị hủy.")
    ins, _f = rec.open_case(session, referral.case_id)
    answer, people = check_answer(referral, form, accused,
                                  lambda sid: session.get(Subject, sid) is not None)
    note = answer.pop("note")
    for name, value in answer.items():
        setattr(referral, name, value)
    if note:
        referral.note = f"{referral.note}\n{note}".strip()
    referral.touch()
    persons = [rec.stamp(Accused(**values), ins, actor) for values in people]
    for person in persons:
        session.add(person)
        person.referral_id = referral.id
    session.flush()
    for person in persons:
        rec.record_event(session, actor, "record", "accused", person.id, person.full_name)
    return rec.after_write(session, actor, "answer", "referral", referral, referral.answer)


def check_answer(referral: Any, form: AnswerEntry, accused: list[AccusedEntry],
                 subject_known: Callable[[uuid.UUID], bool]) -> tuple[dict[str, Any],
                                                                      list[dict[str, Any]]]:
    """The answer's values (``answer``, ``answer_on``, ``answer_no``, ``returned_on``, and
    the ``note`` to add) and each accused person's, or ValidationFailed at their fields
    ("accused.1.full_name"): pure over the referral as recorded. Each accused is named; a
    subject of the case is linked by ``subject_id`` (``subject_known`` says it exists)."""
    errors: rec.Errors = {}
    if referral.answer != cp.WAITING:
        errors["answer"] = "Đã ghi kết quả: hủy bản ghi chuyển hồ sơ nếu kết quả ghi sai."
    answer = form.answer if form.answer in ANSWERS else ""
    if not answer:
        errors["answer"] = "Chọn kết quả: khởi tố hoặc không khởi tố."
    answer_on = rec.day(errors, "answer_on", form.answer_on, required="Chưa nhập ngày có kết quả.",
                        after=[(referral.transferred_on, "ngày chuyển hồ sơ")])
    returned = rec.day(errors, "returned_on", form.returned_on, required="",
                       after=[(answer_on, "ngày có kết quả")])
    if returned is not None and answer == cp.PROSECUTED:
        errors["returned_on"] = "Hồ sơ chỉ được trả lại khi không khởi tố."
    number = rec.text(errors, "answer_no", form.answer_no, limit=60)
    note = rec.text(errors, "note", form.note, limit=20_000)
    if accused and answer == cp.NOT_PROSECUTED:
        errors["accused"] = "Không khởi tố thì không có bị can."
    people = [_accused(i, person, errors, subject_known) for i, person in enumerate(accused)]
    rec.raise_if(errors)
    return ({"answer": answer, "answer_on": answer_on, "answer_no": number,
             "returned_on": returned or (answer_on if answer == cp.NOT_PROSECUTED else None),
             "note": note}, people)


def _accused(i: int, form: AccusedEntry, errors: rec.Errors,
             subject_known: Callable[[uuid.UUID], bool]) -> dict[str, Any]:
    field = f"accused.{i}."
    name = rec.text(errors, field + "full_name", form.full_name, limit=120,
                    required="Chưa nhập họ tên bị can.")
    subject_id = rec.as_id(form.subject_id)
    if form.subject_id and (subject_id is None or not subject_known(subject_id)):
        errors[field + "subject_id"] = "Không tìm thấy đối tượng."
    if form.birth_year is not None and not 1900 <= form.birth_year <= 2100:
        errors[field + "birth_year"] = "Năm sinh không hợp lệ."
    id_number = rec.text(errors, field + "id_number", form.id_number, limit=20)
    if id_number and len(id_number) == 12 and (message := validate_person_id("cccd", id_number)):
        errors[field + "id_number"] = message
    address = rec.text(errors, field + "address", form.address)
    return {"full_name": name, "subject_id": subject_id, "birth_year": form.birth_year,
            "id_number": id_number, "address": address}
