"""A batch the server refuses as a whole (too large) never blocks the queue."""

from __future__ import annotations

from sqlalchemy import select

from app.db import unit_of_work
from app.models import Case
from app.sync.conflicts import refused_records
from tests.sync.support import Laptop, LiveServer


def test_batches_shrink_until_the_server_takes_them_and_an_oversized_case_waits_visibly(tmp_path, laptops):
    server = LiveServer(f"sqlite:///{(tmp_path / 'small.sqlite3').as_posix()}",
                        max_body_bytes=96 * 1024).start()
    try:
        unit = server.new_unit()
        laptop = Laptop.set_up(tmp_path / "a", cases=40, seed=31)
        laptops.append(laptop)
        with unit_of_work(laptop.db.sessions) as s:
            cases = list(s.scalars(select(Case).order_by(Case.local_no)))
            for case in cases[:30]:  # long findings: 30 × ~6 KB, more than one body may carry
                case.contents = "Hàng hóa không có hóa đơn chứng từ hợp lệ. " * 140
                case.touch()
            huge = cases[30]
            huge.contents = "Biên bản ghi chép chi tiết từng kiện hàng. " * 3000  # ~130 KB alone
            huge.touch()
            huge_id = huge.id
        laptop.enrol(server, unit, "Máy Đội 3")
        report = laptop.sync()
        assert server.count("case", unit) == 39  # every case but the one too large to send
        assert report.pushed["rejected"] == 1
        with unit_of_work(laptop.db.sessions) as s:
            (refused,) = refused_records(s)
        assert refused.record_id == huge_id and "quá lớn" in refused.reason
        again = laptop.sync()  # the refused case is not resent until it changes
        assert again.pushed["applied"] == again.pushed["rejected"] == 0
    finally:
        server.close()
