"""What may be wrong with what a case will print: the warnings shown at save, next to their
field, and in the documents dialog before a number is taken (and again after issuing).

They never block: the inspector sees them and chooses to go back or go on.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from app.models import Case, LegalAct, OfficerTitle
from app.models.decision_repository import graded_acts
from app.services.case_mapping import live
from app.services.cases import load_case
from app.services.fines import Competence, fine_warnings
from app.services.settings import current_officer


def goods_value(ins: Case) -> int | None:
    """The estimated value of the goods inspected (else of the goods seized); None if no
    line has a value."""
    for rows in ([g for g in live(ins.goods)], [i for s in live(ins.seizures) for i in live(s.items)]):
        values = [r.estimated_value for r in rows if r.estimated_value is not None]
        if values:
            return sum(values)
    return None


def _act(session: Session, code: str | None) -> LegalAct | None:
    # by its code, not the relationship: a row edited in this session may hold a stale one
    return session.get(LegalAct, code) if code else None


def case_warnings(session: Session, ins: Case) -> dict[str, str]:
    """Warnings keyed by the editor's field paths ("violations.0.proposed_fine")."""
    officer = current_officer(session)
    title = session.get(OfficerTitle, officer.title_code) if officer and officer.title_code else None
    return fine_warnings(
        [(_act(session, v.legal_act_code), v.proposed_fine) for v in live(ins.violations)],
        organisation=ins.subject is not None and ins.subject.is_organisation,
        competence=Competence.of(title) if title else None,
        graded=graded_acts(session),
        goods_value=goods_value(ins),
    )


def warnings_of_case(session: Session, case_id: uuid.UUID | str) -> dict[str, str]:
    return case_warnings(session, load_case(session, case_id))
