"""The console's web plumbing: templates, the signed-in viewer, CSRF on every form, and the
route class that turns domain errors into Vietnamese pages (the API keeps its JSON errors).
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable, Coroutine
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.datastructures import FormData

from app.errors import DomainError, NotFound, ValidationFailed
from app.text import dong, group_decimal
from app.vntime import vn
from server.console import auth
from server.console.scope import Viewer
from server.db import Database
from server.deps import get_db
from server.errors import Forbidden

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "td_phien"
LOGIN_CSRF_COOKIE = "td_dang_nhap"
NAV = [
    ("/ho-so", "Hồ sơ vụ việc", "cases.read"),
    ("/bao-cao", "Báo cáo", "reports.read"),
    ("/so-lieu-thanh-vien", "Số liệu lực lượng", "members.write"),
    ("/tin-bao", "Tin báo", "tips.read"),
    ("/thiet-bi", "Thiết bị", "devices.read"),
    ("/can-xu-ly", "Cần xử lý", "needs.read"),
    ("/nhat-ky", "Nhật ký", "audit.read"),
    ("/danh-muc", "Danh mục", "catalogs.read"),
]


def _when(value: datetime | None, fmt: str = "%d/%m/%Y %H:%M") -> str:
    return vn(value).strftime(fmt) if value else "—"


def _date(value: Any) -> str:
    if not value:
        return "—"
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.strftime("%d/%m/%Y") if not isinstance(value, datetime) else _when(
        value, "%d/%m/%Y")


templates = Environment(loader=FileSystemLoader(HERE / "templates"),
                        autoescape=select_autoescape(["html"]), trim_blocks=True,
                        lstrip_blocks=True)
templates.filters["when"] = _when
templates.filters["day"] = _date
templates.filters["iso"] = lambda v: datetime.fromisoformat(v) if isinstance(v, str) else v
templates.filters["dong"] = lambda v: dong(int(v or 0))
templates.filters["qty"] = lambda v: group_decimal(v) if v is not None else ""


class SignInNeeded(Exception):
    def __init__(self, stage: str = "") -> None:
        self.stage = stage


def page(request: Request, template: str, viewer: Viewer | None = None, status: int = 200,
         **context: Any) -> HTMLResponse:
    status = int(context.pop("status_code", status))
    nav = [(href, label) for href, label, verb in NAV if viewer and viewer.can(verb)]
    html = templates.get_template(template).render(
        request=request, viewer=viewer, nav=nav, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status, headers={
        "Cache-Control": "no-store", "X-Frame-Options": "DENY",
        "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
                                   "frame-ancestors 'none'; form-action 'self'"})


def address(request: Request) -> str:
    return request.client.host if request.client else ""


def current_viewer(request: Request, db: Annotated[Database, Depends(get_db)]) -> Viewer:
    """The signed-in staff member with every factor given; otherwise to the sign-in page."""
    token = request.cookies.get(SESSION_COOKIE, "")
    found = db.transact(lambda s: auth.current(s, token, address(request)),
                        write=False) if token else None
    if found is None:
        raise SignInNeeded()
    viewer, stage, stale = found
    if stage != "full":
        raise SignInNeeded(stage)
    if stale:
        db.transact(lambda s: auth.touch(s, token))
    return viewer


VIEWER = Annotated[Viewer, Depends(current_viewer)]


async def checked_form(request: Request, viewer: VIEWER) -> FormData:
    """The posted form, refused (403) without the session's CSRF token."""
    form = await request.form()
    given = form.get("csrf")
    if not auth.csrf_ok(viewer.csrf, given if isinstance(given, str) else None):
        raise Forbidden("Biểu mẫu không hợp lệ hoặc đã hết hạn (thiếu mã chống giả mạo). "
                        "Hãy tải lại trang rồi gửi lại.", "CSRF token missing or wrong.")
    return form


FORM = Annotated[FormData, Depends(checked_form)]


async def raw_form(request: Request) -> FormData:
    """The posted form, parsed before a synchronous endpoint runs (in the thread pool)."""
    return await request.form()


RAW_FORM = Annotated[FormData, Depends(raw_form)]


def text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def set_cookie(request: Request, response: Response, name: str, value: str,
               max_age: int | None = None) -> None:
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/")


def new_login_token() -> str:
    return secrets.token_urlsafe(24)


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


class ConsoleRoute(APIRoute):
    """Domain errors of a console page become a Vietnamese page with the right status."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                return await handler(request)
            except SignInNeeded as exc:
                if exc.stage in ("totp", "enrol"):
                    return redirect("/xac-thuc")
                return redirect("/login?tiep=" + quote(request.url.path))
            except (Forbidden, NotFound, ValidationFailed, DomainError,
                    RequestValidationError) as exc:
                status, title = _status(exc)
                viewer = None
                with contextlib.suppress(SignInNeeded):
                    viewer = current_viewer(request, request.app.state.db)
                message = (str(exc) if isinstance(exc, DomainError)
                           else "Địa chỉ hoặc dữ liệu gửi lên không hợp lệ.")
                fields = exc.errors if isinstance(exc, ValidationFailed) else {}
                return page(request, "error.html", viewer, status, title=title,
                            message=message, fields=fields)

        return route


def _status(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, Forbidden):
        return 403, "Không được phép"
    if isinstance(exc, NotFound):
        return 404, "Không tìm thấy"
    return 422, "Dữ liệu không hợp lệ"
