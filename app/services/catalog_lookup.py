"""Catalogue entries as plain values for pickers (read once, handed to the UI).

The value classes live in app.rows (no SQLAlchemy) and are re-exported here."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Commune,
    Force,
    GoodsCategory,
    LegalAct,
    MeasureUnit,
    Nationality,
    OfficerTitle,
    Province,
    ViolationKind,
)
from app.rows import ActChoice, Catalogs, Choice, OfficerChoice
from app.services.settings import unit_officers


def load_catalogs_for_ui(session: Session) -> Catalogs:
    provinces = {p.code: p.name for p in session.scalars(select(Province).order_by(Province.name))}
    communes = [
        Choice(c.code, f"{c.name}, {provinces.get(c.province_code, '')}")
        for c in session.scalars(select(Commune).order_by(Commune.province_code, Commune.name))
    ]
    acts = [
        ActChoice(
            a.code,
            f"{a.citation.replace(' Nghị định số', ' NĐ')} — {a.title}",
            "",
            a.fine_min,
            a.fine_max,
            a.org_multiplier,
            a.violation_kind or "",
        )
        for a in session.scalars(select(LegalAct).order_by(LegalAct.article, LegalAct.clause, LegalAct.point))
    ]
    cats = list(session.scalars(select(GoodsCategory).order_by(GoodsCategory.name)))
    return Catalogs(
        provinces=[Choice(c, n) for c, n in provinces.items()],
        communes=communes,
        goods_categories=[Choice(c.code, c.name) for c in cats],
        prohibited_categories=frozenset(c.code for c in cats if c.prohibited),
        violation_kinds=[Choice(v.code, v.name) for v in session.scalars(select(ViolationKind))],
        legal_acts=acts,
        measure_units=[Choice(u.code, u.name) for u in session.scalars(select(MeasureUnit))],
        forces=[Choice(f.code, f.name) for f in session.scalars(select(Force))],
        nationalities=[Choice(n.code, n.name) for n in session.scalars(select(Nationality).order_by(Nationality.name))],
        officer_titles={t.code: t.fine_share_percent for t in session.scalars(select(OfficerTitle))},
        officers=[OfficerChoice(str(o.id), o.full_name, o.badge_no, position=o.position, badge_no=o.badge_no)
                  for o in sorted(unit_officers(session), key=lambda o: o.full_name)],
    )


__all__ = ["ActChoice", "Catalogs", "Choice", "load_catalogs_for_ui"]
