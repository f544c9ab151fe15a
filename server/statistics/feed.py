"""The province's fact tables, caught up from the change feed (as the console's index is:
server.console.index). Each accepted change of a case, a follow-through record or a tip is
read once after the cursor; a changed record re-projects its whole case (with every record
of it the feed holds, through ``stat_record``) with the projection the laptops use
(app.statistics.projection). Runs in the caller's writing transaction and holds the cursor
row, so two workers never project the same changes twice."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.statistics.projection import CaseSource, tip_row
from app.statistics.store import CHUNK, write_cases, write_tips
from server.console.models import IndexCursor
from server.feed_follower import follow
from server.models import SyncRecord
from server.statistics.models import StatRecord

CURSOR = "statistics"
FOLLOW = ("decision", "payment", "goods_disposition", "referral", "accused", "case_step")
ENTITIES = ("case", "tip", *FOLLOW)


def behind(session: Session) -> bool:
    newest = session.scalar(select(func.max(SyncRecord.sequence))) or 0
    at = session.scalar(select(IndexCursor.sequence).where(IndexCursor.name == CURSOR)) or 0
    return int(newest) > int(at)


def catch_up(session: Session) -> int:
    """Project every change after the cursor; returns how many changes were read."""
    return follow(session, CURSOR, ENTITIES, lambda rows: _apply(session, rows))


def _apply(session: Session, rows: Sequence[Any]) -> None:
    cases: set[uuid.UUID] = set()
    links: dict[uuid.UUID, dict[str, Any]] = {}
    tips = []
    for r in rows:
        if r.entity == "case":
            cases.add(r.id)
        elif r.entity == "tip":
            tips.append(r)
        else:
            case_id = uuid.UUID(json.loads(r.payload)["case_id"])
            links[r.id] = {"record_id": r.id, "case_id": case_id, "entity": r.entity}
            cases.add(case_id)
    ids = list(links)
    for i in range(0, len(ids), CHUNK):
        session.execute(delete(StatRecord).where(StatRecord.record_id.in_(ids[i:i + CHUNK])))
    if links:
        session.execute(insert(StatRecord), list(links.values()))
    ordered = sorted(cases, key=str)
    for i in range(0, len(ordered), CHUNK):
        part = ordered[i:i + CHUNK]
        write_cases(session, load_cases(session, part), lambda more: load_cases(session, more))
    if tips:
        made = [tip_row(t.id, t.unit_id, json.loads(t.payload), t.deleted_at is not None)
                for t in tips]
        write_tips(session, [m for m in made if m is not None],
                   [t.id for t, m in zip(tips, made, strict=True) if m is None])


def load_cases(session: Session, ids: Sequence[uuid.UUID]) -> list[CaseSource]:
    """The cases ``ids`` the feed holds, each with every follow-through record of it."""
    heads = session.execute(
        select(SyncRecord.id, SyncRecord.unit_id, SyncRecord.payload, SyncRecord.deleted_at)
        .where(SyncRecord.id.in_(list(ids)), SyncRecord.entity == "case")).all()
    if not heads:
        return []
    found = [h.id for h in heads]
    records: dict[uuid.UUID, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    linked = session.execute(
        select(StatRecord.case_id, SyncRecord.id, SyncRecord.entity, SyncRecord.payload)
        .join(SyncRecord, SyncRecord.id == StatRecord.record_id)
        .where(StatRecord.case_id.in_(found))).all()
    for case_id, rid, entity, payload in linked:
        records[case_id][entity].append({**json.loads(payload), "id": rid})
    return [CaseSource(h.id, h.unit_id, h.deleted_at is not None, json.loads(h.payload),
                       dict(records.get(h.id, {}))) for h in heads]
