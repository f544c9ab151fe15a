"""Use-cases of a case: save a draft, finalise, amend, delete a draft.

Services take a session, validate, flush; the caller's unit of work commits. Nothing is
written when validation fails.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound, RecordLocked, ValidationFailed
from app.models import (
    FINALISED,
    Case,
    CaseMember,
    CooperatingForce,
    Finding,
    InspectedGoods,
    SeizedItem,
    Seizure,
    Subject,
    Violation,
    Witness,
    utcnow,
)
from app.models import case_repository as repo
from app.models.case_index import unindex_case
from app.services import case_mapping as cm
from app.services.audit import record_event
from app.services.case_entry import CaseEntry
from app.services.case_rules import draft_errors, finalise_errors
from app.services.case_write import derive_flags, finish, new_case, own_unit, writing
from app.services.context import Actor
from app.services.follow_through.due import refresh_due

LOCKED_MESSAGE = (
    "Vụ việc đã hoàn tất và khóa lại, không thể sửa. "
    "Muốn đính chính, hãy lập bản sửa đổi (đính chính) liên kết với vụ việc này."
)


def load_case(session: Session, case_id: uuid.UUID | str) -> Case:
    ins = repo.find_case(session, case_id)
    if ins is None or ins.deleted_at is not None:
        raise NotFound("Không tìm thấy vụ việc.")
    return ins


def get_case_entry(session: Session, case_id: uuid.UUID | str) -> CaseEntry:
    from app.services.settings import ensure_device_id

    ins = load_case(session, case_id)
    form = cm.case_form(ins)
    form.owned_here = not ins.origin_device or ins.origin_device == ensure_device_id(session)
    return form


def _resolve_subject(session: Session, form: CaseEntry, origin: str) -> Subject | None:
    sf = form.subject
    if sf.is_blank():
        return None
    values = cm.subject_values(sf)
    subject = session.get(Subject, uuid.UUID(sf.id)) if sf.id else None
    if subject is None:
        subject = Subject(origin_device=origin, **values)
        if sf.id:
            subject.id = uuid.UUID(sf.id)
        session.add(subject)
    elif cm.assign(subject, values):
        subject.touch()
    return subject


def _apply(session: Session, ins: Case, form: CaseEntry, origin: str) -> None:
    cm.assign(ins, cm.scalar_values(form))
    ins.subject = _resolve_subject(session, form, origin)
    cm.sync_rows(ins.members, form.members, CaseMember, cm.member_values, origin)
    cm.sync_rows(ins.forces, form.forces, CooperatingForce, cm.force_values, origin)
    cm.sync_rows(ins.witnesses, form.witnesses, Witness, cm.witness_values, origin)
    cm.sync_rows(ins.findings, form.findings, Finding, cm.finding_values, origin)
    cm.sync_rows(ins.goods, form.goods, InspectedGoods, cm.goods_values, origin)
    cm.sync_rows(ins.violations, form.violations, Violation, cm.violation_values, origin)
    cm.sync_rows(ins.seizures, form.seizures, Seizure, cm.seizure_values, origin)
    for seizure, sf in zip(cm.live(ins.seizures), form.seizures, strict=True):
        cm.sync_rows(seizure.items, sf.items, SeizedItem, cm.item_values, origin)


def _cleared_flags(session: Session, ins: Case, before: dict[int, str], actor: Actor) -> None:
    """A criminal-signs flag cleared by the inspector: who, when and why, in the audit log."""
    for pos, v in enumerate(cm.live(ins.violations)):
        if v.criminal_signs_cleared and v.criminal_signs_cleared != before.get(pos, ""):
            record_event(session, actor, "clear_criminal_signs", "violation", v.id, v.criminal_signs_cleared)


def save_case(session: Session, form: CaseEntry, actor: Actor, *, now: datetime | None = None) -> Case:
    """Create or update a draft. Raises ValidationFailed, RecordLocked or Conflict."""
    errors = draft_errors(form, now)
    if errors:
        raise ValidationFailed(errors)
    w = writing(session, actor)
    ins = repo.find_case(session, form.id) if form.id else None
    if ins is not None and ins.deleted_at is not None:
        raise NotFound("Không tìm thấy vụ việc.")
    derive_flags(session, form)
    if ins is None:
        ins = new_case(session, w, form.id)
        before: dict[int, str] = {}
        action = "create"
    else:
        if ins.is_finalised:
            raise RecordLocked(LOCKED_MESSAGE)
        _require_own(ins, actor)
        if form.version is not None and form.version != ins.version:
            raise Conflict("Vụ việc đã được sửa ở cửa sổ khác sau khi bạn mở: hãy mở lại để xem.")
        before = {pos: v.criminal_signs_cleared for pos, v in enumerate(cm.live(ins.violations))}
        own_unit(ins, w)
        ins.touch()
        action = "update"
    _apply(session, ins, form, actor.device_id)
    finish(session, ins)
    record_event(session, actor, action, "inspection", ins.id)
    _cleared_flags(session, ins, before, actor)
    session.flush()
    form.id, form.version = str(ins.id), ins.version
    return ins


def _require_own(ins: Case, actor: Actor) -> None:
    """A draft belongs to the laptop that made it (SYNC.md): a colleague's draft that
    arrived by sync is read here, not changed."""
    if ins.origin_device and ins.origin_device != actor.device_id:
        raise RecordLocked(
            "Bản nháp này do máy khác trong đội lập: chỉ máy đó được sửa. "
            "Máy này chỉ xem được."
        )


@dataclass(frozen=True)
class FinaliseSummary:
    """What finalising will lock, in words for the confirmation dialog."""

    title: str
    lines: list[str]
    missing: dict[str, str]


def finalise_summary(session: Session, case_id: uuid.UUID | str) -> FinaliseSummary:
    ins = load_case(session, case_id)
    form = cm.case_form(ins)
    lines = [f"Biên bản kiểm tra vụ số {ins.local_no}"]
    if ins.subject:
        lines.append(f"Đối tượng: {ins.subject.name}")
    lines.append(f"{len(form.members)} thành viên đoàn kiểm tra")
    if form.goods:
        lines.append(f"{len(form.goods)} mặt hàng được kiểm tra")
    if form.violations:
        lines.append(f"{len(form.violations)} hành vi vi phạm")
    for s in form.seizures:
        lines.append(f"Tạm giữ {len(s.items)} tang vật")
    return FinaliseSummary(f"Vụ số {ins.local_no}", lines, finalise_errors(form))


def finalise_case(session: Session, case_id: uuid.UUID | str, actor: Actor) -> Case:
    """Lock the case. Raises ValidationFailed listing everything still missing."""
    ins = load_case(session, case_id)
    if ins.is_finalised:
        raise RecordLocked(LOCKED_MESSAGE)
    _require_own(ins, actor)
    errors = finalise_errors(cm.case_form(ins))
    if errors:
        raise ValidationFailed(errors)
    ins.status = FINALISED
    ins.finalised_at = utcnow()
    ins.finalised_by = actor.officer_name
    ins.touch()
    record_event(session, actor, "finalise", "inspection", ins.id)
    session.flush()
    refresh_due(session, [ins.id, *([ins.amends_id] if ins.amends_id else [])])
    return ins


def amend_case(session: Session, case_id: uuid.UUID | str, reason: str, actor: Actor) -> Case:
    """A new draft copied from a finalised case and linked to it (đính chính)."""
    original = load_case(session, case_id)
    if not original.is_finalised:
        raise Conflict("Chỉ lập bản đính chính cho vụ việc đã hoàn tất; bản nháp thì sửa trực tiếp.")
    if not reason.strip():
        raise ValidationFailed({"amendment_reason": "Ghi lý do đính chính."})
    form = cm.case_form(original)
    form.id, form.version = None, None
    copy = save_case(session, form, actor)
    copy.amends_id = original.id
    copy.amendment_reason = cm.clean(reason)
    record_event(session, actor, "amend", "inspection", original.id, str(copy.id))
    session.flush()
    return copy


def delete_draft(session: Session, case_id: uuid.UUID | str, actor: Actor) -> None:
    """Tombstone a draft (never a finalised case, nor one a biên bản was issued for):
    the version moves on, so sync carries the deletion."""
    ins = load_case(session, case_id)
    if ins.is_finalised:
        raise RecordLocked(LOCKED_MESSAGE)
    _require_own(ins, actor)
    if repo.has_issued_documents(session, ins.id):
        raise RecordLocked("Vụ việc đã có biên bản được cấp số, không xóa được.")
    ins.deleted_at = datetime.now(UTC)
    ins.touch()
    unindex_case(session, ins)
    record_event(session, actor, "delete", "inspection", ins.id)
    session.flush()
