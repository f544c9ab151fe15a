"""Several workers on PostgreSQL (``serve --workers 2``): sessions, CSRF tokens and sign-in
throttling live in the database, so every worker honours them. Each request goes on a new
connection, which the kernel hands to either worker."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy.engine import make_url

from server.console import auth
from server.console import staff as accounts
from server.db import Database, migrate
from tests.server.console.conftest import PASSWORD
from tests.server.console.test_console_accounts import Browser
from tests.sync.support import free_port

ROOT = Path(__file__).resolve().parents[3]
PG = os.environ.get("THUCDIA_TEST_PG_URL")


@pytest.fixture
def pg_url():  # type: ignore[no-untyped-def]
    if not PG:
        pytest.skip("THUCDIA_TEST_PG_URL is not set: several workers need PostgreSQL")
    import psycopg

    base = make_url(PG)
    name = f"{base.database or 'thucdia_test'}_w{os.getpid()}_{secrets.token_hex(3)}"
    admin = base.set(drivername="postgresql", database="postgres").render_as_string(
        hide_password=False)
    with psycopg.connect(admin, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _fresh(base: str) -> Browser:
    """A browser that opens a new connection for every request."""
    return Browser(base, limits=httpx.Limits(max_keepalive_connections=0))


def test_sessions_and_throttling_hold_across_two_workers(pg_url, tmp_path):
    migrate(pg_url)
    db = Database(pg_url)
    db.transact(lambda s: accounts.create(s, "lanhdao", "leader", PASSWORD))
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "server", "--database-url", pg_url, "serve",
                             "--port", str(port), "--workers", "2"], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/login").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and proc.poll() is None, "serve did not start"
            time.sleep(0.2)
        workers = [p for p in Path("/proc").iterdir() if p.name.isdigit()
                   and (p / "stat").exists()
                   and (p / "stat").read_text().split(") ")[-1].split()[1] == str(proc.pid)]
        assert len(workers) >= 2  # the supervisor's worker processes

        web = _fresh(base)
        assert web.login("lanhdao").status_code == 303
        answers = [web.get("/ho-so").status_code for _ in range(30)]
        assert answers == [200] * 30  # the session is known to whichever worker answers
        page = web.get("/tin-bao").text
        assert "Tin báo" in page
        assert web.post("/dang-xuat", data={"csrf": "sai"}).status_code == 403
        assert web.get("/ho-so").status_code == 200

        other = _fresh(base)
        for _ in range(auth.MAX_FAILURES_ACCOUNT):
            assert other.login("lanhdao", "sai-mat-khau").status_code == 401
        refused = other.login("lanhdao")
        assert refused.status_code == 401 and "quá nhiều lần" in refused.text
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
        db.dispose()
