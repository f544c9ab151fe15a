"""The queries of the case aggregate (an ``Case`` with its subject and rows), for the
services and the sync engine. The first page's list and search read the same tables through
plain sqlite3 (app.readmodel, the measured read model); everything else asks here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models.case import Case
from app.models.case_index import index_case, next_local_no, unindex_case
from app.models.catalog import Commune, GoodsCategory
from app.models.documents import IssuedDocument
from app.models.seizure import Seizure

__all__ = ["aggregate_options", "find_case", "index", "next_local_no", "prohibited_among"]


def aggregate_options() -> list:
    """Load a case with its subject and every row (seizures with their items) in a few
    queries: for the editor, and for sync, which sends the whole aggregate."""
    return [
        selectinload(Case.subject),
        selectinload(Case.members),
        selectinload(Case.forces),
        selectinload(Case.witnesses),
        selectinload(Case.findings),
        selectinload(Case.goods),
        selectinload(Case.violations),
        selectinload(Case.seizures).selectinload(Seizure.items),
    ]


def find_case(session: Session, case_id: uuid.UUID | str) -> Case | None:
    """The case with its whole aggregate, tombstones included (None when not here)."""
    cid = uuid.UUID(str(case_id))
    return session.scalar(select(Case).where(Case.id == cid).options(*aggregate_options()))


def has_issued_documents(session: Session, case_id: uuid.UUID) -> bool:
    """Whether any biên bản of the case took a number (void ones included: the number stays used)."""
    query = select(IssuedDocument.id).where(IssuedDocument.inspection_id == case_id).limit(1)
    return session.scalar(query) is not None


def prohibited_among(session: Session, codes: Iterable[str]) -> set[str]:
    """Which of these goods category codes are prohibited goods (hàng cấm)."""
    wanted = {c for c in codes if c}
    if not wanted:
        return set()
    return set(session.scalars(
        select(GoodsCategory.code).where(GoodsCategory.code.in_(wanted), GoodsCategory.prohibited)))


def commune_name(session: Session, code: str | None) -> str:
    commune = session.get(Commune, code) if code else None
    return commune.name if commune else ""


def index(session: Session, ins: Case) -> None:
    """The case's row of the search index, made again (a tombstone has none)."""
    if ins.deleted_at is None:
        index_case(session, ins, commune_name(session, ins.commune_code))
    else:
        unindex_case(session, ins)
