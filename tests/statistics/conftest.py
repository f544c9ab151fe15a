"""The hand-built data set on a real laptop database, made once per module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.db import unit_of_work
from app.paths import DataDir
from app.services.startup import Database
from tests.signin import make_key_file, open_signed_in
from tests.statistics.dataset import DataSet, build


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DataSet]]:
    root = tmp_path_factory.mktemp("laptop")
    make_key_file(root)
    db = open_signed_in(DataDir(root))
    with unit_of_work(db.sessions) as s:
        ds = build(s)
    yield db, ds
    db.close()
