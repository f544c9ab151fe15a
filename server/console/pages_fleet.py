"""Pages of devices (enrolment codes with their QR, revocation, number blocks) and of what
needs a person (kept conflicts, records refused, numbers printed twice)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from server.config import Settings
from server.console import fleet
from server.console.web import FORM, VIEWER, ConsoleRoute, page, redirect, text
from server.db import Database
from server.deps import get_db, get_settings

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
DB = Annotated[Database, Depends(get_db)]
SETTINGS = Annotated[Settings, Depends(get_settings)]


@router.get("/thiet-bi", response_class=HTMLResponse)
def device_list(request: Request, db: DB, viewer: VIEWER) -> Response:
    rows = db.transact(lambda s: fleet.device_rows(s, viewer), write=False)
    units = db.transact(lambda s: fleet.units(s, viewer), write=False)
    leases = db.transact(lambda s: fleet.number_blocks(s, viewer), write=False)
    return page(request, "devices.html", viewer, rows=rows, units=units, leases=leases)


@router.post("/thiet-bi/ma-dang-ky", response_class=HTMLResponse)
def enrolment_code(request: Request, db: DB, settings: SETTINGS, viewer: VIEWER,
                   form: FORM) -> Response:
    unit_code = text(form, "don_vi")
    server_url = str(request.base_url).rstrip("/")
    sheet = db.transact(lambda s: fleet.enrolment_code(s, viewer, unit_code, server_url,
                                                        settings.enrol_code_ttl))
    return page(request, "enrol_code.html", viewer, sheet=sheet)


@router.post("/thiet-bi/{device_id}/thu-hoi", response_class=HTMLResponse)
def revoke(db: DB, viewer: VIEWER, form: FORM, device_id: uuid.UUID) -> Response:
    reason = text(form, "ly_do")
    db.transact(lambda s: fleet.revoke(s, viewer, device_id, reason))
    return redirect("/thiet-bi")


@router.get("/can-xu-ly", response_class=HTMLResponse)
def needs_person(request: Request, db: DB, viewer: VIEWER) -> Response:
    kept = db.transact(lambda s: fleet.conflicts(s, viewer), write=False)
    refused = db.transact(lambda s: fleet.refused(s, viewer), write=False)
    twice = db.transact(lambda s: fleet.clashes(s, viewer), write=False)
    return page(request, "needs.html", viewer, kept=kept, refused=refused, twice=twice)
