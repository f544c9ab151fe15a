"""The provincial web console: pages rendered by the same FastAPI server as the API."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from server.console.web import HERE


def install(app: FastAPI) -> None:
    """Mount the console's pages and its static files. Call before the API's verification
    router: the console's route answers the same address (HTML for browsers, JSON else)."""
    from server.console import (
        pages_account,
        pages_admin,
        pages_cases,
        pages_fleet,
        pages_members,
        pages_outcome,
        pages_reports,
        pages_tips,
        verify_page,
    )

    for module in (verify_page, pages_account, pages_cases, pages_outcome, pages_reports,
                   pages_members, pages_tips, pages_fleet, pages_admin):
        app.include_router(module.router)
    app.mount("/tinh-static", StaticFiles(directory=HERE / "static"), name="console-static")
