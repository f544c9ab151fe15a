"""Pages of the dashboard and reports (server.console.reports_view): the figures of a period
against the same period last year, charts, the tables by unit, violation group, goods and
commune, every figure a link to its cases; the XLSX and PDF downloaded; a report submitted
(frozen) and its versions downloaded as they were sent."""

from __future__ import annotations

import uuid
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from app.errors import NotFound, ValidationFailed
from app.services.follow_through.deadlines import today_vn
from app.statistics.periods import ReportCalendar
from app.statistics.report import Report
from server.config import Settings
from server.console import reports_view as rv
from server.console.pages_cases import fresh_index
from server.console.scope import Viewer, readable_units
from server.console.web import FORM, VIEWER, ConsoleRoute, page, redirect, text
from server.db import Database
from server.deps import get_db, get_settings

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
DB = Annotated[Database, Depends(get_db)]
SETTINGS = Annotated[Settings, Depends(get_settings)]
KEEP = ("ky", "loai", "nam", "thang", "quy", "ngay", "tu", "den", "tet", "don_vi", "chung",
        "da_gui")


def calendar(settings: Settings) -> ReportCalendar:
    return ReportCalendar(cutoff_day=settings.report_cutoff_day)


def _asked(source: Any) -> dict[str, str]:
    return {k: str(source.get(k) or "").strip() for k in KEEP if source.get(k)}


def _report(db: Database, viewer: Viewer, settings: Settings, q: dict[str, str],
            with_cases: bool = False) -> tuple[rv.ReportScope, Report]:
    fresh_index(db)  # the statistics catch up with the feed first
    cal = calendar(settings)
    period = rv.period_of(cal, q, today_vn())

    def load(s):
        scope = rv.scope_of(s, viewer, q.get("don_vi", ""), q.get("chung") == "1")
        return scope, rv.build(s, scope, period, cal, with_cases)

    return db.transact(load, write=False)


@router.get("/bao-cao", response_class=HTMLResponse)
def dashboard(request: Request, db: DB, viewer: VIEWER, settings: SETTINGS) -> Response:
    return _page(request, db, viewer, settings, _asked(request.query_params))


def _page(request: Request, db: Database, viewer: Viewer, settings: Settings,
          q: dict[str, str], status: int = 200, submit_error: str = "") -> Response:
    try:
        scope, report = _report(db, viewer, settings, q)
    except ValidationFailed as exc:  # a period that cannot be read: say so at the form
        q = {k: v for k, v in q.items() if k in ("don_vi", "chung")}
        scope, report = _report(db, viewer, settings, q)
        return _render(request, db, viewer, q, scope, report, 422, period_errors=exc.errors)
    return _render(request, db, viewer, q, scope, report, status, submit_error=submit_error)


def _render(request: Request, db: Database, viewer: Viewer, q: dict[str, str],
            scope: rv.ReportScope, report: Report, status: int = 200,
            period_errors: dict[str, str] | None = None, submit_error: str = "") -> Response:
    def load(s):
        units = list(s.scalars(readable_units(viewer))) if viewer.role.scope == "all" else []
        return units, rv.versions(s, scope, report.period)

    units, versions = db.transact(load, write=False)
    title = "Tổng cộng" if not scope.unit_code else scope.unit_name
    shown = {
        "unit": rv.chart(report, "unit", "vu_xu_ly", "Số vụ xử lý theo đơn vị"),
        "money": rv.chart(report, "unit", "thu_nop_ngan_sach", "Thu nộp ngân sách theo đơn vị"),
        "group": rv.chart(report, "group", "vu_vi_pham", "Số vụ vi phạm theo nhóm hành vi"),
        "goods": rv.chart(report, "goods", "vu_vi_pham", "Mặt hàng vi phạm (số vụ)", 8),
    }
    if scope.unit_code:
        shown.pop("unit")
        shown.pop("money")
    from app.statistics.summary import summary

    return page(request, "reports.html", viewer, status, r=report, scope=scope, q=q,
                query=urlencode(q), kinds=rv.KINDS,
                tet_parts=rv.TET_PARTS, units=units, tiles=rv.figure_rows(report, rv.TILES),
                figures=rv.figure_rows(report), charts=shown, summary=summary(report),
                tables=[report.tables[t] for t in rv.TABLES if t in report.tables],
                table_figures=rv.TABLE_FIGURES, line_href=rv.line_href, shown_value=rv.shown,
                versions=versions, period_errors=period_errors or {}, title_words=title,
                submit_error=submit_error, today=today_vn(), submitted=q.get("da_gui"),
                pf=rv.form_values(report.period), fields_of=rv.FIELDS_OF)


def _file(data: bytes, name: str, media: str) -> Response:
    return Response(data, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "private, no-store"})


def _file_name(report: Report, scope: rv.ReportScope, ext: str) -> str:
    key = report.period.key.replace(":", "_")
    return f"bao-cao-{scope.code}-{key}.{ext}"


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("/bao-cao/tai.xlsx")
def download_xlsx(request: Request, db: DB, viewer: VIEWER, settings: SETTINGS) -> Response:
    from app.statistics.xlsx import write_xlsx

    scope, report = _report(db, viewer, settings, _asked(request.query_params), with_cases=True)
    return _file(write_xlsx(report), _file_name(report, scope, "xlsx"), XLSX)


@router.get("/bao-cao/tai.pdf")
def download_pdf(request: Request, db: DB, viewer: VIEWER, settings: SETTINGS) -> Response:
    from app.statistics.pdf import write_pdf

    scope, report = _report(db, viewer, settings, _asked(request.query_params), with_cases=True)
    return _file(write_pdf(report), _file_name(report, scope, "pdf"), "application/pdf")


@router.post("/bao-cao/gui", response_class=HTMLResponse)
def submit(request: Request, db: DB, viewer: VIEWER, settings: SETTINGS, form: FORM) -> Response:
    """Submit the report: its figures, XLSX and PDF frozen with their SHA-256 (a later one
    for the same period is a new version saying what changed, with its reason)."""
    from app.statistics.pdf import write_pdf
    from app.statistics.xlsx import write_xlsx

    viewer.require("reports.submit")
    q = _asked(form)
    scope, report = _report(db, viewer, settings, q, with_cases=True)
    xlsx, pdf = write_xlsx(report), write_pdf(report)
    try:
        row = db.transact(lambda s: rv.submit(s, viewer, scope, report, xlsx, pdf,
                                              text(form, "ly_do")))
    except ValidationFailed as exc:
        return _page(request, db, viewer, settings, q, 422,
                     submit_error=" ".join(exc.errors.values()))
    q = {**q, "ky": report.period.key, "da_gui": str(row.version)}
    return redirect("/bao-cao?" + urlencode({k: v for k, v in q.items()
                                             if k in ("ky", "don_vi", "chung", "da_gui")}))


@router.get("/bao-cao/ban/{report_id}.{ext}")
def frozen_file(db: DB, viewer: VIEWER, report_id: uuid.UUID, ext: str) -> Response:
    row = db.transact(lambda s: rv.frozen(s, viewer, report_id), write=False)
    name = f"bao-cao-{row.scope}-{row.period_key.replace(':', '_')}-ban-{row.version}.{ext}"
    if ext == "xlsx":
        return _file(row.xlsx, name, XLSX)
    if ext == "pdf":
        return _file(row.pdf, name, "application/pdf")
    raise NotFound("Không có tệp này.")

