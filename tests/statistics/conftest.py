"""The hand-built data set on a real laptop database, made once per module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.db import unit_of_work
from app.paths import DataDir
from app.services.startup import Database, open_database
from tests.statistics.dataset import DataSet, build


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DataSet]]:
    db = open_database(DataDir(tmp_path_factory.mktemp("laptop")))
    with unit_of_work(db.sessions) as s:
        ds = build(s)
    yield db, ds
    db.close()
