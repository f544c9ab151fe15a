"""Cases and decisions made the way an inspector and the office make them: the case typed and
finalised through the case services, its biên bản issued, the decision drafted from it and
edited through the decision service."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime, timedelta

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.documents.issuing import issue_document
from app.models import CaseDecision
from app.services.case_entry import SubjectEntry, ViolationEntry
from app.services.cases import finalise_case, save_case
from app.services.follow_through.decisions import draft_decision
from app.services.follow_through.entries import DecisionEntry, DecisionLineEntry
from app.services.settings import Treasury, set_treasury
from app.vntime import VN_TZ

TREASURY = Treasury("Kho bạc Nhà nước khu vực VII",
                    "số 2 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn", "7111.0.1054321")
COMPANY = SubjectEntry(
    kind="organisation", name="Công ty TNHH Thương mại Hà Bắc Lạng Sơn", tax_code="4201234566",
    registration_no="4201234566", registration_issued_on=date(2019, 4, 2),
    registration_issued_by="Phòng Đăng ký kinh doanh, Sở Tài chính tỉnh Lạng Sơn",
    representative_name="Đinh Văn Khải", representative_gender="nam", representative_title="Giám đốc",
    address="số 15 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
)


def bien_ban_time() -> datetime:
    """When the case's biên bản are issued: two days ago in Vietnam at 09:00, but this year
    (the demo unit holds this year's number blocks), so on 1–2 January just after midnight."""
    now = datetime.now(VN_TZ)
    day = now.date() - timedelta(days=2)
    if day.year != now.year:
        return datetime(now.year, 1, 1, 0, 5, tzinfo=VN_TZ).astimezone(UTC)
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=VN_TZ).astimezone(UTC)


def finalised_case(db, actor, *, organisation: bool = False, acts: tuple[tuple[str, str, str], ...] = (),
                   forms: tuple[str, ...] = ("BB-VPHC",)) -> uuid.UUID:
    """The sample case (smuggled cigarettes on a truck at Nà Lừa), with ``acts`` as its
    violations ((legal act code, description, proposed fine) replacing the sample's), saved,
    finalised and with ``forms`` issued two days ago; the unit's Kho bạc is set."""
    when = bien_ban_time()
    with unit_of_work(db.sessions) as s:
        set_treasury(s, TREASURY)
        form = sample_case_entry(s, now=when)
        if organisation:
            form.subject = COMPANY
        if acts:
            form.violations = [ViolationEntry(code, "", text, fine) for code, text, fine in acts]
        case_id = save_case(s, form, actor).id
        finalise_case(s, case_id, actor)
    for code in forms:
        with unit_of_work(db.sessions) as s:
            issue_document(s, case_id, code, actor, now=when)
    return case_id


def drafted(db, case_id: uuid.UUID, actor, kind: str = "xu_phat") -> uuid.UUID:
    with unit_of_work(db.sessions) as s:
        return draft_decision(s, case_id, kind, actor).id


def form_of(d: CaseDecision, **changes) -> DecisionEntry:
    """The decision as the screen would show it, with ``changes`` typed over it."""
    lines = tuple(DecisionLineEntry(ln["violation_id"], ln["legal_act_code"], ln["fine"], ln["additional"],
                                   ln["remedial"], ln.get("remedial_days")) for ln in d.lines)
    form = DecisionEntry(
        decided_on=d.decided_on, place=d.place, signer_name=d.signer_name,
        signer_title_code=d.signer_title_code, subject_kind=d.subject_kind, lines=lines,
        confiscated_value=d.confiscated_value, aggravating=d.aggravating, mitigating=d.mitigating,
        pay_account=d.pay_account, pay_within_days=d.pay_within_days, reason=d.reason,
        held_days=d.held_days, held_place=d.held_place,
    )
    return dataclasses.replace(form, **changes)


def with_fines(d: CaseDecision, *fines: int, **line_changes) -> tuple[DecisionLineEntry, ...]:
    """The decision's lines with these fines (and the same changes on every line)."""
    lines = form_of(d).lines
    return tuple(dataclasses.replace(ln, fine=f, **line_changes) for ln, f in zip(lines, fines, strict=True))
