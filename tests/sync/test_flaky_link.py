"""A link that drops in the middle of a request: during a push, during the upload of a
photo, during a pull. Syncing again until it holds delivers everything exactly once:
the same counts on the server and on a colleague's laptop, every photo whole and
verified by its SHA-256, the large one resumed from where the server stopped."""

from __future__ import annotations

import hashlib
import random

import pytest

from app.db import unit_of_work
from app.errors import SyncError
from app.services.attachments import add_attachment
from app.services.settings import current_actor
from app.sync.wire import CHUNK_BYTES
from tests.sync.helpers import new_case, server_rows, server_total, sync_until_done, via
from tests.sync.proxy import TcpProxy
from tests.sync.support import Laptop

PHOTOS = {  # name → size: two phone photos and one scan larger than a chunk
    "anh-tang-vat-01.jpg": 310_000,
    "anh-xe-tai-12C.jpg": 420_000,
    "bien-ban-scan.pdf": CHUNK_BYTES + 537_000,
}


@pytest.fixture
def proxy(server):
    p = TcpProxy(server.port)
    yield p
    p.close()


def _photos(laptop: Laptop, case_id) -> dict[str, bytes]:
    rng = random.Random(5)
    made = {name: rng.randbytes(size) for name, size in PHOTOS.items()}
    with unit_of_work(laptop.db.sessions) as s:
        for name, data in made.items():
            add_attachment(s, laptop.data.attachments, case_id, data, name, current_actor(s),
                           caption="Ảnh chụp tại hiện trường")
    return made


def test_cuts_mid_push_mid_upload_and_mid_pull_deliver_everything_once(
        server, unit, laptops, tmp_path, proxy, monkeypatch):
    from server.attachments.service import download
    from server.models import Blob, BlobChunk, KeptConflict

    a = Laptop.set_up(tmp_path / "a", cases=3, seed=31)
    b = Laptop.set_up(tmp_path / "b")
    laptops += [a, b]
    a.enrol(server, unit, "Máy anh Lộc Văn Sáng")
    b.enrol(server, unit, "Máy chị Chu Thị Mến")
    case_id = new_case(a, "Đinh Thị Lụa", id_number="020186004455", place="Kho hàng thôn Nà Pàn")
    photos = _photos(a, case_id)
    big = hashlib.sha256(photos["bien-ban-scan.pdf"]).hexdigest()
    engine = via(a, proxy.url)

    # 1. the push request is cut after 2,000 bytes, on every retry: the sync gives up
    proxy.add(b"POST /api/v1/push", "cut_request", after=2000, times=3)
    with pytest.raises(SyncError) as cut:
        engine.run()
    assert cut.value.kind == "offline"
    assert server.count("case", unit) == 0  # a truncated batch changes nothing

    # 2. the push goes through; the large scan's second chunk is cut mid-way, every retry
    proxy.add(f"PUT /api/v1/attachments/{big}".encode(), "cut_request", after=300_000,
              skip=1, times=3)
    with pytest.raises(SyncError):
        engine.run()
    assert server.count("case", unit) == 4
    (partial,) = server_rows(server, Blob, sha256=big)
    assert (partial["received"], partial["complete"]) == (CHUNK_BYTES, False)

    # 3. the upload resumes where the server stopped
    proxy.requests.clear()
    report, failures = sync_until_done(engine)
    assert failures == []
    big_ranges = [r for line, r in proxy.requests if big.encode() in line and r]
    assert big_ranges == [f"bytes {CHUNK_BYTES}-{PHOTOS['bien-ban-scan.pdf'] - 1}/"
                          f"{PHOTOS['bien-ban-scan.pdf']}".encode()]
    assert report.mismatched == []

    # everything once on the server, every photo whole
    assert server.count("case", unit) == 4
    assert server_total(server, KeptConflict) == 0
    for name, data in photos.items():
        sha = hashlib.sha256(data).hexdigest()
        (blob,) = server_rows(server, Blob, sha256=sha)
        assert blob["complete"] and blob["size"] == len(data), name
        stored = server.db.transact(lambda s, sha=sha, u=blob["unit_id"]: download(s, u, sha),
                                    write=False)
        assert hashlib.sha256(stored).hexdigest() == sha, name
        chunks = server_rows(server, BlobChunk, sha256=sha)
        assert sum(len(c["data"]) for c in chunks) == len(data), name  # no chunk twice
    assert a.scalar("select count(*) from sync_state where entity = 'attachment'") == 3

    # 4. the colleague pulls in pages of two; the second page's answer is cut, every retry
    monkeypatch.setattr("app.sync.engine.PULL_PAGE", 2)
    pull = via(b, proxy.url)
    proxy.add(b"GET /api/v1/changes", "cut_response", after=1500, skip=1, times=3)
    with pytest.raises(SyncError):
        pull.run()
    got_first_page = b.scalar("select cast(value as integer) from setting where key = 'sync_pull_after'")
    assert got_first_page and int(got_first_page) > 0  # the applied page is kept
    report, _ = sync_until_done(pull)
    assert report.mismatched == []
    assert b.scalar("select count(*) from inspection") == 4
    assert b.scalar("select count(*) from case_search") == 4
    assert b.scalar("select count(*) from parked_change") == 0
    rows = b.scalar("select group_concat(sha256 || ':' || size, ' ') from "
                    "(select sha256, size from attachment where inspection_id = :c order by filename)",
                    c=case_id.hex)
    assert rows == " ".join(f"{hashlib.sha256(photos[n]).hexdigest()}:{len(photos[n])}"
                            for n in sorted(photos))
    assert b.scalar("select count(*) from seized_item") == a.scalar("select count(*) from seized_item")
