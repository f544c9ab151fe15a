"""Issuing a decision (MQĐ02, MQĐ20) from a case's decision record: number it from the unit's
blocks, freeze it (snapshot, PDF, hashes) as an IssuedDocument like a biên bản, and mark the
record issued with its number and document.

Everything happens in the caller's single transaction, in the order of
app.documents.issuing: the checks (read only), the number (the first write, which takes
SQLite's write lock), the snapshot and the PDF, the stored document, the decision record.
A reprint is app.documents.issuing.reprint (the same bytes); voiding is
app.services.follow_through.decisions.void_decision (the document keeps its number).
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from app.documents.issuing import IssueRefused
from app.documents.snapshot import Agency, DocumentSnapshot, PrintedDecision, PrintedSanction
from app.models import (
    ISSUED,
    Case,
    CaseDecision,
    IssuedDocument,
    LegalAct,
    OfficerTitle,
    Violation,
)
from app.services.audit import record_event
from app.services.cases import load_case
from app.services.context import Actor
from app.services.follow_through.decision_rules import ground_of
from app.services.follow_through.decisions import check_issuable
from app.services.follow_through.due import refresh_due
from app.services.numbering import take_number
from app.services.settings import VERIFY_URL, current_unit, get_setting, treasury
from app.vntime import VN_TZ, vn

# The sector decrees as a decision cites them (MQĐ02 note 4: kind, number, date, issuer, name)
DECREES = {
    "98/2020/NĐ-CP": (
        "Nghị định số 98/2020/NĐ-CP ngày 26 tháng 8 năm 2020 của Chính phủ quy định xử phạt vi phạm "
        "hành chính trong hoạt động thương mại, sản xuất, buôn bán hàng giả, hàng cấm và bảo vệ quyền "
        "lợi người tiêu dùng, được sửa đổi, bổ sung bởi Nghị định số 17/2022/NĐ-CP ngày 31 tháng 01 "
        "năm 2022 của Chính phủ"
    ),
}


def _decree(code: str) -> str:
    return DECREES.get(code, f"Nghị định số {code} của Chính phủ")


def _agency(base: Agency, title: OfficerTitle | None) -> Agency:
    """The agency of the signer, which the header names (note 1): the Đội, or the Chi cục
    above it for a Chi cục trưởng."""
    if title is not None and title.agency_level == "parent" and base.parent_name:
        return dataclasses.replace(base, name=base.parent_name, parent_name="", team_code="00")
    return base


def _sanctions(session: Session, d: CaseDecision) -> tuple[tuple[PrintedSanction, ...], list[str]]:
    sanctions, decrees = [], []
    for line in d.lines:
        code = line.get("legal_act_code") or ""
        act = session.get(LegalAct, code) if code else None
        vid = line.get("violation_id")
        violation = session.get(Violation, uuid.UUID(vid)) if vid else None
        if act is not None and act.decree not in decrees:
            decrees.append(act.decree)
        sanctions.append(PrintedSanction(
            citation=act.citation if act is not None else code,
            description=violation.description if violation is not None else "",
            fine=int(line.get("fine") or 0),
            additional=line.get("additional") or "",
            remedial=line.get("remedial") or "",
            remedial_days=line.get("remedial_days"),
        ))
    return tuple(sanctions), [_decree(c) for c in decrees]


def _held_from(session: Session, case: Case, d: CaseDecision) -> date | None:
    """The day the goods were seized: the seizure's time, else the biên bản it rests on."""
    seized = [s.seized_at for s in case.seizures if s.deleted_at is None and s.seized_at]
    if seized:
        return vn(max(seized)).date()
    ground = ground_of(session, case.id, d.kind)
    return ground.made_on if ground else None


def snapshot_from_decision(session: Session, d: CaseDecision, *, number: str, document_id: str,
                           issued_at: datetime) -> DocumentSnapshot:
    """Freeze the decision and its case into what MQĐ02 / MQĐ20 print. Writes nothing."""
    from app.documents.from_orm import snapshot_from_inspection

    case = load_case(session, d.case_id)
    title = session.get(OfficerTitle, d.signer_title_code) if d.signer_title_code else None
    base = snapshot_from_inspection(case, form_code=d.form_code, number=number, session=session,
                                    document_id=document_id, issued_at=issued_at)
    agency = _agency(base.agency, title)
    short = (title.short_name or title.name) if title is not None else ""
    informed = base.agency.parent_name if agency.name == base.agency.name else ""
    sanctions, decrees = _sanctions(session, d)
    kb = treasury(session)
    held_from = _held_from(session, case, d) if d.kind == "tam_giu" else None
    held_until = held_from + timedelta(days=d.held_days - 1) if held_from and d.held_days else None
    printed = PrintedDecision(
        kind=d.kind, decided_on=d.decided_on, place_name=d.place,
        authority=f"{short} {agency.name}".strip(), signer=d.signer_name, signer_title=short,
        decree_basis=tuple(decrees), sanctions=sanctions, fine_total=d.fine_total,
        confiscated_value=d.confiscated_value, aggravating=d.aggravating, mitigating=d.mitigating,
        treasury_name=kb.name, treasury_address=kb.address, pay_account=d.pay_account,
        pay_within_days=d.pay_within_days, reason=d.reason, held_days=d.held_days,
        held_from=held_from, held_until=held_until, held_place=d.held_place,
        sealed=bool(base.seizure and base.seizure.sealed) or base.related_doc("BB-NPTG") is not None,
        executor=agency.name, informed=informed,
    )
    return dataclasses.replace(base, agency=agency, decision=printed)


def issue_decision(session: Session, decision_id: uuid.UUID | str, actor: Actor, *,
                   now: datetime | None = None, verify_url: str | None = None) -> IssuedDocument:
    """Number, print and freeze a draft decision; the record becomes "issued" with its number
    and document. Refused, with nothing written, when the draft lacks what the decision must
    hold or its signer's competence (NĐ 189/2025) does not cover it (ValidationFailed), or
    when it cannot be issued (DecisionRefused, IssueRefused, NumberingError)."""
    from app.documents.forms import DECISIONS
    from app.documents.render import render

    d = check_issuable(session, decision_id)
    spec = DECISIONS[d.form_code]
    unit = current_unit(session)
    if unit is None:
        raise IssueRefused("Máy chưa được thiết lập đơn vị: không lấy được số quyết định.")
    now = now or datetime.now(UTC)
    year = now.astimezone(VN_TZ).year
    taken = take_number(session, unit, spec.symbol, year)  # first write: takes the lock
    doc_id = uuid.uuid4()
    snapshot = snapshot_from_decision(session, d, number=taken.number, document_id=str(doc_id),
                                      issued_at=now)
    pdf = render(snapshot, verify_url=verify_url or get_setting(session, VERIFY_URL))
    doc = IssuedDocument(
        id=doc_id, inspection_id=d.case_id, unit_id=unit.id, form_code=spec.code, symbol=spec.symbol,
        year=year, sequence=taken.sequence, number=taken.number, issued_at=now,
        issued_by=actor.officer_name, snapshot=snapshot.to_json(), pdf=bytes(pdf),
        sha256=hashlib.sha256(pdf).hexdigest(), fingerprint=snapshot.fingerprint(),
        page_count=pdf.page_count, copies=spec.copies(snapshot), status=ISSUED,
        origin_device=actor.device_id,
    )
    session.add(doc)
    session.flush()
    d.status, d.number, d.document_id = "issued", taken.number, doc_id
    d.touch()
    record_event(session, actor, "issue", "issued_document", doc_id, taken.number)
    record_event(session, actor, "issue", "decision", d.id, taken.number)
    session.flush()
    refresh_due(session, [d.case_id])
    return doc


def preview_decision(session: Session, decision_id: uuid.UUID | str, *,
                     verify_url: str | None = None) -> bytes:
    """The decision as it would print, before a number is taken ("Số: 2003……/QĐ-XPHC"), also
    while the draft is incomplete. Writes nothing."""
    from app.documents.forms import DECISIONS
    from app.documents.render import render

    d = session.get(CaseDecision, uuid.UUID(str(decision_id)))
    if d is None or d.form_code not in DECISIONS:
        raise IssueRefused("Không có mẫu in cho quyết định này.")
    unit = current_unit(session)
    prefix = f"{unit.agency_code}{unit.team_code}" if unit else ""
    snapshot = snapshot_from_decision(session, d, number=f"{prefix}……/{DECISIONS[d.form_code].symbol}",
                                      document_id="xem-truoc", issued_at=datetime.now(UTC))
    return bytes(render(snapshot, verify_url=verify_url))


__all__ = ["DECREES", "issue_decision", "preview_decision", "snapshot_from_decision"]
