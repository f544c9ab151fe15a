import gzip
import json

import httpx

from tests.sync.support import Laptop


class Watching(httpx.HTTPTransport):
    """The engine's own transport, noting how push bodies and pulled pages travel."""

    def __init__(self) -> None:
        super().__init__()
        self.pushed: list[tuple[str | None, int, dict]] = []  # encoding, bytes on the wire, batch
        self.pages: list[str | None] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/push"):
            wire = request.read()
            encoding = request.headers.get("content-encoding")
            batch = json.loads(gzip.decompress(wire) if encoding == "gzip" else wire)
            self.pushed.append((encoding, len(wire), batch))
        response = super().handle_request(request)
        if request.url.path.endswith("/changes"):
            self.pages.append(response.headers.get("content-encoding"))
        return response


def test_a_case_made_on_one_laptop_reaches_its_colleague(server, unit, laptops, tmp_path):
    a = Laptop.set_up(tmp_path / "a", cases=12, seed=1)
    b = Laptop.set_up(tmp_path / "b", cases=3, seed=2)
    laptops += [a, b]
    a.enrol(server, unit, "Máy anh Hùng")
    b.enrol(server, unit, "Máy chị Lan")
    sent, received = Watching(), Watching()
    assert a.sync(transport=sent).pushed["applied"] >= 12
    b.sync(transport=received)
    assert b.scalar("select count(*) from inspection") == 15
    assert server.count("case", unit) == 15
    # over the link the batch went compressed, and the page with A's cases came compressed
    (encoding, wire_bytes, batch), = sent.pushed
    assert encoding == "gzip" and sum(r["entity"] == "case" for r in batch["records"]) == 12
    assert wire_bytes * 4 < len(json.dumps(batch, ensure_ascii=False).encode())
    assert "gzip" in received.pages
