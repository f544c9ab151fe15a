"""Catalogue tables, loaded from resources/catalogs and replaceable by the server."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class CatalogVersion(Base):
    """Which version of each catalogue is loaded (the server may send newer ones)."""

    __tablename__ = "catalog_version"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)


class Province(Base):
    __tablename__ = "province"
    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="tỉnh")
    border: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class Commune(Base):
    __tablename__ = "commune"
    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="xã")
    province_code: Mapped[str] = mapped_column(ForeignKey("province.code"), index=True)
    border: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class GoodsCategory(Base):
    __tablename__ = "goods_category"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(160), nullable=False)
    prohibited: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    group: Mapped[str] = mapped_column(String(40), nullable=False, default="")


class ViolationKind(Base):
    __tablename__ = "violation_kind"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(160), nullable=False)
    group: Mapped[str] = mapped_column(String(40), nullable=False)


class LegalAct(Base):
    """One sanctioned act: điều/khoản/điểm of a decree with its fine range (individual)."""

    __tablename__ = "legal_act"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    decree: Mapped[str] = mapped_column(String(40), nullable=False)
    article: Mapped[int] = mapped_column(Integer, nullable=False)
    clause: Mapped[int | None] = mapped_column(Integer)
    point: Mapped[str | None] = mapped_column(String(4))
    title: Mapped[str] = mapped_column(String(400), nullable=False)
    fine_min: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    fine_max: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    org_multiplier: Mapped[int] = mapped_column(Integer, nullable=False, default=2)
    violation_kind: Mapped[str | None] = mapped_column(String(40))
    # the maximum fine of the act's field for an individual (Luật XLVPHC Điều 24): what the
    # competence shares of NĐ 189/2025 are shares of; 0 when the catalogue does not say
    field_max_fine: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    warning_allowed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)  # cảnh cáo

    @property
    def citation(self) -> str:
        """"điểm a khoản 1 Điều 15 Nghị định số 98/2020/NĐ-CP"."""
        parts = []
        if self.point:
            parts.append(f"điểm {self.point}")
        if self.clause:
            parts.append(f"khoản {self.clause}")
        parts.append(f"Điều {self.article}")
        return " ".join(parts) + f" Nghị định số {self.decree}"


class MeasureUnit(Base):
    __tablename__ = "measure_unit"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(40), nullable=False)


class Force(Base):
    __tablename__ = "force"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)


class OfficerTitle(Base):
    """A chức danh with its competence to sanction (NĐ 189/2025, app.services.fines).

    ``fine_share_percent`` is the share of the field's maximum fine (LegalAct.field_max_fine)
    the title may fine an individual (an organisation: twice); ``confiscation_multiple`` caps
    the value it may confiscate at that many times its fine limit (None: any value).
    ``short_name`` is the chức vụ printed over a signature ("Đội trưởng"), ``agency_level``
    whose agency the title heads: "unit" (the Đội) or "parent" (the Chi cục).
    ``fine_limit`` is an absolute amount of catalogues before version 2, no longer read.
    """

    __tablename__ = "officer_title"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    fine_limit: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    fine_share_percent: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    confiscation_multiple: Mapped[int | None] = mapped_column(Integer)
    short_name: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    agency_level: Mapped[str] = mapped_column(String(12), nullable=False, default="unit")


class Nationality(Base):
    __tablename__ = "nationality"
    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
