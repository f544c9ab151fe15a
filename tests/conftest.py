"""Shared fixtures. Qt runs offscreen (set before any Qt import).

Every database here is encrypted, as in the app: the ``db`` fixture makes a key file with
one account (tests/signin.py: argon2id at its test cost, lowered below for this process
only) and opens the database with its data key, that officer signed in."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.db import unit_of_work  # noqa: E402
from app.paths import DataDir  # noqa: E402
from app.security import kdf  # noqa: E402
from app.services.settings import current_actor  # noqa: E402
from app.services.startup import Database  # noqa: E402
from tests.signin import make_key_file, open_signed_in  # noqa: E402

kdf.lower_cost_for_tests()


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


@pytest.fixture
def db(data_dir: DataDir):
    """A real, migrated, encrypted SQLite file with catalogues loaded; the key file's one
    officer signed in."""
    make_key_file(data_dir.root)
    database: Database = open_signed_in(data_dir)
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
