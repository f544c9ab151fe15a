"""Records the server refused, told the way a person can act on them: which record, which
field in words, why, and the case to open to fix it. Qt-free; read-only."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import IssuedDocument
from app.sync import bindings
from app.sync.conflicts import kind_label, refused_records
from app.sync.field_labels import field_label
from app.sync.numbers import NUMBER_USE, number_use_key
from app.sync.wire.kinds import find as find_kind

NUMBER_USE_LABEL = "Số biên bản đã dùng"  # a number reported used: not a record of a kind


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
    """The kind's title of the local record, and the case to open (the kind's case field)."""
    kind, model = find_kind(entity), bindings.model_of(entity)
    record = session.get(model, record_id) if kind is not None and model is not None else None
    if record is None:
        return "", None
    assert kind is not None
    case_id = getattr(record, kind.case_field) if kind.case_field else None
    return kind.title(record), case_id


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
            row.record_id, row.entity,
            NUMBER_USE_LABEL if row.entity == NUMBER_USE else kind_label(row.entity),
            title or str(row.record_id)[:8], row.field, field_label(row.field, row.entity),
            row.reason, row.at, case_id,
        ))
    return out
