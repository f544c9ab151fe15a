"""The console's case index under several workers (PostgreSQL): a page does not queue behind
another worker's catch-up; that catch-up indexes what the page skipped."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from sqlalchemy import select

from server.console import index
from server.console.models import CaseIndex, IndexCursor
from tests.server.client import case_payload, record


def test_a_page_skips_the_catch_up_another_worker_holds(api, unit):
    if api.db.is_sqlite:
        pytest.skip("SQLite has one writer at a time: there is no other catch-up to skip")
    device = api.device(unit, "Máy chị Hoàng Thị Lan")
    try:
        case = record("case", case_payload(place_address="Chợ Kỳ Lừa"))
        assert device.push_ok([case])[0]["outcome"] == "applied"
    finally:
        device.close()
    holding, release = threading.Event(), threading.Event()

    def other_worker(session):  # type: ignore[no-untyped-def]
        session.scalar(select(IndexCursor).where(IndexCursor.name == index.CURSOR)
                       .with_for_update())
        holding.set()
        release.wait(10)
        return index.catch_up(session)

    worker = threading.Thread(target=lambda: api.db.transact(other_worker))
    worker.start()
    try:
        assert holding.wait(10)
        t0 = time.perf_counter()
        assert api.db.transact(lambda s: index.catch_up(s, wait=False)) == 0
        assert time.perf_counter() - t0 < 2  # answered at once, not after the other one
    finally:
        release.set()
        worker.join(10)
    held = api.db.transact(lambda s: s.scalar(
        select(CaseIndex.place).where(CaseIndex.id == uuid.UUID(case["id"]))), write=False)
    assert held == "Chợ Kỳ Lừa"  # the other worker's catch-up indexed it
