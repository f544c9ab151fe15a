"""A device may leave out of its pull what it holds already: every record whose current
version its own push wrote (``mine=false``), whatever the entity."""

from __future__ import annotations

import uuid
from typing import Any

from server.admin.service import add_tip, assign_tip
from server.records import repository as repo
from tests.server.client import DeviceClient, case_payload, record, subject_payload
from tests.server.conftest import Api


def pull_mine(
    device: DeviceClient, *, mine: bool, after: int = 0, limit: int = 100
) -> tuple[dict[str, Any], int]:
    """Every change after ``after`` (all pages) by id, and the cursor the last page left."""
    changes: dict[str, Any] = {}
    while True:
        response = device.http.get(
            "/changes", params={"after": after, "limit": limit, "mine": str(mine).lower()}
        )
        assert response.status_code == 200, response.text
        page = response.json()
        changes |= {c["id"]: c for c in page["changes"]}
        after = page["next_after"]
        if not page["has_more"]:
            return changes, after


def versions(changes: dict[str, Any], *ids: str) -> dict[str, int]:
    return {i: changes[i]["version"] for i in ids if i in changes}


def newest_sequence(device: DeviceClient) -> int:
    return max(c["sequence"] for c in device.pull_all())


def changed_by(api: Api, record_id: str) -> uuid.UUID | None:
    row = api.db.transact(lambda s: repo.get(s, uuid.UUID(record_id)), write=False)
    assert row is not None
    return row.changed_by


def test_mine_false_leaves_out_own_cases_and_moves_past_them(api: Api, unit: str):
    a, b = api.device(unit, "Máy anh Hoàng"), api.device(unit, "Máy chị Nguyệt")
    own = [record("case", case_payload()) for _ in range(3)]
    subject = record("subject", subject_payload(name="Lò Văn Sáng", id_number="011090012345"))
    a.push_ok([*own, subject])
    theirs = record("case", case_payload(place_address="cửa khẩu Chi Ma"))
    b.push_ok([theirs])

    page = a.http.get("/changes", params={"after": 0, "limit": 100, "mine": "false"}).json()
    ids = {c["id"] for c in page["changes"]}
    assert theirs["id"] in ids  # a colleague's case
    assert not ids & {r["id"] for r in own} and subject["id"] not in ids  # A wrote them
    everything = a.pull_all()
    assert page["next_after"] == max(c["sequence"] for c in everything)  # read past its own
    again = a.http.get("/changes", params={"after": page["next_after"], "mine": "false"}).json()
    assert again["changes"] == [] and not again["has_more"]
    full = a.http.get("/changes", params={"after": 0, "limit": 100}).json()  # the default: all
    assert {r["id"] for r in own} | {subject["id"]} <= {c["id"] for c in full["changes"]}
    a.close()
    b.close()


def test_a_subject_comes_back_to_its_writer_only_once_someone_else_changes_it(api: Api, unit: str):
    a, b = api.device(unit, "Máy anh Hoàng"), api.device(unit, "Máy chị Nguyệt")
    outsider = api.device(api.new_unit("Đội khác"), "Máy đội khác")
    subject = record("subject", subject_payload(name="Đinh Thị Mai", id_number="038190012345"))
    sid = subject["id"]
    [pushed] = a.push_ok([subject])
    assert pushed["outcome"] == "applied"
    assert changed_by(api, sid) == a.device_id

    # A holds version 1 already: left out with mine=false, and the cursor moves past it
    own, cursor = pull_mine(a, mine=False)
    assert sid not in own and cursor == newest_sequence(a) >= pushed["sequence"]
    everything, _ = pull_mine(a, mine=True)  # a re-sync after a checksum mismatch
    assert versions(everything, sid) == {sid: 1}
    assert everything[sid]["origin_device"] == str(a.device_id)
    # B, of the same unit, gets A's subject; another unit does not
    theirs, b_cursor = pull_mine(b, mine=False)
    assert versions(theirs, sid) == {sid: 1} and theirs[sid]["sequence"] == pushed["sequence"]
    assert theirs[sid]["payload"]["name"] == "Đinh Thị Mai"
    assert sid not in pull_mine(outsider, mine=False)[0]

    # B corrects the address on top of A's version: now A has something to pull, B has not
    edited = record(
        "subject",
        theirs[sid]["payload"] | {"address": "Thôn 3, xã Quảng Phú"},
        record_id=sid,
        version=2,
        base_version=1,
    )
    [applied] = b.push_ok([edited])
    assert applied["outcome"] == "applied" and applied["sequence"] > pushed["sequence"]
    assert changed_by(api, sid) == b.device_id
    news, cursor = pull_mine(a, mine=False, after=cursor)
    assert versions(news, sid) == {sid: 2} and news[sid]["sequence"] == applied["sequence"]
    assert news[sid]["payload"]["address"] == "Thôn 3, xã Quảng Phú"
    assert news[sid]["origin_device"] == str(a.device_id)  # still A's subject
    assert versions(pull_mine(a, mine=False)[0], sid) == {sid: 2}  # from the start too
    nothing, b_after = pull_mine(b, mine=False, after=b_cursor)
    assert sid not in nothing and b_after == newest_sequence(b) == applied["sequence"]
    assert sid not in pull_mine(b, mine=False)[0]
    assert versions(pull_mine(b, mine=True)[0], sid) == {sid: 2}

    # A answers B's version: the roles swap again
    [again] = a.push_ok(
        [
            record(
                "subject",
                edited["payload"] | {"phone": "0912000111"},
                record_id=sid,
                version=3,
                base_version=2,
            )
        ]
    )
    assert again["outcome"] == "applied"
    assert sid not in pull_mine(a, mine=False, after=cursor)[0]
    assert versions(pull_mine(b, mine=False, after=b_after)[0], sid) == {sid: 3}
    for device in (a, b, outsider):
        device.close()


def test_a_tip_a_device_updated_is_left_out_for_it_until_the_server_writes_it_again(
    api: Api, unit: str
):
    a, b = api.device(unit, "Máy anh Hoàng"), api.device(unit, "Máy chị Nguyệt")
    tip = api.db.transact(
        lambda s: add_tip(s, summary="Kho hàng giả ở ngõ 12", place_address="Ngõ 12 phố Huế")
    )
    api.db.transact(lambda s: assign_tip(s, tip.id, unit))
    tid = str(tip.id)
    assert changed_by(api, tid) is None  # the server wrote it: everyone in scope pulls it
    first, cursor = pull_mine(a, mine=False)
    assert versions(first, tid) == {tid: 2}  # added, then assigned

    [progress] = a.push_ok(
        [
            record(
                "tip",
                first[tid]["payload"] | {"status": "in_progress", "note": "Đã xác minh"},
                record_id=tip.id,
                version=3,
                base_version=2,
            )
        ]
    )
    assert progress["outcome"] == "applied" and changed_by(api, tid) == a.device_id
    own, cursor = pull_mine(a, mine=False, after=cursor)
    assert tid not in own and cursor == newest_sequence(a) == progress["sequence"]
    assert versions(pull_mine(a, mine=True)[0], tid) == {tid: 3}
    theirs = pull_mine(b, mine=False)[0]
    assert versions(theirs, tid) == {tid: 3} and theirs[tid]["payload"]["status"] == "in_progress"

    # the Chi cục assigns it again (the server writes version 4): A pulls it once more
    api.db.transact(lambda s: assign_tip(s, tip.id, unit))
    assert changed_by(api, tid) is None
    news = pull_mine(a, mine=False, after=cursor)[0]
    assert versions(news, tid) == {tid: 4} and news[tid]["payload"]["status"] == "assigned"
    a.close()
    b.close()


def test_a_push_committed_while_a_page_is_read_is_not_skipped(
    api: Api, unit: str, monkeypatch
):
    """The last page's cursor moves to the scope's newest sequence, read after the page: on
    one snapshot, a change committed in between is pulled next time, never jumped over."""
    a, b = api.device(unit, "Máy anh Hoàng"), api.device(unit, "Máy chị Nguyệt")
    first = record("case", case_payload(place_address="chợ biên giới Tân Thanh"))
    late = record("case", case_payload(place_address="cửa khẩu Cốc Nam"))
    b.push_ok([first])
    newest = repo.scope_sequence

    def pushed_meanwhile(session, unit_id, device_id):  # B's push commits between the reads
        monkeypatch.setattr(repo, "scope_sequence", newest)
        b.push_ok([late])
        return newest(session, unit_id, device_id)

    monkeypatch.setattr(repo, "scope_sequence", pushed_meanwhile)
    page = a.http.get("/changes", params={"after": 0, "limit": 100}).json()
    pulled = {c["id"] for c in page["changes"]}
    assert first["id"] in pulled and late["id"] not in pulled and not page["has_more"]
    again, _ = pull_mine(a, mine=True, after=page["next_after"])  # not past the late change
    assert versions(again, late["id"], first["id"]) == {late["id"]: 1}
