"""Seizure (tạm giữ) of goods and vehicles, with the item list printed on BB-TG."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, DecimalText, Synced, UTCDateTime


class Seizure(Synced, Base):
    __tablename__ = "seizure"
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    seized_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    storage_place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    keeper: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    sealed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    inspection = relationship("Case", back_populates="seizures")
    items: Mapped[list[SeizedItem]] = relationship(
        back_populates="seizure", cascade="all, delete-orphan", order_by="SeizedItem.position"
    )

    @property
    def total_value(self) -> int:
        return sum(i.estimated_value or 0 for i in self.items if i.deleted_at is None)


class SeizedItem(Synced, Base):
    """One line of the seized goods table (FORMS.md "Goods table")."""

    __tablename__ = "seized_item"
    seizure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("seizure.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    category_code: Mapped[str | None] = mapped_column(ForeignKey("goods_category.code"))
    unit: Mapped[str] = mapped_column(String(20), nullable=False)
    quantity: Mapped[Decimal] = mapped_column(DecimalText, nullable=False)
    kind: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    condition: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    estimated_value: Mapped[int | None] = mapped_column(Integer)
    seal_numbers: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    seizure: Mapped[Seizure] = relationship(back_populates="items")
