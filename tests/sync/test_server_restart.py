"""The provincial server goes away in the middle of a sync (a restart, a power cut in the
server room) and comes back: the sync in flight stops with "offline", the laptop keeps
what it has, and the next sync completes with nothing lost or duplicated."""

from __future__ import annotations

import pytest

from app.db import unit_of_work
from app.errors import SyncError
from app.sync.status import read_status
from tests.sync.helpers import server_total
from tests.sync.support import Laptop, LiveServer


def _stop_at(server: LiveServer, stage: str):
    """A progress callback that stops the server the first time ``stage`` reports."""
    stopped: list[tuple[int, int]] = []

    def progress(name: str, done: int, total: int) -> None:
        if name == stage and not stopped:
            stopped.append((done, total))
            server.stop()

    return progress, stopped


def test_a_server_restart_mid_push_and_mid_pull_loses_and_doubles_nothing(
        server, unit, laptops, tmp_path, monkeypatch):
    from server.models import PushBatch

    monkeypatch.setattr("app.sync.engine.PUSH_BATCH", 3)
    monkeypatch.setattr("app.sync.engine.PULL_PAGE", 3)
    a = Laptop.set_up(tmp_path / "a", cases=6, seed=41)
    b = Laptop.set_up(tmp_path / "b")
    laptops += [a, b]
    a.enrol(server, unit, "Máy anh Dương Văn Quý")
    b.enrol(server, unit, "Máy chị Lương Thị Thảo")
    waiting = a.scalar("select count(*) from inspection") + a.scalar("select count(*) from subject")

    progress, stopped = _stop_at(server, "Gửi dữ liệu")
    with pytest.raises(SyncError) as gone:
        a.engine().run(progress)
    server.start()
    assert stopped and stopped[0][0] < stopped[0][1]  # stopped with batches still to send
    assert gone.value.kind == "offline"
    held = server.count("case", unit) + server.count("subject", unit)
    assert 0 < held < waiting
    with unit_of_work(a.db.sessions) as s:
        status = read_status(s)
    assert status.error_kind == "offline"
    assert status.pending == waiting - held
    assert "chờ gửi" in status.headline()

    report = a.sync()
    assert report.mismatched == []
    assert server.count("case", unit) == 6
    assert server.count("case", unit) + server.count("subject", unit) == waiting
    with unit_of_work(a.db.sessions) as s:
        assert read_status(s).pending == 0
    batches = server_total(server, PushBatch)

    progress, stopped = _stop_at(server, "Nhận dữ liệu")
    with pytest.raises(SyncError) as gone:
        b.engine().run(progress)
    server.start()
    assert gone.value.kind == "offline"
    # the first page is applied and kept; the rest comes next time
    assert int(b.scalar("select value from setting where key = 'sync_pull_after'")) > 0
    assert b.scalar("select count(*) from inspection") < 6
    report = b.sync()
    assert report.mismatched == []
    assert b.scalar("select count(*) from inspection") == 6
    assert b.scalar("select count(*) from case_search") == 6
    assert a.sync().pushed["applied"] == 0  # and nothing goes twice
    assert server_total(server, PushBatch) == batches
