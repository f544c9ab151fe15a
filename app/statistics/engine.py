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
- the repeats of a subject in each period (app.statistics.subjects), which turn the summed
  đối tượng events into distinct subjects: in total, by unit and by force. A subject may
  count in several rows of another grouping, so those leave the figure out (absent from
  their rows) rather than add up to a wrong total.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import String, case, func, literal, select, type_coerce, union_all
from sqlalchemy.orm import Session

from app.statistics import catalog, subjects
from app.statistics.facts import MONTH_TABLES, NO_UNIT, stat_event
from app.statistics.figures import COUNT, DISTINCT, FIGURES, MONEY
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
Key = tuple[str, ...]


@dataclass
class Sums:
    """Event sums of one group in one period: event → [n, amount], the same of joint cases,
    and the repeats of a subject by đối tượng event (None: the distinct subjects are not
    given for this grouping)."""

    events: dict[str, list[int]] = field(default_factory=dict)
    joint: dict[str, list[int]] = field(default_factory=dict)
    repeats: dict[str, int] | None = None

    def add(self, figure: str, joint: bool, n: int, amount: int) -> None:
        for target in (self.events, self.joint) if joint else (self.events,):
            cell = target.get(figure)
            if cell is None:
                target[figure] = [n, amount]
            else:
                cell[0] += n
                cell[1] += amount

    def figures(self) -> dict[str, int]:
        out = {}
        for code, events, which, joint in _PLAN:
            if which == 2:  # distinct subjects
                if self.repeats is not None:
                    out[code] = sum(self.events.get(e, _NONE)[0] - self.repeats.get(e, 0)
                                    for e in events)
                continue
            source = self.joint if joint else self.events
            out[code] = sum(source.get(e, _NONE)[which] for e in events)
        return out


_NONE = (0, 0)
# each figure as (code, its events, what it adds up: 0 n, 1 amount, 2 distinct, joint only)
_PLAN = tuple((f.code, f.events, {COUNT: 0, MONEY: 1, DISTINCT: 2}[f.measure], f.joint)
              for f in FIGURES)


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


@dataclass(frozen=True)
class Split:
    """A period as whole calendar months (read from the month tables) and the days before
    and after them (read from the events)."""

    months: tuple[date, date] | None  # first days of the first and the last whole month
    days: tuple[tuple[date, date], ...]


def split(period: Period) -> Split:
    first = period.start if period.start.day == 1 else _next_month(period.start)
    after = _next_month(period.end)  # the first day after the last whole month, if whole
    last_end = period.end if after - timedelta(days=1) == period.end else \
        period.end.replace(day=1) - timedelta(days=1)
    if first > last_end:
        return Split(None, ((period.start, period.end),))
    days = []
    if period.start < first:
        days.append((period.start, first - timedelta(days=1)))
    if last_end < period.end:
        days.append((last_end + timedelta(days=1), period.end))
    return Split((first, last_end.replace(day=1)), tuple(days))


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def sums_statement(name: str, periods: Sequence[Period],
                   units: Sequence[uuid.UUID] | None) -> Any:
    """Rows (period's index, figure, *dims, joint, n, amount) of a month table (``name``:
    "main", "commune", "goods") for the whole months of each period, and of the events for
    the days its months leave. A group may come in more than one row (one per source): the
    reader adds them up. Each part is a plain sum over one range of its table's key, which
    SQLite reads in order without sorting (measured: a sum under a CASE per period costs
    1.4× two plain sums)."""
    table, dims = MONTH_TABLES[name]
    parts = []
    for i, period in enumerate(periods):
        cut = split(period)
        if cut.months:
            parts.append(_sums(i, table, dims, table.c.month.between(*cut.months), units, name))
        for a, b in cut.days:
            parts.append(_sums(i, stat_event, dims, stat_event.c.day.between(a, b), units, name))
    return parts[0] if len(parts) == 1 else union_all(*parts)


def _sums(index: int, table: Any, dims: Sequence[str], when: Any,
          units: Sequence[uuid.UUID] | None, name: str) -> Any:
    """One part: grouped by the table's key in order. The unit is given by the main table
    only, as the stored text (turned into a key once per unit, not once per row)."""
    keys = [table.c.figure, *(table.c[d] for d in dims), table.c.joint]
    shown = [type_coerce(k, String) if k.name == "unit_id" else k for k in keys
             if k.name != "unit_id" or name == "main"]
    where = [when]
    if units is not None:
        where.append(table.c.unit_id.in_(list(units)))
    return (select(literal(index).label("period"), *shown, func.sum(table.c.n).label("n"),
                   func.sum(table.c.amount).label("a"))
            .where(*where).group_by(*keys))


def _unit_key(value: Any) -> str:
    """A unit id as text in its dashed form (SQLite hands back 32 hex digits); "" for none
    (a month row keeps the nil id for a case without a unit)."""
    if not value:
        return ""
    text = str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
    return "" if text == NO_UNIT else text


_MAIN_DIMS = ("unit_id", "force", "group", "subgroup")


def _is_main(code: str) -> bool:
    return all(d in _MAIN_DIMS for d in GROUPINGS[code])


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
    main = [(g, GROUPINGS[g]) for g in wanted if _is_main(g)]
    targets: dict[tuple[int, Any, str, str], list[Sums]] = {}  # the groups a row adds to

    def groups_of(i: int, unit: Any, kind: str, force: str) -> list[Sums]:
        values = {"unit_id": _unit_key(unit), "force": force or "",
                  "subgroup": catalog.subgroup_for(kind or ""), "group": catalog.group_for(kind or "")}
        return [sums[i][g][tuple(values[d] for d in dims)] for g, dims in main]

    for i, figure, unit, kind, force, joint, n, amount in session.execute(
            sums_statement("main", periods, units)):
        if not (n or amount):
            continue
        at = (i, unit, kind, force)
        found = targets.get(at)
        if found is None:
            found = targets[at] = groups_of(*at)
        for target in found:
            target.add(figure, bool(joint), int(n), int(amount or 0))
    for g in ("commune", "goods"):
        if g in wanted:  # rows (period, figure, commune or goods, joint, sums)
            for i, figure, key, joint, n, amount in session.execute(
                    sums_statement(g, periods, units)):
                if n or amount:
                    sums[i][g][(key or "",)].add(figure, bool(joint), int(n), int(amount or 0))
    _subjects(session, sums, wanted, periods, units)
    out = []
    for per_period in sums:
        result = {g: {k: s.figures() for k, s in groups.items()} for g, groups in per_period.items()}
        result[TOTAL].setdefault((), empty())
        out.append(result)
    return Figures(out[0], out[1] if previous is not None else None)


def _subjects(session: Session, sums: list[dict[str, dict[Key, Sums]]], wanted: Iterable[str],
              periods: Sequence[Period], units: Sequence[uuid.UUID] | None) -> None:
    """The repeats of a subject in each period, in total, by unit and by force. With the
    units narrowed to one, they are all the unit's, so the figure is left out of the force
    rows when that unit's cases have several lead forces."""
    if units is not None and len(units) > 1:
        raise ValueError("Đối tượng được đếm cho một đơn vị hoặc cả tỉnh.")
    asked = [g for g in SUBJECT_GROUPINGS if g in wanted]
    for i, period in enumerate(periods):
        groups = sums[i]
        for g in asked:
            for s in groups[g].values():
                s.repeats = {}
        for unit, force, event, anywhere, in_unit, in_force in session.execute(
                subjects.repeats_statement(period, units)):
            counts = {TOTAL: (int(in_unit if units else anywhere), ()),
                      "unit": (int(in_unit), (_unit_key(unit),)),
                      "force": (int(in_unit if units else in_force), (force or "",))}
            for g in asked:
                n, key = counts[g]
                target = groups[g][key]
                target.repeats = target.repeats or {}
                target.repeats[event] = target.repeats.get(event, 0) + n
        if units and "force" in asked and len(groups["force"]) > 1:
            for s in groups["force"].values():
                s.repeats = None
