"""``python -m server catch-up``: after an upgrade (or a large push) the console's index, the
statistics and what is due on each case are brought up to the feed before anyone opens a
page; what is due is what the laptop computes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.db import unit_of_work
from app.services.follow_through import due
from app.services.settings import current_actor
from server.cli import main
from server.console.models import CaseDue, CaseIndex, CaseTag, IndexCursor
from server.models import SyncRecord
from tests.follow_through.support import finalised_case
from tests.server.console.support import laptop


def test_catch_up_fills_the_index_the_statistics_and_the_due_steps(api, tmp_path, capsys):
    unit = api.new_unit("Đội QLTT số 9")
    lap = laptop(api, unit, tmp_path / "a", "Máy Đội 9")
    try:
        with unit_of_work(lap.db.sessions) as s:
            case_id = finalised_case(s, current_actor(s), date(2026, 10, 5))
            on_laptop = {(i.what, i.due_on) for i in due.due_items(s, case_id)}
        lap.sync()
    finally:
        lap.close()
    assert main(["--database-url", api.db.url, "catch-up"]) == 0
    assert "Đã cập nhật chỉ mục hồ sơ, số liệu thống kê và việc cần làm" in capsys.readouterr().out

    def read(s):  # type: ignore[no-untyped-def]
        newest = s.scalar(select(func.max(SyncRecord.sequence)))
        cursors = dict(s.execute(select(IndexCursor.name, IndexCursor.sequence)).tuples().all())
        return (newest, cursors, s.get(CaseIndex, case_id) is not None,
                {(d.what, d.due_on) for d in s.scalars(select(CaseDue).where(
                    CaseDue.case_id == case_id))},
                set(s.scalars(select(CaseTag.tag).where(CaseTag.case_id == case_id))))

    newest, cursors, indexed, on_server, tags = api.db.transact(read, write=False)
    assert cursors == {"cases": newest, "statistics": newest, "outcomes": newest}
    assert indexed
    assert on_server == on_laptop == {("tam_giu", date(2026, 10, 6)),
                                      ("quyet_dinh", date(2026, 10, 14)),
                                      ("tang_vat", date(2026, 10, 14))}
    assert {"hang:thuoc_la_dieu", "hanhvi:nhap_lau", "nhom:buon_lau"} <= tags
