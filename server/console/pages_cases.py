"""Pages of cases: the list with search and filters, the detail, its photos, and the
audited reveal of the subject's ID number."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from app.errors import NotFound, ValidationFailed
from app.services.follow_through.deadlines import today_vn
from server.attachments import repository as blobs
from server.config import Settings
from server.console import cases, communes, index, lists, outcome, outcome_index
from server.console.outcome import OutcomeForm, outcome_words
from server.console.scope import Viewer
from server.console.web import FORM, VIEWER, ConsoleRoute, page, text
from server.db import Database
from server.deps import get_db, get_settings
from server.models import Unit

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
DB = Annotated[Database, Depends(get_db)]
SETTINGS = Annotated[Settings, Depends(get_settings)]


def form_titles() -> dict[str, str]:
    """Every printed form's title: the biên bản and the decisions."""
    from app.documents.forms import SPECS

    return {code: spec.title for code, spec in SPECS.items()}


def fresh_index(db: Database) -> None:
    """Bring the console's index, the statistics and what is due on each case up to the
    feed (a write only when something is new)."""
    if db.transact(index.behind, write=False):
        db.transact(lambda s: index.catch_up(s, wait=False))
    if db.transact(outcome_index.behind, write=False):
        db.transact(lambda s: outcome_index.catch_up(s, wait=False))


def _day(value: str, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationFailed({name: "Ngày không hợp lệ."}) from None


@router.get("/ho-so", response_class=HTMLResponse)
def case_list(
    request: Request, db: DB, viewer: VIEWER, settings: SETTINGS,
    q: Annotated[str, Query(max_length=200)] = "",
    don_vi: Annotated[str, Query(max_length=40)] = "",
    xa: Annotated[str, Query(max_length=10)] = "",
    trang_thai: Annotated[str, Query(max_length=16)] = "",
    tu: Annotated[str, Query(max_length=10)] = "",
    den: Annotated[str, Query(max_length=10)] = "",
    sau: Annotated[str, Query(max_length=80)] = "",
    hang: Annotated[str, Query(max_length=40)] = "",
    vi_pham: Annotated[str, Query(max_length=60)] = "",
    qua_han: Annotated[str, Query(max_length=20)] = "",
    ky: Annotated[str, Query(max_length=40)] = "",
    chi_tieu: Annotated[str, Query(max_length=40)] = "",
    theo: Annotated[list[str] | None, Query(max_length=80)] = None,
) -> Response:
    fresh_index(db)
    unit_id = uuid.UUID(don_vi) if don_vi else None
    behind = _behind(settings, ky, chi_tieu, theo or []) if ky else None
    f = cases.CaseFilter(q, unit_id, xa, trang_thai if trang_thai in cases.STATUSES else "",
                         _day(tu, "tu"), _day(den, "den"), sau, hang.strip(),
                         vi_pham if vi_pham in lists.violation_tags() else "",
                         qua_han if qua_han in cases.OVERDUE else "", behind)

    def load(s):
        from server.console.fleet import units

        found = cases.page(s, viewer, f)
        held = units(s, viewer)
        return found, held, communes.current(s), communes.provinces(s, [u.id for u in held])

    found, units, names_of, provinces = db.transact(load, write=False)
    offered = names_of.of_provinces(provinces or None, also=f.commune)
    names = {u.id: u.name for u in units}
    return page(request, "cases.html", viewer, rows=found.rows, next_cursor=found.next_cursor,
                f=f, units=units, unit_names=names, statuses=cases.STATUSES,
                communes=names_of, commune_options=offered, params=dict(request.query_params),
                overdue=found.overdue, overdue_options=cases.OVERDUE,
                goods_options=lists.goods(), violation_options=lists.violation_groups(),
                drill=lists.drill_words(behind, names) if behind else "",
                drill_params=[("ky", ky), ("chi_tieu", chi_tieu)] + [("theo", t) for t in theo or []])


def _behind(settings: Settings, key: str, figure: str, where: list[str]) -> cases.FigureCases:
    """The cases behind a report's figure, as the dashboard links them."""
    from app.statistics.figures import BY_CODE
    from app.statistics.periods import ReportCalendar, parse_period

    period = parse_period(ReportCalendar(cutoff_day=settings.report_cutoff_day), key)
    if figure and figure not in BY_CODE:
        raise ValidationFailed({"chi_tieu": "Không có chỉ tiêu này."})
    pairs = []
    for item in where:
        dim, _, value = item.partition(":")
        if dim not in cases.DRILL_DIMS:
            raise ValidationFailed({"theo": "Không lọc được theo tiêu chí này."})
        if dim == "unit_id":
            try:
                uuid.UUID(value)
            except ValueError:
                raise ValidationFailed({"theo": "Đơn vị không hợp lệ."}) from None
        pairs.append((dim, value))
    return cases.FigureCases(period, figure or None, tuple(pairs))


def _detail(request: Request, db: Database, viewer: Viewer, case_id: uuid.UUID,
            id_number: str | None = None, error: str = "", pdf_error: str = "",
            status: int = 200, step: OutcomeForm | None = None) -> Response:
    fresh_index(db)
    d = db.transact(lambda s: cases.detail(s, viewer, case_id), write=False)
    unit = db.transact(lambda s: s.get(Unit, d.unit_id) if d.unit_id else None, write=False)
    today = today_vn()
    o = db.transact(lambda s: outcome.for_case(s, viewer, case_id, today), write=False)
    return page(request, "case.html", viewer, status, d=d, c=d.data, unit=unit,
                forms=form_titles(), id_number=id_number, error=error, pdf_error=pdf_error,
                statuses=cases.STATUSES, communes=communes.names(db), o=o, today=today,
                step=step or OutcomeForm(done=request.query_params.get("da_ghi", "")),
                words=outcome_words())


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


@router.get("/ho-so/{case_id}/bien-ban/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, db: DB, viewer: VIEWER, case_id: uuid.UUID,
                  document_id: uuid.UUID) -> Response:
    """The address of a biên bản typed by hand: its case page (the PDF is opened with a
    reason, by the form there); 404 outside the viewer's scope."""
    fresh_index(db)
    db.transact(lambda s: cases.issued_document(s, viewer, case_id, document_id), write=False)
    return _detail(request, db, viewer, case_id)


@router.post("/ho-so/{case_id}/bien-ban/{document_id}")
def document_file(request: Request, db: DB, viewer: VIEWER, form: FORM, case_id: uuid.UUID,
                  document_id: uuid.UUID) -> Response:
    """The biên bản's PDF, shown in the browser or (``tai=1``) downloaded; audited."""
    fresh_index(db)
    reason = text(form, "ly_do_bb")
    try:
        doc, data = db.transact(
            lambda s: cases.document_pdf(s, viewer, case_id, document_id, reason))
    except ValidationFailed as exc:
        return _detail(request, db, viewer, case_id, pdf_error=exc.errors.get("ly_do_bb", ""),
                       status=422)
    disposition = "attachment" if text(form, "tai") == "1" else "inline"
    filename = doc.file_name.encode("ascii", "ignore").decode() or "bien-ban.pdf"
    return Response(data, media_type="application/pdf", headers={
        "Content-Disposition": f'{disposition}; filename="{filename}"',
        "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"})


@router.get("/ho-so/{case_id}/anh/{sha256}")
def case_photo(db: DB, viewer: VIEWER, case_id: uuid.UUID, sha256: str,
               tai: int = 0) -> Response:
    ref = db.transact(lambda s: cases.photo(s, viewer, case_id, sha256), write=False)
    blob = db.transact(lambda s: blobs.blob(s, None, sha256), write=False)  # the case is in scope
    if blob is None or not blob.complete:
        raise NotFound("Máy chủ chưa nhận đủ tệp này.")

    data = db.transact(lambda s: b"".join(blobs.chunks(s, blob)), write=False)
    disposition = "attachment" if tai else "inline"
    filename = ref["filename"].encode("ascii", "ignore").decode() or "tep"
    return Response(data, media_type=ref.get("media_type") or
                             "application/octet-stream",
                             headers={"Content-Disposition": f'{disposition}; filename="{filename}"',
                                      "Cache-Control": "private, no-store"})
