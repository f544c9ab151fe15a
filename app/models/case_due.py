"""The due items of every open case (the "Việc cần làm" view's read model).

Derived, never synced: app.services.follow_through.due writes a case's rows again after
any change to what its deadlines depend on (its follow-through records, the case
finalised, a pulled record), so the view and the status bar's count read one indexed
table instead of computing two years of events. The rows do not depend on the day they
are read: an item is overdue when ``due_on`` is before today and it is not ``waiting``.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class CaseDue(Base):
    """One thing due on a case: ``what`` (app.services.follow_through.due.WHAT), its words,
    its date (None: waiting on someone with no term), the action that settles it and the
    record it concerns (a decision, a referral)."""

    __tablename__ = "case_due"
    __table_args__ = (
        Index("ix_case_due_due_on", "due_on"),
        Index("ix_case_due_overdue", "waiting", "due_on"),
        Index("ix_case_due_case", "case_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    what: Mapped[str] = mapped_column(String(24), nullable=False)
    label: Mapped[str] = mapped_column(String(300), nullable=False)
    due_on: Mapped[date | None] = mapped_column(Date)
    action: Mapped[str] = mapped_column(String(24), nullable=False)
    waiting: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    record_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
