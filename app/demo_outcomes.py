"""Realistic outcomes for the demo's cases, made through the same services an office uses.

For each finalised case with violations, in the order the cases happened, a story of the
kind the seeds describe, stopped at today (what would come later has not happened yet,
so the recent cases are still open and some are overdue):

- most are sanctioned: the BB-VPHC issued on site, sometimes the seizure decision
  (MQĐ20) the same day, now and then a request to explain, the decision (MQĐ02, printed
  and numbered) within the 7 working days (a few later, a few forgotten), delivered, and
  paid — most within the 10 days, some in two parts, some late with the late amount, some
  after a postponement, some never (enforced); most goods confiscated then sold or
  destroyed, the others returned once the fine is paid;
- a third of the cases with prohibited goods (and a few others) go to the police: most are
  prosecuted, with their accused (the subject and people found later), the goods handed
  over; the others come back and are sanctioned within 5 working days;
- a few end without a sanction, their goods returned;
- almost every complete file is closed some days after its last step.

Every document is numbered from the unit's blocks of its year (a block is added, as the
Chi cục assigns them, where last year's ran out) and printed: about 0.4 s a sanctioned
case on this machine.
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app import demo_names as N
from app.documents.decisions import issue_decision
from app.documents.issuing import issue_document
from app.models import FINALISED, Case, GoodsCategory, NumberBlock, Unit, Violation
from app.models.outcome import CaseDecision
from app.services.context import Actor
from app.services.follow_through import decision_rules as rules
from app.services.follow_through import decisions as dec
from app.services.follow_through import goods, payments, referrals, steps
from app.services.follow_through.case_path import last_event_on
from app.services.follow_through.deadlines import today_vn, vn_date, working_days_after
from app.services.follow_through.entries import (
    AccusedEntry,
    AnswerEntry,
    DecisionEntry,
    DecisionLineEntry,
    GoodsDispositionEntry,
    PaymentEntry,
    ReferralEntry,
    StepEntry,
)
from app.services.follow_through.facts import read_case
from app.services.numbering import SYMBOLS, add_block, remaining
from app.services.settings import Treasury, current_actor, current_unit, set_treasury, treasury
from app.vntime import VN_TZ

TREASURY = Treasury("Kho bạc Nhà nước khu vực VII",
                    "số 2 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn", "7111.0.1054321")
CHI_CUC_TRUONG = ("Vi Thị Thu Hà", "chi_cuc_truong")  # signs above the Đội trưởng's competence
POLICE = ("Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn",
          "Cơ quan Cảnh sát điều tra Công an tỉnh Cao Bằng")
AUCTION = "Trung tâm Dịch vụ đấu giá tài sản tỉnh Lạng Sơn"
UPSTAIRS = "Sở Công Thương tỉnh Lạng Sơn"
NOT_SANCTIONED = (("khong_vi_pham", "Kết quả xác minh cho thấy hàng hóa có hóa đơn hợp lệ"),
                  ("khong_xac_dinh_doi_tuong", "Không xác định được chủ hàng"),
                  ("het_thoi_hieu", "Hết thời hiệu xử phạt"))


@dataclass
class OutcomeCounts:
    decisions: int = 0
    payments: int = 0
    dispositions: int = 0
    referrals: int = 0
    accused: int = 0
    not_sanctioned: int = 0
    closed: int = 0


class _Later(Exception):
    """The next step of a story would happen after today."""


@dataclass
class _Story:
    session: Session
    rng: random.Random
    today: date
    actor: Actor
    unit: Unit
    counts: OutcomeCounts

    def on(self, day: date) -> date:
        if day > self.today:
            raise _Later
        return day

    def at(self, day: date, hour: int) -> datetime:
        """A moment of ``day`` to issue a document at, with numbers for its year."""
        for symbol in SYMBOLS:
            if remaining(self.session, self.unit, symbol, day.year) == 0:
                last = self.session.scalar(select(NumberBlock.last).where(
                    NumberBlock.unit_id == self.unit.id, NumberBlock.symbol == symbol,
                    NumberBlock.year == day.year).order_by(NumberBlock.last.desc()).limit(1)) or 0
                if last < 9999:
                    add_block(self.session, self.unit, symbol, day.year, last + 1,
                              min(last + 500, 9999))
        return datetime.combine(day, time(hour, self.rng.randrange(60)), VN_TZ)


def generate_outcomes(session: Session, *, seed: int = 2026, today: date | None = None,
                      actor: Actor | None = None) -> OutcomeCounts:
    """Follow every finalised case with violations and no decision yet (see the module)."""
    rng = random.Random(seed)
    unit = current_unit(session)
    if unit is None:
        raise RuntimeError("Chưa thiết lập đơn vị.")
    if not treasury(session).account:
        set_treasury(session, TREASURY)
    story = _Story(session, rng, today or today_vn(), actor or current_actor(session), unit,
                   OutcomeCounts())
    followed = exists().where(CaseDecision.case_id == Case.id)
    violated = exists().where(Violation.inspection_id == Case.id, Violation.deleted_at.is_(None))
    ids = list(session.scalars(
        select(Case.id).where(Case.status == FINALISED, Case.deleted_at.is_(None), ~followed,
                              violated).order_by(Case.started_at)))
    prohibited = set(session.scalars(select(GoodsCategory.code).where(GoodsCategory.prohibited)))
    for case_id in ids:
        ins = session.get(Case, case_id)
        assert ins is not None
        with contextlib.suppress(_Later):  # the rest of this story has not happened yet
            _follow(story, ins, prohibited)
    return story.counts


def _follow(s: _Story, ins: Case, prohibited: set[str]) -> None:
    day = vn_date(ins.ended_at or ins.started_at)
    assert day is not None
    issue_document(s.session, ins.id, "BB-VPHC", s.actor, now=s.at(day, 11))
    criminal = any(i.category_code in prohibited for sz in ins.seizures for i in sz.items)
    r = s.rng.random()
    if (criminal and r < 0.3) or r < 0.02:
        _refer(s, ins, day)
    elif r < 0.06:
        _not_sanctioned(s, ins, day)
    else:
        _administrative(s, ins, day, day)


def _administrative(s: _Story, ins: Case, report: date, start: date) -> None:
    """From the BB-VPHC (or the file sent back on ``start``) to a fine paid and the goods
    disposed of."""
    rng = s.rng
    fresh = report == start
    if fresh and ins.seizures and rng.random() < 0.3:
        _seizure_decision(s, ins, report)
    wd = rng.choice((1, 2, 3, 3, 4, 5, 5, 6, 7)) if fresh else rng.randint(1, 5)
    if fresh and rng.random() < 0.1:
        steps.record_step(s.session, ins.id, StepEntry(
            "giai_trinh_yeu_cau", s.on(report + timedelta(days=1)),
            summary="Đề nghị được giải trình bằng văn bản"), s.actor)
        steps.record_step(s.session, ins.id, StepEntry(
            "giai_trinh_nhan", s.on(working_days_after(report, 4)),
            summary="Đối tượng trình bày hàng mua lại của người khác, không biết là hàng nhập lậu"),
            s.actor)
        wd = rng.randint(8, 18)
    elif rng.random() < 0.06:
        wd = rng.randint(9, 14)  # decided late
    if rng.random() < 0.05 and s.today - start < timedelta(days=120):
        return  # forgotten: overdue in the Việc cần làm
    decided = s.on(working_days_after(start, wd))
    signer = _signer(s, ins)
    if signer is None:
        _send_up(s, ins, decided)
        return
    d = _decide(s, ins, decided, signer)
    delivered = s.on(decided + timedelta(days=rng.choice((0, 0, 0, 1, 2))))
    dec.record_delivery(s.session, d.id, rng.choice(("truc_tiep", "truc_tiep", "buu_dien")),
                        delivered, s.actor)
    confiscated = _confiscate(s, ins, decided)
    paid = _pay(s, ins, d, delivered + timedelta(days=d.pay_within_days))
    if paid is not None:
        _return_rest(s, ins, paid)
    _sell_or_destroy(s, ins, confiscated, decided)
    if paid is not None:
        _close(s, ins)


def _confiscated_value(ins: Case) -> int:
    return sum(i.estimated_value or 0 for sz in ins.seizures if sz.deleted_at is None
               for i in sz.items if i.deleted_at is None)


def _signer(s: _Story, ins: Case) -> tuple[str, str] | None:
    """The Đội trưởng, or above his competence (NĐ 189/2025: the frame of each act, the
    goods confiscated) the Chi cục trưởng; None when the file must go up to the Sở."""
    subject_kind = "organisation" if ins.subject is not None and ins.subject.kind == "organisation" \
        else "individual"
    lines = [(v.legal_act_code, v.proposed_fine) for v in ins.violations if v.deleted_at is None][:1]
    for name, title in ((s.actor.officer_name, "doi_truong"), CHI_CUC_TRUONG):
        if not rules.competence_problem_of(s.session, "xu_phat", title, subject_kind, lines,
                                           _confiscated_value(ins)):
            return name, title
    return None


def _send_up(s: _Story, ins: Case, on: date) -> None:
    """Beyond the Chi cục trưởng: the file goes to the Giám đốc Sở with the goods."""
    dec.end_without_sanction(s.session, ins.id, "chuyen_co_quan_khac",
                             "Vượt thẩm quyền của Chi cục trưởng: chuyển hồ sơ đến Giám đốc Sở Công "
                             "Thương xử phạt", on, s.actor)
    s.counts.not_sanctioned += 1
    for h in goods.held_goods(s.session, ins.id, s.today):
        _dispose(s, ins, GoodsDispositionEntry(h.item_id, "chuyen_giao", on, agency=UPSTAIRS,
                                   document_no=f"{s.rng.randrange(1, 99):02d}/BB-BG"))
    _close(s, ins)


def _decide(s: _Story, ins: Case, decided: date, signer: tuple[str, str]) -> CaseDecision:
    """The MQĐ02 drafted from the case, its goods confiscated (their estimated value),
    signed by ``signer``."""
    d = dec.draft_decision(s.session, ins.id, "xu_phat", s.actor)
    lines = tuple(DecisionLineEntry(ln["violation_id"], ln["legal_act_code"], int(ln["fine"]),
                                   "Tịch thu tang vật vi phạm") for ln in d.lines[:1])
    dec.save_decision(s.session, d.id, DecisionEntry(
        decided_on=decided, place=d.place or "Lạng Sơn", signer_name=signer[0],
        signer_title_code=signer[1], subject_kind=d.subject_kind, lines=lines,
        confiscated_value=_confiscated_value(ins), pay_account=d.pay_account,
        pay_within_days=10), s.actor)
    issue_decision(s.session, d.id, s.actor, now=s.at(decided, 15))
    s.counts.decisions += 1
    return d


def _seizure_decision(s: _Story, ins: Case, day: date) -> None:
    d = dec.draft_decision(s.session, ins.id, "tam_giu", s.actor)
    dec.save_decision(s.session, d.id, DecisionEntry(
        decided_on=day, place=d.place or "Lạng Sơn", signer_name=d.signer_name,
        signer_title_code=d.signer_title_code, subject_kind=d.subject_kind, reason=d.reason,
        held_days=d.held_days, held_place=d.held_place), s.actor)
    issue_decision(s.session, d.id, s.actor, now=s.at(day, 16))


def _pay(s: _Story, ins: Case, d: CaseDecision, due: date) -> date | None:
    """Pay the fine as the subject did; the day it was paid in full (None: never)."""
    rng, r = s.rng, s.rng.random()
    parts: list[tuple[date, int | None]] = []
    if r < 0.62:
        parts = [(due - timedelta(days=rng.randint(0, 9)), None)]
    elif r < 0.74:
        first = round(d.fine_total * rng.choice((0.3, 0.4, 0.5)) / 1000) * 1000
        parts = [(due - timedelta(days=rng.randint(0, 5)), first),
                 (due + timedelta(days=rng.randint(3, 40)), None)]
    elif r < 0.84:
        parts = [(due + timedelta(days=rng.randint(2, 75)), None)]
    elif r < 0.9:
        steps.record_step(s.session, ins.id, StepEntry(
            "hoan_thi_hanh", s.on(due - timedelta(days=3)), due_on=due + timedelta(days=60),
            document_no=f"{rng.randrange(1, 90):02d}/QĐ-HTH",
            summary="Gia đình gặp khó khăn đột xuất do thiên tai"), s.actor)
        parts = [(due + timedelta(days=rng.randint(40, 60)), None)]
    else:
        steps.record_step(s.session, ins.id, StepEntry(
            "cuong_che", s.on(due + timedelta(days=30)),
            document_no=f"{rng.randrange(1, 90):02d}/QĐ-CC",
            summary="Cưỡng chế khấu trừ một phần thu nhập"), s.actor)
        return None
    for on, amount in parts:
        day = s.on(max(on, d.delivered_on or on))
        owed = payments.amount_due(s.session, d.id, day)
        payments.record_payment(s.session, ins.id, PaymentEntry(
            d.id, f"{rng.randrange(10**6, 10**7)}", day, amount or owed.unpaid,
            channel=rng.choice(("kho_bac", "ngan_hang", "cong_dvc", "cong_dvc"))), s.actor)
        s.counts.payments += 1
    return parts[-1][0]


def _confiscate(s: _Story, ins: Case, decided: date) -> list[goods.HeldGoods]:
    """Most items confiscated on the decision; a quarter kept to be returned once paid."""
    taken = []
    for h in goods.held_goods(s.session, ins.id, s.today):
        if s.rng.random() < 0.75:
            _dispose(s, ins, GoodsDispositionEntry(h.item_id, "tich_thu", decided))
            taken.append(h)
    return taken


def _sell_or_destroy(s: _Story, ins: Case, confiscated: list[goods.HeldGoods],
                     decided: date) -> None:
    for h in confiscated:
        later = s.on(decided + timedelta(days=s.rng.randint(15, 90)))
        if s.rng.random() < 0.6:
            value = round((h.estimated_value or 0) * s.rng.uniform(0.4, 0.8) / 1000) * 1000
            _dispose(s, ins, GoodsDispositionEntry(h.item_id, "ban", later, sold_value=max(value, 1000),
                                       receipt_no=f"ĐG-{s.rng.randrange(1000, 9999)}",
                                       agency=AUCTION))
        else:
            _dispose(s, ins, GoodsDispositionEntry(h.item_id, "tieu_huy", later,
                                       document_no=f"{s.rng.randrange(1, 99):02d}/BB-TH"))


def _return_rest(s: _Story, ins: Case, paid: date) -> None:
    """The items not confiscated go back once the fine is paid (BB-TL)."""
    on = s.on(paid + timedelta(days=s.rng.randint(1, 7)))
    for h in goods.held_goods(s.session, ins.id, s.today):
        if h.held > 0:
            _dispose(s, ins, GoodsDispositionEntry(h.item_id, "tra_lai", on, quantity=h.held,
                                       document_no=f"{s.rng.randrange(1, 99):02d}/BB-TL"))


def _dispose(s: _Story, ins: Case, form: GoodsDispositionEntry) -> None:
    goods.dispose_goods(s.session, ins.id, form, s.actor)
    s.counts.dispositions += 1


def _refer(s: _Story, ins: Case, day: date) -> None:
    rng = s.rng
    ref = referrals.refer_case(s.session, ins.id, ReferralEntry(
        s.on(day + timedelta(days=rng.randint(1, 5))), rng.choice(POLICE),
        f"{rng.randrange(1, 60):02d}/QĐ-CHS"), s.actor)
    s.counts.referrals += 1
    answered = s.on(ref.transferred_on + timedelta(days=rng.randint(20, 90)))
    if rng.random() < 0.65:
        people = _accused(s, ins)
        referrals.record_answer(s.session, ref.id, AnswerEntry(
            "khoi_to", answered, f"{rng.randrange(1, 300)}/QĐ-KTVA"), people, s.actor)
        s.counts.accused += len(people)
        for h in goods.held_goods(s.session, ins.id, s.today):
            _dispose(s, ins, GoodsDispositionEntry(h.item_id, "chuyen_giao", answered, agency=ref.agency,
                                       document_no=f"{rng.randrange(1, 99):02d}/BB-BG"))
        _close(s, ins)
        return
    returned = s.on(answered + timedelta(days=rng.randint(2, 5)))
    referrals.record_answer(s.session, ref.id, AnswerEntry(
        "khong_khoi_to", answered, f"{rng.randrange(1, 300)}/QĐ-KKT", returned_on=returned),
        [], s.actor)
    _administrative(s, ins, day, returned)


def _accused(s: _Story, ins: Case) -> list[AccusedEntry]:
    """The subject when a person, and the people the investigation found behind him."""
    from app.demo import person_name

    people = []
    subject = ins.subject
    if subject is not None and subject.kind == "individual":
        people.append(AccusedEntry(subject.name, subject.birth_date.year if subject.birth_date else None,
                                  subject.id_number or "", subject.address, subject_id=subject.id))
    for _ in range(s.rng.choice((0, 1, 1, 2)) + (0 if people else 1)):
        people.append(AccusedEntry(person_name(s.rng, s.rng.random() < 0.3), s.rng.randrange(1965, 2003),
                                  address=f"{s.rng.choice(N.HAMLETS)}, tỉnh Lạng Sơn"))
    return people


def _not_sanctioned(s: _Story, ins: Case, day: date) -> None:
    code, reason = s.rng.choice(NOT_SANCTIONED)
    on = s.on(working_days_after(day, s.rng.randint(3, 7)))
    dec.end_without_sanction(s.session, ins.id, code, reason, on, s.actor)
    s.counts.not_sanctioned += 1
    for h in goods.held_goods(s.session, ins.id, s.today):
        _dispose(s, ins, GoodsDispositionEntry(h.item_id, "tra_lai", on,
                                   document_no=f"{s.rng.randrange(1, 99):02d}/BB-TL"))
    _close(s, ins)


def _close(s: _Story, ins: Case) -> None:
    """Close a complete file 5–30 days after its last step (most of them)."""
    if steps.path_missing(s.session, ins.id, s.today) or s.rng.random() < 0.03:
        return
    facts = read_case(s.session, ins.id)
    last = last_event_on(facts) if facts is not None else None
    if last is None:
        return
    on = s.on(last + timedelta(days=s.rng.randint(5, 30)))
    steps.close_case(s.session, ins.id, on, s.actor, "Đã thực hiện xong các bước xử lý vụ việc")
    s.counts.closed += 1
