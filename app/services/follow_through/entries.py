"""What a follow-through dialog hands to the services: one frozen entry per record (an
"entry", as the case editor's app.services.case_entry; "form" is kept for the legal
templates), with the
record's user fields (app.sync.wire.outcome); the service adds the case, unit, recorder and
device, and answers bad input with app.errors.ValidationFailed keyed by these fields' names
("lines.0.fine", "accused.1.full_name").

Dates are ``datetime.date`` in the Vietnam calendar. A decision's money is whole đồng
(``int``); the other entries' money and quantities may also be the text as typed ("1.500.000",
"12,5"), read with app.validation. Ids may be ``uuid.UUID`` or their text.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

Id = uuid.UUID | str
Money = int | str | None
Quantity = Decimal | int | str | None


@dataclass(frozen=True)
class PaymentEntry:
    """One receipt (biên lai or chứng từ) paid on a sanction decision.

    ``late_amount`` None: the late-payment amount due on ``paid_on`` is taken
    (payments.amount_due); a number: what the receipt shows."""

    decision_id: Id | None
    receipt_no: str
    paid_on: date | None
    amount: Money
    late_amount: Money = None
    channel: str = "kho_bac"  # kho_bac | ngan_hang | cong_dvc | tai_cho
    purpose: str = "tien_phat"  # tien_phat | truy_thu_thue


@dataclass(frozen=True)
class GoodsDispositionEntry:
    """What became of one seized item, or part of it. ``quantity`` None: all of it that
    the action can take (what is still held, or still confiscated and not disposed of)."""

    seized_item_id: Id | None
    action: str  # tra_lai | tich_thu | ban | tieu_huy | chuyen_giao | xu_ly_ngay
    done_on: date | None
    quantity: Quantity = None
    appraised_value: Money = None
    sold_value: Money = None
    receipt_no: str = ""
    agency: str = ""
    document_no: str = ""
    note: str = ""


@dataclass(frozen=True)
class ReferralEntry:
    """The case file handed to the investigating agency (MQĐ33 / BB-CHS)."""

    transferred_on: date | None
    agency: str
    document_no: str = ""
    note: str = ""


@dataclass(frozen=True)
class AnswerEntry:
    """The investigating agency's answer. ``returned_on`` (not prosecuted): the day the
    file came back, which starts the new term to decide; None means ``answer_on``."""

    answer: str  # khoi_to | khong_khoi_to
    answer_on: date | None
    answer_no: str = ""
    returned_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class AccusedEntry:
    """A person prosecuted (bị can), one of the case's subjects (``subject_id``) or not."""

    full_name: str
    birth_year: int | None = None
    id_number: str = ""
    address: str = ""
    subject_id: Id | None = None


@dataclass(frozen=True)
class StepEntry:
    """Any other dated step (giải trình, xác minh, hoãn, giảm, miễn, nộp nhiều lần, cưỡng
    chế, gia hạn tạm giữ).

    ``due_on``: the new term a step sets (postponed to, last instalment, seizure held
    until); for a request to explain, None takes the legal term (2 working days for a
    hearing, ``hearing``, else 5). ``amount``: the đồng a reduction or exemption takes off
    (None for an exemption: all that is still unpaid). ``decision_id`` None: the case's
    sanction decision, when it has one."""

    step: str
    done_on: date | None
    due_on: date | None = None
    decision_id: Id | None = None
    summary: str = ""
    document_no: str = ""
    amount: Money = None
    hearing: bool = False


@dataclass(frozen=True)
class DecisionLineEntry:
    """One violation as the decision sanctions it: the fine (0: a warning, cảnh cáo), the
    additional sanction (hình thức xử phạt bổ sung, e.g. confiscation, in words) and the
    remedial measure (biện pháp khắc phục hậu quả) with the days given to carry it out."""

    violation_id: str | None = None
    legal_act_code: str = ""
    fine: int = 0
    additional: str = ""
    remedial: str = ""
    remedial_days: int | None = None


@dataclass(frozen=True)
class DecisionEntry:
    """A decision as the officer edits it (app.services.follow_through.decisions).

    ``place`` is the địa danh of the date line ("Lạng Sơn"); ``signer_title_code`` the
    officer_titles code whose competence the decision uses. ``pay_account`` and
    ``pay_within_days`` say where and within how many days the fine is paid (MQĐ02). For a
    seizure decision (MQĐ20) ``reason`` is the ground of the seizure and ``held_days`` /
    ``held_place`` its term and place. ``number`` only for a decision made on paper and
    recorded here (MQĐ14): the number it was issued under.
    """

    decided_on: date | None = None
    place: str = ""
    signer_name: str = ""
    signer_title_code: str | None = None
    subject_kind: str = "individual"
    lines: tuple[DecisionLineEntry, ...] = ()
    confiscated_value: int = 0
    aggravating: str = ""
    mitigating: str = ""
    pay_account: str = ""
    pay_within_days: int = 10
    reason: str = ""
    held_days: int | None = None
    held_place: str = ""
    number: str = ""
