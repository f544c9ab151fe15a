"""The whole use-cases the window calls on a case, each answering with what it changed.

One call per user action (save, finalise, amend) instead of several service calls put
together in the window: the acting officer comes from the operation runner (app.ui.ops),
and the answer, a :class:`CaseChanges` (after Anki's ``OpChanges``), carries what the views
refresh from: the case's row for the list, the case as saved for the editor, the ids of
the cases changed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.readmodel import fetch_case_rows_by_ids
from app.rows import CaseRow
from app.services.case_checks import case_warnings
from app.services.case_entry import CaseEntry
from app.services.cases import amend_case, delete_draft, finalise_case, get_case_entry, save_case
from app.services.context import Actor
from app.services.recovery import clear_recovery


@dataclass(frozen=True)
class CaseChanges:
    """What a use-case changed."""

    case_ids: tuple[uuid.UUID, ...]
    form: CaseEntry | None = None  # the case as stored now, for the editor
    row: CaseRow | None = None  # its row, for the case list
    # what may print wrong, by the editor's field path ("violations.0.proposed_fine")
    warnings: dict[str, str] = field(default_factory=dict)


def _changed(session: Session, case_id: uuid.UUID) -> CaseChanges:
    session.flush()
    rows = fetch_case_rows_by_ids(session, [case_id])
    return CaseChanges((case_id,), get_case_entry(session, case_id), rows[0] if rows else None)


def save_draft(session: Session, form: CaseEntry, actor: Actor, recovery_key: str | None = None) -> CaseChanges:
    """Save the editor's case (app.services.cases.save_case) and drop its crash-recovery
    journal entry."""
    ins = save_case(session, form, actor)
    if recovery_key:
        clear_recovery(session, recovery_key)
    changes = _changed(session, ins.id)
    return CaseChanges(changes.case_ids, changes.form, changes.row, case_warnings(session, ins))


def finalise(session: Session, case_id: uuid.UUID | str, actor: Actor) -> CaseChanges:
    return _changed(session, finalise_case(session, case_id, actor).id)


def amend(session: Session, case_id: uuid.UUID | str, reason: str, actor: Actor) -> CaseChanges:
    """The new draft correcting a finalised case; both cases changed."""
    copy = amend_case(session, case_id, reason, actor)
    changes = _changed(session, copy.id)
    return CaseChanges((copy.id, uuid.UUID(str(case_id))), changes.form, changes.row)


def delete(session: Session, case_id: uuid.UUID | str, actor: Actor, recovery_key: str | None = None) -> CaseChanges:
    """Delete a mistaken draft (a tombstone, so sync carries it) and its recovery journal."""
    delete_draft(session, case_id, actor)
    if recovery_key:
        clear_recovery(session, recovery_key)
    session.flush()
    return CaseChanges((uuid.UUID(str(case_id)),))
