"""Money paid on a sanction decision: what is due on a day (the fine still unpaid and the
late-payment amount, app.services.follow_through.case_path.late_accrued), and receipts.

A receipt larger than what is due, or dated before the decision, is refused at its field
with nothing written.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models.outcome import CaseDecision, Payment
from app.services.context import Actor
from app.services.follow_through import case_path as cp
from app.services.follow_through import records as rec
from app.services.follow_through.deadlines import Rules, rules
from app.services.follow_through.entries import PaymentEntry
from app.services.follow_through.facts import read_case
from app.text import dong
from app.validation import parse_money

CHANNELS = ("kho_bac", "ngan_hang", "cong_dvc", "tai_cho")
PURPOSES = ("tien_phat", "truy_thu_thue")


@dataclass(frozen=True)
class Due:
    """What a sanction decision asks on a day: ``principal`` (the fine less reductions and
    exemptions), ``paid`` of it, ``late`` (the late-payment amount accrued to that day and
    not yet paid) and the last day to pay (``due_on``; None before the decision is made)."""

    principal: int
    paid: int
    late: int
    due_on: date | None
    late_accrued: int = 0
    late_paid: int = 0

    @property
    def unpaid(self) -> int:
        return max(self.principal - self.paid, 0)

    @property
    def total(self) -> int:
        """What a receipt on that day settles everything with."""
        return self.unpaid + self.late


def amount_due(session: Session, decision_id: uuid.UUID | str, on: date) -> Due:
    """The fine of a decision as it stands on ``on`` (receipts dated after it not counted):
    what a receipt dated ``on`` may pay."""
    decision = session.get(CaseDecision, rec.as_id(decision_id))
    if decision is None or decision.deleted_at is not None:
        raise NotFound("Không tìm thấy quyết định.")
    f = read_case(session, decision.case_id)
    assert f is not None
    m = cp.money(f, decision, rules(session), on)
    return Due(m.principal, m.paid, m.late, m.due_on, m.late_accrued, m.late_paid)


def record_payment(session: Session, case_id: uuid.UUID | str, form: PaymentEntry,
                   actor: Actor) -> Payment:
    """Record one receipt. ``late_amount`` None takes the late amount due on ``paid_on``."""
    ins, f = rec.open_case(session, case_id)
    values = check_payment(f, form, rules(session))
    payment = rec.stamp(Payment(**values), ins, actor)
    session.add(payment)
    return rec.after_write(session, actor, "record", "payment", payment,
                           f"{payment.receipt_no}: {dong(payment.amount)} + "
                           f"{dong(payment.late_amount)} chậm nộp")


def check_payment(f: rec.CaseFacts, form: PaymentEntry, r: Rules) -> dict[str, Any]:
    """The receipt's values as they are recorded, or ValidationFailed at its fields: pure
    over the case's facts, so the laptop and the province's console check it alike."""
    errors: rec.Errors = {}
    purpose = form.purpose if form.purpose in PURPOSES else ""
    if not purpose:
        errors["purpose"] = "Chọn khoản nộp."
    fine = purpose == "tien_phat"
    decision = (rec.sanction_of(f, form.decision_id, errors) if fine or form.decision_id
                else None)
    if not fine and decision is None and form.decision_id:
        errors.pop("decision_id", None)
        decision = rec.sanction_of(f, form.decision_id, errors, kinds=cp.FINAL_KINDS)
    receipt = rec.text(errors, "receipt_no", form.receipt_no, limit=60,
                       required="Chưa nhập số biên lai, chứng từ.")
    if receipt and any(p.receipt_no == receipt for p in f.valid("payments")):
        errors["receipt_no"] = f"Biên lai, chứng từ số {receipt} đã được ghi cho vụ việc này."
    if form.channel not in CHANNELS:
        errors["channel"] = "Chọn nơi nộp."
    paid_on = rec.day(errors, "paid_on", form.paid_on, required="Chưa nhập ngày nộp.", after=[
        (decision.decided_on if decision is not None else None, "ngày ra quyết định"),
        (f.started_on, "ngày kiểm tra")])
    amount, message = parse_money(form.amount, required=True)
    if message:
        errors["amount"] = message
    late, message = parse_money(form.late_amount)
    if message:
        errors["late_amount"] = message
    if (fine and decision is not None and paid_on is not None
            and not {"paid_on", "amount", "late_amount"} & errors.keys()):
        late = _check_fine(f, decision, paid_on, amount or 0, late, errors, r)
    if not errors and (amount or 0) + (late or 0) == 0:
        errors["amount"] = "Số tiền nộp phải lớn hơn 0."
    rec.raise_if(errors)
    assert paid_on is not None and amount is not None
    return {"decision_id": decision.id if decision is not None else None, "purpose": purpose,
            "receipt_no": receipt, "paid_on": paid_on, "amount": amount,
            "late_amount": late or 0, "channel": form.channel}


def _check_fine(f: rec.CaseFacts, decision: object, paid_on: date, amount: int,
                late: int | None, errors: rec.Errors, r: Rules) -> int:
    """The receipt against what is due: the principal still unpaid (every receipt counted)
    and the late amount accrued to ``paid_on``. Returns the late amount to record."""
    unpaid = cp.money(f, decision, r, date.max).unpaid
    on_day = cp.money(f, decision, r, paid_on)
    if amount > unpaid:
        errors["amount"] = ("Quyết định đã nộp đủ tiền phạt." if unpaid == 0 else
                            f"Lớn hơn số tiền phạt còn phải nộp ({dong(unpaid)}).")
    if late is None:
        return on_day.late
    if late > on_day.late:
        errors["late_amount"] = (f"Lớn hơn tiền chậm nộp phải nộp đến ngày "
                                 f"{paid_on:%d/%m/%Y} ({dong(on_day.late)}).")
    return late
