"""The cases behind a figure: every figure of a report opens into the list of the cases
whose events it counted (same filters as the figure: period, units, a grouping's key)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session

from app.statistics import catalog
from app.statistics.engine import _key_column
from app.statistics.facts import stat_case, stat_event
from app.statistics.figures import BUDGET, BY_CODE
from app.statistics.periods import Period


@dataclass(frozen=True)
class CaseLine:
    case_id: uuid.UUID
    unit_id: uuid.UUID | None
    found_on: date | None
    subject_name: str
    subject_kind: str
    place: str
    commune_code: str
    violation_kind: str
    goods_category: str
    outcome: str  # "Khởi tố", "Xử lý hành chính", "Đang xử lý", "Không phát hiện vi phạm"
    fine_decided: int
    budget_paid: int

    @property
    def subgroup(self) -> str:
        return catalog.subgroup_name(catalog.subgroup_for(self.violation_kind))

    @property
    def goods(self) -> str:
        return catalog.goods_name(self.goods_category)

    @property
    def commune(self) -> str:
        return catalog.commune_name(self.commune_code)


def _events_of(figure: str | None) -> list[str] | None:
    if figure is None:
        return None
    return list(BY_CODE[figure].events)


def behind_ids(period: Period, figure: str | None = None,
               where: Mapping[str, str] | None = None,
               units: Sequence[uuid.UUID] | None = None) -> Any:
    """The statement of the ids of the cases behind a figure (see :func:`cases_behind`):
    a list of cases (the console's) filters on it."""
    ev = stat_event
    conds: list[Any] = [ev.c.day.between(period.start, period.end)]
    events = _events_of(figure)
    if events is not None:
        conds.append(ev.c.figure.in_(events))
        if BY_CODE[figure].joint:  # type: ignore[index]
            conds.append(ev.c.joint)
    if units is not None:
        conds.append(ev.c.unit_id.in_(list(units)))
    for dim, value in (where or {}).items():
        column = _key_column(ev, dim)
        conds.append(column == (uuid.UUID(value) if dim == "unit_id" else value))
    return select(ev.c.case_id).where(*conds).distinct()


def cases_behind(session: Session, period: Period, figure: str | None = None,
                 where: Mapping[str, str] | None = None,
                 units: Sequence[uuid.UUID] | None = None,
                 limit: int | None = None) -> list[CaseLine]:
    """The cases with an event of ``figure`` (None: any event) in ``period``, within a
    grouping's key ``where`` ({"unit_id": …, "subgroup": "nhap_lau", "commune_code": …}),
    in the order they were found."""
    picked = behind_ids(period, figure, where, units).subquery()
    money = (select(
        stat_event.c.case_id,
        func.sum(case((stat_event.c.figure == "phat_quyet_dinh", stat_event.c.amount), else_=0)).label("fine"),
        func.sum(case((stat_event.c.figure.in_(BUDGET), stat_event.c.amount), else_=0)).label("paid"),
        func.max(case((stat_event.c.figure == "khoi_to", 2),
                      (stat_event.c.figure == "xu_ly_hanh_chinh", 1), else_=0)).label("outcome"))
        .where(stat_event.c.case_id.in_(select(picked.c.case_id)),
               stat_event.c.day.between(period.start, period.end))
        .group_by(stat_event.c.case_id).subquery())
    c = stat_case
    stmt = (select(c, money.c.fine, money.c.paid, money.c.outcome)
            .join(money, and_(money.c.case_id == c.c.case_id, literal(True)))
            .order_by(c.c.found_on, c.c.case_id))
    if limit is not None:
        stmt = stmt.limit(limit)
    out = []
    for r in session.execute(stmt):
        outcome = {2: "Khởi tố", 1: "Xử lý hành chính"}.get(int(r.outcome or 0)) or (
            "Đang xử lý" if r.has_violation else "Không phát hiện vi phạm")
        out.append(CaseLine(r.case_id, r.unit_id, r.found_on, r.subject_name, r.subject_kind,
                            r.place, r.commune_code, r.violation_kind, r.goods_category, outcome,
                            int(r.fine or 0), int(r.paid or 0)))
    return out
