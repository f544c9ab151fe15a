"""Sign-in, the second factor (TOTP: enrol with a QR shown once, then a code at each
sign-in), sign-out, and the home page."""

from __future__ import annotations

import base64
import io
from typing import Annotated

import qrcode
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from qrcode.image.pil import PilImage

from app.errors import DomainError
from server.console import auth
from server.console.audit import record
from server.console.roles import role
from server.console.scope import Viewer
from server.console.web import (
    FORM,
    LOGIN_CSRF_COOKIE,
    NAV,
    RAW_FORM,
    SESSION_COOKIE,
    VIEWER,
    ConsoleRoute,
    address,
    new_login_token,
    page,
    redirect,
    set_cookie,
    text,
)
from server.db import Database
from server.deps import get_db
from server.errors import Forbidden

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
DB = Annotated[Database, Depends(get_db)]


def _safe_next(value: str) -> str:
    return value if value.startswith("/") and not value.startswith("//") else "/"


@router.get("/", response_class=HTMLResponse)
def home(request: Request, viewer: VIEWER) -> Response:
    for href, _label, verb in NAV:
        if viewer.can(verb):
            return redirect(href)
    return page(request, "empty.html", viewer)


def _login_page(request: Request, error: str = "", username: str = "",
                status: int = 200) -> Response:
    token = new_login_token()
    response = page(request, "login.html", None, status, csrf=token, error=error,
                    username=username, tiep=_safe_next(request.query_params.get("tiep", "/")))
    set_cookie(request, response, LOGIN_CSRF_COOKIE, token, max_age=3600)
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> Response:
    return _login_page(request)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, db: DB, form: RAW_FORM) -> Response:
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    given = form.get("csrf")
    if not auth.csrf_ok(expected, given if isinstance(given, str) else None):
        raise Forbidden("Biểu mẫu đăng nhập đã hết hạn (thiếu mã chống giả mạo). "
                        "Hãy tải lại trang.", "Login CSRF token missing.")
    username, password = text(form, "username"), form.get("password")
    where = address(request)
    opened = db.transact(lambda s: auth.sign_in(s, username, str(password or ""), where))
    if isinstance(opened, auth.SignInRefused):
        return _login_page(request, str(opened), username, 401)
    if opened.stage == "full":
        db.transact(lambda s: _audit_sign_in(s, opened.token, where))
    target = "/xac-thuc" if opened.stage != "full" else _safe_next(text(form, "tiep") or "/")
    response = redirect(target)
    set_cookie(request, response, SESSION_COOKIE, opened.token)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
    return response


def _audit_sign_in(session, token: str, where: str) -> None:
    found = auth.current(session, token, where)
    if found:
        record(session, found[0], "sign_in")


def _pending(request: Request, db: Database) -> tuple[str, Viewer, str]:
    token = request.cookies.get(SESSION_COOKIE, "")
    found = db.transact(lambda s: auth.current(s, token, address(request)),
                        write=False) if token else None
    if found is None:
        raise DomainError("Phiên đăng nhập đã hết; hãy đăng nhập lại.")
    return token, found[0], found[1]


def _qr_png(text_: str) -> str:
    qr = qrcode.QRCode(border=4, box_size=6)
    qr.add_data(text_)
    qr.make(fit=True)
    buf = io.BytesIO()
    qr.make_image(image_factory=PilImage).save(buf, format="PNG")
    return base64.b64encode(buf.getvalue()).decode("ascii")


@router.get("/xac-thuc", response_class=HTMLResponse)
def second_factor(request: Request, db: DB) -> Response:
    """The code of an enrolled second factor, or (first time, or by choice) its enrolment:
    the secret and its QR are shown on this page once; a reload makes a new one."""
    token, viewer, stage = _pending(request, db)
    if stage == "totp":
        return page(request, "totp.html", None, csrf=viewer.csrf, mode="code")
    secret, uri = db.transact(lambda s: auth.begin_totp(s, viewer.staff_id))
    return page(request, "totp.html", viewer if stage == "full" else None, csrf=viewer.csrf,
                mode="enrol", secret=secret, qr=_qr_png(uri),
                required=role(viewer.role_code).needs_totp)


@router.post("/xac-thuc", response_class=HTMLResponse)
def second_factor_check(request: Request, db: DB, form: RAW_FORM) -> Response:
    token, viewer, stage = _pending(request, db)
    given = form.get("csrf")
    if not auth.csrf_ok(viewer.csrf, given if isinstance(given, str) else None):
        raise Forbidden("Biểu mẫu không hợp lệ (thiếu mã chống giả mạo).", "CSRF.")
    code = text(form, "ma")
    try:
        if stage == "totp":
            ok = db.transact(lambda s: auth.check_totp(s, token, viewer.staff_id, code))
        else:
            ok = db.transact(lambda s: auth.confirm_totp(s, token, viewer.staff_id, code))
    except auth.SignInRefused as exc:
        return page(request, "totp.html", None, 401, csrf=viewer.csrf, mode="code",
                    error=str(exc))
    if not ok:
        if stage == "totp":
            return page(request, "totp.html", None, 401, csrf=viewer.csrf, mode="code",
                        error="Mã không đúng hoặc đã hết hạn.")
        return redirect("/xac-thuc?sai=1")
    db.transact(lambda s: record(s, viewer, "sign_in" if stage == "totp" else "totp_enrolled"))
    return redirect("/")


@router.post("/dang-xuat")
def logout(request: Request, db: DB, viewer: VIEWER, form: FORM) -> Response:
    token = request.cookies.get(SESSION_COOKIE, "")

    def do(s):
        auth.sign_out(s, token)
        record(s, viewer, "sign_out")

    db.transact(do)
    response = redirect("/login")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
