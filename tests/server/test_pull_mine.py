"""A device may leave out of its pull what it wrote itself (its cases and biên bản)."""

from __future__ import annotations

from tests.server.client import case_payload, record, subject_payload
from tests.server.conftest import Api


def test_mine_false_leaves_out_own_cases_and_moves_past_them(api: Api, unit: str):
    a, b = api.device(unit, "Máy anh Hoàng"), api.device(unit, "Máy chị Nguyệt")
    own = [record("case", case_payload()) for _ in range(3)]
    subject = record("subject", subject_payload(name="Lò Văn Sáng", id_number="011090012345"))
    a.push_ok([*own, subject])
    theirs = record("case", case_payload(place_address="cửa khẩu Chi Ma"))
    b.push_ok([theirs])

    page = a.http.get("/changes", params={"after": 0, "limit": 100, "mine": "false"}).json()
    ids = {c["id"] for c in page["changes"]}
    assert theirs["id"] in ids and subject["id"] in ids  # a colleague's case; shared subject
    assert not ids & {r["id"] for r in own}
    everything = a.pull_all()
    assert page["next_after"] == max(c["sequence"] for c in everything)  # read past its own
    again = a.http.get("/changes", params={"after": page["next_after"], "mine": "false"}).json()
    assert again["changes"] == [] and not again["has_more"]
    full = a.http.get("/changes", params={"after": 0, "limit": 100}).json()  # the default: all
    assert {r["id"] for r in own} <= {c["id"] for c in full["changes"]}
    a.close()
    b.close()
