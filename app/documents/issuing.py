"""Issuing a biên bản: number, freeze (snapshot + PDF + hashes), reprint, void, correct.

Everything of one issue happens in the caller's single transaction: the number is taken
first (that takes SQLite's write lock), the snapshot is built and rendered, the document
row stored. Nothing is printed before the commit, so a crash never leaves a printed paper
without its record, nor a number used twice.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from app.errors import DomainError, NotFound
from app.models import ISSUED, VOID, IssuedDocument, utcnow
from app.services.audit import record_event
from app.services.case_checks import case_warnings
from app.services.cases import load_case
from app.services.context import Actor
from app.services.follow_through.due import refresh_due
from app.services.numbering import LOW_WATER, take_number
from app.services.settings import VERIFY_URL, current_unit, get_setting
from app.vntime import VN_TZ


class IssueRefused(DomainError):
    """The case cannot give this form (not finalised, no seizure for a BB-TG…)."""


class FormAlreadyIssued(IssueRefused):
    """The case already holds this form, issued and not void: a second one is either a
    replacement (the old one is voided, with a reason) or a correction (sửa đổi, bổ sung),
    chosen on purpose — never a second click."""

    def __init__(self, existing: IssuedDocument) -> None:
        self.existing_id = existing.id
        self.existing_number = existing.number
        super().__init__(
            f"Vụ việc đã có biên bản số {existing.number}. Chọn lập bản thay thế (bản cũ bị hủy, "
            "ghi lý do) hoặc lập biên bản sửa đổi, bổ sung."
        )


@dataclass(frozen=True)
class FormChoice:
    code: str
    title: str
    mau: str
    copies: int
    available: bool
    reason: str = ""


@dataclass(frozen=True)
class IssueResult:
    document_id: uuid.UUID
    number: str
    page_count: int
    copies: int
    sha256: str
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentRow:
    id: uuid.UUID
    form_code: str
    number: str
    issued_at: datetime
    status: str
    page_count: int
    copies: int
    reprints: int
    void_reason: str


@dataclass(frozen=True)
class IssueCheck:
    """What to show before a number is taken: the case's warnings and the document of this
    form the case already holds (the choice of a replacement or a correction)."""

    warnings: list[str]
    existing_id: uuid.UUID | None = None
    existing_number: str = ""


def check_before_issue(session: Session, case_id: uuid.UUID | str, form_code: str) -> IssueCheck:
    """The same rules :func:`issue_document` applies and reports, read without writing."""
    ins = load_case(session, case_id)
    previous = _previous_of_form(session, ins.id, form_code, corrects=None, replaces=None)
    warnings = list(case_warnings(session, ins).values())
    if previous is None:
        return IssueCheck(warnings)
    return IssueCheck(warnings, previous.id, previous.number)


def form_choices(session: Session, case_id: uuid.UUID | str) -> list[FormChoice]:
    """Every form, with whether this case can give it and, if not, why (in Vietnamese)."""
    return _choices(load_case(session, case_id))


def _choices(ins) -> list[FormChoice]:
    from app.documents.forms import FORMS

    live_violations = [v for v in ins.violations if v.deleted_at is None]
    seizures = [s for s in ins.seizures if s.deleted_at is None and any(i.deleted_at is None for i in s.items)]
    out = []
    for spec in FORMS.values():
        reason = ""
        if not ins.is_finalised:
            reason = "Vụ việc chưa hoàn tất"
        elif spec.needs_violations and not live_violations:
            reason = "Vụ việc chưa ghi hành vi vi phạm"
        elif spec.needs_seizure and not seizures:
            reason = "Vụ việc không có tang vật tạm giữ"
        out.append(FormChoice(spec.code, spec.title, spec.mau, spec.default_copies, not reason, reason))
    return out


def issue_document(
    session: Session,
    case_id: uuid.UUID | str,
    form_code: str,
    actor: Actor,
    *,
    now: datetime | None = None,
    verify_url: str | None = None,
    corrects: uuid.UUID | None = None,
    replaces: uuid.UUID | None = None,
    replace_reason: str = "",
) -> IssueResult:
    """Number, freeze and store ``form_code`` of the case.

    If the case already holds this form (issued, not void), the caller must say what the new
    one is: ``corrects`` (a biên bản sửa đổi, bổ sung of that document, which stays valid)
    or ``replaces`` with ``replace_reason`` (the old one is voided with that reason);
    otherwise :class:`FormAlreadyIssued` is raised and nothing is written.
    """
    from app.documents.forms import FORMS
    from app.documents.from_orm import snapshot_from_inspection
    from app.documents.render import render

    spec = FORMS.get(form_code)
    if spec is None:
        raise IssueRefused(f"Không có mẫu biên bản {form_code}.")
    if not spec.symbol:
        raise IssueRefused("Bảng kê là phụ lục: in kèm biên bản tạm giữ, không lấy số riêng.")
    ins = load_case(session, case_id)  # a read: pysqlite begins the transaction at the first write
    choice = next(c for c in _choices(ins) if c.code == form_code)
    if not choice.available:
        raise IssueRefused(f"Chưa lập được {spec.title.lower()}: {choice.reason.lower()}.")
    unit = current_unit(session)
    if unit is None:
        raise IssueRefused("Máy chưa được thiết lập đơn vị: không lấy được số biên bản.")
    previous = _previous_of_form(session, ins.id, form_code, corrects=corrects, replaces=replaces)
    if replaces is not None:
        void_document(session, replaces, replace_reason, actor)
        corrects = replaces
    elif corrects is None and previous is not None:
        raise FormAlreadyIssued(previous)
    now = now or datetime.now(UTC)
    year = now.astimezone(VN_TZ).year
    verify_url = verify_url or get_setting(session, VERIFY_URL)
    taken = take_number(session, unit, spec.symbol, year)  # first write: takes the lock
    doc_id = uuid.uuid4()
    snapshot = snapshot_from_inspection(
        ins, form_code=form_code, number=taken.number, session=session,
        document_id=str(doc_id), issued_at=now,
    )
    pdf = render(snapshot, verify_url=verify_url)
    copies = spec.copies(snapshot)
    doc = IssuedDocument(
        id=doc_id, inspection_id=ins.id, unit_id=unit.id, form_code=form_code, symbol=spec.symbol,
        year=year, sequence=taken.sequence, number=taken.number, issued_at=now,
        issued_by=actor.officer_name, snapshot=snapshot.to_json(), pdf=bytes(pdf),
        sha256=hashlib.sha256(pdf).hexdigest(), fingerprint=snapshot.fingerprint(),
        page_count=pdf.page_count, copies=copies, status=ISSUED, corrects_id=corrects,
        origin_device=actor.device_id,
    )
    session.add(doc)
    record_event(session, actor, "issue", "issued_document", doc_id, taken.number)
    session.flush()
    refresh_due(session, [ins.id])  # a BB-VPHC's date starts the term to decide
    warnings = list(case_warnings(session, ins).values())
    if taken.remaining < LOW_WATER:
        warnings.append(f"Chỉ còn {taken.remaining} số {spec.symbol} năm {year} cho máy này: hãy đồng bộ để nhận thêm.")
    return IssueResult(doc_id, taken.number, pdf.page_count, copies, doc.sha256, warnings)


def _previous_of_form(
    session: Session, case_id: uuid.UUID, form_code: str, *,
    corrects: uuid.UUID | None, replaces: uuid.UUID | None,
) -> IssuedDocument | None:
    """The case's latest issued (not void) document of this form; checks that a document
    named in ``corrects`` / ``replaces`` is one of this case and form."""
    for named in (corrects, replaces):
        if named is None:
            continue
        doc = _document(session, named)
        if doc.inspection_id != case_id or doc.form_code != form_code:
            raise IssueRefused(f"Biên bản {doc.number} không phải {form_code} của vụ việc này.")
    if replaces is not None and _document(session, replaces).status == VOID:
        raise IssueRefused("Biên bản cần thay thế đã hủy từ trước.")
    return session.scalar(
        select(IssuedDocument)
        .where(IssuedDocument.inspection_id == case_id, IssuedDocument.form_code == form_code,
               IssuedDocument.status == ISSUED)
        .order_by(IssuedDocument.issued_at.desc())
        .limit(1)
    )


def preview_document(session: Session, case_id: uuid.UUID | str, form_code: str,
                     *, verify_url: str | None = None) -> bytes:
    """The form as it would print, before a number is taken ("Số: ……/BB-KT"). Writes nothing."""
    from app.documents.forms import FORMS
    from app.documents.from_orm import snapshot_from_inspection
    from app.documents.render import render

    spec = FORMS.get(form_code)
    if spec is None:
        raise IssueRefused(f"Không có mẫu biên bản {form_code}.")
    ins = load_case(session, case_id)
    unit = current_unit(session)
    symbol = spec.symbol or "BB-TG"
    prefix = f"{unit.agency_code}{unit.team_code}" if unit else ""
    snapshot = snapshot_from_inspection(
        ins, form_code=form_code, number=f"{prefix}……/{symbol}", session=session,
        document_id="xem-truoc", issued_at=datetime.now(UTC),
    )
    return bytes(render(snapshot, verify_url=verify_url))


def _document(session: Session, doc_id: uuid.UUID | str, *, with_pdf: bool = False) -> IssuedDocument:
    stmt = select(IssuedDocument).where(IssuedDocument.id == uuid.UUID(str(doc_id)))
    if with_pdf:
        stmt = stmt.options(undefer(IssuedDocument.pdf), undefer(IssuedDocument.snapshot))
    doc = session.scalar(stmt)
    if doc is None:
        raise NotFound("Không tìm thấy biên bản.")
    return doc


def document_pdf(session: Session, doc_id: uuid.UUID | str) -> bytes:
    """The frozen PDF exactly as issued (for preview and verification)."""
    return _document(session, doc_id, with_pdf=True).pdf


def reprint(session: Session, doc_id: uuid.UUID | str, actor: Actor) -> bytes:
    """The same bytes as issued, counted as a reprint. A void document is not reprinted."""
    doc = _document(session, doc_id, with_pdf=True)
    if doc.status == VOID:
        raise IssueRefused(f"Biên bản {doc.number} đã hủy, không in lại được.")
    doc.reprints += 1
    record_event(session, actor, "reprint", "issued_document", doc.id, str(doc.reprints))
    session.flush()
    return doc.pdf


def void_document(session: Session, doc_id: uuid.UUID | str, reason: str, actor: Actor) -> None:
    """Mark a spoiled document void. It keeps its number; the number is never reused."""
    if not reason.strip():
        from app.errors import ValidationFailed

        raise ValidationFailed({"void_reason": "Ghi lý do hủy biên bản (VD in hỏng, ghi sai)."})
    doc = _document(session, doc_id)
    if doc.status == VOID:
        raise IssueRefused(f"Biên bản {doc.number} đã hủy từ trước.")
    doc.status, doc.void_reason, doc.voided_at = VOID, reason.strip(), utcnow()
    doc.touch()
    record_event(session, actor, "void", "issued_document", doc.id, reason.strip())
    session.flush()
    refresh_due(session, [doc.inspection_id])


def issue_correction(session: Session, doc_id: uuid.UUID | str, actor: Actor, **kwargs) -> IssueResult:
    """A new document of the same form, with a new number, that references the old one."""
    old = _document(session, doc_id)
    return issue_document(session, old.inspection_id, old.form_code, actor, corrects=old.id, **kwargs)


def case_documents(session: Session, case_id: uuid.UUID | str) -> list[DocumentRow]:
    rows = session.scalars(
        select(IssuedDocument)
        .where(IssuedDocument.inspection_id == uuid.UUID(str(case_id)))
        .order_by(IssuedDocument.issued_at)
    )
    return [DocumentRow(d.id, d.form_code, d.number, d.issued_at, d.status, d.page_count, d.copies,
                        d.reprints, d.void_reason) for d in rows]
