"""What happens to a case after the roadside (FOLLOW-THROUGH.md): the decisions made on it,
the money paid, what became of each seized item, the referral to the police and its
answer with the accused, and the other dated steps (giải trình, delivery of a decision,
postponement, enforcement, closure).

Each record is one event with a date and the officer who recorded it (``recorded_by``).
A recorded event is never rewritten to say something else: a mistaken one is made void
(``status`` "void" with ``void_reason``) and a new one recorded, so every figure of a
report can be traced to the record behind it. The kinds are declared for sync in
app.sync.wire.kinds; money is whole đồng.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, DecimalText, Synced

VALID = "valid"
VOID = "void"


class _Event(Synced):
    """Columns of every follow-through record: its case and unit, who recorded it, and
    whether it still counts (``valid``) or was made void with a reason."""

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"), index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"))
    recorded_by: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    void_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class CaseDecision(_Event, Base):
    """A decision on the case: sanction (MQĐ02), seizure (MQĐ20), confiscation without a
    sanction (MQĐ14), or the case ended without a sanction (with its reason).

    ``status``: "draft" while prepared, "issued" once numbered and printed (the document in
    ``document_id`` is frozen), "void". ``lines`` is one entry per violation: its id and
    legal act, the fine, the additional sanctions and remedial measures (with the days
    given to carry them out). A seizure decision states its term (``held_days``) and where
    the goods are held (``held_place``); its ``reason`` is the ground of the seizure.
    """

    __tablename__ = "case_decision"
    __table_args__ = (
        CheckConstraint("kind IN ('xu_phat','tam_giu','tich_thu','khong_xu_phat')", name="kind"),
        CheckConstraint("status IN ('draft','issued','void')", name="status"),
        Index("ix_case_decision_decided", "decided_on"),
    )

    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    status: Mapped[str] = mapped_column(String(8), nullable=False, default="draft")
    form_code: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    number: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("issued_document.id"))
    decided_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    signer_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    signer_title_code: Mapped[str | None] = mapped_column(String(20))
    subject_kind: Mapped[str] = mapped_column(String(12), nullable=False, default="individual")
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    fine_total: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    confiscated_value: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    aggravating: Mapped[str] = mapped_column(Text, nullable=False, default="")
    mitigating: Mapped[str] = mapped_column(Text, nullable=False, default="")
    pay_account: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    pay_within_days: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
    reason_code: Mapped[str | None] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    delivered_how: Mapped[str | None] = mapped_column(String(12))
    delivered_on: Mapped[date | None] = mapped_column(Date)
    held_days: Mapped[int | None] = mapped_column(Integer)  # MQĐ20: the seizure term
    held_place: Mapped[str] = mapped_column(String(300), nullable=False, default="")


class Payment(_Event, Base):
    """Money paid on a case's decision: one receipt (biên lai or chứng từ), its principal
    (``amount``) and the late-payment amount paid with it (``late_amount``)."""

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint("status IN ('valid','void')", name="status"),
        CheckConstraint("amount >= 0 AND late_amount >= 0", name="amounts"),
        Index("ix_payment_paid_on", "paid_on"),
    )

    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_decision.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(16), nullable=False, default="tien_phat")
    receipt_no: Mapped[str] = mapped_column(String(60), nullable=False)
    paid_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    late_amount: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    channel: Mapped[str] = mapped_column(String(16), nullable=False, default="kho_bac")
    status: Mapped[str] = mapped_column(String(8), nullable=False, default=VALID)


class GoodsDisposition(_Event, Base):
    """What became of a seized item (or a part of it): returned, confiscated, sold,
    destroyed, handed to another agency, or handled at once (perishable)."""

    __tablename__ = "goods_disposition"
    __table_args__ = (
        CheckConstraint("status IN ('valid','void')", name="status"),
        CheckConstraint(
            "action IN ('tra_lai','tich_thu','ban','tieu_huy','chuyen_giao','xu_ly_ngay')",
            name="action"),
        Index("ix_goods_disposition_done_on", "done_on"),
    )

    seized_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("seized_item.id"), index=True)
    item_name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(12), nullable=False)
    done_on: Mapped[date] = mapped_column(Date, nullable=False)
    quantity: Mapped[Decimal | None] = mapped_column(DecimalText)
    appraised_value: Mapped[int | None] = mapped_column(Integer)
    sold_value: Mapped[int | None] = mapped_column(Integer)
    receipt_no: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    agency: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    document_no: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(8), nullable=False, default=VALID)


class CriminalReferral(_Event, Base):
    """The case file handed to the investigating agency, and its answer: prosecuted
    (``khoi_to``, with the accused) or not (``khong_khoi_to``: the case comes back to the
    administrative path, ``returned_on`` starting its new 5-working-day term)."""

    __tablename__ = "criminal_referral"
    __table_args__ = (
        CheckConstraint("status IN ('valid','void')", name="status"),
        CheckConstraint("answer IN ('cho','khoi_to','khong_khoi_to')", name="answer"),
    )

    transferred_on: Mapped[date] = mapped_column(Date, nullable=False)
    agency: Mapped[str] = mapped_column(String(300), nullable=False)
    document_no: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    answer: Mapped[str] = mapped_column(String(16), nullable=False, default="cho")
    answer_on: Mapped[date | None] = mapped_column(Date)
    answer_no: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    returned_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(8), nullable=False, default=VALID)


class Accused(_Event, Base):
    """A person the investigating agency prosecuted (bị can), linked to the case's subject
    registry when the person is one of its subjects."""

    __tablename__ = "accused"
    __table_args__ = (CheckConstraint("status IN ('valid','void')", name="status"),)

    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("criminal_referral.id"), index=True)
    subject_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("subject.id"))
    full_name: Mapped[str] = mapped_column(String(120), nullable=False)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    id_number: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(8), nullable=False, default=VALID)


class CaseStep(_Event, Base):
    """Any other dated step of a case (``step``, app.sync.wire.labels.STEP_VALUES): giải
    trình asked for and received, verification, postponement, reduction, exemption,
    instalments, enforcement, the seizure term extended, the file closed or reopened."""

    __tablename__ = "case_step"
    __table_args__ = (
        CheckConstraint("status IN ('valid','void')", name="status"),
        Index("ix_case_step_case_step", "case_id", "step"),
    )

    step: Mapped[str] = mapped_column(String(24), nullable=False)
    done_on: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date | None] = mapped_column(Date)
    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_decision.id"))
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    document_no: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    amount: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(8), nullable=False, default=VALID)


FOLLOW_THROUGH = (CaseDecision, Payment, GoodsDisposition, CriminalReferral, Accused, CaseStep)
"""Every follow-through table, in the order a pull applies them."""

__all__ = [
    "FOLLOW_THROUGH", "VALID", "VOID", "Accused", "CaseDecision", "CaseStep",
    "CriminalReferral", "GoodsDisposition", "Payment",
]
