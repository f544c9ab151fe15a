"""A push batch whose answer never reaches the laptop: the server applied it, the laptop
does not know. The batch kept in ``outbox_batch`` is sent again under the same id at the
next sync, the server answers it as a replay, and nothing exists twice."""

from __future__ import annotations

import uuid

import pytest

from app.errors import SyncError
from tests.sync.helpers import Recording, server_total, via
from tests.sync.proxy import TcpProxy
from tests.sync.support import Laptop


def test_a_lost_push_answer_is_replayed_under_the_same_batch_id(server, unit, laptops, tmp_path):
    from server.models import PushBatch

    a = Laptop.set_up(tmp_path / "a", cases=3, seed=21)
    b = Laptop.set_up(tmp_path / "b")
    laptops += [a, b]
    creds = a.enrol(server, unit, "Máy anh Triệu Văn Pả")
    b.enrol(server, unit)
    device = uuid.UUID(creds.device_id)
    proxy = TcpProxy(server.port)
    try:
        # the server's answer to the push is lost, for the client's retries as well
        proxy.add(b"POST /api/v1/push", "cut_response", after=0, times=3)
        wire = Recording()
        engine = via(a, proxy.url, transport=wire)
        with pytest.raises(SyncError) as failed:
            engine.run()
        assert failed.value.kind == "offline"
        assert "Không kết nối được máy chủ" in str(failed.value)

        kept = a.scalar("select batch_id from outbox_batch")
        assert kept is not None
        assert a.scalar("select count(*) from outbox_batch") == 1
        assert a.scalar("select count(*) from sync_state where entity = 'case'") == 0  # not confirmed
        assert server.count("case", unit) == 3  # yet the server applied it, once
        assert server_total(server, PushBatch, device_id=device) == 1

        proxy.clear()
        report = engine.run()
        replays = [a for a in wire.of("/push") if a["replayed"]]
        assert len(replays) == 1
        assert uuid.UUID(replays[0]["batch_id"]).hex == str(kept).replace("-", "")
        assert {r["outcome"] for r in replays[0]["results"]} == {"applied"}
        assert report.pushed["applied"] >= 3
    finally:
        proxy.close()

    assert a.scalar("select count(*) from outbox_batch") == 0
    assert a.scalar("select count(*) from sync_state where entity = 'case' and server_version = "
                    "(select version from inspection where inspection.id = sync_state.record_id)") == 3
    assert server.count("case", unit) == 3
    assert server_total(server, PushBatch, device_id=device) == 1  # no new batch was needed
    b.sync()
    assert b.scalar("select count(*) from inspection") == 3
