"""The console's index of cases and issued biên bản, caught up from the change feed.

The feed numbers every accepted change (``sync_record.sequence``) and makes changes visible
in that order, so the index only ever reads what came after its cursor: nothing in the push
path has to know the console exists. A catch-up runs in the caller's writing transaction and
holds the cursor row, so two workers never index the same changes twice.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.text import fold
from server.console.models import CaseIndex, DocumentIndex, IndexCursor
from server.feed_follower import follow
from server.models import SyncRecord

CURSOR = "cases"
ENTITIES = ("case", "issued_document")


def behind(session: Session) -> bool:
    """Whether the feed holds changes the index has not read (one indexed max + one get)."""
    newest = session.scalar(select(func.max(SyncRecord.sequence))) or 0
    at = session.scalar(select(IndexCursor.sequence).where(IndexCursor.name == CURSOR)) or 0
    return int(newest) > int(at)


def catch_up(session: Session, *, wait: bool = True) -> int:
    """Index every case and biên bản changed since the cursor; returns how many.

    ``wait=False`` (a page about to be shown): when another worker is catching up at this
    moment, the page shows the index as it stands and that worker's catch-up commits within
    moments (server.feed_follower). Under a province's sync load the pages otherwise wait on
    each other's catch-ups in a chain."""
    return follow(session, CURSOR, ENTITIES, lambda rows: _index(session, rows), wait=wait)


def _index(session: Session, rows: Sequence[Any]) -> None:
    cases = [_case_row(r) for r in rows if r.entity == "case"]
    docs = [_document_row(r) for r in rows if r.entity == "issued_document"]
    for model, values in ((CaseIndex, cases), (DocumentIndex, docs)):
        if values:
            session.execute(delete(model).where(model.id.in_([v["id"] for v in values])))
            session.execute(insert(model), values)


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _case_row(r: Any) -> dict[str, Any]:
    data = json.loads(r.payload)
    subject = data.get("subject") or {}
    words = [subject.get("name"), subject.get("representative_name"), subject.get("tax_code"),
             subject.get("address"), data.get("place_address"), data.get("vehicle_plate"),
             data.get("decision_no"), data.get("tip_ref"),
             *(g.get("name") for g in data.get("goods") or [])]
    return {
        "id": r.id, "unit_id": r.unit_id, "status": data.get("status", ""),
        "commune_code": data.get("commune_code") or "",
        "started_at": _when(data.get("started_at")) or r.created_at,
        "subject_name": (subject.get("name") or "")[:200],
        "place": (data.get("place_address") or "")[:300],
        "folded": " ".join(fold(w) for w in words if w),
        "deleted": r.deleted_at is not None,
    }


def _document_row(r: Any) -> dict[str, Any]:
    data = json.loads(r.payload)
    corrects = data.get("corrects_id")
    return {"id": r.id, "case_id": uuid.UUID(data["inspection_id"]), "unit_id": r.unit_id,
            "corrects_id": uuid.UUID(corrects) if corrects else None}
