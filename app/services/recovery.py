"""The editor's crash-recovery journal (see models.EditorRecovery)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import EditorRecovery, utcnow
from app.services.case_entry import CaseEntry, from_jsonable, to_jsonable


@dataclass(frozen=True)
class RecoveredDraft:
    key: str
    title: str
    form: CaseEntry
    saved_at: object


def write_recovery(session: Session, key: str, form: CaseEntry, title: str) -> None:
    payload = json.dumps(to_jsonable(form), ensure_ascii=False)
    row = session.get(EditorRecovery, key)
    if row is None:
        row = EditorRecovery(key=key, payload=payload, title=title, inspection_id=form.id)
        session.add(row)
    else:
        row.payload, row.title, row.inspection_id = payload, title, form.id
        row.revision += 1
    row.saved_at = utcnow()
    session.flush()


def clear_recovery(session: Session, key: str) -> None:
    row = session.get(EditorRecovery, key)
    if row is not None:
        session.delete(row)
        session.flush()


def pending_recoveries(session: Session) -> list[RecoveredDraft]:
    rows = session.scalars(select(EditorRecovery).order_by(EditorRecovery.saved_at.desc()))
    return [
        RecoveredDraft(r.key, r.title, from_jsonable(CaseEntry, json.loads(r.payload)), r.saved_at)
        for r in rows
    ]
