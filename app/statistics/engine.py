"""The statistics engine: the figures of a period (and of the same period last year) in
total and by each grouping a report asks for, read from ``stat_event`` with statements that
SQLite and PostgreSQL both run unchanged (SQLAlchemy Core), so the laptop and the server
give the same figures from the same facts.

Each statement sums both periods in one pass (conditional sums, no period in the GROUP BY)
and groups by a prefix of one of the covering indexes of ``stat_event`` (app.statistics.
facts), so SQLite reads that index in order and never sorts the rows (measured: a GROUP BY
SQLite must sort costs 2–3× the scan), and PostgreSQL hashes a few hundred groups:

- by (figure, violation kind, unit, force, joint): the total, and by unit, force, violation
  group and subgroup and their combinations, rolled up here from a few hundred rows;
- by (figure, commune, joint) and (figure, goods category, joint), when asked;
- distinct subjects (đối tượng) of the events that found a violation: in total, by unit and
  by force. A subject may count in several rows of another grouping, so those leave the
  figure out (absent from their rows) rather than add up to a wrong total.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, literal, or_, select
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
SUBJECT_GROUPINGS = (TOTAL, "unit", "force")  # where đối tượng is given
_MAIN = ("violation_kind", "unit_id", "force")  # the main statement's dimensions
Key = tuple[str, ...]


@dataclass
class Sums:
    """Event sums of one group in one period: (event, measure) → value, the same of joint
    cases, and distinct subjects by kind (None: not given for this grouping)."""

    events: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    joint: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    subjects: dict[str, int] | None = None

    def add(self, figure: str, joint: bool, n: int, amount: int) -> None:
        for target in (self.events, self.joint) if joint else (self.events,):
            target[(figure, "n")] += n
            target[(figure, "amount")] += amount

    def figures(self) -> dict[str, int]:
        out = {}
        for f in FIGURES:
            if f.measure == DISTINCT:
                if self.subjects is not None:
                    out[f.code] = sum(self.subjects.get(k, 0) for k in f.events)
                continue
            out[f.code] = _value(self.joint if f.joint else self.events, f)
        return out


def _value(source: dict[tuple[str, str], int], f: Figure) -> int:
    return sum(source.get((e, f.measure), 0) for e in f.events)


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


def empty(subjects: bool = True) -> dict[str, int]:
    return {f.code: 0 for f in FIGURES if subjects or f.measure != DISTINCT}


def _key_column(table: Any, dim: str) -> Any:
    """A grouping's dimension as a column of ``table`` (violation groups from the kind,
    through the report groups catalogue)."""
    if dim == "subgroup":
        mapping = {"": ""} | catalog.subgroup_of_kind()
        return case(mapping, value=table.c.violation_kind, else_=literal(catalog.OTHER_SUBGROUP))
    if dim == "group":
        groups = catalog.group_of_subgroup()
        mapping = {"": ""} | {k: groups[s] for k, s in catalog.subgroup_of_kind().items()}
        return case(mapping, value=table.c.violation_kind,
                    else_=literal(groups[catalog.OTHER_SUBGROUP]))
    return table.c[dim]


def _in(period: Period) -> Any:
    return stat_event.c.day.between(period.start, period.end)


def _where(periods: Sequence[Period], units: Sequence[uuid.UUID] | None) -> list[Any]:
    where = [or_(*(_in(p) for p in periods)) if len(periods) > 1 else _in(periods[0])]
    if units is not None:
        where.append(stat_event.c.unit_id.in_(list(units)))
    return where


def sums_statement(dims: Sequence[str], periods: Sequence[Period],
                   units: Sequence[uuid.UUID] | None) -> Any:
    """Rows (figure, *dims, joint, then n and amount for each period), grouped by the prefix
    of a covering index."""
    ev = stat_event
    measures = []
    for i, p in enumerate(periods):
        measures += [func.sum(case((_in(p), ev.c.n), else_=0)).label(f"n{i}"),
                     func.sum(case((_in(p), ev.c.amount), else_=0)).label(f"a{i}")]
    keys = [ev.c.figure, *(ev.c[d] for d in dims), ev.c.joint]
    return select(*keys, *measures).where(*_where(periods, units)).group_by(*keys)


def subjects_statement(dims: Sequence[str], periods: Sequence[Period],
                       units: Sequence[uuid.UUID] | None) -> Any:
    """Rows (*dims, subject kind, then the distinct subjects of each period)."""
    ev = stat_event
    counts = [func.count(case((_in(p), ev.c.subject_id)).distinct()).label(f"s{i}")
              for i, p in enumerate(periods)]
    keys = [*(ev.c[d] for d in dims), ev.c.subject_kind]
    return (select(*keys, *counts)
            .where(ev.c.figure == "vi_pham", ev.c.subject_id.is_not(None), *_where(periods, units))
            .group_by(*keys))


def _unit_key(value: Any) -> str:
    """A unit id as text in its dashed form (SQLite hands back 32 hex digits)."""
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))) if value else ""


def _main_key(code: str, kind: str, unit: str, force: str) -> Key | None:
    dims = GROUPINGS[code]
    if any(d not in ("unit_id", "force", "group", "subgroup") for d in dims):
        return None
    values = {"unit_id": unit, "force": force, "subgroup": catalog.subgroup_for(kind),
              "group": catalog.group_for(kind)}
    return tuple(values[d] for d in dims)


def compute(session: Session, period: Period, previous: Period | None = None,
            groupings: Sequence[str] = (TOTAL,), units: Sequence[uuid.UUID] | None = None) -> Figures:
    """The figures of ``period`` (and ``previous``) by each of ``groupings`` (the total is
    always there), for the cases of ``units`` (None: every unit)."""
    wanted = [TOTAL, *(g for g in groupings if g != TOTAL)]
    for g in wanted:
        if g not in GROUPINGS:
            raise KeyError(f"Không có cách nhóm «{g}».")
    periods = [period] + ([previous] if previous is not None else [])
    sums: list[dict[str, dict[Key, Sums]]] = [
        {g: defaultdict(Sums) for g in wanted} for _ in periods]
    main = [g for g in wanted if _main_key(g, "", "", "") is not None]
    for row in session.execute(sums_statement(_MAIN, periods, units)):
        figure, kind, unit, force, joint = row[:5]
        unit = _unit_key(unit)
        for i in range(len(periods)):
            n, amount = int(row[5 + 2 * i] or 0), int(row[6 + 2 * i] or 0)
            if not (n or amount):
                continue
            for g in main:
                key = _main_key(g, kind or "", unit, force or "")
                assert key is not None
                sums[i][g][key].add(figure, bool(joint), n, amount)
    for g, dim in (("commune", "commune_code"), ("goods", "goods_category")):
        if g in wanted:
            for row in session.execute(sums_statement((dim,), periods, units)):
                for i in range(len(periods)):
                    n, amount = int(row[3 + 2 * i] or 0), int(row[4 + 2 * i] or 0)
                    if n or amount:
                        sums[i][g][(row[1] or "",)].add(row[0], bool(row[2]), n, amount)
    _subjects(session, sums, wanted, periods, units)
    out = []
    for per_period in sums:
        result = {g: {k: s.figures() for k, s in groups.items()} for g, groups in per_period.items()}
        result[TOTAL].setdefault((), empty())
        out.append(result)
    return Figures(out[0], out[1] if previous is not None else None)


def _subjects(session: Session, sums: list[dict[str, dict[Key, Sums]]], wanted: Iterable[str],
              periods: Sequence[Period], units: Sequence[uuid.UUID] | None) -> None:
    for g in wanted:
        if g not in SUBJECT_GROUPINGS:
            continue
        dims = GROUPINGS[g]
        for per_period in sums:
            for s in per_period[g].values():
                s.subjects = {}
        for row in session.execute(subjects_statement(dims, periods, units)):
            key = tuple(_unit_key(v) if d == "unit_id" else (v or "")
                        for d, v in zip(dims, row, strict=False))
            kind = row[len(dims)] or ""
            for i in range(len(periods)):
                count = int(row[len(dims) + 1 + i] or 0)
                if count:
                    target = sums[i][g][key]
                    if target.subjects is None:
                        target.subjects = {}
                    target.subjects[kind] = target.subjects.get(kind, 0) + count
        if g == TOTAL:
            for per_period in sums:
                if per_period[TOTAL][()].subjects is None:
                    per_period[TOTAL][()].subjects = {}
