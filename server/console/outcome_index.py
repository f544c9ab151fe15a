"""What the case list filters on besides its index: what is due on each case
(``console_case_due``, for "overdue steps") and each case's goods categories and violation
groups (``console_case_tag``), caught up from the change feed behind their own cursor
("outcomes"), like the console's index (server.console.index).

A change to a case, one of its documents or follow-through records computes the case's due
items again with the laptop's own function (server.console.outcome.refresh_due). The
statistics catch up first — their ``stat_record`` finds a case's records — and the console's
index must have read the documents: the cursor goes no further than either.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.statistics import catalog
from server.console import index
from server.console.models import CaseTag, IndexCursor
from server.console.outcome import FOLLOW, refresh_due
from server.feed_follower import follow
from server.models import SyncRecord
from server.statistics import feed as statistics

CURSOR = "outcomes"
PENDING = 20_000
ENTITIES = ("case", "issued_document", *FOLLOW)


def behind(session: Session) -> bool:
    newest = session.scalar(select(func.max(SyncRecord.sequence))) or 0
    at = session.scalar(select(IndexCursor.sequence).where(IndexCursor.name == CURSOR)) or 0
    return int(newest) > int(at)


def catch_up(session: Session, *, wait: bool = True) -> int:
    """Tag and compute what is due on every case changed since the cursor; returns how many
    changes were read. ``wait=False``: as server.console.index.catch_up. Once this cursor is
    held, the statistics' projection is caught up, and this cursor goes no further than it
    and the index."""
    pending: set[uuid.UUID] = set()  # cases to compute again, once however many changes they had

    def upto() -> int:
        statistics.catch_up(session)
        return int(min(session.scalar(select(IndexCursor.sequence).where(
            IndexCursor.name == name)) or 0 for name in (statistics.CURSOR, index.CURSOR)))

    def apply(rows: Sequence[Any]) -> None:
        cases = [r for r in rows if r.entity == "case"]
        _tag(session, cases)
        pending.update({r.id for r in cases} | {
            uuid.UUID(json.loads(r.payload)["inspection_id" if r.entity == "issued_document"
                                            else "case_id"])
            for r in rows if r.entity != "case"})
        if len(pending) >= PENDING:
            refresh_due(session, sorted(pending, key=str))
            pending.clear()

    done = follow(session, CURSOR, ENTITIES, apply, wait=wait, upto=upto)
    refresh_due(session, sorted(pending, key=str))
    session.flush()
    return done


def tags_of(data: dict[str, Any]) -> set[str]:
    """The goods categories ("hang:…") of the goods inspected or seized, and the kinds
    ("hanhvi:…") and groups ("nhom:…") of the violations recorded."""
    def live(rows: Any) -> list[dict[str, Any]]:
        return [r for r in rows or () if not r.get("deleted_at")]

    items = live(data.get("goods"))
    for seizure in live(data.get("seizures")):
        items += live(seizure.get("items"))
    tags = {f"hang:{i['category_code']}" for i in items if i.get("category_code")}
    for v in live(data.get("violations")):
        kind = v.get("violation_kind") or catalog.act_kinds().get(v.get("legal_act_code") or "", "")
        sub = catalog.subgroup_for(kind or "khac")
        tags |= {f"hanhvi:{sub}", f"nhom:{catalog.group_of_subgroup().get(sub, '')}"}
    return {t[:60] for t in tags}


def _tag(session: Session, rows: list[Any]) -> None:
    if not rows:
        return
    session.execute(delete(CaseTag).where(CaseTag.case_id.in_([r.id for r in rows])))
    values = [{"case_id": r.id, "tag": t} for r in rows if r.deleted_at is None
              for t in sorted(tags_of(json.loads(r.payload)))]
    if values:
        session.execute(insert(CaseTag), values)
