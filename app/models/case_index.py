"""Keeping the full-text index ``case_search`` in step with the cases (write side).

The index holds *folded* text (see app.readmodel, which queries it); its rowid is the
case's ``local_no``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.models.case import Case
from app.text import fold, fold_compact


def search_body(texts: list[str], codes: list[str]) -> str:
    """Folded words, plus IDs and plates also without separators ("12c12345")."""
    return fold(" ".join([*texts, *codes, *(fold_compact(c) for c in codes)]))


def case_search_text(inspection: Case, commune_name: str = "") -> str:
    """Everything an inspector may type to find a case."""
    return search_text(inspection, inspection.subject, commune_name)


def search_text(inspection: Any, s: Any, commune_name: str = "") -> str:
    """The text of :func:`case_search_text`, from anything shaped like a case (a mapped
    Case or a pulled wire.CasePayload: place_address, decision_no, vehicle_plate,
    goods and seizures with their items) and the subject the case links here, or None."""
    texts: list[str] = [inspection.place_address, commune_name, inspection.decision_no]
    codes: list[str] = [inspection.vehicle_plate]
    if s is not None:
        texts += [s.name, s.address, s.representative_name]
        codes += [s.id_number or "", s.tax_code or ""]
    texts += [g.name for g in inspection.goods if g.deleted_at is None]
    for seizure in inspection.seizures:
        texts += [i.name for i in seizure.items if i.deleted_at is None]
    return search_body([t for t in texts if t], [c for c in codes if c])


def index_case(session: Session, inspection: Case, commune_name: str = "") -> None:
    body = case_search_text(inspection, commune_name)
    session.execute(text("DELETE FROM case_search WHERE rowid = :n"), {"n": inspection.local_no})
    session.execute(
        text("INSERT INTO case_search(rowid, body) VALUES (:n, :b)"),
        {"n": inspection.local_no, "b": body},
    )


def unindex_case(session: Session, inspection: Case) -> None:
    session.execute(text("DELETE FROM case_search WHERE rowid = :n"), {"n": inspection.local_no})


def next_local_no(session: Session) -> int:
    return (session.scalar(select(func.max(Case.local_no))) or 0) + 1
