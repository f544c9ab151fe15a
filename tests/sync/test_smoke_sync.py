import json

from tests.sync.support import Laptop, LinkRecorder


def test_a_case_made_on_one_laptop_reaches_its_colleague(server, unit, laptops, tmp_path):
    a = Laptop.set_up(tmp_path / "a", cases=12, seed=1)
    b = Laptop.set_up(tmp_path / "b", cases=3, seed=2)
    laptops += [a, b]
    a.enrol(server, unit, "Máy anh Hùng")
    b.enrol(server, unit, "Máy chị Lan")
    sent, received = LinkRecorder(), LinkRecorder()
    assert a.sync(transport=sent).pushed["applied"] >= 12
    b.sync(transport=received)
    assert b.scalar("select count(*) from inspection") == 15
    assert server.count("case", unit) == 15
    # over the link the batch went compressed, and the page with A's cases came compressed
    (body, wire_bytes, encoding), = sent.pushed
    batch = json.loads(body)
    assert encoding == "gzip" and sum(r["entity"] == "case" for r in batch["records"]) == 12
    assert wire_bytes * 4 < len(json.dumps(batch, ensure_ascii=False).encode())
    assert "gzip" in [e for _, _, e in received.pulled]
