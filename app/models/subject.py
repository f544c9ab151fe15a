"""The person or organisation inspected, reusable across cases (the subject registry)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced

INDIVIDUAL = "individual"
ORGANISATION = "organisation"


class Subject(Synced, Base):
    """Fields as the NĐ 118 forms name them (FORMS.md "Subject")."""

    __tablename__ = "subject"
    __table_args__ = (CheckConstraint("kind IN ('individual','organisation')", name="kind"),)

    kind: Mapped[str] = mapped_column(String(16), nullable=False, default=INDIVIDUAL)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    # fold(name): "nguyen van a" for "Nguyễn Văn A", so the registry is searched by prefix
    name_folded: Mapped[str] = mapped_column(String(200), nullable=False, default="", index=True)
    # individual
    gender: Mapped[str | None] = mapped_column(String(8))
    birth_date: Mapped[date | None] = mapped_column(Date)
    nationality: Mapped[str] = mapped_column(String(2), nullable=False, default="VN")
    occupation: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    id_kind: Mapped[str | None] = mapped_column(String(12))  # cccd / cmnd / passport
    id_number: Mapped[str | None] = mapped_column(String(20), index=True)
    id_issued_on: Mapped[date | None] = mapped_column(Date)
    id_issued_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # organisation
    tax_code: Mapped[str | None] = mapped_column(String(14), index=True)
    registration_no: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    registration_issued_on: Mapped[date | None] = mapped_column(Date)
    registration_issued_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    representative_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    representative_gender: Mapped[str | None] = mapped_column(String(8))
    representative_title: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    # both
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    commune_code: Mapped[str | None] = mapped_column(String(5))
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")

    @property
    def is_organisation(self) -> bool:
        return self.kind == ORGANISATION
