"""Accounts of the console: the command line (create, list, reset, disable), argon2 hashes,
sign-in throttled per account and per address, sessions that end (sign-out, reset, disable,
idle time), cookie flags, and CSRF: a post without the form's token is refused, in the
browser too, and writes nothing."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select, update

from server.cli import main
from server.console import auth
from server.console.cli import FIRST_ADMIN_HINT, first_start_hint
from server.console.models import StaffAccount, StaffSession
from tests.server.console.conftest import PASSWORD
from tests.server.console.support import sign_in


class Browser(httpx.Client):
    """A client that keeps cookies and fills the login form's CSRF token, like a browser."""

    def __init__(self, base: str, **kw: object) -> None:
        super().__init__(base_url=base, follow_redirects=False, **kw)  # type: ignore[arg-type]

    def login(self, username: str, password: str = PASSWORD) -> httpx.Response:
        form = self.get("/login").text
        token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
        return self.post("/login", data={"username": username, "password": password,
                                          "csrf": token})


def _cli(monkeypatch, capsys, url: str, *args: str, stdin: str = "") -> tuple[int, str]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--database-url", url, *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_staff_commands_keep_an_argon2_hash_and_end_sessions(api, monkeypatch, capsys):
    unit = api.new_unit()
    url = api.settings.database_url
    code, out = _cli(monkeypatch, capsys, url, "create-staff", "--username", "Truong.Doi",
                     "--role", "team_lead", "--unit", unit, "--full-name", "Lý Văn Trường",
                     "--password-stdin", stdin=PASSWORD + "\n")
    assert code == 0 and "Đã tạo tài khoản truong.doi (Đội trưởng)" in out
    stored = api.db.transact(lambda s: s.scalar(select(StaffAccount.password_hash).where(
        StaffAccount.username == "truong.doi")), write=False)
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    code, out = _cli(monkeypatch, capsys, url, "create-staff", "--username", "khongdoi",
                     "--role", "team_officer", "--password-stdin", stdin=PASSWORD + "\n")
    assert code == 2 and "cần --unit" in out
    code, out = _cli(monkeypatch, capsys, url, "create-staff", "--username", "ngan",
                     "--role", "viewer", "--password-stdin", stdin="ngan\n")
    assert code == 2 and "ít nhất 10 ký tự" in out
    code, out = _cli(monkeypatch, capsys, url, "staff")
    assert re.search(rf"truong\.doi\s+Đội trưởng\s+{unit}\s+hoạt động", out)

    web = Browser(api.base_url)
    assert web.login("truong.doi").status_code == 303
    assert web.get("/ho-so").status_code == 200
    _cli(monkeypatch, capsys, url, "reset-password", "--username", "truong.doi",
         "--password-stdin", stdin="mat-khau-moi-hoan-toan\n")
    assert web.get("/ho-so").headers["location"].startswith("/login")  # the session ended
    assert web.login("truong.doi").status_code == 401
    assert web.login("truong.doi", "mat-khau-moi-hoan-toan").status_code == 303
    code, out = _cli(monkeypatch, capsys, url, "disable-staff", "--username", "truong.doi")
    assert code == 0 and "Đã khóa tài khoản" in out
    assert web.get("/ho-so").headers["location"].startswith("/login")
    assert web.login("truong.doi", "mat-khau-moi-hoan-toan").status_code == 401


def test_sign_in_is_throttled_per_account_and_per_address(api, staff):
    victim = staff("leader")
    web = Browser(api.base_url)
    for _ in range(auth.MAX_FAILURES_ACCOUNT):
        answer = web.login(victim, "sai-mat-khau-roi")
        assert answer.status_code == 401 and "không đúng" in answer.text
    answer = web.login(victim)  # the right password, too late
    assert answer.status_code == 401 and "quá nhiều lần" in answer.text
    assert "td_phien" not in answer.headers.get("set-cookie", "")

    # many accounts tried from one address: the address is refused for everyone
    others = [staff("viewer") for _ in range(2)]
    hits = api.db.transact(lambda s: auth.count_hits(
        s, "login-addr:127.0.0.1", auth.THROTTLE_WINDOW, auth.utcnow()), write=False)
    for i in range(auth.MAX_FAILURES_ADDRESS - hits):
        web.login(f"khong-co-{i}", "sai")
    answer = web.login(others[0])
    assert answer.status_code == 401 and "quá nhiều lần" in answer.text


@pytest.fixture(autouse=True)
def _forget_failures(api):  # type: ignore[no-untyped-def]
    """Tests share one server and one address: each starts with no failed sign-ins."""
    from server.console.models import ThrottleHit

    api.db.transact(lambda s: s.execute(ThrottleHit.__table__.delete()))
    yield
    api.db.transact(lambda s: s.execute(ThrottleHit.__table__.delete()))


def test_a_session_cookie_is_httponly_strict_and_ends_when_idle(api, staff):
    name = staff("viewer")
    web = Browser(api.base_url)
    answer = web.login(name)
    cookie = answer.headers["set-cookie"]
    assert "td_phien=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie  # plain http on 127.0.0.1; set under https
    assert web.get("/ho-so").status_code == 200
    long_ago = auth.utcnow() - auth.IDLE - timedelta(seconds=1)
    api.db.transact(lambda s: s.execute(update(StaffSession).values(last_seen_at=long_ago)
        .where(StaffSession.staff_id == select(StaffAccount.id).where(
            StaffAccount.username == name).scalar_subquery())))
    assert web.get("/ho-so").headers["location"] == "/login?tiep=/ho-so"


def test_posts_without_the_csrf_token_are_refused_and_write_nothing(api, staff, desk):
    from server.models import SyncRecord

    def tips() -> int:
        return int(api.db.transact(lambda s: s.scalar(select(func.count()).select_from(
            SyncRecord).where(SyncRecord.entity == "tip")), write=False))

    before = tips()
    hotline = staff("hotline")
    page = desk.new_page()
    sign_in(page, api.base_url, hotline)
    form = {"channel": "phone", "received_at": "2026-12-01T08:00", "deadline": "2026-12-08",
            "summary": "Tin báo gửi từ trang khác", "informant_mode": "none"}
    answer = page.request.post(api.base_url + "/tin-bao", form=form)
    assert answer.status == 403 and "chống giả mạo" in answer.text()
    answer = page.request.post(api.base_url + "/tin-bao", form=form | {"csrf": "doan-bua"})
    assert answer.status == 403
    assert tips() == before
    # the same form with the page's token goes through: the refusal was the token alone
    token = page.locator("#ghi-tin-bao input[name=csrf]").get_attribute("value")
    assert page.request.post(api.base_url + "/tin-bao", form=form | {"csrf": token}).ok
    assert tips() == before + 1
    # the sign-in form is protected too
    raw = httpx.post(api.base_url + "/login", data={"username": hotline, "password": PASSWORD})
    assert raw.status_code == 403 and "td_phien" not in raw.headers.get("set-cookie", "")


def test_serve_tells_how_to_make_the_first_administrator(tmp_path, monkeypatch, capsys):
    from server.db import migrate

    url = f"sqlite:///{(tmp_path / 'fresh.sqlite3').as_posix()}"
    migrate(url)
    assert first_start_hint(url) == FIRST_ADMIN_HINT
    assert "create-staff --username quantri --role admin --password-stdin" in FIRST_ADMIN_HINT
    code, _ = _cli(monkeypatch, capsys, url, "create-staff", "--username", "quantri", "--role",
                   "admin", "--password-stdin", stdin=PASSWORD + "\n")
    assert code == 0 and first_start_hint(url) is None
