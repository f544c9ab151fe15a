"""Catalogues for the console: the versions the server distributes, and importing a new one
(the same check as ``python -m server import-catalog``: only a newer version replaces)."""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationFailed
from server.admin import service as admin
from server.console import audit
from server.console.scope import Viewer
from server.records import repository as feed

MAX_FILE = 20 * 1024 * 1024


@dataclass
class CatalogView:
    name: str
    version: int
    items: list[dict[str, Any]]
    received_at: datetime
    record_version: int


def listing(session: Session, viewer: Viewer) -> list[CatalogView]:
    viewer.require("catalogs.read")
    out = []
    for row in feed.by_entity(session, "catalog"):
        data = json.loads(row.payload)
        out.append(CatalogView(data["catalog"], data["version"], data["items"],
                               row.received_at, row.version))
    return sorted(out, key=lambda c: c.name)


def one(session: Session, viewer: Viewer, name: str) -> CatalogView:
    for c in listing(session, viewer):
        if c.name == name:
            return c
    raise NotFound(f"Không có danh mục {name}.")


def import_file(session: Session, viewer: Viewer, content: bytes) -> CatalogView:
    viewer.require("catalogs.manage")
    if not content or len(content) > MAX_FILE:
        raise ValidationFailed({"file": "Chọn một tệp danh mục (JSON, tối đa 20 MB)."})
    try:
        json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValidationFailed({"file": "Tệp không phải JSON UTF-8 của danh mục."}) from None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "catalog.json"
        path.write_bytes(content)
        row = admin.import_catalog(session, path)
    data = json.loads(row.payload)
    audit.record(session, viewer, "catalog_imported",
                 detail=f"{data['catalog']} phiên bản {data['version']}")
    return CatalogView(data["catalog"], data["version"], data["items"], row.received_at,
                       row.version)
