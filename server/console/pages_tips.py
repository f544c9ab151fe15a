"""Pages of the hotline desk: tips, a new tip, one tip (assign it; the hotline officer may
see the informant, each time with a reason written to the audit log)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from app.errors import ValidationFailed
from app.vntime import VN_TZ
from server.console import communes, fleet, tips
from server.console.scope import Viewer
from server.console.web import FORM, VIEWER, ConsoleRoute, page, redirect, text
from server.db import Database
from server.deps import get_db
from server.models import TipInformant

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
DB = Annotated[Database, Depends(get_db)]
DEFAULT_DAYS = 7  # the form's suggested deadline; the officer sets the real one


def _lists(request: Request, db: Database, viewer: Viewer, **extra: Any) -> Response:
    status = request.query_params.get("trang_thai", "")
    rows = db.transact(lambda s: tips.listing(s, viewer, status if status in tips.STATUSES
                                              else ""), write=False)
    now = datetime.now(VN_TZ)
    defaults = {"received_at": now.strftime("%Y-%m-%dT%H:%M"),
                "deadline": (now.date() + timedelta(days=DEFAULT_DAYS)).isoformat(),
                "channel": "phone", "informant_mode": "none"}
    return page(request, "tips.html", viewer, rows=rows, statuses=tips.STATUSES,
                channels=tips.CHANNELS, modes=tips.INFORMANT_MODES, filter_status=status,
                values=extra.pop("values", defaults), errors=extra.pop("errors", {}), **extra)


@router.get("/tin-bao", response_class=HTMLResponse)
def tip_list(request: Request, db: DB, viewer: VIEWER,
             trang_thai: Annotated[str, Query(max_length=16)] = "") -> Response:
    return _lists(request, db, viewer)


def _moment(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value).replace(tzinfo=VN_TZ)
    except ValueError:
        raise ValidationFailed({"received_at": "Ghi thời điểm tiếp nhận."}) from None


@router.post("/tin-bao", response_class=HTMLResponse)
def tip_add(request: Request, db: DB, viewer: VIEWER, form: FORM) -> Response:
    values = {k: text(form, k) for k in ("channel", "received_at", "summary", "place_address",
                                         "suspect", "goods", "informant_mode",
                                         "informant_name", "informant_contact", "deadline")}
    try:
        deadline = date.fromisoformat(values["deadline"]) if values["deadline"] else None
    except ValueError:
        deadline = None
    try:
        new = tips.NewTip(values["channel"], _moment(values["received_at"]), values["summary"],
                          values["place_address"], values["suspect"], values["goods"],
                          values["informant_mode"], values["informant_name"],
                          values["informant_contact"], deadline)
        tip_id = db.transact(lambda s: tips.add(s, viewer, new))
    except ValidationFailed as exc:
        values["informant_name"] = values["informant_contact"] = ""  # not echoed back
        return _lists(request, db, viewer, values=values, errors=exc.errors, status_code=422)
    return redirect(f"/tin-bao/{tip_id}")


def _tip_page(request: Request, db: Database, viewer: Viewer, tip_id: uuid.UUID,
              informant: TipInformant | None = None, revealed: bool = False,
              error: str = "") -> Response:
    tip = db.transact(lambda s: tips.one(s, viewer, tip_id), write=False)
    units = db.transact(lambda s: fleet.units(s, viewer), write=False)
    return page(request, "tip.html", viewer, t=tip, units=units, statuses=tips.STATUSES,
                channels=tips.CHANNELS, informant=informant, revealed=revealed, error=error,
                communes=communes.names(db))


@router.get("/tin-bao/{tip_id}", response_class=HTMLResponse)
def tip_detail(request: Request, db: DB, viewer: VIEWER, tip_id: uuid.UUID) -> Response:
    return _tip_page(request, db, viewer, tip_id)


@router.post("/tin-bao/{tip_id}/giao", response_class=HTMLResponse)
def tip_assign(db: DB, viewer: VIEWER, form: FORM, tip_id: uuid.UUID) -> Response:
    unit_code = text(form, "don_vi")
    db.transact(lambda s: tips.assign(s, viewer, tip_id, unit_code))
    return redirect(f"/tin-bao/{tip_id}")


@router.post("/tin-bao/{tip_id}/nguoi-bao-tin", response_class=HTMLResponse)
def tip_informant(request: Request, db: DB, viewer: VIEWER, form: FORM,
                  tip_id: uuid.UUID) -> Response:
    reason = text(form, "ly_do")
    try:
        who = db.transact(lambda s: tips.reveal_informant(s, viewer, tip_id, reason))
    except ValidationFailed as exc:
        return _tip_page(request, db, viewer, tip_id, error=exc.errors.get("ly_do", ""))
    return _tip_page(request, db, viewer, tip_id, informant=who, revealed=True)
