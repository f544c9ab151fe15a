"""The queries behind a case's decisions: its decisions, the biên bản a decision rests on,
and the catalogue entries that span a whole clause graded by value (app.services.fines)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.catalog import LegalAct
from app.models.documents import ISSUED, IssuedDocument
from app.models.outcome import CaseDecision

__all__ = ["decisions_of_case", "graded_acts", "issued_of_form"]


def decisions_of_case(session: Session, case_id: uuid.UUID) -> list[CaseDecision]:
    """Every decision recorded on the case (void ones too), oldest first."""
    return list(session.scalars(
        select(CaseDecision)
        .where(CaseDecision.case_id == case_id, CaseDecision.deleted_at.is_(None))
        .order_by(CaseDecision.created_at, CaseDecision.id)
    ))


def issued_of_form(session: Session, case_id: uuid.UUID, form_code: str) -> IssuedDocument | None:
    """The case's latest issued (not void) document of ``form_code`` ("BB-VPHC")."""
    return session.scalar(
        select(IssuedDocument)
        .where(IssuedDocument.inspection_id == case_id, IssuedDocument.form_code == form_code,
               IssuedDocument.status == ISSUED, IssuedDocument.deleted_at.is_(None))
        .order_by(IssuedDocument.issued_at.desc())
        .limit(1)
    )


def graded_acts(session: Session) -> frozenset[str]:
    """Codes of the acts that stand for a whole clause whose points the catalogue also
    holds ("khoản 1 Điều 15 … (theo trị giá hàng hóa)" beside its points a–i)."""
    pointed = {
        (decree, article, clause)
        for decree, article, clause in session.execute(
            select(LegalAct.decree, LegalAct.article, LegalAct.clause).where(LegalAct.point.is_not(None))
        )
    }
    return frozenset(
        code
        for code, decree, article, clause in session.execute(
            select(LegalAct.code, LegalAct.decree, LegalAct.article, LegalAct.clause)
            .where(LegalAct.point.is_(None))
        )
        if (decree, article, clause) in pointed
    )
