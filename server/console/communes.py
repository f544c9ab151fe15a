"""Commune names for the console: a case names its commune by code (``06214``), a person
reads ``xã Na Sầm``.

The names come from the commune catalogue the app ships (resources/catalogs/communes.json,
all 3,321 communes of the 2025 map), overlaid by the copy the server distributes when an
administrator imported a newer one. Kept per process and read again only when the server's
copy changes (one primary-key look-up a page).
"""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.text import fold
from server.admin.service import CATALOG_NAMESPACE
from server.db import Database
from server.models import SyncRecord, Unit

RECORD_ID = uuid.uuid5(CATALOG_NAMESPACE, "communes")


@dataclass(frozen=True)
class Commune:
    code: str
    name: str
    province_code: str


class Communes:
    """Code → commune, for one version of the catalogue."""

    def __init__(self, items: dict[str, Commune]) -> None:
        self.items = items

    def name(self, code: str | None) -> str:
        """``xã Na Sầm``; a code the catalogue does not know is shown as it is."""
        if not code:
            return ""
        found = self.items.get(code)
        return found.name if found else f"mã xã {code}"

    def get(self, code: str | None, default: str = "") -> str:  # as a template's dict
        return self.name(code) if code else default

    def of_provinces(self, provinces: set[str] | None, also: str = "") -> list[Commune]:
        """The communes of ``provinces`` (None: of every province) in alphabetical order of
        their names (the word xã / phường / đặc khu aside, diacritics folded), plus ``also``
        if it is a code."""
        rows = [c for c in self.items.values() if provinces is None
                or c.province_code in provinces or c.code == also]
        return sorted(rows, key=lambda c: (_sort_key(c.name), c.code))


def _sort_key(name: str) -> str:
    for kind in ("xã ", "phường ", "đặc khu ", "thị trấn "):
        if name.startswith(kind):
            return fold(name[len(kind):])
    return fold(name)


def _parse(items: list[dict[str, Any]]) -> dict[str, Commune]:
    return {i["code"]: Commune(i["code"], i["name"], i.get("province_code") or "")
            for i in items if i.get("code") and i.get("name")}


_lock = threading.Lock()
_cache: dict[str, Any] = {}  # "bundled": code → Commune; "current": (key, Communes)


def _bundled() -> dict[str, Commune]:
    if "bundled" not in _cache:
        from app.catalogs import read_catalog

        _cache["bundled"] = _parse(read_catalog("communes")["items"])
    return dict(_cache["bundled"])


def current(session: Session) -> Communes:
    """The names as of the server's copy of the catalogue (cached until it changes)."""
    digest = session.scalar(select(SyncRecord.payload_hash).where(SyncRecord.id == RECORD_ID))
    key = (str(session.connection().engine.url), digest)
    with _lock:
        held = _cache.get("current")
        if held is not None and held[0] == key:
            return held[1]
    items = _bundled()
    if digest is not None:
        payload = session.scalar(select(SyncRecord.payload).where(SyncRecord.id == RECORD_ID))
        items.update(_parse(json.loads(payload or "{}").get("items") or []))
    found = Communes(items)
    with _lock:
        _cache["current"] = (key, found)
    return found


def names(db: Database) -> Communes:
    return db.transact(current, write=False)


def provinces(session: Session, unit_ids: list[uuid.UUID]) -> set[str]:
    """The provinces of these units (the communes a filter offers)."""
    if not unit_ids:
        return set()
    stmt = select(Unit.province_code).where(Unit.id.in_(unit_ids)).distinct()
    return {p for p in session.scalars(stmt) if p}
