"""Pages of the audit log and of the catalogues (view, import a new version)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import UploadFile

from app.errors import DomainError, ValidationFailed
from server.console import audit, catalogs
from server.console.web import FORM, VIEWER, ConsoleRoute, page, redirect
from server.db import Database
from server.deps import get_db

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
DB = Annotated[Database, Depends(get_db)]


@router.get("/nhat-ky", response_class=HTMLResponse)
def audit_log(request: Request, db: DB, viewer: VIEWER,
              truoc: Annotated[str, Query(max_length=40)] = "") -> Response:
    viewer.require("audit.read")
    before = datetime.fromisoformat(truoc) if truoc else None
    rows = db.transact(lambda s: audit.entries(s, before=before), write=False)
    return page(request, "audit.html", viewer, rows=rows, actions=audit.ACTIONS,
                more=rows[-1].at.isoformat() if len(rows) == audit.PAGE else "")


@router.get("/danh-muc", response_class=HTMLResponse)
def catalog_list(request: Request, db: DB, viewer: VIEWER, error: str = "") -> Response:
    rows = db.transact(lambda s: catalogs.listing(s, viewer), write=False)
    return page(request, "catalogs.html", viewer, rows=rows, error=error,
                done=request.query_params.get("da_nhap", ""))


@router.get("/danh-muc/{name}", response_class=HTMLResponse)
def catalog_detail(request: Request, db: DB, viewer: VIEWER, name: str) -> Response:
    c = db.transact(lambda s: catalogs.one(s, viewer, name), write=False)
    keys = list(c.items[0]) if c.items else []
    return page(request, "catalog.html", viewer, c=c, keys=keys[:6], items=c.items[:500])


@router.post("/danh-muc", response_class=HTMLResponse)
def catalog_import(request: Request, db: DB, viewer: VIEWER, form: FORM) -> Response:
    upload = form.get("file")
    content = upload.file.read() if isinstance(upload, UploadFile) else b""
    try:
        c = db.transact(lambda s: catalogs.import_file(s, viewer, content))
    except ValidationFailed as exc:
        return catalog_list(request, db, viewer, error=" ".join(exc.errors.values()))
    except DomainError as exc:
        if type(exc) is not DomainError:
            raise
        return catalog_list(request, db, viewer, error=str(exc))
    return redirect(f"/danh-muc?da_nhap={c.name}+{c.version}")
