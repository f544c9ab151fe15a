"""Several workers on PostgreSQL (``serve --workers 2``): sessions, CSRF tokens and sign-in
throttling live in the database, so every worker honours them; a laptop's push (records and
the PDF of its biên bản) lands on one worker and the case list of every worker shows it at
once. Each request goes on a new connection, which the kernel hands to either worker; the
workers' CPU time shows both answered."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from server.admin.service import create_unit
from server.config import Settings
from server.console import auth
from server.console import staff as accounts
from server.db import Database, migrate
from tests.server.conftest import Api, pg_database
from tests.server.console.conftest import PASSWORD
from tests.server.console.support import finalised_case, issue, laptop
from tests.server.console.test_console_accounts import Browser
from tests.sync.support import free_port

ROOT = Path(__file__).resolve().parents[3]
PG = os.environ.get("THUCDIA_TEST_PG_URL")


@pytest.fixture
def pg_url():  # type: ignore[no-untyped-def]
    if not PG:
        pytest.skip("THUCDIA_TEST_PG_URL is not set: several workers need PostgreSQL")
    with pg_database(PG, "w") as url:
        yield url


def _fresh(base: str) -> Browser:
    """A browser that opens a new connection for every request."""
    return Browser(base, limits=httpx.Limits(max_keepalive_connections=0))


def _cpu_ticks(pid: int) -> int:
    """User + system clock ticks the process has used (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1].split()
    return int(fields[11]) + int(fields[12])


def test_sessions_throttling_push_and_case_list_hold_across_two_workers(pg_url, tmp_path):
    migrate(pg_url)
    db = Database(pg_url)
    db.transact(lambda s: accounts.create(s, "lanhdao", "leader", PASSWORD))
    db.transact(lambda s: create_unit(s, code="D05", name="Đội Quản lý thị trường số 5",
                                      agency_code="20", team_code="05", province_code="20"))
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
        workers = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()
                   and (p / "stat").exists()
                   and (p / "stat").read_text().split(") ")[-1].split()[1] == str(proc.pid)]
        assert len(workers) >= 2  # the supervisor's worker processes

        # a laptop enrols, leases its numbers, issues a biên bản and pushes it with its PDF
        lap = laptop(Api(base, db, Settings(database_url=pg_url)), "D05", tmp_path / "may",
                     "Máy anh Vi Văn Khải")
        try:
            case_id = finalised_case(lap, "Chu Thị Quyên", "020186002233",
                                     place="Chợ cửa khẩu Chi Ma", commune="06214")
            _, number = issue(lap, case_id)
            report = lap.sync()
        finally:
            lap.close()
        assert report.pushed["applied"] >= 3 and report.uploaded == 1

        web = _fresh(base)
        assert web.login("lanhdao").status_code == 303
        ticks = {pid: _cpu_ticks(pid) for pid in workers}
        pages = [web.get("/ho-so", params={"q": "chu thi quyen"}) for _ in range(30)]
        assert [p.status_code for p in pages] == [200] * 30  # the session, on every worker
        assert all("Chu Thị Quyên" in p.text and "xã Na Sầm" in p.text for p in pages)
        busy = [pid for pid in workers if _cpu_ticks(pid) - ticks[pid] >= 3]
        assert len(busy) >= 2, "one worker answered every request"
        detail = [web.get(f"/ho-so/{case_id}").text for _ in range(6)]
        assert all(number in d for d in detail)
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
