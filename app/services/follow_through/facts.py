"""What a case holds that its deadlines, its progress and its closure depend on, read for
many cases at once (a few queries per 500 cases, not a few per case: the demo and an
initial pull refresh tens of thousands).

Records are plain rows (attribute access by column name); voided ones are included with
``status`` "void" (the timeline shows them), deleted ones are not. Lists are in the order
the events happened (their date, then when they were recorded).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import FINALISED, Case, IssuedDocument, SeizedItem, Seizure, Violation
from app.models.outcome import (
    VOID,
    Accused,
    CaseDecision,
    CaseStep,
    CriminalReferral,
    GoodsDisposition,
    Payment,
)
from app.services.follow_through.deadlines import vn_date

CHUNK = 500
BB_VPHC = "BB-VPHC"


@dataclass(frozen=True)
class Item:
    """A seized item as the BB-TG lists it."""

    id: uuid.UUID
    name: str
    unit: str
    quantity: Decimal
    estimated_value: int | None
    seized_at: datetime | None


@dataclass
class CaseFacts:
    id: uuid.UUID
    local_no: int
    finalised: bool
    started_on: date | None
    report_on: date | None  # the BB-VPHC's date (or, without one issued, the inspection's end)
    violations: int
    superseded: bool  # a finalised amendment carries the case on
    items: list[Item] = field(default_factory=list)
    decisions: list[Any] = field(default_factory=list)
    payments: list[Any] = field(default_factory=list)
    dispositions: list[Any] = field(default_factory=list)
    referrals: list[Any] = field(default_factory=list)
    accused: list[Any] = field(default_factory=list)
    steps: list[Any] = field(default_factory=list)

    @property
    def seized_at(self) -> datetime | None:
        times = [i.seized_at for i in self.items if i.seized_at is not None]
        return min(times) if times else None

    def valid(self, name: str) -> list[Any]:
        """The records of ``name`` ("payments", "steps"…) that still count."""
        return [r for r in getattr(self, name) if r.status != VOID]

    def steps_of(self, *kinds: str) -> list[Any]:
        return [s for s in self.valid("steps") if s.step in kinds]

    @property
    def closed(self) -> bool:
        """Closed when the last closure or reopening recorded is a closure."""
        marks = self.steps_of("dong_ho_so", "mo_lai")
        return bool(marks) and marks[-1].step == "dong_ho_so"


_EVENTS: tuple[tuple[str, Any, str], ...] = (
    ("decisions", CaseDecision, "decided_on"),
    ("payments", Payment, "paid_on"),
    ("dispositions", GoodsDisposition, "done_on"),
    ("referrals", CriminalReferral, "transferred_on"),
    ("accused", Accused, "created_at"),
    ("steps", CaseStep, "done_on"),
)


def _chunks(ids: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _order(row: Any, on: str) -> tuple[date, datetime]:
    day = getattr(row, on)
    if isinstance(day, datetime):
        day = day.date()
    return (day or date.min, row.created_at)


def read_facts(session: Session, case_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, CaseFacts]:
    """The facts of each existing, not deleted case among ``case_ids``."""
    ids = list(dict.fromkeys(uuid.UUID(str(c)) for c in case_ids))
    out: dict[uuid.UUID, CaseFacts] = {}
    for chunk in _chunks(ids):
        out.update(_read_chunk(session, chunk))
    return out


def _read_chunk(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, CaseFacts]:
    case = Case.__table__
    rows = session.execute(
        select(case.c.id, case.c.local_no, case.c.status, case.c.started_at, case.c.ended_at)
        .where(case.c.id.in_(ids), case.c.deleted_at.is_(None))).all()
    if not rows:
        return {}
    ids = [r.id for r in rows]
    violations = dict(session.execute(
        select(Violation.inspection_id, func.count()).where(
            Violation.inspection_id.in_(ids), Violation.deleted_at.is_(None))
        .group_by(Violation.inspection_id)).tuples().all())
    # by ix_inspection_amends_id alone (with the status in the query SQLite picks the status
    # index and reads every finalised case: 1.3 s a chunk at 100k cases)
    superseded = {r.amends_id for r in session.execute(
        select(case.c.amends_id, case.c.status, case.c.deleted_at).where(case.c.amends_id.in_(ids)))
        if r.status == FINALISED and r.deleted_at is None}
    reports = dict(session.execute(
        select(IssuedDocument.inspection_id, func.min(IssuedDocument.issued_at)).where(
            IssuedDocument.inspection_id.in_(ids), IssuedDocument.form_code == BB_VPHC,
            IssuedDocument.status == "issued", IssuedDocument.deleted_at.is_(None))
        .group_by(IssuedDocument.inspection_id)).tuples().all())
    out = {}
    for r in rows:
        report = reports.get(r.id)
        out[r.id] = CaseFacts(
            r.id, r.local_no, r.status == FINALISED, vn_date(r.started_at),
            vn_date(report) if report is not None else vn_date(r.ended_at or r.started_at),
            violations.get(r.id, 0), r.id in superseded)
    for item in session.execute(
            select(SeizedItem.id, SeizedItem.name, SeizedItem.unit, SeizedItem.quantity,
                   SeizedItem.estimated_value, Seizure.seized_at, Seizure.inspection_id)
            .join(Seizure, Seizure.id == SeizedItem.seizure_id)
            .where(Seizure.inspection_id.in_(ids), Seizure.deleted_at.is_(None),
                   SeizedItem.deleted_at.is_(None))
            .order_by(Seizure.position, SeizedItem.position)):
        out[item.inspection_id].items.append(
            Item(item.id, item.name, item.unit, item.quantity, item.estimated_value, item.seized_at))
    for name, model, on in _EVENTS:
        table = model.__table__
        found: list[Any] = list(session.execute(select(table).where(table.c.case_id.in_(ids),
                                                    table.c.deleted_at.is_(None))))
        found.sort(key=lambda r: _order(r, on))  # noqa: B023 (sorted here, in the loop)
        for row in found:
            getattr(out[row.case_id], name).append(row)
    return out


def read_case(session: Session, case_id: uuid.UUID | str) -> CaseFacts | None:
    return read_facts(session, [uuid.UUID(str(case_id))]).get(uuid.UUID(str(case_id)))
