"""An inspection (the case) and the parts recorded on site."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, DecimalText, Synced, UTCDateTime
from app.models.subject import Subject

DRAFT = "draft"
FINALISED = "finalised"
BASIS_DECISION = "decision"
BASIS_SURPRISE = "surprise"


class Case(Synced, Base):
    """One inspection from basis to findings. Immutable once ``status`` is finalised.

    ``local_no`` is this database's running number: it names the case on screen and is
    the rowid of the case in the full-text index ``case_search``.
    """

    __tablename__ = "inspection"
    __table_args__ = (
        CheckConstraint("status IN ('draft','finalised')", name="status"),
        CheckConstraint("basis_kind IN ('decision','surprise')", name="basis_kind"),
        Index("ix_inspection_status_started", "status", "started_at"),
    )

    local_no: Mapped[int] = mapped_column(Integer, unique=True, nullable=False)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"))
    status: Mapped[str] = mapped_column(String(12), nullable=False, default=DRAFT)
    basis_kind: Mapped[str] = mapped_column(String(12), nullable=False, default=BASIS_SURPRISE)
    decision_no: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    decision_signer: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    decision_signer_title: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    surprise_ground: Mapped[str] = mapped_column(Text, nullable=False, default="")
    tip_ref: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    place_address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    commune_code: Mapped[str | None] = mapped_column(ForeignKey("commune.code"), index=True)
    subject_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("subject.id"), index=True)
    subject_present: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    vehicle_plate: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    contents: Mapped[str] = mapped_column(Text, nullable=False, default="")
    subject_opinion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    forces_opinion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    witness_opinion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    team_conclusion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    refusal_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    finalised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finalised_by: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    # indexed: a case superseded by its finalised amendment has nothing due (follow_through.facts)
    amends_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("inspection.id"), index=True)
    amendment_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")

    subject: Mapped[Subject | None] = relationship()
    unit = relationship("Unit")
    commune = relationship("Commune")
    amends: Mapped[Case | None] = relationship(remote_side="Case.id")
    members: Mapped[list[CaseMember]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="CaseMember.position"
    )
    forces: Mapped[list[CooperatingForce]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="CooperatingForce.position"
    )
    witnesses: Mapped[list[Witness]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="Witness.position"
    )
    findings: Mapped[list[Finding]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="Finding.position"
    )
    goods: Mapped[list[InspectedGoods]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="InspectedGoods.position"
    )
    violations: Mapped[list[Violation]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="Violation.position"
    )
    seizures = relationship(
        "Seizure", back_populates="inspection", cascade="all, delete-orphan", order_by="Seizure.position"
    )

    @property
    def is_finalised(self) -> bool:
        return self.status == FINALISED


class _Part(Synced):
    """A row that belongs to one inspection, kept in the order the inspector entered it."""

    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class CaseMember(_Part, Base):
    """A member of the team, copied from the officer so the record keeps what was printed."""

    __tablename__ = "inspection_member"
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"), index=True)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    full_name: Mapped[str] = mapped_column(String(120), nullable=False)
    position_title: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    badge_no: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    is_leader: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    inspection: Mapped[Case] = relationship(back_populates="members")


class CooperatingForce(_Part, Base):
    __tablename__ = "cooperating_force"
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"), index=True)
    force_code: Mapped[str] = mapped_column(ForeignKey("force.code"))
    agency_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    representative: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    representative_title: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    inspection: Mapped[Case] = relationship(back_populates="forces")


class Witness(_Part, Base):
    """A witness or the commune representative (đại diện chính quyền)."""

    __tablename__ = "witness"
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(120), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="witness")
    position_title: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    id_number: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    inspection: Mapped[Case] = relationship(back_populates="witnesses")


class Finding(_Part, Base):
    """One item of "nội dung kiểm tra" with its "kết quả kiểm tra"."""

    __tablename__ = "finding"
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"), index=True)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    result: Mapped[str] = mapped_column(Text, nullable=False, default="")
    inspection: Mapped[Case] = relationship(back_populates="findings")


class InspectedGoods(_Part, Base):
    __tablename__ = "inspected_goods"
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"), index=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    category_code: Mapped[str | None] = mapped_column(ForeignKey("goods_category.code"))
    unit: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    quantity: Mapped[Decimal | None] = mapped_column(DecimalText)
    origin: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    papers: Mapped[str] = mapped_column(Text, nullable=False, default="")
    estimated_value: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    inspection: Mapped[Case] = relationship(back_populates="goods")


class Violation(_Part, Base):
    __tablename__ = "violation"
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"), index=True)
    legal_act_code: Mapped[str] = mapped_column(ForeignKey("legal_act.code"))
    violation_kind: Mapped[str | None] = mapped_column(ForeignKey("violation_kind.code"))
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    proposed_fine: Mapped[int | None] = mapped_column(Integer)
    criminal_signs: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # why an inspector cleared the flag prohibited goods raise (app.services.case_rules)
    criminal_signs_cleared: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    inspection: Mapped[Case] = relationship(back_populates="violations")
    legal_act = relationship("LegalAct")


__all__ = [
    "BASIS_DECISION",
    "BASIS_SURPRISE",
    "DRAFT",
    "FINALISED",
    "CooperatingForce",
    "Finding",
    "InspectedGoods",
    "Case",
    "CaseMember",
    "Violation",
    "Witness",
]
