"""The hand-built data set whose figures tests/statistics write down: a Đội QLTT of Lạng Sơn
and a few cases made the way inspectors make them (the case services; the follow-through
services for payments, goods and the criminal referral), placed on the edges the rules care
about (Vietnam time at the turn of a quarter, a leap day last year, partial payments either
side of a period's end, a case both seized and prosecuted, a case sent back unprosecuted).

Decisions are drafted, saved and issued through the decision service, after the case's
BB-VPHC (tests/follow_through/support.py's numbers and Kho bạc).
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from app.demo import sample_case_entry
from app.models.outcome import CaseDecision
from app.services.case_entry import (
    ForceEntry,
    SeizedItemEntry,
    SeizureEntry,
    SubjectEntry,
    ViolationEntry,
)
from app.services.cases import amend_case, finalise_case, save_case
from app.services.context import Actor
from app.services.follow_through.entries import (
    AccusedEntry,
    AnswerEntry,
    GoodsDispositionEntry,
    PaymentEntry,
    ReferralEntry,
)
from app.services.follow_through.goods import dispose_goods
from app.services.follow_through.payments import record_payment
from app.services.follow_through.referrals import record_answer, refer_case
from app.services.settings import current_actor
from app.services.subjects import find_subjects
from app.vntime import VN_TZ

NHAP_LAU = "98/2020-D15-K1-c"  # hàng nhập lậu
HANG_CAM = "98/2020-D8-K2"  # hàng cấm
KHONG_PHEP = "98/2020-D6-K3"  # kinh doanh không phép
HANG_GIA = "98/2020-D11-K1-c"  # hàng giả mạo nhãn


def vn(y: int, m: int, d: int, hh: int = 9, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=VN_TZ)


@dataclass
class DataSet:
    cases: dict[str, uuid.UUID] = field(default_factory=dict)


def person(name: str, number: str, gender: str = "nam", born: date = date(1985, 4, 2)) -> SubjectEntry:
    return SubjectEntry(name=name, gender=gender, birth_date=born, id_kind="cccd", id_number=number,
                       id_issued_on=date(2021, 6, 15),
                       id_issued_by="Cục Cảnh sát quản lý hành chính về trật tự xã hội",
                       address="Thôn Pò Mã, xã Đồng Đăng, tỉnh Lạng Sơn")


def company(name: str, tax: str) -> SubjectEntry:
    return SubjectEntry(kind="organisation", name=name, tax_code=tax, id_number="",
                       representative_name="Hoàng Văn Sơn", representative_gender="nam",
                       representative_title="Giám đốc",
                       address="Số 12 đường Trần Đăng Ninh, phường Lạng Sơn, tỉnh Lạng Sơn")


def found_case(session: Session, actor: Actor, started: datetime, subject: SubjectEntry, *,
          act: str | None, goods: str = "", value: str = "", seized: str = "",
          finalise: bool = True, joint: bool = False) -> uuid.UUID:
    base = sample_case_entry(session, now=started)
    violations = [ViolationEntry(act, "", "Hành vi vi phạm ghi tại biên bản", "8.000.000")] if act else []
    seizures = ([SeizureEntry(seized_at=started, reason="Để xác minh tình tiết",
                             storage_place="Kho tang vật Đội Quản lý thị trường số 3",
                             keeper=base.members[0].full_name, sealed=True,
                             items=[SeizedItemEntry("Tang vật của vụ", goods, "kg", "10",
                                                   "Hàng hóa", "Còn nguyên", seized, "NP-1")])]
                if seized else [])
    form = dataclasses.replace(
        base, started_at=started, ended_at=started.replace(minute=min(started.minute + 10, 59)),
        subject=subject, violations=violations, seizures=seizures,
        forces=[ForceEntry("cong_an", "Công an xã Đồng Đăng", "Nông Văn Quân", "Trưởng Công an xã")]
        if joint else [],
        goods=[dataclasses.replace(base.goods[0], category_code=goods, estimated_value=value
                                   or base.goods[0].estimated_value)])
    case = save_case(session, form, actor)
    if finalise:
        finalise_case(session, case.id, actor)
    return case.id


def decision(session: Session, case_id: uuid.UUID, kind: str, on: date, actor: Actor, *,
             fine: int = 0, confiscated: int = 0) -> CaseDecision:
    """A decision as the office makes it (the decision service): the case's BB-VPHC issued
    first, the decision drafted from the case, its fine and confiscated value entered, signed
    by the Đội trưởng, issued (printed and numbered) on ``on``."""
    from app.documents.decisions import issue_decision
    from app.documents.issuing import issue_document
    from app.models import Case, IssuedDocument
    from app.services.follow_through.decisions import draft_decision, save_decision
    from app.services.follow_through.entries import DecisionEntry
    from app.services.settings import set_treasury
    from tests.follow_through.support import TREASURY, _line, ensure_numbers

    set_treasury(session, TREASURY)
    case = session.get(Case, case_id)
    assert case is not None and case.started_at is not None
    ensure_numbers(session, case.started_at.astimezone(VN_TZ).year)
    ensure_numbers(session, on.year)
    if not session.query(IssuedDocument).filter_by(inspection_id=case_id, form_code="BB-VPHC").count():
        issue_document(session, case_id, "BB-VPHC", actor,
                       now=case.started_at + timedelta(minutes=20))
    d = draft_decision(session, case_id, kind, actor)
    lines = tuple(dataclasses.replace(_line(ln), fine=fine if i == 0 else 0)
                  for i, ln in enumerate(d.lines))
    save_decision(session, d.id, DecisionEntry(
        decided_on=on, place=d.place or "Lạng Sơn", signer_name=d.signer_name,
        signer_title_code=d.signer_title_code, subject_kind=d.subject_kind, lines=lines,
        confiscated_value=confiscated, pay_account=d.pay_account,
        pay_within_days=d.pay_within_days, reason=d.reason, held_days=d.held_days,
        held_place=d.held_place), actor)
    issue_decision(session, d.id, actor, now=datetime.combine(on, time(15), VN_TZ))
    return d


def seized_item(session: Session, case_id: uuid.UUID) -> uuid.UUID:
    from app.models import Case

    ins = session.get(Case, case_id)
    assert ins is not None
    return ins.seizures[0].items[0].id


def build(session: Session) -> DataSet:
    """The data set (the caller's unit of work commits)."""
    from app.demo import ensure_demo_unit

    ensure_demo_unit(session)
    actor = current_actor(session)
    ds = DataSet()
    c = ds.cases
    # A: 00:30 on 1 January 2025 in Vietnam (17:30 UTC on 31 December): Q1 2025. Smuggled
    # cigarettes seized and confiscated, the fine paid in two parts either side of 31 March,
    # the confiscated goods sold in February.
    c["A"] = found_case(session, actor, vn(2025, 1, 1, 0, 30), person("Lò Văn Hải", "020085001111"),
                   act=NHAP_LAU, goods="thuoc_la_dieu", value="11.500.000", seized="11.500.000")
    dec = decision(session, c["A"], "xu_phat", date(2025, 1, 10), actor, fine=8_000_000,
                   confiscated=11_500_000)
    item = seized_item(session, c["A"])
    dispose_goods(session, c["A"], GoodsDispositionEntry(item, "tich_thu", date(2025, 1, 10),
                                             appraised_value=11_500_000), actor)
    dispose_goods(session, c["A"], GoodsDispositionEntry(item, "ban", date(2025, 2, 15), sold_value=9_000_000,
                                             receipt_no="BL-0215"), actor)
    record_payment(session, c["A"], PaymentEntry(dec.id, "BL-0001", date(2025, 1, 20), 5_000_000,
                                                late_amount=0), actor)
    record_payment(session, c["A"], PaymentEntry(dec.id, "BL-0002", date(2025, 4, 2), 3_000_000,
                                                late_amount=12_000), actor)
    # B: 23:45 on 31 March 2025 in Vietnam: still Q1. Unlicensed trade, not yet decided.
    c["B"] = found_case(session, actor, vn(2025, 3, 31, 23, 45), person("Hoàng Thị Mai", "020185002222", "nữ"),
                   act=KHONG_PHEP, goods="ruou_bia")
    # C: 00:10 on 1 April 2025 in Vietnam (17:10 UTC on 31 March): Q2, not Q1.
    c["C"] = found_case(session, actor, vn(2025, 4, 1, 0, 10), person("Nông Văn Tuấn", "020085003333"),
                   act=KHONG_PHEP, goods="ruou_bia")
    # D: fireworks seized (MQĐ20) and the file sent to the police, who prosecuted two people:
    # counted once, as a prosecution.
    c["D"] = found_case(session, actor, vn(2025, 2, 10), person("Vi Văn Dũng", "020085004444"),
                   act=HANG_CAM, goods="phao_no", seized="50.000.000", joint=True)
    decision(session, c["D"], "tam_giu", date(2025, 2, 10), actor)
    ref = refer_case(session, c["D"], ReferralEntry(date(2025, 2, 12), "Cơ quan CSĐT Công an tỉnh Lạng Sơn"),
                     actor)
    record_answer(session, ref.id, AnswerEntry("khoi_to", date(2025, 3, 5), "12/QĐ-KTVA"),
                  [AccusedEntry("Vi Văn Dũng", 1985), AccusedEntry("Lương Văn Pháo", 1990)], actor)
    # E: a company whose file the police sent back unprosecuted, then fined: administrative.
    c["E"] = found_case(session, actor, vn(2025, 1, 15), company("Công ty TNHH Thương mại Đồng Đăng",
                                                             "0100109106"),
                   act=HANG_GIA, goods="my_pham")
    ref = refer_case(session, c["E"], ReferralEntry(date(2025, 1, 20), "Cơ quan CSĐT Công an tỉnh Lạng Sơn"),
                     actor)
    record_answer(session, ref.id, AnswerEntry("khong_khoi_to", date(2025, 2, 20), "05/TB-CSĐT",
                                              returned_on=date(2025, 2, 25)), [], actor)
    dec = decision(session, c["E"], "xu_phat", date(2025, 3, 3), actor, fine=15_000_000)
    record_payment(session, c["E"], PaymentEntry(dec.id, "BL-0310", date(2025, 3, 10), 15_000_000,
                                                late_amount=0), actor)
    # F: an inspection that found nothing.
    c["F"] = found_case(session, actor, vn(2025, 2, 1), person("Đàm Thị Hoa", "020185005555", "nữ"),
                   act=None, goods="xang_dau")
    # G: a draft never finalised: not counted.
    c["G"] = found_case(session, actor, vn(2025, 2, 2), person("La Văn Bình", "020085006666"),
                   act=NHAP_LAU, goods="thuoc_la_dieu", finalise=False)
    # K: a case corrected by an amendment: one vụ.
    c["K1"] = found_case(session, actor, vn(2025, 3, 1), person("Chu Văn Khánh", "020085007777"),
                    act=NHAP_LAU, goods="luong_thuc_duong_cat")
    k2 = amend_case(session, c["K1"], "Ghi sai số lượng hàng hóa", actor)
    finalise_case(session, k2.id, actor)
    c["K2"] = k2.id
    # H: last year, on 29 February 2024, fined and paid within Q1 2024.
    c["H"] = found_case(session, actor, vn(2024, 2, 29, 10), person("Bế Thị Lan", "020185008888", "nữ"),
                   act=HANG_GIA, goods="my_pham")
    dec = decision(session, c["H"], "xu_phat", date(2024, 3, 1), actor, fine=6_000_000)
    record_payment(session, c["H"], PaymentEntry(dec.id, "BL-2403", date(2024, 3, 5), 6_000_000,
                                                late_amount=0), actor)
    # I: 23:59 on 31 December 2024 in Vietnam: Q4 2024, in neither compared period.
    c["I"] = found_case(session, actor, vn(2024, 12, 31, 23, 59), person("Hà Văn Nam", "020085009999"),
                   act=NHAP_LAU, goods="thuoc_la_dieu")
    session.flush()
    return ds


HOA, BAC_SON, TAI = "020185011111", "4900213456", "020085022222"  # CCCD, MST, CCCD


def known(session: Session, number: str) -> SubjectEntry:
    """The subject as the editor reuses it: found in the registry by its number."""
    found = find_subjects(session, number)
    assert len(found) == 1 and found[0].id
    return found[0]


def build_repeats(session: Session) -> dict[str, uuid.UUID]:
    """Subjects found more than once (tests/statistics/test_subjects.py writes the answers):
    Nguyễn Thị Hoa on 15/11/2024, 10/1, 20/2 and 5/4/2025 (and on 1/3/2025 an inspection
    that found nothing), the Bắc Sơn company on 3/1 and 28/3/2025, Lý Văn Tài on 12/2/2025;
    each later case reuses the subject from the registry as the editor does. Returns the
    Bắc Sơn case of 28 March (the caller's unit of work commits)."""
    from app.demo import ensure_demo_unit

    s = session
    ensure_demo_unit(s)
    actor = current_actor(s)
    found_case(s, actor, vn(2024, 11, 15), person("Nguyễn Thị Hoa", HOA, "nữ"), act=NHAP_LAU,
               goods="thuoc_la_dieu")
    for day in (vn(2025, 1, 10), vn(2025, 2, 20), vn(2025, 4, 5)):
        found_case(s, actor, day, known(s, HOA), act=NHAP_LAU, goods="thuoc_la_dieu")
    found_case(s, actor, vn(2025, 3, 1), known(s, HOA), act=None, goods="thuoc_la_dieu")
    found_case(s, actor, vn(2025, 1, 3), company("Công ty TNHH Thương mại Bắc Sơn", BAC_SON),
               act=KHONG_PHEP, goods="ruou_bia")
    march = found_case(s, actor, vn(2025, 3, 28), known(s, BAC_SON), act=KHONG_PHEP,
                       goods="ruou_bia")
    found_case(s, actor, vn(2025, 2, 12), person("Lý Văn Tài", TAI), act=NHAP_LAU,
               goods="thuoc_la_dieu")
    return {"bac_son_march": march}
