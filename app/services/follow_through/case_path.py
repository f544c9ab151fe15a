"""Where a case stands on its legal path, read from its facts (pure functions, no queries):
which decision ends it, the term to decide, the goods still held, the money still owed,
and what is missing before the file can be closed.

The terms are those of :class:`app.services.follow_through.deadlines.Rules`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from app.services.follow_through.deadlines import (
    Rules,
    days_after,
    months_after,
    next_working_day,
    vn_date,
    working_days_after,
)
from app.services.follow_through.facts import CaseFacts, Item
from app.text import dong, group_decimal

ISSUED = "issued"
SANCTION = "xu_phat"
SEIZURE = "tam_giu"
CONFISCATION = "tich_thu"
NO_SANCTION = "khong_xu_phat"
FINAL_KINDS = (SANCTION, CONFISCATION, NO_SANCTION)  # a decision of these ends the deciding
WAITING, PROSECUTED, NOT_PROSECUTED = "cho", "khoi_to", "khong_khoi_to"
EXPLAINING = ("giai_trinh_yeu_cau", "giai_trinh_nhan", "xac_minh")
MONEY_STEPS = ("giam_phat", "mien_phat")


# --- decisions and the referral --------------------------------------------------------------


def issued(f: CaseFacts, *kinds: str) -> list[Any]:
    """The valid, issued decisions of ``kinds``, in the order they were made."""
    return [d for d in f.valid("decisions") if d.status == ISSUED and d.kind in kinds]


def final_decision(f: CaseFacts) -> Any | None:
    """The decision that ended the deciding (sanction, MQĐ14 confiscation, no sanction)."""
    found = issued(f, *FINAL_KINDS)
    return found[-1] if found else None


def sanction(f: CaseFacts) -> Any | None:
    found = issued(f, SANCTION)
    return found[-1] if found else None


def referral(f: CaseFacts) -> Any | None:
    """The latest valid referral to the investigating agency."""
    found = f.valid("referrals")
    return found[-1] if found else None


def prosecuted(f: CaseFacts) -> bool:
    ref = referral(f)
    return ref is not None and ref.answer == PROSECUTED


# --- the term to decide (and to hold the goods) --------------------------------------------


def _month_term(start: date, months: int) -> date:
    """A term in months ends on a working day (BLDS 2015 Đ148 k5)."""
    return next_working_day(months_after(start, months))


def term_from(f: CaseFacts, start: date, rules: Rules) -> tuple[date, str]:
    """The term to decide counted from ``start`` (Luật XLVPHC Đ66 k1), with its words:
    7 working days; 1 month when the subject asked to explain or facts are verified; 2
    months when extended in writing (a seizure extension MQĐ21 recorded, or a verification
    given a date beyond the month; that date when earlier)."""
    one = _month_term(start, rules.decision_months_explained)
    two = _month_term(start, rules.decision_months_extended)
    explicit = [s.due_on for s in f.steps_of("gia_han_tam_giu", "xac_minh") if s.due_on]
    if f.steps_of("gia_han_tam_giu") or any(d > one for d in explicit):
        later = [d for d in explicit if d > one]
        return (min(max(later), two) if later else two), "gia hạn"
    if f.steps_of(*EXPLAINING):
        return one, "có giải trình, xác minh"
    return working_days_after(start, rules.decision_working_days), \
        f"{rules.decision_working_days} ngày làm việc"


def decision_term(f: CaseFacts, rules: Rules) -> tuple[date | None, str]:
    """When the decision is due: from the BB-VPHC, or 5 working days after the police sent
    back a file they did not prosecute (TT 27/2020 Đ22 k2, Luật XLVPHC Đ63 k1)."""
    ref = referral(f)
    if ref is not None and ref.answer == NOT_PROSECUTED:
        start = ref.returned_on or ref.answer_on
        if start is not None:
            return (working_days_after(start, rules.returned_working_days),
                    f"{rules.returned_working_days} ngày làm việc từ khi nhận lại hồ sơ")
    if f.report_on is None:
        return None, ""
    return term_from(f, f.report_on, rules)


def held_until(f: CaseFacts, rules: Rules) -> date | None:
    """Until when the seized goods may be held: before the decision the term to decide,
    counted from the seizure (Luật XLVPHC Đ125 k8 as amended 2020: not beyond the time
    limit of Đ66; wording unverified, FOLLOW-THROUGH.md), or the extension's date; after a
    decision (or a prosecution) the internal term to dispose of them; None while the
    police have the file. A seizure decision (MQĐ20) states its own term in days from the
    seizure (``held_days``, the day of the seizure counted as it prints it), which
    governs; an extension (MQĐ21) its date."""
    final = final_decision(f)
    ref = referral(f)
    if final is not None and final.decided_on is not None:
        return days_after(final.decided_on, rules.goods_disposal_days)
    if ref is not None and ref.answer == WAITING:
        return None
    if ref is not None and ref.answer == PROSECUTED and ref.answer_on is not None:
        return days_after(ref.answer_on, rules.goods_disposal_days)
    extended = [s.due_on for s in f.steps_of("gia_han_tam_giu") if s.due_on]
    if extended:
        return extended[-1]
    if ref is not None and ref.answer == NOT_PROSECUTED:
        return decision_term(f, rules)[0]
    start = vn_date(f.seized_at) or f.report_on
    stated = [d.held_days for d in issued(f, SEIZURE) if d.held_days]
    if start is not None and stated:  # the term the seizure decision (MQĐ20) printed
        return start + timedelta(days=stated[-1] - 1)
    return None if start is None else term_from(f, start, rules)[0]


def seizure_decision_due(f: CaseFacts, rules: Rules) -> date | None:
    """The seizure decision (MQĐ20) within 24 hours of an on-site seizure (Đ125 k4c)."""
    if f.seized_at is None:
        return None
    return vn_date(f.seized_at + timedelta(hours=rules.seizure_decision_hours))


# --- goods, item by item ------------------------------------------------------------------------

FROM_HELD = ("tra_lai", "tich_thu", "xu_ly_ngay")
FROM_CONFISCATED = ("ban", "tieu_huy")


@dataclass
class Stock:
    """One seized item: still held (tạm giữ) and confiscated but not yet sold, destroyed
    or handed over."""

    item: Item
    held: Decimal
    confiscated: Decimal = Decimal(0)

    @property
    def left(self) -> Decimal:
        return self.held + self.confiscated

    def available(self, action: str) -> Decimal:
        """What ``action`` can take: sale and destruction only confiscated goods; a
        hand-over the confiscated ones first, else the held; the rest the held ones."""
        if action in FROM_CONFISCATED:
            return self.confiscated
        if action == "chuyen_giao":
            return self.confiscated if self.confiscated > 0 else self.held
        return self.held

    def take(self, action: str, quantity: Decimal) -> None:
        from_confiscated = action in FROM_CONFISCATED or (
            action == "chuyen_giao" and self.confiscated > 0)
        if from_confiscated:
            self.confiscated -= quantity
        else:
            self.held -= quantity
        if action == "tich_thu":
            self.confiscated += quantity


class Overdrawn(Exception):
    """A disposition takes more than what was left of its item."""

    def __init__(self, record: Any, stock: Stock) -> None:
        super().__init__(record.id)
        self.record, self.stock = record, stock


def stock(f: CaseFacts, dispositions: list[Any] | None = None) -> dict[Any, Stock]:
    """Each seized item after the valid dispositions (or ``dispositions``), in the order
    they happened. Raises :class:`Overdrawn` at the first that takes too much."""
    out = {i.id: Stock(i, i.quantity) for i in f.items}
    records = f.valid("dispositions") if dispositions is None else dispositions
    for d in records:
        s = out.get(d.seized_item_id)
        if s is None:
            continue
        quantity = d.quantity if d.quantity is not None else s.available(d.action)
        if quantity > s.available(d.action):
            raise Overdrawn(d, s)
        s.take(d.action, quantity)
    return out


def quantity_words(quantity: Decimal, unit: str) -> str:
    """"100 chiếc": a seized item keeps its measure unit's code ("chiec"); its name is the
    catalogue's (the shipped one: the laptop and the console alike)."""
    return f"{group_decimal(quantity)} {_measure_names().get(unit, unit)}".strip()


@cache
def _measure_names() -> dict[str, str]:
    from app.catalogs import read_catalog

    return {i["code"]: i["name"] for i in read_catalog("measure_units")["items"]}


# --- money ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Money:
    """The fine of one sanction decision: ``principal`` (the fine less reductions and
    exemptions), paid, and the late-payment amounts accrued and paid."""

    principal: int
    paid: int
    due_on: date | None
    late_accrued: int
    late_paid: int

    @property
    def unpaid(self) -> int:
        return max(self.principal - self.paid, 0)

    @property
    def late(self) -> int:
        return max(self.late_accrued - self.late_paid, 0)


def payment_due(decision: Any, steps: list[Any], rules: Rules) -> date | None:
    """The last day to pay: ``pay_within_days`` (10) calendar days after the decision was
    received (Luật XLVPHC Đ73 k1; TT 18/2023/TT-BTC Đ5: holidays included), or after the
    decision's date by ``payment_days_undelivered`` when no delivery is recorded; a
    postponement (hoãn, MQĐ03) or instalments (nộp nhiều lần, MQĐ05) move it to their date."""
    if decision.delivered_on is not None:
        due = days_after(decision.delivered_on, decision.pay_within_days)
    elif decision.decided_on is not None:
        due = days_after(decision.decided_on, rules.payment_days_undelivered)
    else:
        return None
    if rules.payment_due_moves_off_days:
        due = next_working_day(due)
    moved = [s.due_on for s in steps if s.step in ("hoan_thi_hanh", "nop_nhieu_lan")
             and s.decision_id == decision.id and s.due_on]
    return max([due, *moved])


def late_accrued(principal: int, due_on: date | None, payments: list[tuple[date, int]],
                 on: date, per_10000: int = 5) -> int:
    """The late-payment amount accrued on a fine when paid on ``on``, in whole đồng.

    Luật XLVPHC Đ78 k1: for each day of delay 0,05 % (``per_10000`` = 5) of the total fine
    still unpaid. TT 18/2023/TT-BTC Đ5 k1: the days of delay include weekends and holidays
    and run from the day after the last day to pay (``due_on``) to the day before the money
    reaches the budget. So each day ``t`` from ``due_on + 1`` to ``on − 1`` adds 0,05 % of
    the principal unpaid that day, a receipt dated ``P`` no longer counting from ``P``
    (its own day is not a day of delay). A partial payment thus lowers the base from its
    own date; a payment made before the term ran out lowers it from the start.

    The sum is kept exact (in ten-thousandths of a đồng) and rounded to the đồng once,
    half up: the late amount of a fine paid in parts is what it would be paid at once on
    the same days, to the đồng.
    """
    if due_on is None or on <= due_on + timedelta(days=1):
        return 0
    units, unpaid = 0, principal
    day = due_on + timedelta(days=1)
    for paid_on, amount in sorted(payments):
        if paid_on >= on:
            break
        if paid_on > day:
            units += max(unpaid, 0) * (paid_on - day).days
            day = paid_on
        unpaid -= amount
    units += max(unpaid, 0) * (on - day).days
    return (units * per_10000 + 5000) // 10000


def money(f: CaseFacts, decision: Any, rules: Rules, on: date) -> Money:
    """The fine of ``decision`` as it stands on ``on`` (receipts dated after it ignored)."""
    steps = [s for s in f.valid("steps") if s.decision_id == decision.id]
    taken_off = sum(s.amount or 0 for s in steps if s.step in MONEY_STEPS)
    principal = max(decision.fine_total - taken_off, 0)
    receipts = [p for p in f.valid("payments")
                if p.decision_id == decision.id and p.purpose == "tien_phat" and p.paid_on <= on]
    due_on = payment_due(decision, f.valid("steps"), rules)
    accrued = late_accrued(principal, due_on, [(p.paid_on, p.amount) for p in receipts], on,
                           rules.late_per_10000_a_day)
    return Money(principal, sum(p.amount for p in receipts), due_on, accrued,
                 sum(p.late_amount for p in receipts))


def enforcement_limit(decision: Any, rules: Rules, steps: Sequence[Any] = ()) -> date | None:
    """The last day the decision may be enforced (Luật XLVPHC Đ74 k1: 1 year from the
    decision; the time of a postponement is not counted, Đ74 k2), moved to a working day."""
    if decision.decided_on is None:
        return None
    paused = sum(((s.due_on - s.done_on).days for s in steps if s.step == "hoan_thi_hanh"
                  and s.decision_id == decision.id and s.due_on), 0)
    limit = months_after(decision.decided_on, 12 * rules.enforcement_years)
    return next_working_day(limit + timedelta(days=paused))


# --- closure ----------------------------------------------------------------------------------


def missing_to_close(f: CaseFacts, rules: Rules, on: date | None) -> list[str]:
    """What the case lacks before its file can be closed, in Vietnamese (empty: complete).

    Complete: the path ended — a sanction decision executed (fine and late amount paid,
    or no longer enforceable on ``on``), a prosecution, a decision to confiscate without
    sanction or to end without one, or a case without violations — and no seized goods
    left held or confiscated without being disposed of. ``on`` None ignores the
    enforcement limit."""
    if not f.finalised:
        return ["Vụ việc chưa hoàn tất biên bản."]
    missing: list[str] = []
    ref = referral(f)
    final = final_decision(f)
    if ref is not None and ref.answer == WAITING:
        missing.append(f"Đang chờ kết quả giải quyết của {ref.agency}.")
    elif not prosecuted(f):
        if final is None and f.violations:
            missing.append("Chưa có quyết định xử phạt (hoặc quyết định không xử phạt, "
                           "quyết định tịch thu).")
        s = sanction(f)
        if s is not None:
            limit = enforcement_limit(s, rules, f.valid("steps"))
            expired = on is not None and limit is not None and on > limit
            m = money(f, s, rules, on or date.max)
            if m.unpaid and not expired:
                missing.append(f"Còn {dong(m.unpaid)} tiền phạt chưa nộp.")
            if m.late and not expired:
                missing.append(f"Còn {dong(m.late)} tiền chậm nộp phạt chưa nộp.")
    try:
        goods = stock(f)
    except Overdrawn:
        goods = {}
    for s_ in goods.values():
        if s_.left > 0:
            missing.append(f"Tang vật “{s_.item.name}” còn "
                           f"{quantity_words(s_.left, s_.item.unit)} chưa xử lý.")
    return missing


def last_event_on(f: CaseFacts) -> date | None:
    """The date of the case's latest valid event (when a complete path completed)."""
    days = [d.decided_on for d in f.valid("decisions") if d.decided_on]
    days += [p.paid_on for p in f.valid("payments")]
    days += [d.done_on for d in f.valid("dispositions")]
    days += [r.answer_on or r.transferred_on for r in f.valid("referrals")]
    days += [s.done_on for s in f.valid("steps")]
    return max(days) if days else f.report_on
