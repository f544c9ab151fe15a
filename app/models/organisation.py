"""The QLTT unit that issues documents and its officers."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Synced


class Unit(Synced, Base):
    """A Đội QLTT (or the Chi cục) with the codes used in document numbers.

    ``agency_code`` is PP and ``team_code`` UU of the 8-digit number PPUUSSSS (TT 22/2021 Đ6).
    """

    __tablename__ = "unit"
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    parent_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    province_code: Mapped[str] = mapped_column(ForeignKey("province.code"))
    agency_code: Mapped[str] = mapped_column(String(2), nullable=False)
    team_code: Mapped[str] = mapped_column(String(2), nullable=False, default="00")
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")

    officers: Mapped[list[Officer]] = relationship(back_populates="unit", order_by="Officer.full_name")


class Officer(Synced, Base):
    __tablename__ = "officer"
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(120), nullable=False)
    position: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    badge_no: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    title_code: Mapped[str | None] = mapped_column(ForeignKey("officer_title.code"))

    unit: Mapped[Unit] = relationship(back_populates="officers")
