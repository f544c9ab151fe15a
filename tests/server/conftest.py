"""A real server for the suite: uvicorn on 127.0.0.1 (free port) in a background thread,
over a database built by ``alembic upgrade head``: a SQLite file, and also a fresh
PostgreSQL database when ``THUCDIA_TEST_PG_URL`` is set (created for the session, dropped
after) — each test runs once per backend.

Tests isolate themselves by unit: each makes its own units and devices, so they share one
server and one database without resetting it.
"""

from __future__ import annotations

import os
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy.engine import make_url

from server.app import create_app
from server.config import Settings
from server.db import Database, migrate
from tests.server.client import DeviceClient, enrol_device

PG_ENV = "THUCDIA_TEST_PG_URL"
TEST_MAX_BODY = 1024 * 1024  # 1 MiB: the 413 test stays fast
TEST_MAX_BATCH = 200


@dataclass
class Api:
    base_url: str
    db: Database
    settings: Settings

    def new_unit(self, name: str = "Đội QLTT thử nghiệm") -> str:
        """A fresh unit; returns its code."""
        from server.admin.service import create_unit

        code = "T" + secrets.token_hex(4).upper()
        self.db.transact(
            lambda s: create_unit(
                s,
                code=code,
                name=f"{name} {code}",
                agency_code="20",
                team_code="03",
                province_code="20",
            )
        )
        return code

    def device(self, unit_code: str, name: str = "Máy thử") -> DeviceClient:
        return enrol_device(self, unit_code, name)


# Every server test runs on SQLite, and again on PostgreSQL when CI provides one.
BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get(PG_ENV) else [])


@pytest.fixture(scope="session", params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pg = os.environ.get(PG_ENV, "")
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path_factory.mktemp('server') / 'server.sqlite3').as_posix()}"
        return
    with pg_database(pg, "") as url:
        yield url


@pytest.fixture(scope="session")
def api(database_url: str) -> Iterator[Api]:
    migrate(database_url)
    settings = Settings(
        database_url=database_url, max_body_bytes=TEST_MAX_BODY, max_batch_records=TEST_MAX_BATCH
    )
    db = Database(database_url)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings, db), log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield Api(f"http://127.0.0.1:{port}", db, settings)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        db.dispose()


@pytest.fixture
def unit(api: Api) -> str:
    return api.new_unit()


@pytest.fixture
def device(api: Api, unit: str) -> Iterator[DeviceClient]:
    client = api.device(unit)
    yield client
    client.close()


def pytest_report_header(config: pytest.Config) -> str:
    return f"server database: {'PostgreSQL' if os.environ.get(PG_ENV) else 'SQLite'}"


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=BACKENDS)
def fresh_url(request, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """An empty database of its own: the test walks the revisions itself."""
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'province.sqlite3').as_posix()}"
        return
    with pg_database(os.environ[PG_ENV], "m") as url:
        yield url


@contextmanager
def pg_database(url: str, tag: str) -> Iterator[str]:
    """A PostgreSQL database of its own beside ``url``'s (named with ``tag``, the process
    and a random part), dropped afterwards whatever its connections."""
    import psycopg

    base = make_url(url)
    name = f"{base.database or 'thucdia_test'}_{tag}{os.getpid()}_{secrets.token_hex(3)}"
    admin = base.set(drivername="postgresql", database="postgres").render_as_string(
        hide_password=False)
    with psycopg.connect(admin, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
