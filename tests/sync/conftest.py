"""Fixtures of the sync tests: one live server (SQLite file) per test module, laptops per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.support import Laptop, LiveServer


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
