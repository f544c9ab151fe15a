"""Đối tượng: how many distinct subjects the cases found with a violation in a period
name, in total, by unit and by force, without counting them one by one.

Each such case has a đối tượng event (``doi_tuong_*``, app.statistics.projection) that
keeps, for its subject, the day of the subject's event before it (by day, then id):
anywhere (``prev_day``), in the same unit (``prev_day_unit``), in the same force
(``prev_day_force``). Of a subject's events in a period [a, b], the first has its previous
one before a (or none) and every later one has it on or after a, so

    distinct subjects in [a, b] = đối tượng events in [a, b] − those whose previous ≥ a.

The events are summed by month like any other (app.statistics.months); the repeats are
read from the index ``ix_stat_event_repeat``, which holds only what follows a and is
usually a small part of the period (a subject found again). The previous days are kept
with every write of events (:func:`relink`), in the caller's transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, case, func, select, update
from sqlalchemy.orm import Session

from app.statistics.facts import stat_event
from app.statistics.periods import Period

CHUNK = 500
PREVIOUS = ("prev_day", "prev_day_unit", "prev_day_force")


def relink(session: Session, subjects: Iterable[uuid.UUID]) -> int:
    """Set the previous days of every đối tượng event of ``subjects`` (those whose cases
    were just written); returns how many events changed."""
    ids = sorted(set(subjects), key=str)
    ev = stat_event
    changed: list[dict[str, Any]] = []
    for i in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(ev.c.id, ev.c.subject_id, ev.c.day, ev.c.unit_id, ev.c.force,
                   *(ev.c[c] for c in PREVIOUS))
            .where(ev.c.subject_id.in_(ids[i:i + CHUNK]))
            .order_by(ev.c.subject_id, ev.c.day, ev.c.id)).all()
        last: dict[Any, Any] = {}
        for row in rows:
            keys = ((row.subject_id,), (row.subject_id, "u", row.unit_id),
                    (row.subject_id, "f", row.force))
            now = tuple(last.get(k) for k in keys)
            if now != (row.prev_day, row.prev_day_unit, row.prev_day_force):
                changed.append({"_id": row.id, **dict(zip(PREVIOUS, now, strict=True))})
            for k in keys:
                last[k] = row.day
    if changed:
        session.execute(
            update(ev).where(ev.c.id == bindparam("_id"))
            .values({c: bindparam(c) for c in PREVIOUS}), changed)
    return len(changed)


def repeats_statement(period: Period, units: Sequence[uuid.UUID] | None) -> Any:
    """Rows (unit, force, đối tượng event, repeats anywhere, in the unit, in the force) of
    the đối tượng events in ``period`` whose subject was found earlier in it."""
    ev = stat_event
    a = period.start

    def since(column: str) -> Any:
        return func.sum(case((ev.c[column] >= a, 1), else_=0))

    where = [ev.c.prev_day >= a, ev.c.day <= period.end]
    if units is not None:
        where.append(ev.c.unit_id.in_(list(units)))
    keys = [ev.c.unit_id, ev.c.force, ev.c.figure]
    return (select(*keys, *(since(c).label(c) for c in PREVIOUS))
            .where(*where).group_by(*keys))
