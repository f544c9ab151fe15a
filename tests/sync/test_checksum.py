"""After each sync the laptop and the server compare counts and checksums of what each
holds for the laptop. A local record of the server's versions that went wrong (rows lost,
a version changed) is a mismatch: that scope is re-synced in full, never guessed at."""

from __future__ import annotations

from sqlalchemy import text

from app.db import unit_of_work
from tests.sync.support import Laptop


def _team(server, unit, laptops, tmp_path) -> tuple[Laptop, Laptop]:
    a = Laptop.set_up(tmp_path / "a", cases=4, seed=61)
    b = Laptop.set_up(tmp_path / "b")
    laptops += [a, b]
    a.enrol(server, unit)
    b.enrol(server, unit)
    assert a.sync().mismatched == []
    assert b.sync().mismatched == []
    return a, b


def _execute(laptop: Laptop, sql: str) -> None:
    with unit_of_work(laptop.db.sessions) as s:
        s.execute(text(sql))


def _counts(laptop: Laptop) -> tuple[object, ...]:
    return tuple(laptop.scalar(f"select count(*) from {t}")  # noqa: S608
                 for t in ("inspection", "subject", "seized_item", "case_search", "sync_conflict"))


def test_lost_sync_state_rows_are_found_and_re_synced(server, unit, laptops, tmp_path):
    a, b = _team(server, unit, laptops, tmp_path)
    before = _counts(b)
    _execute(b, "delete from sync_state where record_id in "
             "(select record_id from sync_state where entity = 'case' limit 2)")
    _execute(b, "delete from sync_state where entity = 'number_block'")
    report = b.sync()
    assert set(report.resynced) == {"case", "number_block"}
    assert report.mismatched == []
    assert _counts(b) == before
    assert b.sync().resynced == []  # settled: the next sync finds nothing to re-sync
    assert server.count("case", unit) == 4


def test_a_wrong_server_version_is_found_and_re_synced(server, unit, laptops, tmp_path):
    a, b = _team(server, unit, laptops, tmp_path)
    before_a, before_b = _counts(a), _counts(b)
    # on A (its own case) the push finds the server at the version A holds: a duplicate
    _execute(a, "update sync_state set server_version = 99 where record_id = "
                "(select record_id from sync_state where entity = 'case' limit 1)")
    # on B, a colleague's case (B never pushes it) and the shared subjects (pushed again:
    # the server answers "duplicate", which settles them before the comparison)
    _execute(b, "update sync_state set server_version = 99 where record_id = "
                "(select record_id from sync_state where entity = 'case' limit 1)")
    _execute(b, "update sync_state set server_version = server_version + 1 where entity = 'subject'")
    report_a, report_b = a.sync(), b.sync()
    assert report_a.mismatched == [] and report_a.pushed["duplicate"] == 1
    assert report_b.resynced == ["case"] and report_b.mismatched == []
    assert report_b.pushed["duplicate"] == 4
    assert report_a.pushed["conflict"] == report_b.pushed["conflict"] == 0
    assert (_counts(a), _counts(b)) == (before_a, before_b)
    assert a.sync().resynced == [] and b.sync().resynced == []
    for laptop in (a, b):
        assert laptop.scalar("select count(*) from sync_state join inspection on inspection.id = "
                             "sync_state.record_id where server_version != inspection.version") == 0
    assert server.count("case", unit) == 4
