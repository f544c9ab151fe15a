"""Fixtures of the sync tests: one live server (SQLite file) per test module, laptops per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.support import Laptop, LiveServer


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("province") / "server.sqlite3"
    live = LiveServer(f"sqlite:///{path.as_posix()}").start()
    yield live
    live.close()


@pytest.fixture
def unit(server: LiveServer) -> str:
    return server.new_unit()


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[Laptop]]:
    """Make laptops with ``laptops.append(Laptop.set_up(...))``; all closed after the test."""
    made: list[Laptop] = []
    yield made
    for laptop in made:
        laptop.close()
