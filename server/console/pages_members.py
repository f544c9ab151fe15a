"""The member agencies' forms (Công an, Hải quan, Bộ đội Biên phòng, Thuế…): an agency
enters its own force's figures for a period, or downloads the XLSX template and uploads it
filled in (server.statistics.members: the template, its reading and the versions). A
member agency's account sees and sends its own force only (server.console.scope
.member_forces); the BCĐ 389's standing office any force. Every submission is kept, a
correction being a new version that says what changed; each is in the audit log."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from starlette.datastructures import UploadFile

from app.errors import ValidationFailed
from app.services.follow_through.deadlines import today_vn
from app.statistics.figures import BY_CODE, MEMBER_FIGURES
from app.statistics.periods import Period
from server.config import Settings
from server.console import audit
from server.console import reports_view as rv
from server.console.pages_reports import XLSX, calendar
from server.console.scope import Viewer, member_forces
from server.console.web import FORM, VIEWER, ConsoleRoute, page, redirect, text
from server.db import Database
from server.deps import get_db, get_settings
from server.statistics import members
from server.statistics.models import MemberReport

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
DB = Annotated[Database, Depends(get_db)]
SETTINGS = Annotated[Settings, Depends(get_settings)]
PERIOD_FIELDS = ("ky", "loai", "nam", "thang", "quy", "ngay", "tu", "den", "tet")


def _period(settings: Settings, source: Any) -> Period:
    q = {k: str(source.get(k) or "").strip() for k in PERIOD_FIELDS if source.get(k)}
    if not q:
        q = {"loai": "thang"}
    return rv.period_of(calendar(settings), q, today_vn())


def _history(session: Any, viewer: Viewer, period: Period) -> dict[str, list[MemberReport]]:
    forces = [code for code, _ in member_forces(viewer, members.member_forces())]
    rows = session.scalars(select(MemberReport).where(
        MemberReport.period_key == period.key, MemberReport.force_code.in_(forces))
        .order_by(MemberReport.force_code, MemberReport.version))
    out: dict[str, list[MemberReport]] = {code: [] for code in forces}
    for row in rows:
        out[row.force_code].append(row)
    return out


def _page(request: Request, db: Database, viewer: Viewer, period: Period, status: int = 200,
          errors: dict[str, str] | None = None, typed: dict[str, str] | None = None,
          done: str = "") -> Response:
    forces = member_forces(viewer, members.member_forces())
    history = db.transact(lambda s: _history(s, viewer, period), write=False)
    latest = {code: json.loads(rows[-1].figures) if rows else {} for code, rows in history.items()}
    return page(request, "members.html", viewer, status, period=period, forces=forces,
                history=history, latest=latest, figures=[BY_CODE[c] for c in MEMBER_FIGURES],
                errors=errors or {}, typed=typed or {}, done=done, kinds=rv.KINDS,
                pf=rv.form_values(period), today=today_vn(), fields_of=rv.FIELDS_OF)


@router.get("/so-lieu-thanh-vien", response_class=HTMLResponse)
def form_page(request: Request, db: DB, viewer: VIEWER, settings: SETTINGS) -> Response:
    viewer.require("members.write")
    try:
        period = _period(settings, request.query_params)
    except ValidationFailed as exc:
        return _page(request, db, viewer, _period(settings, {}), 422, errors=exc.errors)
    return _page(request, db, viewer, period, done=request.query_params.get("da_gui", ""))


@router.get("/so-lieu-thanh-vien/mau.xlsx")
def template(request: Request, viewer: VIEWER, settings: SETTINGS) -> Response:
    """The template of the period, with a row for each force the viewer submits for."""
    period = _period(settings, request.query_params)
    forces = member_forces(viewer, members.member_forces())
    data = members.template_xlsx(period, forces)
    name = f"mau-so-lieu-{period.key.replace(':', '_')}.xlsx"
    return Response(data, media_type=XLSX, headers={
        "Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"})


def _own(viewer: Viewer, force: str) -> None:
    if force not in dict(member_forces(viewer, members.member_forces())):
        raise ValidationFailed({"force": "Chỉ được gửi số liệu của lực lượng mình."})


def _submitted(db: Database, viewer: Viewer, rows: list[MemberReport]) -> None:
    def log(s):
        for row in rows:
            audit.record(s, viewer, "member_figures", target_id=row.id,
                         detail=f"{row.agency}, kỳ {row.period_key}, bản {row.version}",
                         reason=row.change_note[:300])

    db.transact(log)


@router.post("/so-lieu-thanh-vien", response_class=HTMLResponse)
def submit(request: Request, db: DB, viewer: VIEWER, settings: SETTINGS, form: FORM) -> Response:
    period = _period(settings, form)
    force = text(form, "force")
    typed = {k: text(form, k) for k in (*MEMBER_FIGURES, "agency", "ly_do", "force")}
    figures = {code: typed[code] for code in MEMBER_FIGURES}
    try:
        _own(viewer, force)
        row = db.transact(lambda s: members.submit(
            s, force, period, figures, viewer.full_name or viewer.username, typed["agency"],
            reason=typed["ly_do"]))
    except ValidationFailed as exc:
        return _page(request, db, viewer, period, 422, errors=exc.errors, typed=typed)
    _submitted(db, viewer, [row])
    return redirect(f"/so-lieu-thanh-vien?ky={period.key}&da_gui={row.force_code}")


@router.post("/so-lieu-thanh-vien/tai-len", response_class=HTMLResponse)
def upload(request: Request, db: DB, viewer: VIEWER, settings: SETTINGS, form: FORM) -> Response:
    """A filled-in template: every row of the viewer's forces submitted, all or nothing; a
    row of another force refuses the file."""
    period = _period(settings, form)
    sent = form.get("file")
    data = sent.file.read() if isinstance(sent, UploadFile) else b""
    by = viewer.full_name or viewer.username
    try:
        if not data:
            raise ValidationFailed({"file": "Chọn tệp mẫu số liệu (.xlsx) đã điền."})
        read = members.read_template(data, calendar(settings))
        for force, _agency, _figures in read.rows:
            _own(viewer, force)
        rows = db.transact(lambda s: [
            members.submit(s, force, read.period, figures, by, agency, source="xlsx",
                           reason=text(form, "ly_do"))
            for force, agency, figures in read.rows])
    except ValidationFailed as exc:
        return _page(request, db, viewer, period, 422, errors=exc.errors)
    _submitted(db, viewer, rows)
    return redirect(f"/so-lieu-thanh-vien?ky={read.period.key}&da_gui=" +
                    ",".join(r.force_code for r in rows))

