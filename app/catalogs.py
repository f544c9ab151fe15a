"""Catalogues shipped in resources/catalogs, loaded on first start and replaceable.

Each file is ``{"catalog": name, "version": n, "items": [...]}``. A file whose version is
newer than the loaded one replaces it (rows upserted by code; rows still referenced by
records are kept).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.models import (
    CatalogVersion,
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
from app.paths import resources_dir
from app.text import nfc

# Load order respects foreign keys (communes after provinces).
CATALOGS: dict[str, type] = {
    "provinces": Province,
    "communes": Commune,
    "goods_categories": GoodsCategory,
    "violation_kinds": ViolationKind,
    "legal_acts": LegalAct,
    "measure_units": MeasureUnit,
    "forces": Force,
    "officer_titles": OfficerTitle,
    "nationalities": Nationality,
}


def catalog_dir() -> Path:
    return resources_dir() / "catalogs"


def read_catalog(name: str, directory: Path | None = None) -> dict[str, Any]:
    path = (directory or catalog_dir()) / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _row(model: type, item: dict[str, Any]) -> dict[str, Any]:
    columns = set(model.__table__.columns.keys())
    return {k: (nfc(v) if isinstance(v, str) else v) for k, v in item.items() if k in columns}


def load_catalogs(session: Session, directory: Path | None = None) -> dict[str, int]:
    """Load every catalogue whose file is newer than the database's copy.

    Returns name → number of items loaded (only for catalogues that were (re)loaded).
    """
    loaded: dict[str, int] = {}
    for name in CATALOGS:
        path = (directory or catalog_dir()) / f"{name}.json"
        if not path.exists():
            continue
        count = apply_catalog(session, name, read_catalog(name, directory))
        if count is not None:
            loaded[name] = count
    return loaded


def apply_catalog(session: Session, name: str, data: dict[str, Any]) -> int | None:
    """Merge one catalogue (``{"version", "items"}``) when it is newer than the database's
    copy (a shipped file, or an update pulled from the provincial server). Returns the
    number of items merged, or None when it was not newer or is not a catalogue of the app."""
    model = CATALOGS.get(name)
    if model is None:
        return None
    current = session.get(CatalogVersion, name)
    if current is not None and current.version >= int(data["version"]):
        return None
    # one read of the codes held and two executemany writes (not a merge per row: the
    # communes are 3,321 rows, merged one by one they tripled the first start)
    rows = [_row(model, item) for item in data["items"]]
    held = set(session.scalars(select(model.code)))
    added = [row for row in rows if row["code"] not in held]
    changed = [row for row in rows if row["code"] in held]
    if added:
        session.execute(insert(model), added)
    if changed:
        session.execute(update(model), changed)
    if current is None:
        session.add(CatalogVersion(name=name, version=int(data["version"])))
    else:
        current.version = int(data["version"])
    session.flush()
    return len(data["items"])
