"""Cases as the console shows them: the list (filters, folded search, keyset paging) and
the detail (the case payload, its biên bản, photos, and who saw its personal data).

Every query starts from :mod:`server.console.scope`; a case outside the viewer's scope is
:class:`NotFound`, exactly like a case that does not exist.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationFailed
from app.text import fold
from app.vntime import VN_TZ
from server.console import audit
from server.console.models import AuditEntry, CaseIndex, DocumentIndex
from server.console.scope import Viewer, readable_cases, readable_records
from server.models import SyncRecord

PAGE_SIZE = 50
STATUSES = {"draft": "Đang lập", "finalised": "Đã hoàn tất"}


@dataclass(frozen=True)
class CaseFilter:
    q: str = ""
    unit_id: uuid.UUID | None = None
    commune: str = ""
    status: str = ""
    since: date | None = None
    until: date | None = None
    after: str = ""  # the keyset cursor: "<started_at iso>|<id>" of the last row shown


@dataclass
class CasePage:
    rows: list[CaseIndex]
    next_cursor: str | None


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, VN_TZ)


def page(session: Session, viewer: Viewer, f: CaseFilter, size: int = PAGE_SIZE) -> CasePage:
    stmt = readable_cases(viewer)
    if f.unit_id:
        stmt = stmt.where(CaseIndex.unit_id == f.unit_id)
    if f.commune:
        stmt = stmt.where(CaseIndex.commune_code == f.commune.strip())
    if f.status:
        stmt = stmt.where(CaseIndex.status == f.status)
    if f.since:
        stmt = stmt.where(CaseIndex.started_at >= _start(f.since))
    if f.until:
        stmt = stmt.where(CaseIndex.started_at < _start(f.until + timedelta(days=1)))
    for word in fold(f.q).split()[:6]:
        stmt = stmt.where(CaseIndex.folded.contains(word, autoescape=True))
    if f.after:
        at, _, last = f.after.partition("|")
        try:
            at_dt, last_id = datetime.fromisoformat(at), uuid.UUID(last)
        except ValueError:
            raise ValidationFailed({"sau": "Trang tiếp theo không hợp lệ."}) from None
        stmt = stmt.where(or_(CaseIndex.started_at < at_dt,
                              and_(CaseIndex.started_at == at_dt, CaseIndex.id < last_id)))
    rows = list(session.scalars(
        stmt.order_by(CaseIndex.started_at.desc(), CaseIndex.id.desc()).limit(size + 1)))
    more = len(rows) > size
    rows = rows[:size]
    cursor = f"{rows[-1].started_at.isoformat()}|{rows[-1].id}" if more else None
    return CasePage(rows, cursor)


@dataclass
class IssuedView:
    id: uuid.UUID
    number: str
    form_code: str
    issued_at: datetime
    issued_by: str
    status: str
    amended_by: list[str] = field(default_factory=list)
    verify_hash: str = ""


@dataclass
class CaseDetail:
    id: uuid.UUID
    unit_id: uuid.UUID | None
    version: int
    received_at: datetime
    data: dict[str, Any]
    documents: list[IssuedView]
    photos: list[dict[str, Any]]
    views: list[AuditEntry]


def _record(session: Session, viewer: Viewer, case_id: uuid.UUID) -> SyncRecord:
    row = session.scalar(readable_records(viewer, "case", "cases.read")
                         .where(SyncRecord.id == case_id, SyncRecord.deleted_at.is_(None)))
    if row is None:
        raise NotFound("Không có hồ sơ này trong phạm vi của bạn.")
    return row


def detail(session: Session, viewer: Viewer, case_id: uuid.UUID) -> CaseDetail:
    row = _record(session, viewer, case_id)
    data = json.loads(row.payload)
    subject = data.get("subject") or {}
    if subject.get("id_number"):
        subject["id_number_hidden"] = True
        subject["id_number"] = None  # shown only through reveal_id_number (audited)
    docs = session.scalars(
        readable_records(viewer, "issued_document", "cases.read")
        .join(DocumentIndex, DocumentIndex.id == SyncRecord.id)
        .where(DocumentIndex.case_id == case_id).order_by(SyncRecord.sequence))
    documents = []
    by_id: dict[uuid.UUID, IssuedView] = {}
    for d in docs:
        p = json.loads(d.payload)
        view = IssuedView(d.id, p["number"], p["form_code"], datetime.fromisoformat(
            p["issued_at"]), p.get("issued_by", ""), p.get("status", "issued"),
            verify_hash=p["fingerprint"])
        documents.append(view)
        by_id[d.id] = view
    for doc_id, corrects in session.execute(
            select(DocumentIndex.id, DocumentIndex.corrects_id)
            .where(DocumentIndex.corrects_id.in_(list(by_id)))):
        newer = next((v for v in documents if v.id == doc_id), None)
        by_id[corrects].amended_by.append(newer.number if newer else str(doc_id))
    photos = [a for a in data.get("attachments") or [] if not a.get("deleted_at")]
    return CaseDetail(row.id, row.unit_id, row.version, row.received_at, data, documents,
                      photos, audit.entries(session, target_id=case_id, limit=50))


def reveal_id_number(session: Session, viewer: Viewer, case_id: uuid.UUID, reason: str) -> str:
    """The subject's ID number, written to the audit log with who, when and why."""
    viewer.require("personal.read")
    if len(reason.strip()) < 5:
        raise ValidationFailed({"ly_do": "Hãy ghi lý do xem (ít nhất 5 ký tự)."})
    data = json.loads(_record(session, viewer, case_id).payload)
    number = (data.get("subject") or {}).get("id_number") or ""
    audit.record(session, viewer, "view_id_number", target_id=case_id,
                 detail="Số giấy tờ của đối tượng", reason=reason.strip())
    return number


def photo(session: Session, viewer: Viewer, case_id: uuid.UUID, sha256: str) -> dict[str, Any]:
    """The attachment reference of one of the case's photos (the case must be readable)."""
    data = json.loads(_record(session, viewer, case_id).payload)
    for a in data.get("attachments") or []:
        if a["sha256"] == sha256 and not a.get("deleted_at"):
            return dict(a)
    raise NotFound("Không có ảnh này trong hồ sơ.")
