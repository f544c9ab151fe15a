"""The "Việc cần làm" view: what is due today, this week and overdue, per case, with the
action one click away; and the status bar's count of overdue items.

Read from the derived table ``case_due`` (app.services.follow_through.due), through its
indexes on ``due_on`` and ``(waiting, due_on)``, joined to the case and its subject for the
row's words. Scopes, for a day ``today``:

- "today": due on ``today``;
- "week": due from ``today`` to ``today`` + 6 days (the coming seven days);
- "overdue": due before ``today`` and not waiting on someone else;
- "all": every item, the overdue first, then by date, the undated (waiting) last.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from app.models import Case, CaseDue, Subject

Scope = Literal["today", "week", "overdue", "all"]
SCOPES: tuple[str, ...] = ("today", "week", "overdue", "all")


@dataclass(frozen=True)
class TodoRow:
    """One row of the view: the case (number, subject), what is due, by when, the action."""

    case_id: uuid.UUID
    local_no: int
    subject_name: str
    what: str
    label: str
    due_on: date | None
    action: str
    waiting: bool
    overdue: bool
    days_left: int | None  # negative: days overdue
    record_id: uuid.UUID | None


def _where(scope: str, today: date) -> Any:
    if scope == "today":
        return CaseDue.due_on == today
    if scope == "week":
        return CaseDue.due_on.between(today, today + timedelta(days=6))
    if scope == "overdue":
        return and_(CaseDue.waiting.is_(False), CaseDue.due_on < today)
    if scope == "all":
        return None
    raise ValueError(f"unknown scope {scope!r}")


def todo(session: Session, today: date, scope: Scope = "all", limit: int | None = 500) -> list[TodoRow]:
    """The rows of ``scope`` (see the module), ``limit`` at most (None: all)."""
    where = _where(scope, today)
    stmt = (select(CaseDue.case_id, Case.local_no, Subject.name, CaseDue.what, CaseDue.label,
                   CaseDue.due_on, CaseDue.action, CaseDue.waiting, CaseDue.record_id)
            .join(Case, Case.id == CaseDue.case_id)
            .outerjoin(Subject, Subject.id == Case.subject_id))
    if where is not None:
        stmt = stmt.where(where)
    if scope == "all":
        late = and_(CaseDue.waiting.is_(False), CaseDue.due_on < today)
        stmt = stmt.order_by(case((late, 0), else_=1), CaseDue.due_on.is_(None), CaseDue.due_on,
                             Case.local_no, CaseDue.id)
    else:
        stmt = stmt.order_by(CaseDue.due_on, Case.local_no, CaseDue.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = []
    for r in session.execute(stmt):
        overdue = not r.waiting and r.due_on is not None and r.due_on < today
        rows.append(TodoRow(r.case_id, r.local_no, r.name or "", r.what, r.label, r.due_on,
                            r.action, r.waiting, overdue,
                            None if r.due_on is None else (r.due_on - today).days, r.record_id))
    return rows


def overdue_count(session: Session, today: date) -> int:
    """Items overdue on ``today`` (the status bar's count)."""
    return int(session.scalar(select(func.count()).select_from(CaseDue).where(
        CaseDue.waiting.is_(False), CaseDue.due_on < today)) or 0)


def scope_counts(session: Session, today: date) -> dict[str, int]:
    """How many items each scope holds (the view's tabs)."""
    return {s: int(session.scalar(select(func.count()).select_from(CaseDue).where(w))
                   if (w := _where(s, today)) is not None else
                   session.scalar(select(func.count()).select_from(CaseDue)) or 0)
            for s in SCOPES}


def due_case_ids(session: Session, today: date, scope: Scope = "all") -> set[uuid.UUID]:
    """The cases with an item in ``scope`` (the case list's filter)."""
    stmt = select(CaseDue.case_id).distinct()
    if (where := _where(scope, today)) is not None:
        stmt = stmt.where(where)
    return set(session.scalars(stmt))
