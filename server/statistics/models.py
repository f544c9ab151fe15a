"""The server's statistics tables besides the shared fact tables (app.statistics.facts):
which case each follow-through record belongs to (to re-project a case when one of its
records changes), the member agencies' figures per period, and frozen reports."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, Integer, LargeBinary, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import UTCDateTime, utcnow
from server.models import Base


class StatRecord(Base):
    """A follow-through record of the feed and the case it belongs to."""

    __tablename__ = "stat_record"
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True, nullable=False)
    entity: Mapped[str] = mapped_column(String(20), nullable=False)


class MemberReport(Base):
    """A member agency's figures for one period (Công an, Hải quan, Bộ đội Biên phòng, …),
    as submitted; a correction is a new version saying what changed (``change_note``)."""

    __tablename__ = "member_report"
    __table_args__ = (UniqueConstraint("force_code", "period_key", "version", name="version"),)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    force_code: Mapped[str] = mapped_column(String(30), nullable=False)
    agency: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    period_key: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    figures: Mapped[str] = mapped_column(Text, nullable=False)  # JSON: figure code → value
    source: Mapped[str] = mapped_column(String(12), nullable=False, default="console")
    submitted_by: Mapped[str] = mapped_column(String(120), nullable=False)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    change_note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class FrozenReport(Base):
    """A submitted report, frozen: its figures, its files and their SHA-256. A later
    correction is a new version whose ``changes`` say what differs from the one before."""

    __tablename__ = "frozen_report"
    __table_args__ = (UniqueConstraint("scope", "period_key", "version", name="version"),)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    scope: Mapped[str] = mapped_column(String(40), nullable=False)  # "province" or a unit code
    period_key: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    figures: Mapped[str] = mapped_column(Text, nullable=False)  # JSON (app.statistics.report.figures_json)
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    figures_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    xlsx: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    xlsx_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    pdf: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    pdf_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    submitted_by: Mapped[str] = mapped_column(String(120), nullable=False)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="")  # words, one per line
