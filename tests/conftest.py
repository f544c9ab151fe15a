"""Shared fixtures. Qt runs offscreen (set before any Qt import)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.db import unit_of_work  # noqa: E402
from app.paths import DataDir  # noqa: E402
from app.services.settings import current_actor  # noqa: E402
from app.services.startup import Database, open_database  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


@pytest.fixture
def db(data_dir: DataDir):
    """A real, migrated SQLite file with catalogues loaded."""
    database: Database = open_database(data_dir)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The database with the demo unit and its officers configured (no cases)."""
    from app.demo import ensure_demo_unit

    with unit_of_work(db.sessions) as s:
        ensure_demo_unit(s)
    return db


@pytest.fixture
def actor(demo_db: Database):
    with unit_of_work(demo_db.sessions) as s:
        return current_actor(s)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    """A live provincial server (uvicorn on 127.0.0.1, SQLite file) per test module, for the
    sync tests and the UI tests of the sync controls (tests/sync/support.py)."""
    from tests.sync.support import LiveServer

    path = tmp_path_factory.mktemp("province") / "server.sqlite3"
    live = LiveServer(f"sqlite:///{path.as_posix()}").start()
    yield live
    live.close()
