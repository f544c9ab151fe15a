"""Queries behind the case list and the search box (all the SQL of both lives here).

Search runs on ``case_search``, an FTS5 table of *folded* text (diacritics removed,
đ→d; PITFALLS: FTS5's own ``remove_diacritics`` keeps đ). Its rowid is the case's
``local_no``, so a ranked match joins straight to the case.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Float, Integer, Select, and_, func, select, text
from sqlalchemy.orm import Session

from app.models.catalog import Commune
from app.models.inspection import Inspection, Violation
from app.models.seizure import SeizedItem, Seizure
from app.models.subject import Subject
from app.text import fold, fold_compact


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list: plain values, safe to hand to another thread."""

    id: uuid.UUID
    local_no: int
    started_at: datetime | None
    status: str
    subject_name: str
    place: str
    commune_name: str
    violation_count: int
    seized_value: int


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    started_from: datetime | None = None
    started_to: datetime | None = None
    commune_code: str | None = None


SORT_COLUMNS = {
    "local_no": Inspection.local_no,
    "started_at": Inspection.started_at,
    "status": Inspection.status,
    "subject_name": Subject.name,
    "commune_name": Commune.name,
}


def _row_select() -> Select:
    violations = (
        select(func.count(Violation.id))
        .where(Violation.inspection_id == Inspection.id, Violation.deleted_at.is_(None))
        .scalar_subquery()
    )
    seized = (
        select(func.coalesce(func.sum(SeizedItem.estimated_value), 0))
        .join(Seizure, SeizedItem.seizure_id == Seizure.id)
        .where(Seizure.inspection_id == Inspection.id, SeizedItem.deleted_at.is_(None))
        .scalar_subquery()
    )
    return (
        select(
            Inspection.id,
            Inspection.local_no,
            Inspection.started_at,
            Inspection.status,
            func.coalesce(Subject.name, ""),
            Inspection.place_address,
            func.coalesce(Commune.name, ""),
            violations,
            seized,
        )
        .outerjoin(Subject, Inspection.subject_id == Subject.id)
        .outerjoin(Commune, Inspection.commune_code == Commune.code)
        .where(Inspection.deleted_at.is_(None))
    )


def _filtered(stmt: Select, f: CaseFilter) -> Select:
    conds = []
    if f.status:
        conds.append(Inspection.status == f.status)
    if f.started_from:
        conds.append(Inspection.started_at >= f.started_from)
    if f.started_to:
        conds.append(Inspection.started_at <= f.started_to)
    if f.commune_code:
        conds.append(Inspection.commune_code == f.commune_code)
    return stmt.where(and_(*conds)) if conds else stmt


def count_cases(session: Session, f: CaseFilter = CaseFilter()) -> int:
    stmt = _filtered(select(func.count()).select_from(Inspection), f)
    return session.scalar(stmt.where(Inspection.deleted_at.is_(None))) or 0


def fetch_case_rows(
    session: Session,
    f: CaseFilter = CaseFilter(),
    *,
    sort: str = "started_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[CaseRow]:
    col = SORT_COLUMNS[sort]
    order = [col.desc() if descending else col.asc(), Inspection.local_no.desc()]
    stmt = _filtered(_row_select(), f).order_by(*order).offset(offset).limit(limit)
    return [CaseRow(*r) for r in session.execute(stmt)]


def fetch_case_rows_by_ids(session: Session, ids: list[uuid.UUID]) -> list[CaseRow]:
    if not ids:
        return []
    rows = {r[0]: CaseRow(*r) for r in session.execute(_row_select().where(Inspection.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


# --- full-text index -------------------------------------------------------------------


def search_body(texts: list[str], codes: list[str]) -> str:
    """Folded words, plus IDs and plates also without separators ("12c12345")."""
    return fold(" ".join([*texts, *codes, *(fold_compact(c) for c in codes)]))


def case_search_text(inspection: Inspection, commune_name: str = "") -> str:
    """Everything an inspector may type to find a case."""
    texts: list[str] = [inspection.place_address, commune_name, inspection.decision_no]
    codes: list[str] = [inspection.vehicle_plate]
    s = inspection.subject
    if s is not None:
        texts += [s.name, s.address, s.representative_name]
        codes += [s.id_number or "", s.tax_code or ""]
    texts += [g.name for g in inspection.goods if g.deleted_at is None]
    for seizure in inspection.seizures:
        texts += [i.name for i in seizure.items if i.deleted_at is None]
    return search_body([t for t in texts if t], [c for c in codes if c])


def index_case(session: Session, inspection: Inspection, commune_name: str = "") -> None:
    body = case_search_text(inspection, commune_name)
    session.execute(text("DELETE FROM case_search WHERE rowid = :n"), {"n": inspection.local_no})
    session.execute(
        text("INSERT INTO case_search(rowid, body) VALUES (:n, :b)"),
        {"n": inspection.local_no, "b": body},
    )


def unindex_case(session: Session, inspection: Inspection) -> None:
    session.execute(text("DELETE FROM case_search WHERE rowid = :n"), {"n": inspection.local_no})


def fts_query(query: str) -> str:
    """A folded FTS5 query: every word must match, the last one as a prefix."""
    words = fold(query).split()
    if not words:
        return ""
    terms = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(terms)


def _hits(query: str, limit: int):
    """The ranked (BM25) top ``limit`` of the index as a subquery (n = local_no, r = rank)."""
    return (
        text(
            "SELECT rowid AS n, rank AS r FROM case_search WHERE case_search MATCH :q "
            "ORDER BY rank LIMIT :lim"
        )
        .bindparams(q=fts_query(query), lim=limit)
        .columns(n=Integer, r=Float)
        .subquery("hits")
    )


def search_case_ids(session: Session, query: str, limit: int = 50) -> list[uuid.UUID]:
    """Ids of the cases matching ``query``, best first."""
    if not fts_query(query):
        return []
    hits = _hits(query, limit)
    stmt = select(Inspection.id).join(hits, hits.c.n == Inspection.local_no).order_by(hits.c.r)
    return list(session.scalars(stmt))


def search_cases(session: Session, query: str, limit: int = 50) -> list[CaseRow]:
    """Rows of the cases matching ``query``, best first, in one statement."""
    if not fts_query(query):
        return []
    hits = _hits(query, limit)
    stmt = _row_select().join(hits, hits.c.n == Inspection.local_no).order_by(hits.c.r)
    return [CaseRow(*r) for r in session.execute(stmt)]


def search_cases_like(session: Session, query: str, limit: int = 50) -> list[uuid.UUID]:
    """The naive alternative, kept for the benchmark: a LIKE scan of the same folded text,
    newest first (without an index the whole table is read for every query)."""
    words = fold(query).split()
    where = " AND ".join(f"body LIKE :w{i}" for i in range(len(words))) or "1"
    params = {f"w{i}": f"%{w}%" for i, w in enumerate(words)} | {"lim": limit}
    rows = session.execute(
        text(
            "SELECT i.id FROM case_search JOIN inspection i ON i.local_no = case_search.rowid "
            f"WHERE {where} ORDER BY i.started_at DESC LIMIT :lim"
        ),
        params,
    )
    return [r[0] for r in rows]


def next_local_no(session: Session) -> int:
    return (session.scalar(select(func.max(Inspection.local_no))) or 0) + 1
