"""The subject registry: find an earlier subject by ID, tax code or name to reuse it."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Subject
from app.services.case_entry import SubjectEntry
from app.services.case_mapping import subject_form
from app.text import fold


def find_subjects(session: Session, query: str, limit: int = 10) -> list[SubjectEntry]:
    """Subjects whose ID / tax code starts with the digits typed, or whose folded name
    starts with the words typed ("nguyen van" finds "Nguyễn Văn An")."""
    q = query.strip()
    if len(q) < 2:
        return []
    digits = q.replace(" ", "").replace("-", "")
    folded = fold(q)
    conds = [Subject.name_folded.like(f"{folded}%")]
    if digits.isdigit():
        conds += [Subject.id_number.like(f"{digits}%"), Subject.tax_code.like(f"{digits}%")]
    stmt = (
        select(Subject)
        .where(or_(*conds), Subject.deleted_at.is_(None))
        .order_by(Subject.name_folded)
        .limit(limit)
    )
    return [subject_form(s) for s in session.scalars(stmt)]
