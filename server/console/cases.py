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

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationFailed
from app.services.follow_through.deadlines import today_vn
from app.statistics.cases import behind_ids
from app.statistics.periods import Period
from app.text import file_name, fold
from app.vntime import VN_TZ
from server.attachments import repository as blobs
from server.console import audit
from server.console.models import AuditEntry, CaseDue, CaseIndex, CaseTag, DocumentIndex
from server.console.scope import Viewer, readable_cases, readable_records, report_units
from server.models import SyncRecord

PAGE_SIZE = 50
STATUSES = {"draft": "Đang lập", "finalised": "Đã hoàn tất"}
ANY_OVERDUE = "tat_ca"
OVERDUE = {
    ANY_OVERDUE: "Có việc quá hạn",
    "tam_giu": "Quá hạn ra quyết định tạm giữ",
    "quyet_dinh": "Quá hạn ra quyết định xử phạt",
    "giao_quyet_dinh": "Quá hạn gửi quyết định",
    "nop_phat": "Quá hạn nộp phạt",
    "thoi_hieu": "Sắp hết thời hiệu thi hành",
    "tang_vat": "Quá hạn xử lý tang vật",
    "dong_ho_so": "Quá hạn kết thúc hồ sơ",
}
"""The case list's "overdue steps" filter: any, or one obligation (due.WHAT) past its date."""
DRILL_DIMS = ("unit_id", "force", "commune_code", "goods_category", "group", "subgroup")


@dataclass(frozen=True)
class FigureCases:
    """The cases behind a report's figure (app.statistics.cases.behind_ids): the period,
    the figure (None: any event) and a grouping's key."""

    period: Period
    figure: str | None = None
    where: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class CaseFilter:
    q: str = ""
    unit_id: uuid.UUID | None = None
    commune: str = ""
    status: str = ""
    since: date | None = None
    until: date | None = None
    after: str = ""  # the keyset cursor: "<started_at iso>|<id>" of the last row shown
    goods: str = ""  # a goods category code
    violations: str = ""  # "nhom:<group>" or "hanhvi:<subgroup>"
    overdue: str = ""  # ANY_OVERDUE or an obligation of OVERDUE
    behind: FigureCases | None = None


@dataclass
class CasePage:
    rows: list[CaseIndex]
    next_cursor: str | None
    overdue: dict[uuid.UUID, int] = field(default_factory=dict)  # case → overdue items


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
    if f.goods:
        stmt = stmt.where(CaseIndex.id.in_(select(CaseTag.case_id)
                                           .where(CaseTag.tag == f"hang:{f.goods}")))
    if f.violations:
        stmt = stmt.where(CaseIndex.id.in_(select(CaseTag.case_id)
                                           .where(CaseTag.tag == f.violations)))
    if f.overdue in OVERDUE:
        late = select(CaseDue.case_id).where(CaseDue.due_on < today_vn(),
                                             CaseDue.waiting.is_(False))
        if f.overdue != ANY_OVERDUE:
            late = late.where(CaseDue.what == f.overdue)
        stmt = stmt.where(CaseIndex.id.in_(late))
    if f.behind is not None:
        b = f.behind
        stmt = stmt.where(CaseIndex.id.in_(behind_ids(b.period, b.figure, dict(b.where),
                                                       report_units(viewer))))
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
    overdue: dict[uuid.UUID, int] = {}
    if rows:
        for case_id, n in session.execute(
                select(CaseDue.case_id, func.count())
                .where(CaseDue.case_id.in_([r.id for r in rows]), CaseDue.due_on < today_vn(),
                       CaseDue.waiting.is_(False)).group_by(CaseDue.case_id)):
            overdue[case_id] = int(n)
    return CasePage(rows, cursor, overdue)


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
    sha256: str = ""
    void_reason: str = ""
    corrects: str = ""  # the number of the biên bản this one corrects
    pdf_ready: bool = False  # the server holds the PDF the issuing laptop sent

    @property
    def file_name(self) -> str:
        return file_name(self.number, ".pdf")


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
    corrected: dict[uuid.UUID, uuid.UUID] = {}
    for d in docs:
        p = json.loads(d.payload)
        view = _issued(d.id, p)
        if p.get("corrects_id"):
            corrected[d.id] = uuid.UUID(p["corrects_id"])
        documents.append(view)
        by_id[d.id] = view
    for doc_id, corrects in session.execute(
            select(DocumentIndex.id, DocumentIndex.corrects_id)
            .where(DocumentIndex.corrects_id.in_(list(by_id)))):
        newer = by_id.get(doc_id)
        by_id[corrects].amended_by.append(newer.number if newer else str(doc_id))
    for doc_id, older in corrected.items():
        by_id[doc_id].corrects = by_id[older].number if older in by_id else ""
    documents.sort(key=lambda v: (v.issued_at, v.number))
    held = blobs.blobs(session, row.unit_id, [v.sha256 for v in documents]) if row.unit_id else {}
    for view in documents:
        view.pdf_ready = view.sha256 in held and held[view.sha256].complete
    photos = [a for a in data.get("attachments") or [] if not a.get("deleted_at")]
    return CaseDetail(row.id, row.unit_id, row.version, row.received_at, data, documents,
                      photos, audit.entries(session, target_id=case_id, limit=50))


def _issued(doc_id: uuid.UUID, p: dict[str, Any]) -> IssuedView:
    return IssuedView(doc_id, p["number"], p["form_code"], datetime.fromisoformat(p["issued_at"]),
                      p.get("issued_by", ""), p.get("status", "issued"),
                      verify_hash=p["fingerprint"], sha256=p["sha256"],
                      void_reason=p.get("void_reason") or "")


def issued_document(session: Session, viewer: Viewer, case_id: uuid.UUID,
                    document_id: uuid.UUID) -> IssuedView:
    """One of the case's biên bản, if the viewer may read the case and the biên bản."""
    _record(session, viewer, case_id)
    row = session.scalar(
        readable_records(viewer, "issued_document", "cases.read")
        .join(DocumentIndex, DocumentIndex.id == SyncRecord.id)
        .where(SyncRecord.id == document_id, DocumentIndex.case_id == case_id))
    if row is None:
        raise NotFound("Không có biên bản này trong hồ sơ.")
    return _issued(row.id, json.loads(row.payload))


def document_pdf(session: Session, viewer: Viewer, case_id: uuid.UUID,
                 document_id: uuid.UUID, reason: str) -> tuple[IssuedView, bytes]:
    """The PDF of one of the case's biên bản as the issuing laptop froze it. It prints the
    subject's ID number: only the roles that may see personal data open it, and each opening
    is written to the audit log with who, when and why."""
    viewer.require("personal.read")
    view = issued_document(session, viewer, case_id, document_id)
    if len(reason.strip()) < 5:
        raise ValidationFailed({"ly_do_bb": "Hãy ghi lý do mở biên bản (ít nhất 5 ký tự)."})
    blob = blobs.blob(session, None, view.sha256)  # the case is in the viewer's scope
    if blob is None or not blob.complete:
        raise NotFound("Máy chủ chưa nhận tệp PDF của biên bản này; máy trạm đã lập sẽ gửi "
                       "khi đồng bộ.")
    audit.record(session, viewer, "view_document", target_id=case_id,
                 detail=f"Biên bản số {view.number} (PDF)", reason=reason.strip())
    return view, b"".join(blobs.chunks(session, blob))


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
