"""A report as its outputs show it (tables, charts, summary, XLSX, PDF): the figures of a
period for a scope (the laptop's unit, or every unit of the province), compared with the
same period last year, by each grouping, with the labels every row needs.

:func:`build_report` is the one place a report is put together, on the laptop and on the
server alike; each side says what its scope is (:class:`Scope`) and, on the server, adds the
member agencies' rows (:class:`ForceLine`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.statistics import catalog, engine
from app.statistics.cases import CaseLine, cases_behind
from app.statistics.engine import TOTAL, Key
from app.statistics.periods import Period, ReportCalendar, same_period_last_year
from app.statistics.tips import TipFigures, tip_figures

# the groupings a full report shows, each a sheet of the XLSX and a table of the PDF
SHEETS: dict[str, str] = {
    "unit": "Theo đơn vị",
    "force": "Theo lực lượng",
    "group": "Theo nhóm vi phạm",
    "subgroup": "Theo hành vi vi phạm",
    "goods": "Theo mặt hàng",
    "commune": "Theo địa bàn",
}
GROUPINGS = (*SHEETS, "unit_subgroup")


@dataclass(frozen=True)
class Scope:
    """Whose report: the issuing agency's name and its parent (the NĐ 30 header), the place
    on the date line, the document symbol ("BC-QLTT"), the names of the units counted, and
    which units (None: every unit the facts hold)."""

    agency: str
    parent: str
    place: str
    units: dict[uuid.UUID, str]
    only: tuple[uuid.UUID, ...] | None = None
    symbol: str = "BC-QLTT"

    def unit_name(self, key: str) -> str:
        if not key:
            return "Chưa xác định đơn vị"
        return self.units.get(uuid.UUID(key), key)


@dataclass
class Line:
    """A row of a table: its key, its words, this period's figures and last year's."""

    key: Key
    label: str
    current: dict[str, int]
    previous: dict[str, int] | None = None


@dataclass
class GroupTable:
    code: str
    title: str
    lines: list[Line]
    total: Line


@dataclass
class ForceLine:
    """A member agency's figures for the period, as submitted (server), or None when it
    has not submitted for this period."""

    force: str
    label: str
    current: dict[str, int] | None
    previous: dict[str, int] | None = None
    submitted: str = ""  # who and when, in words


@dataclass
class Report:
    scope: Scope
    period: Period
    previous: Period | None
    total: Line
    tables: dict[str, GroupTable]
    matrix: dict[Key, dict[str, int]]  # (unit, subgroup) → figures (this period)
    tips: TipFigures
    made_at: datetime
    cases: list[CaseLine] | None = None
    forces: list[ForceLine] = field(default_factory=list)

    @property
    def compared(self) -> bool:
        return self.previous is not None

    def leading_goods(self, n: int = 3) -> list[Line]:
        """The goods categories with most cases handled (then found), leading first."""
        lines = [line for line in self.tables["goods"].lines if line.key != ("",)]
        lines.sort(key=lambda line: (-line.current["vu_xu_ly"], -line.current["vu_vi_pham"],
                                     line.label))
        return [line for line in lines if line.current["vu_vi_pham"] or line.current["vu_xu_ly"]][:n]


def label(code: str, key: Key, scope: Scope) -> str:
    dims = engine.GROUPINGS[code]
    words = []
    for dim, value in zip(dims, key, strict=True):
        if dim == "unit_id":
            words.append(scope.unit_name(value))
        elif dim == "force":
            words.append(catalog.force_name(value))
        elif dim == "commune_code":
            words.append(catalog.commune_name(value))
        elif dim == "goods_category":
            words.append(catalog.goods_name(value))
        elif dim == "group":
            words.append(catalog.group_name(value))
        elif dim == "subgroup":
            words.append(catalog.subgroup_name(value))
    return " — ".join(words)


def _order(code: str, keys: list[Key], scope: Scope) -> list[Key]:
    """Rows in the catalogue's order for violation groups, by name otherwise (a unit by
    the scope's listing, units without a name last)."""
    if code == "subgroup":
        order = {s.code: i for i, s in enumerate(catalog.subgroups())}
        return sorted(keys, key=lambda k: order.get(k[0], len(order)))
    if code == "group":
        order = {g: i for i, (g, _) in enumerate(catalog.groups())}
        return sorted(keys, key=lambda k: order.get(k[0], len(order)))
    if code == "unit":
        names = [str(u) for u in scope.units]
        return sorted(keys, key=lambda k: (names.index(k[0]) if k[0] in names else len(names), k))
    return sorted(keys, key=lambda k: (label(code, k, scope) == label(code, ("",), scope),
                                       label(code, k, scope)))


def build_report(session: Session, scope: Scope, period: Period, *, compare: bool = True,
                 calendar: ReportCalendar | None = None, with_cases: bool = False,
                 groupings: Sequence[str] = GROUPINGS, now: datetime | None = None) -> Report:
    """The report of ``period`` for ``scope`` (compared with the same period last year
    when ``compare``), with the list of its cases when ``with_cases``."""
    from app.vntime import VN_TZ

    cal = calendar or ReportCalendar()
    previous = same_period_last_year(cal, period) if compare else None
    figures = engine.compute(session, period, previous, groupings, scope.only)
    tables: dict[str, GroupTable] = {}
    for code in groupings:
        if code not in SHEETS:
            continue
        current = figures.current.get(code, {})
        before = figures.previous.get(code, {}) if figures.previous is not None else None
        keys = list(current)
        if code == "unit" and scope.only:
            keys += [(str(u),) for u in scope.only if (str(u),) not in current]
        blank = engine.empty(subjects=code in engine.SUBJECT_GROUPINGS)
        lines = [Line(k, label(code, k, scope), current.get(k, blank),
                      before.get(k, blank) if before is not None else None)
                 for k in _order(code, keys, scope)]
        tables[code] = GroupTable(code, SHEETS[code], lines, _total(figures))
    return Report(
        scope=scope, period=period, previous=previous, total=_total(figures), tables=tables,
        matrix=figures.current.get("unit_subgroup", {}),
        tips=tip_figures(session, period, previous, scope.only),
        made_at=now or datetime.now(VN_TZ),
        cases=cases_behind(session, period, units=scope.only) if with_cases else None,
    )


def _total(figures: engine.Figures) -> Line:
    return Line((), "Tổng cộng", figures.total(), figures.total(True) if figures.previous is not None else None)


def figures_json(report: Report) -> dict[str, Any]:
    """The report's figures as plain JSON (``--json``; what a frozen report keeps)."""
    def line(x: Line) -> dict[str, Any]:
        out: dict[str, Any] = {"key": list(x.key), "label": x.label, "current": x.current}
        if x.previous is not None:
            out["previous"] = x.previous
        return out

    return {
        "scope": report.scope.agency,
        "period": {"key": report.period.key, "label": report.period.label,
                   "from": report.period.start.isoformat(), "to": report.period.end.isoformat()},
        "previous": None if report.previous is None else {
            "key": report.previous.key, "label": report.previous.label,
            "from": report.previous.start.isoformat(), "to": report.previous.end.isoformat()},
        "total": line(report.total),
        "tables": {code: [line(x) for x in t.lines] for code, t in report.tables.items()},
        "tips": report.tips.as_dict(),
        "forces": [{"force": f.force, "label": f.label, "current": f.current,
                    "previous": f.previous} for f in report.forces],
    }


__all__ = ["GROUPINGS", "SHEETS", "TOTAL", "ForceLine", "GroupTable", "Line", "Report",
           "Scope", "build_report", "figures_json"]
