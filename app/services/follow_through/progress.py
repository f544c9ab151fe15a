"""Where a case stands, in words, and its timeline: every event with its date, the
officer who recorded it and its document, the voided ones kept and marked, so a figure
can be traced to the record behind it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.models.outcome import VOID
from app.services.follow_through import case_path as cp
from app.services.follow_through.deadlines import Rules, rules
from app.services.follow_through.due import DueItem, items_of
from app.services.follow_through.facts import CaseFacts, read_case
from app.text import dong

DECISION_WORDS = {
    cp.SANCTION: "Quyết định xử phạt vi phạm hành chính",
    cp.SEIZURE: "Quyết định tạm giữ tang vật, phương tiện",
    cp.CONFISCATION: "Quyết định tịch thu tang vật (không ra quyết định xử phạt)",
    cp.NO_SANCTION: "Không xử phạt",
}
GOODS_WORDS = {"tra_lai": "Trả lại", "tich_thu": "Tịch thu", "ban": "Bán",
               "tieu_huy": "Tiêu hủy", "chuyen_giao": "Chuyển giao", "xu_ly_ngay": "Xử lý ngay"}
STEP_WORDS = {
    "giai_trinh_yeu_cau": "Đối tượng yêu cầu giải trình",
    "giai_trinh_nhan": "Nhận giải trình của đối tượng",
    "xac_minh": "Xác minh tình tiết vụ việc",
    "hoan_thi_hanh": "Hoãn thi hành quyết định",
    "giam_phat": "Giảm tiền phạt",
    "mien_phat": "Miễn tiền phạt",
    "nop_nhieu_lan": "Cho nộp tiền phạt nhiều lần",
    "cuong_che": "Cưỡng chế thi hành quyết định",
    "gia_han_tam_giu": "Gia hạn tạm giữ tang vật",
    "dong_ho_so": "Kết thúc hồ sơ",
    "mo_lai": "Mở lại hồ sơ",
}
CHANNEL_WORDS = {"kho_bac": "tại Kho bạc", "ngan_hang": "qua ngân hàng",
                 "cong_dvc": "qua Cổng Dịch vụ công", "tai_cho": "tại chỗ"}


@dataclass(frozen=True)
class TimelineEvent:
    on: date | None
    words: str
    actor: str
    document: str  # the number of the document behind it ("" when none)
    kind: str  # the record kind ("decision", "payment"…)
    record_id: uuid.UUID
    void: bool = False


@dataclass(frozen=True)
class CaseProgress:
    stage: str  # where the case stands, in words
    closed: bool
    counts_as: str | None  # "hinh_su" (prosecuted), "hanh_chinh" (sanctioned or sent back), None
    missing: list[str]  # what closing the file still lacks
    due: list[DueItem]
    timeline: list[TimelineEvent] = field(default_factory=list)


def progress(session: Session, case_id: uuid.UUID | str, today: date) -> CaseProgress | None:
    """The case's stage, what is due, what closing lacks on ``today``, and its timeline."""
    f = read_case(session, case_id)
    if f is None:
        return None
    r = rules(session)
    return CaseProgress(stage(f, r, today), f.closed, counts_as(f),
                        [] if f.closed else cp.missing_to_close(f, r, today), items_of(f, r),
                        timeline(f))


def counts_as(f: CaseFacts) -> str | None:
    """Each case counts once: criminal when prosecuted, administrative when sanctioned,
    ended otherwise or sent back by the police (REPORTS.md)."""
    if cp.prosecuted(f):
        return "hinh_su"
    if cp.final_decision(f) is not None or cp.referral(f) is not None:
        return "hanh_chinh"
    return None


def stage(f: CaseFacts, r: Rules, today: date) -> str:
    if not f.finalised:
        return "Đang lập biên bản"
    if f.closed:
        return "Đã kết thúc hồ sơ"
    ref = cp.referral(f)
    if ref is not None and ref.answer == cp.WAITING:
        return f"Đã chuyển {ref.agency}, chờ kết quả"
    if cp.prosecuted(f):
        return "Đã khởi tố vụ án hình sự"
    final = cp.final_decision(f)
    if final is None:
        if not f.violations:
            return "Không phát hiện vi phạm"
        if ref is not None:
            return "Cơ quan điều tra không khởi tố, trả hồ sơ: chờ ra quyết định xử phạt"
        return "Chờ ra quyết định xử phạt"
    if final.kind != cp.SANCTION:
        return DECISION_WORDS[final.kind]
    m = cp.money(f, final, r, today)
    if m.unpaid and m.due_on is not None and today > m.due_on:
        return f"Quá hạn nộp phạt: còn {dong(m.unpaid)}"
    if m.unpaid:
        return f"Chờ nộp phạt: còn {dong(m.unpaid)}"
    return "Đã nộp đủ tiền phạt"


def timeline(f: CaseFacts) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []

    def add(on: date | None, words: str, row: Any, kind: str, document: str = "") -> None:
        void = row.status == VOID
        if void:
            words = f"{words} — đã hủy: {row.void_reason}"
        events.append(TimelineEvent(on, words, row.recorded_by, document, kind, row.id, void))

    for d in f.decisions:
        if d.status == "draft":
            continue
        words = DECISION_WORDS.get(d.kind, "Quyết định")
        if d.kind == cp.SANCTION:
            words += f", phạt tiền {dong(d.fine_total)}"
        if d.kind == cp.NO_SANCTION and d.reason:
            words += f": {d.reason}"
        add(d.decided_on, words, d, "decision", d.number)
        if d.delivered_on:
            add(d.delivered_on, f"Giao quyết định {d.number}".strip(), d, "decision", d.number)
    for p in f.payments:
        words = f"Nộp {dong(p.amount)}" + (f" và {dong(p.late_amount)} tiền chậm nộp"
                                           if p.late_amount else "")
        add(p.paid_on, f"{words} {CHANNEL_WORDS.get(p.channel, '')}".strip(), p, "payment",
            p.receipt_no)
    for g in f.dispositions:
        words = f"{GOODS_WORDS.get(g.action, g.action)} {g.item_name}"
        if g.quantity is not None:
            words += f": {cp.quantity_words(g.quantity, _unit(f, g.seized_item_id))}"
        if g.sold_value:
            words += f", thu {dong(g.sold_value)}"
        if g.agency:
            words += f" ({g.agency})"
        add(g.done_on, words, g, "goods_disposition", g.document_no or g.receipt_no)
    for ref in f.referrals:
        add(ref.transferred_on, f"Chuyển hồ sơ cho {ref.agency}", ref, "referral", ref.document_no)
        if ref.answer != cp.WAITING:
            words = ("Cơ quan điều tra quyết định khởi tố" if ref.answer == cp.PROSECUTED
                     else "Cơ quan điều tra không khởi tố, trả hồ sơ")
            add(ref.answer_on, words, ref, "referral", ref.answer_no)
    for person in f.accused:
        when = next((x.answer_on for x in f.referrals if x.id == person.referral_id), None)
        add(when, f"Bị can {person.full_name}", person, "accused")
    for s in f.steps:
        words = STEP_WORDS.get(s.step, s.step)
        if s.amount:
            words += f" {dong(s.amount)}"
        if s.due_on:
            words += f" (đến {s.due_on:%d/%m/%Y})"
        if s.summary:
            words += f": {s.summary}"
        add(s.done_on, words, s, "case_step", s.document_no)
    start = f.started_on
    events.sort(key=lambda e: (e.on or start or date.min))
    return events


def _unit(f: CaseFacts, item_id: Any) -> str:
    return next((i.unit for i in f.items if i.id == item_id), "")

