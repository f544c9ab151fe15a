"""The outbox looks only at records marked changed (SQLite triggers): every local change is
marked, whatever wrote it, and a sync leaves no mark on what it confirmed."""

from __future__ import annotations

from sqlalchemy import text

from app.db import unit_of_work
from app.sync import outbox
from tests.sync.support import Laptop


def marks(laptop: Laptop) -> int:
    return int(laptop.scalar("select count(*) from sync_dirty"))


def test_every_change_is_marked_and_a_sync_clears_what_it_confirmed(server, unit, laptops, tmp_path):
    laptop = Laptop.set_up(tmp_path / "a", cases=5, seed=51)
    laptops.append(laptop)
    assert marks(laptop) == 10  # five new cases and their five subjects
    laptop.enrol(server, unit, "Máy Đội 3")
    laptop.sync()
    assert marks(laptop) == 0
    with unit_of_work(laptop.db.sessions) as s:
        assert outbox.pending_count(s, laptop.creds.device_id) == 0

    # a change below the services (a repair script, a restored row) is still seen
    with unit_of_work(laptop.db.sessions) as s:
        s.execute(text("UPDATE inspection SET version = version + 1, "
                              "place_address = 'chợ Đông Kinh, phường Lạng Sơn' "
                              "WHERE local_no = (SELECT min(local_no) FROM inspection "
                              "WHERE status = 'draft')"))
    assert marks(laptop) == 1
    with unit_of_work(laptop.db.sessions) as s:
        assert outbox.pending_count(s, laptop.creds.device_id) == 1
    report = laptop.sync()
    assert report.pushed["applied"] == 1 and marks(laptop) == 0
    assert laptop.sync().pushed["applied"] == 0  # nothing left to send, nothing sent twice
