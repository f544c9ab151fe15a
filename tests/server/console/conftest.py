"""Fixtures of the console tests: staff accounts made through the server's own service,
laptops that enrol and sync with the test server through the app's own code, and a real
Chromium (Debian's, driven by Playwright; never a downloaded browser)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.conftest import Api

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
PASSWORD = "mat-khau-du-dai-2026"
DOCS = Path(__file__).resolve().parents[3] / "docs"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Chromium for one test module. Playwright's sync API keeps its event loop current in
    this thread while it runs: closed at the end of the module, so later tests that call
    asyncio.run() are not refused."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (Debian package chromium; .ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def desk(browser) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh browser context at an office screen's size (1366×768)."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="vi-VN")
    yield context
    context.close()


@pytest.fixture
def staff(api: Api):  # type: ignore[no-untyped-def]
    """``staff(role, unit=None)`` makes an account and returns its username (a member
    agency's names its ``force``)."""
    import secrets

    from server.console import staff as accounts

    def make(role: str, unit: str | None = None, full_name: str = "",
             force: str | None = None) -> str:
        name = f"{role}{secrets.token_hex(3)}"
        api.db.transact(lambda s: accounts.create(s, name, role, PASSWORD, unit_code=unit,
                                                  full_name=full_name, force_code=force))
        return name

    return make


def screenshot_wanted() -> bool:
    return os.environ.get("THUCDIA_CONSOLE_SCREENSHOTS", "") == "1"
