"""Writing the fact rows of changed cases and tips, the same on the laptop and the server
(Core statements only; the caller's unit of work commits)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.statistics import months
from app.statistics.facts import stat_case, stat_event, stat_tip
from app.statistics.projection import CaseSource, case_events, case_row
from app.statistics.subjects import relink

CHUNK = 500  # ids per IN (…)

LoadCases = Callable[[Sequence[uuid.UUID]], list[CaseSource]]


def _chunks(ids: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def write_cases(session: Session, sources: list[CaseSource], load: LoadCases) -> int:
    """Project ``sources`` into ``stat_case`` and ``stat_event`` (replacing what their cases
    had), with the cases they amend, whose count an amendment changes (``load`` fetches
    those). Returns how many cases were written."""
    batch = {s.case_id: s for s in sources}
    rows = {cid: case_row(s) for cid, s in batch.items()}
    amended = [r["amends_id"] for r in rows.values()
               if r["amends_id"] is not None and r["amends_id"] not in batch]
    for src in load(sorted(set(amended), key=str)) if amended else ():
        batch[src.case_id] = src
        rows[src.case_id] = case_row(src)
    ids = list(batch)
    delta = months.new_delta()
    ev = stat_event
    subjects: set[uuid.UUID] = set()
    for part in _chunks(ids):
        old = session.execute(
            select(ev.c.day, ev.c.figure, ev.c.unit_id, ev.c.violation_kind, ev.c.force,
                   ev.c.commune_code, ev.c.goods_category, ev.c.joint, ev.c.n, ev.c.amount,
                   ev.c.subject_id)
            .where(ev.c.case_id.in_(part))).mappings().all()
        months.add_events(delta, old, -1)
        subjects.update(e["subject_id"] for e in old if e["subject_id"] is not None)
        session.execute(delete(stat_case).where(stat_case.c.case_id.in_(part)))
        session.execute(delete(stat_event).where(stat_event.c.case_id.in_(part)))
    if rows:
        session.execute(insert(stat_case), list(rows.values()))
    superseded: set[uuid.UUID] = set()
    for part in _chunks(ids):
        superseded.update(session.scalars(
            select(stat_case.c.amends_id).where(stat_case.c.amends_id.in_(part),
                                                stat_case.c.counted)))
    events = [e for cid, src in batch.items()
              for e in case_events(src, rows[cid], cid in superseded)]
    if events:
        session.execute(insert(stat_event), events)
    months.add_events(delta, events, 1)
    months.apply(session, delta)
    subjects.update(e["subject_id"] for e in events if e["subject_id"] is not None)
    relink(session, subjects)
    return len(ids)


def write_tips(session: Session, rows: list[dict[str, Any]], gone: Sequence[uuid.UUID] = ()) -> None:
    """Replace the ``stat_tip`` rows of these tips (``gone``: tips with no row any more)."""
    ids = [r["tip_id"] for r in rows] + list(gone)
    for part in _chunks(ids):
        session.execute(delete(stat_tip).where(stat_tip.c.tip_id.in_(part)))
    if rows:
        session.execute(insert(stat_tip), rows)
