"""The tips' figures (tin báo): received in the period, handled (done or dismissed),
confirmed (it led to a case), and the days from receipt to the inspection it led to."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.statistics.facts import stat_case, stat_tip
from app.statistics.periods import Period

HANDLED = ("done", "dismissed")


@dataclass(frozen=True)
class TipCounts:
    received: int = 0
    handled: int = 0
    confirmed: int = 0
    days_total: int = 0  # days from receipt to the inspection, over the confirmed tips
    timed: int = 0  # confirmed tips whose case has an inspection day

    @property
    def average_days(self) -> Decimal | None:
        if not self.timed:
            return None
        return (Decimal(self.days_total) / self.timed).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass(frozen=True)
class TipFigures:
    current: TipCounts
    previous: TipCounts | None

    def as_dict(self) -> dict[str, Any]:
        def one(c: TipCounts | None) -> dict[str, Any] | None:
            if c is None:
                return None
            avg = c.average_days
            return {"received": c.received, "handled": c.handled, "confirmed": c.confirmed,
                    "average_days": None if avg is None else str(avg)}
        return {"current": one(self.current), "previous": one(self.previous)}


def _counts(session: Session, period: Period, units: Sequence[uuid.UUID] | None) -> TipCounts:
    t = stat_tip
    stmt = (select(t.c.received_on, t.c.status, t.c.case_id, stat_case.c.found_on)
            .outerjoin(stat_case, stat_case.c.case_id == t.c.case_id)
            .where(t.c.received_on.between(period.start, period.end), t.c.deleted.is_(False)))
    if units is not None:
        stmt = stmt.where(t.c.unit_id.in_(list(units)))
    received = handled = confirmed = days = timed = 0
    for on, status, case_id, found in session.execute(stmt):
        received += 1
        handled += status in HANDLED
        if case_id is not None and status == "done":
            confirmed += 1
            if found is not None and found >= on:
                days += (found - on).days
                timed += 1
    return TipCounts(received, handled, confirmed, days, timed)


def tip_figures(session: Session, period: Period, previous: Period | None,
                units: Sequence[uuid.UUID] | None) -> TipFigures:
    return TipFigures(_counts(session, period, units),
                      _counts(session, previous, units) if previous is not None else None)
