"""Pages of cases: the list with search and filters, the detail, its photos, and the
audited reveal of the subject's ID number."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from app.errors import NotFound, ValidationFailed
from server.attachments import repository as blobs
from server.console import cases, index
from server.console.scope import Viewer
from server.console.web import FORM, VIEWER, ConsoleRoute, page, text
from server.db import Database
from server.deps import get_db
from server.models import Unit

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
DB = Annotated[Database, Depends(get_db)]


def form_titles() -> dict[str, str]:
    """Every printed form's title: the biên bản and the decisions."""
    from app.documents.forms import SPECS

    return {code: spec.title for code, spec in SPECS.items()}


def fresh_index(db: Database) -> None:
    """Bring the console's index up to the feed (a write only when something is new)."""
    if db.transact(index.behind, write=False):
        db.transact(index.catch_up)


def _day(value: str, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationFailed({name: "Ngày không hợp lệ."}) from None


@router.get("/ho-so", response_class=HTMLResponse)
def case_list(
    request: Request, db: DB, viewer: VIEWER,
    q: Annotated[str, Query(max_length=200)] = "",
    don_vi: Annotated[str, Query(max_length=40)] = "",
    xa: Annotated[str, Query(max_length=10)] = "",
    trang_thai: Annotated[str, Query(max_length=16)] = "",
    tu: Annotated[str, Query(max_length=10)] = "",
    den: Annotated[str, Query(max_length=10)] = "",
    sau: Annotated[str, Query(max_length=80)] = "",
) -> Response:
    fresh_index(db)
    unit_id = uuid.UUID(don_vi) if don_vi else None
    f = cases.CaseFilter(q, unit_id, xa, trang_thai if trang_thai in cases.STATUSES else "",
                         _day(tu, "tu"), _day(den, "den"), sau)

    def load(s):
        from server.console.fleet import units

        found = cases.page(s, viewer, f)
        return found, units(s, viewer)

    found, units = db.transact(load, write=False)
    names = {u.id: u.name for u in units}
    return page(request, "cases.html", viewer, rows=found.rows, next_cursor=found.next_cursor,
                f=f, units=units, unit_names=names, statuses=cases.STATUSES,
                params=dict(request.query_params))


def _detail(request: Request, db: Database, viewer: Viewer, case_id: uuid.UUID,
            id_number: str | None = None, error: str = "") -> Response:
    fresh_index(db)
    d = db.transact(lambda s: cases.detail(s, viewer, case_id), write=False)
    unit = db.transact(lambda s: s.get(Unit, d.unit_id) if d.unit_id else None, write=False)
    return page(request, "case.html", viewer, d=d, c=d.data, unit=unit, forms=form_titles(),
                id_number=id_number, error=error, statuses=cases.STATUSES)


@router.get("/ho-so/{case_id}", response_class=HTMLResponse)
def case_detail(request: Request, db: DB, viewer: VIEWER, case_id: uuid.UUID) -> Response:
    return _detail(request, db, viewer, case_id)


@router.post("/ho-so/{case_id}/xem-giay-to", response_class=HTMLResponse)
def reveal(request: Request, db: DB, viewer: VIEWER, form: FORM,
           case_id: uuid.UUID) -> Response:
    reason = text(form, "ly_do")
    try:
        number = db.transact(lambda s: cases.reveal_id_number(s, viewer, case_id, reason))
    except ValidationFailed as exc:
        return _detail(request, db, viewer, case_id, error=exc.errors.get("ly_do", ""))
    return _detail(request, db, viewer, case_id, id_number=number)


@router.get("/ho-so/{case_id}/anh/{sha256}")
def case_photo(db: DB, viewer: VIEWER, case_id: uuid.UUID, sha256: str,
               tai: int = 0) -> Response:
    ref = db.transact(lambda s: cases.photo(s, viewer, case_id, sha256), write=False)
    blob = db.transact(lambda s: blobs.blob(s, sha256), write=False)
    if blob is None or not blob.complete:
        raise NotFound("Máy chủ chưa nhận đủ tệp này.")

    data = db.transact(lambda s: b"".join(blobs.chunks(s, sha256)), write=False)
    disposition = "attachment" if tai else "inline"
    filename = ref["filename"].encode("ascii", "ignore").decode() or "tep"
    return Response(data, media_type=ref.get("media_type") or
                             "application/octet-stream",
                             headers={"Content-Disposition": f'{disposition}; filename="{filename}"',
                                      "Cache-Control": "private, no-store"})
