"""The laptop's fact rows, kept current from its own records.

SQLite triggers (migration 0010) mark every case, follow-through record, tip and subject
that is written or whose version moves (``stat_dirty``), whoever wrote it: the editor, a
follow-through service, a pull, the bulk path. :func:`refresh` reads the marks, reads the
marked cases with all their records as wire payloads (the same payload readers a push
uses: app.sync.bindings), projects them (app.statistics.projection) and clears the marks,
in the caller's transaction. A report calls it first, so it always counts what is stored.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Column, MetaData, String, Table, Uuid, delete, select
from sqlalchemy.orm import Session

from app.models import Case, Tip
from app.statistics.projection import CaseSource, tip_row
from app.statistics.store import CHUNK, write_cases, write_tips
from app.sync import bindings, outbound

FOLLOW_KINDS = ("decision", "payment", "goods_disposition", "referral", "accused", "case_step")

stat_dirty = Table(
    "stat_dirty", MetaData(),
    Column("record_id", Uuid, primary_key=True),
    Column("entity", String(20), nullable=False),
)


def pending(session: Session) -> int:
    """How many marked records wait to be counted."""
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(stat_dirty)) or 0)


def refresh(session: Session, progress: Any = None) -> int:
    """Bring the facts up to date with every marked record; returns the cases projected.
    ``progress(done, total)`` is called after each chunk of cases, when given."""
    marks = session.execute(select(stat_dirty.c.record_id, stat_dirty.c.entity)).all()
    if not marks:
        return 0
    by_entity: dict[str, list[uuid.UUID]] = defaultdict(list)
    for record_id, entity in marks:
        by_entity[entity].append(record_id)
    cases: set[uuid.UUID] = set(by_entity.pop("case", ()))
    tips = by_entity.pop("tip", [])
    for part in _chunks(by_entity.pop("subject", [])):
        cases.update(session.scalars(select(Case.id).where(Case.subject_id.in_(part))))
    for entity, ids in by_entity.items():
        model = bindings.model_of(entity)
        if model is None or not hasattr(model, "case_id"):
            continue
        for part in _chunks(ids):
            cases.update(session.scalars(select(model.case_id).where(model.id.in_(part))))
    ordered = sorted(cases, key=str)
    done = 0
    for part in _chunks(ordered):
        done += write_cases(session, load_cases(session, part), lambda ids: load_cases(session, ids))
        if progress is not None:
            progress(min(done, len(ordered)), len(ordered))
    _refresh_tips(session, tips)
    for part in _chunks([m[0] for m in marks]):
        session.execute(delete(stat_dirty).where(stat_dirty.c.record_id.in_(part)))
    session.flush()
    return len(ordered)


def _chunks(ids: Sequence[uuid.UUID]) -> list[Sequence[uuid.UUID]]:
    return [ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK)]


def load_cases(session: Session, ids: Sequence[uuid.UUID]) -> list[CaseSource]:
    """The cases ``ids`` as sources of the projection: each payload as a push reads it,
    with every follow-through record of the case."""
    heads = session.execute(
        select(Case.id, Case.unit_id, Case.deleted_at).where(Case.id.in_(list(ids)))).all()
    if not heads:
        return []
    payloads = outbound.case_payloads(session, [h.id for h in heads])
    records: dict[uuid.UUID, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for kind in FOLLOW_KINDS:
        bound = bindings.find(kind)
        if bound is None or bound.model is None or bound.payloads is None:
            continue
        model = bound.model
        rec_ids = list(session.scalars(select(model.id).where(model.case_id.in_(list(ids)))))
        if not rec_ids:
            continue
        for rid, payload in bound.payloads(session, rec_ids, None).items():
            case_id = uuid.UUID(str(payload["case_id"]))
            records[case_id][kind].append({**payload, "id": rid})
    return [CaseSource(h.id, h.unit_id, h.deleted_at is not None, payloads[h.id],
                       dict(records.get(h.id, {}))) for h in heads if h.id in payloads]


def _refresh_tips(session: Session, ids: list[uuid.UUID]) -> None:
    if not ids:
        return
    bound = bindings.binding("tip")
    rows, gone = [], []
    for part in _chunks(ids):
        heads = {t.id: t for t in session.execute(
            select(Tip.id, Tip.unit_id, Tip.deleted_at).where(Tip.id.in_(list(part))))}
        payloads = bound.payloads(session, list(heads), None) if bound.payloads and heads else {}
        for tip_id in part:
            head = heads.get(tip_id)
            row = (tip_row(tip_id, head.unit_id, payloads[tip_id], head.deleted_at is not None)
                   if head is not None and tip_id in payloads else None)
            if row is None:
                gone.append(tip_id)
            else:
                rows.append(row)
    write_tips(session, rows, gone)


CUTOFF_SETTING = "report_cutoff_day"


def laptop_calendar(session: Session, cutoff_day: int | None = None) -> Any:
    """The report calendar of this laptop: the cut-off day kept in its settings (set once
    from the province's rule), unless one is given."""
    from app.services.settings import get_setting
    from app.statistics.periods import ReportCalendar

    if cutoff_day is None:
        stored = get_setting(session, CUTOFF_SETTING)
        cutoff_day = int(stored) if stored and stored.isdigit() else 1
    return ReportCalendar(cutoff_day=cutoff_day)


def laptop_scope(session: Session) -> Any:
    """The team's own unit (the one set up on this laptop); every unit the laptop holds
    when none is set up."""
    from app.models import Province, Unit
    from app.services.settings import current_unit
    from app.statistics.report import Scope

    unit = current_unit(session)
    names = {u.id: u.name for u in session.scalars(select(Unit).order_by(Unit.name))}
    if unit is None:
        return Scope("Quản lý thị trường", "", "", names, None)
    province = session.get(Province, unit.province_code)
    place = province.name if province is not None else ""
    return Scope(unit.name, unit.parent_name, place, names, (unit.id,))
