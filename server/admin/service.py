"""Administration: units, officers, catalogues and tips (used by the command line).

Officers, catalogues and tips are records of the feed, so devices receive them by pull.
A tip's informant is stored apart (``tip_informant``) and never enters a payload.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from app.errors import Conflict, DomainError, NotFound, ValidationFailed
from app.models.base import utcnow
from app.sync.wire import CatalogUpdate, OfficerPayload, TipPayload, WireModel, field_errors
from server.devices import repository as units
from server.devices.service import require_unit
from server.models import SyncRecord, TipInformant, Unit
from server.records import repository as feed
from server.records.service import put

CATALOG_NAMESPACE = uuid.UUID("0f6d7a52-5a43-4d8e-9a4b-6c1f0e3a9b11")


def _valid(model: type[WireModel], data: dict[str, Any]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(field_errors(exc.errors(include_url=False))) from None


def create_unit(
    session: Session,
    *,
    code: str,
    name: str,
    agency_code: str,
    team_code: str = "00",
    province_code: str = "",
    parent_name: str = "",
    address: str = "",
) -> Unit:
    if units.unit_by_code(session, code) is not None:
        raise Conflict(f"Đã có đơn vị mã {code}.")
    if not (
        agency_code.isdigit()
        and len(agency_code) == 2
        and team_code.isdigit()
        and len(team_code) == 2
    ):
        raise ValidationFailed(
            {"agency_code": "Mã cơ quan (PP) và mã đội (UU) gồm 2 chữ số mỗi mã."}
        )
    unit = Unit(
        code=code,
        name=name,
        agency_code=agency_code,
        team_code=team_code,
        province_code=province_code,
        parent_name=parent_name,
        address=address,
    )
    units.add(session, unit)
    return unit


def create_officer(session: Session, unit_code: str, **fields: Any) -> SyncRecord:
    unit = require_unit(session, unit_code)
    return put(session, "officer", uuid.uuid4(), _valid(OfficerPayload, fields), unit_id=unit.id)


def import_catalog(session: Session, path: Path) -> SyncRecord:
    """A catalogue file as in resources/catalogs; replaces the server's copy if newer."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    catalog: CatalogUpdate = _valid(CatalogUpdate, data)
    record_id = uuid.uuid5(CATALOG_NAMESPACE, catalog.catalog)
    current = feed.get(session, record_id)
    if current is not None and json.loads(current.payload)["version"] >= catalog.version:
        raise DomainError(
            f"Danh mục {catalog.catalog} trên máy chủ đã ở phiên bản "
            f"{json.loads(current.payload)['version']}, không cũ hơn tệp này."
        )
    return put(session, "catalog", record_id, catalog, unit_id=None)


def add_tip(
    session: Session,
    *,
    summary: str,
    informant_name: str = "",
    informant_contact: str = "",
    received_at: datetime | None = None,
    **fields: Any,
) -> SyncRecord:
    tip = _valid(
        TipPayload,
        {"summary": summary, "received_at": received_at or utcnow(), "status": "new", **fields},
    )
    tip_id = uuid.uuid4()
    session.add(TipInformant(tip_id=tip_id, name=informant_name, contact=informant_contact))
    return put(session, "tip", tip_id, tip, unit_id=None, status=tip.status)


def assign_tip(session: Session, tip_id: uuid.UUID, unit_code: str) -> SyncRecord:
    unit = require_unit(session, unit_code)
    row = feed.get(session, tip_id)
    if row is None or row.entity != "tip":
        raise NotFound(f"Không có tin báo {tip_id}.")
    tip = _valid(TipPayload, json.loads(row.payload) | {"status": "assigned"})
    return put(session, "tip", tip_id, tip, unit_id=unit.id, status=tip.status)


def tips(session: Session) -> list[tuple[SyncRecord, Unit | None]]:
    return [
        (r, units.unit(session, r.unit_id) if r.unit_id else None)
        for r in feed.by_entity(session, "tip")
    ]
