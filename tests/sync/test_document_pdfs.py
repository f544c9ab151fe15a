"""The PDF of every biên bản a laptop issues reaches the provincial server with the sync,
by its SHA-256 as photos do: only once, resumed where the server stopped when the link
drops mid-file, never from a colleague's laptop (which holds the biên bản without its PDF)."""

from __future__ import annotations

import hashlib
import io
import uuid

import pytest
from pypdf import PdfReader

from app.db import unit_of_work
from app.documents.issuing import document_pdf, issue_document, void_document
from app.errors import SyncError
from app.services.cases import finalise_case
from app.services.settings import current_actor
from tests.sync.helpers import new_case, server_rows, sync_until_done, via
from tests.sync.proxy import TcpProxy
from tests.sync.support import Laptop

SMALL_CHUNK = 8192  # a biên bản is tens of KB: several chunks, so a cut leaves a partial file


@pytest.fixture
def proxy(server):
    p = TcpProxy(server.port)
    yield p
    p.close()


def _issued(laptop: Laptop, name: str) -> list[tuple[uuid.UUID, str, bytes]]:
    """A finalised case with a BB-KT and a spoiled (voided) BB-VPHC: (id, number, PDF)."""
    case_id = new_case(laptop, name, id_number="020186002233", place="Chợ Đông Kinh")
    out = []
    with unit_of_work(laptop.db.sessions) as s:
        finalise_case(s, case_id, current_actor(s))
        for form in ("BB-KT", "BB-VPHC"):
            r = issue_document(s, case_id, form, current_actor(s))
            out.append((r.document_id, r.number, document_pdf(s, r.document_id)))
        void_document(s, out[1][0], "In sai tên đối tượng", current_actor(s))
    return out


def test_issued_pdfs_go_up_once_resume_and_never_from_a_colleague(
        server, unit, laptops, tmp_path, proxy, monkeypatch):
    from server.attachments.service import download
    from server.models import Blob, BlobChunk

    monkeypatch.setattr("app.sync.uploads.CHUNK_BYTES", SMALL_CHUNK)
    a, b = Laptop.set_up(tmp_path / "a"), Laptop.set_up(tmp_path / "b")
    laptops += [a, b]
    a.enrol(server, unit, "Máy anh Nông Văn Tỉnh")
    b.enrol(server, unit, "Máy chị Hà Thị Thu")
    a.sync()  # leases blocks of numbers
    issued = _issued(a, "Lăng Văn Quý")
    kt_pdf = issued[0][2]
    kt_sha = hashlib.sha256(kt_pdf).hexdigest()
    assert len(kt_pdf) > 2 * SMALL_CHUNK

    # the BB-KT's second chunk is cut mid-way, on every retry: the sync stops there
    proxy.add(f"PUT /api/v1/attachments/{kt_sha}".encode(), "cut_request", after=3000,
              skip=1, times=3)
    engine = via(a, proxy.url)
    with pytest.raises(SyncError) as cut:
        engine.run()
    assert cut.value.kind == "offline"
    (partial,) = server_rows(server, Blob, sha256=kt_sha)
    assert (partial["received"], partial["complete"]) == (SMALL_CHUNK, False)

    proxy.requests.clear()
    report, _ = sync_until_done(engine)
    ranges = [r for line, r in proxy.requests if kt_sha.encode() in line and r]
    assert ranges[0].startswith(f"bytes {SMALL_CHUNK}-".encode())  # resumed, not restarted
    assert report.uploaded >= 1
    for _, number, pdf in issued:  # both PDFs whole on the server, void one included
        sha = hashlib.sha256(pdf).hexdigest()
        (blob,) = server_rows(server, Blob, sha256=sha)
        assert blob["complete"] and blob["size"] == len(pdf), number
        unit = blob["unit_id"]
        stored = server.db.transact(lambda s, sha=sha, unit=unit: download(s, unit, sha),
                                    write=False)
        assert stored == pdf
        assert number in PdfReader(io.BytesIO(stored)).pages[0].extract_text()
    chunks = server_rows(server, BlobChunk, sha256=kt_sha)
    assert sum(len(c["data"]) for c in chunks) == len(kt_pdf)  # no chunk twice
    assert a.scalar("select count(*) from sync_state where entity = 'document_pdf'") == 2

    # nothing is sent again; the colleague holds both biên bản, without PDFs, and sends none
    assert a.sync().uploaded == 0
    pulled = b.sync()
    assert pulled.uploaded == 0
    assert b.scalar("select count(*) from issued_document") == 2
    assert b.scalar("select count(*) from issued_document where length(pdf) > 0") == 0
    assert b.sync().uploaded == 0
