"""The statistics engine: the figures of a period (and of the same period last year) in
total and by each grouping a report asks for, read from ``stat_event`` with ONE statement
that SQLite and PostgreSQL both run (SQLAlchemy Core, no dialect branch), so the laptop and
the server give the same figures from the same facts.

The statement aggregates the period's events once (a materialised common table expression
grouped by every column the groupings need), then totals it by each grouping (union of
small GROUP BYs over that aggregate): one pass over the events whatever the number of
groupings. The distinct subjects (đối tượng) come from a second, smaller pass over the
events that found a violation.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    and_,
    case,
    cast,
    false,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from app.statistics import catalog
from app.statistics.facts import stat_event
from app.statistics.figures import DISTINCT, FIGURES, Figure
from app.statistics.periods import Period

TOTAL = "total"
# a grouping: its code and the dimensions of its key
GROUPINGS: dict[str, tuple[str, ...]] = {
    TOTAL: (),
    "unit": ("unit_id",),
    "force": ("force",),
    "commune": ("commune_code",),
    "goods": ("goods_category",),
    "group": ("group",),
    "subgroup": ("subgroup",),
    "unit_subgroup": ("unit_id", "subgroup"),
    "unit_group": ("unit_id", "group"),
}
_DERIVED = {"group", "subgroup"}  # from violation_kind, through the report groups catalogue
Key = tuple[str, ...]


@dataclass
class Sums:
    """Event sums of one group in one period: (event, measure) → value; distinct subjects
    by kind."""

    events: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    joint: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    subjects: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def value(self, f: Figure) -> int:
        if f.measure == DISTINCT:
            return sum(self.subjects.get(k, 0) for k in f.events)
        source = self.joint if f.joint else self.events
        return sum(source.get((e, f.measure), 0) for e in f.events)

    def figures(self) -> dict[str, int]:
        return {f.code: self.value(f) for f in FIGURES}


@dataclass
class Figures:
    """Per grouping, per key, the figures of the period (``current``) and of the same period
    last year (``previous``, None when not compared)."""

    current: dict[str, dict[Key, dict[str, int]]]
    previous: dict[str, dict[Key, dict[str, int]]] | None

    def total(self, previous: bool = False) -> dict[str, int]:
        source = self.previous if previous else self.current
        if source is None:
            return {}
        return source.get(TOTAL, {}).get((), empty())


def empty() -> dict[str, int]:
    return {f.code: 0 for f in FIGURES}


def _key_column(table: Any, dim: str) -> Any:
    if dim == "subgroup":
        mapping = {"": ""} | catalog.subgroup_of_kind()
        return case(mapping, value=table.c.violation_kind, else_=literal(catalog.OTHER_SUBGROUP))
    if dim == "group":
        groups = catalog.group_of_subgroup()
        mapping = {"": ""} | {k: groups[s] for k, s in catalog.subgroup_of_kind().items()}
        return case(mapping, value=table.c.violation_kind,
                    else_=literal(groups[catalog.OTHER_SUBGROUP]))
    return table.c[dim]


def _keys(table: Any, dims: Sequence[str]) -> list[Any]:
    """Two text key columns (unused ones empty), the same type in every branch."""
    cols = [cast(_key_column(table, d), String) for d in dims]
    while len(cols) < 2:
        cols.append(literal("", String))
    return [c.label(f"k{i}") for i, c in enumerate(cols)]


def _base_dims(groupings: Iterable[str]) -> list[str]:
    dims: list[str] = []
    for g in groupings:
        for d in GROUPINGS[g]:
            d = "violation_kind" if d in _DERIVED else d
            if d not in dims:
                dims.append(d)
    return dims


def statement(periods: Sequence[Period], groupings: Sequence[str],
              units: Sequence[uuid.UUID] | None = None) -> Any:
    """The one statement: rows (grouping index, k0, k1, what, figure or subject kind,
    period index, n, amount); ``what`` 0 for event sums (``joint`` 1 for joint cases only),
    2 for distinct subjects."""
    ev = stat_event
    ranges = [ev.c.day.between(p.start, p.end) for p in periods]
    period_index = case(*((r, i) for i, r in enumerate(ranges[:-1])), else_=len(ranges) - 1) \
        if len(ranges) > 1 else literal(0, Integer)
    where = [or_(*ranges) if len(ranges) > 1 else ranges[0]]
    if units is not None:
        where.append(ev.c.unit_id.in_(list(units)))
    dims = [ev.c[d] for d in _base_dims(groupings)]
    agg = (select(*dims, ev.c.joint, ev.c.figure, period_index.label("per"),
                  func.sum(ev.c.n).label("n"), func.sum(ev.c.amount).label("amount"))
           .where(*where).group_by(*dims, ev.c.joint, ev.c.figure, period_index)
           .cte("agg").prefix_with("MATERIALIZED"))
    subj = (select(*dims, ev.c.subject_kind, ev.c.subject_id, period_index.label("per"))
            .where(*where, ev.c.figure == "vi_pham", ev.c.subject_id.is_not(None))
            .group_by(*dims, ev.c.subject_kind, ev.c.subject_id, period_index)
            .cte("subj").prefix_with("MATERIALIZED"))
    parts = []
    for gi, g in enumerate(groupings):
        keys = _keys(agg, GROUPINGS[g])
        what = case((agg.c.joint, 1), else_=0)
        parts.append(
            select(literal(gi, Integer).label("g"), *keys, what.label("what"),
                   agg.c.figure.label("figure"), agg.c.per, func.sum(agg.c.n).label("n"),
                   func.sum(agg.c.amount).label("amount"))
            .group_by(*keys, what, agg.c.figure, agg.c.per))
        skeys = _keys(subj, GROUPINGS[g])
        parts.append(
            select(literal(gi, Integer).label("g"), *skeys, literal(2, Integer).label("what"),
                   subj.c.subject_kind.label("figure"), subj.c.per,
                   func.count(subj.c.subject_id.distinct()).label("n"),
                   literal(0, Integer).label("amount"))
            .group_by(*skeys, subj.c.subject_kind, subj.c.per))
    return union_all(*parts)


def _overlap(a: Period, b: Period) -> bool:
    return a.start <= b.end and b.start <= a.end


def compute(session: Session, period: Period, previous: Period | None = None,
            groupings: Sequence[str] = (TOTAL,), units: Sequence[uuid.UUID] | None = None) -> Figures:
    """The figures of ``period`` (and ``previous``) by each of ``groupings`` (the total is
    always there), for the cases of ``units`` (None: every unit)."""
    wanted = [TOTAL, *(g for g in groupings if g != TOTAL)]
    for g in wanted:
        if g not in GROUPINGS:
            raise KeyError(f"Không có cách nhóm «{g}».")
    periods = [period] + ([previous] if previous is not None else [])
    runs = [periods] if len(periods) == 1 or not _overlap(*periods) else [[p] for p in periods]
    sums: list[dict[str, dict[Key, Sums]]] = [defaultdict(lambda: defaultdict(Sums))
                                              for _ in periods]
    for offset, run in enumerate(runs):
        base = offset if len(runs) > 1 else 0
        for g, k0, k1, what, fig, per, n, amount in session.execute(statement(run, wanted, units)):
            key = tuple(x for x in (k0, k1)[:len(GROUPINGS[wanted[g]])])
            s = sums[base + per][wanted[g]][_normal(key, GROUPINGS[wanted[g]])]
            if what == 2:
                s.subjects[fig or ""] += int(n or 0)
                continue
            target = (s.joint, s.events) if what == 1 else (s.events,)
            for t in target:
                t[(fig, "n")] += int(n or 0)
                t[(fig, "amount")] += int(amount or 0)
    out = [{g: {k: s.figures() for k, s in groups.items()} for g, groups in per_period.items()}
           for per_period in sums]
    for result in out:
        result.setdefault(TOTAL, {})
        result[TOTAL].setdefault((), empty())
    return Figures(out[0], out[1] if previous is not None else None)


def _normal(key: tuple[Any, ...], dims: Sequence[str]) -> Key:
    """Keys as text, a unit id always in its dashed form (PostgreSQL casts a uuid so, SQLite
    keeps 32 hex digits)."""
    out = []
    for value, dim in zip(key, dims, strict=True):
        text = "" if value is None else str(value)
        if dim == "unit_id" and text:
            text = str(uuid.UUID(text))
        out.append(text)
    return tuple(out)


def scope_filter(units: Sequence[uuid.UUID] | None) -> Any:
    return and_() if units is None else stat_event.c.unit_id.in_(list(units))


__all__ = ["GROUPINGS", "TOTAL", "Figures", "compute", "empty", "false", "statement"]
