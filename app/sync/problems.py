"""Records the server refused, told the way a person can act on them: which record, which
field in words, why, and the case to open to fix it. Qt-free; read-only."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Inspection, IssuedDocument, Subject, Tip
from app.sync.conflicts import ENTITY_NAMES, refused_records
from app.sync.field_labels import field_label
from app.sync.numbers import NUMBER_USE, number_use_key
from app.sync.outbox import title_of

KINDS = ENTITY_NAMES | {NUMBER_USE: "Số biên bản đã dùng"}


@dataclass(frozen=True)
class RefusedView:
    record_id: uuid.UUID
    entity: str
    kind: str
    title: str
    field: str  # the wire path as the server gave it
    field_label: str  # the same in Vietnamese words
    reason: str
    at: datetime
    case_id: uuid.UUID | None  # the case to open to fix it (the case, or the case of a biên bản)


def _title_and_case(session: Session, entity: str, record_id: uuid.UUID) -> tuple[str, uuid.UUID | None]:
    if entity == "case":
        ins = session.get(Inspection, record_id)
        return title_of(entity, ins), (ins.id if ins is not None else None)
    if entity == "subject":
        subject = session.get(Subject, record_id)
        return (subject.name if subject is not None else ""), None
    if entity == "issued_document":
        doc = session.get(IssuedDocument, record_id)
        return (f"Biên bản {doc.number}", doc.inspection_id) if doc is not None else ("", None)
    if entity == "tip":
        tip = session.get(Tip, record_id)
        return (tip.summary[:80] if tip is not None else ""), None
    return "", None


def refused_view(session: Session) -> list[RefusedView]:
    out = []
    numbers: dict[uuid.UUID, IssuedDocument] | None = None  # number report key → biên bản
    for row in refused_records(session):
        if row.entity == NUMBER_USE:
            if numbers is None:
                numbers = {number_use_key(d.id): d for d in session.scalars(select(IssuedDocument))}
            doc = numbers.get(row.record_id)
            title, case_id = (f"Số của biên bản {doc.number}", doc.inspection_id) if doc else ("", None)
        else:
            title, case_id = _title_and_case(session, row.entity, row.record_id)
        out.append(RefusedView(
            row.record_id, row.entity, KINDS.get(row.entity, row.entity), title or str(row.record_id)[:8],
            row.field, field_label(row.field), row.reason, row.at, case_id,
        ))
    return out
