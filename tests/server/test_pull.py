"""Pull by sequence in pages, unit scoping, tips without informants, catalogues, checksums."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from app.sync.wire import scope_checksum
from server.admin.service import add_tip, assign_tip, create_officer, import_catalog
from tests.server.client import DeviceClient, case_payload, record, subject_payload
from tests.server.conftest import Api


def test_pages_follow_the_sequence_and_an_interrupted_pull_resumes(api: Api, unit: str):
    a, b = api.device(unit, "Máy A"), api.device(unit, "Máy B")
    pushed = [record("case", case_payload()) for _ in range(25)]
    a.push_ok(pushed[:10])
    a.push_ok(pushed[10:])
    first = b.pull(after=0, limit=10)
    assert len(first["changes"]) == 10 and first["has_more"] is True
    sequences = [c["sequence"] for c in first["changes"]]
    assert sequences == sorted(sequences) and first["next_after"] == sequences[-1]
    # B applied page 1 and stored next_after, then the link dropped: it resumes from there.
    rest = b.pull_all(after=first["next_after"], limit=10)
    got = [c["id"] for c in first["changes"] + rest if c["entity"] == "case"]  # catalogues are global
    assert sorted(got) == sorted(r["id"] for r in pushed)
    assert len(set(got)) == 25
    done = b.pull(after=(first["changes"] + rest)[-1]["sequence"])
    assert done == {
        "after": done["after"],
        "next_after": done["after"],
        "has_more": False,
        "changes": [],
    }
    change = next(c for c in first["changes"] if c["entity"] == "case")
    assert change["entity"] == "case" and change["origin_device"] == str(a.device_id)
    assert change["unit_id"] == str(a.unit_id)
    assert change["payload"]["seizures"][0]["items"][0]["quantity"] == "12"
    a.close()
    b.close()


def test_a_device_of_another_unit_sees_nothing_of_this_unit(api: Api, device: DeviceClient):
    outsider = api.device(api.new_unit("Đội khác"))
    rec = record("case", case_payload())
    subject = record("subject", subject_payload())
    device.push_ok([rec, subject])
    seen = {c["id"] for c in outsider.pull_all()}
    assert rec["id"] not in seen and subject["id"] not in seen
    assert {c["entity"] for c in outsider.pull_all()} <= {"catalog"}
    assert outsider.http.get(f"/records/{rec['id']}").status_code == 404
    stolen = rec | {"version": 2}
    [result] = outsider.push_ok([stolen])
    assert result["outcome"] == "rejected" and "đơn vị khác" in result["reason"]
    outsider.close()


def test_tips_reach_the_assigned_unit_without_the_informant(
    api: Api, unit: str, device: DeviceClient
):
    informant, phone = "Phạm Thị Người Báo", "0912345678"
    tip = api.db.transact(
        lambda s: add_tip(
            s,
            summary="Kho chứa mỹ phẩm giả ở ngõ 5",
            place_address="Ngõ 5 phố Huế",
            suspect="Cửa hàng X",
            informant_name=informant,
            informant_contact=phone,
        )
    )
    before = device.pull_all()
    assert str(tip.id) not in {c["id"] for c in before}  # not assigned yet
    api.db.transact(lambda s: assign_tip(s, tip.id, unit))
    response = device.http.get("/changes", params={"after": 0, "limit": 500})
    assert informant not in response.text and phone not in response.text
    [pulled] = [c for c in response.json()["changes"] if c["id"] == str(tip.id)]
    assert pulled["payload"]["status"] == "assigned"
    assert pulled["payload"]["summary"] == "Kho chứa mỹ phẩm giả ở ngõ 5"
    # the team reports progress on the shared tip
    progress = record(
        "tip",
        pulled["payload"] | {"status": "in_progress", "note": "Đã xác minh"},
        record_id=tip.id,
        version=pulled["version"] + 1,
        base_version=pulled["version"],
    )
    assert device.push_ok([progress])[0]["outcome"] == "applied"
    new_tip = record("tip", pulled["payload"])
    assert device.push_ok([new_tip])[0]["outcome"] == "rejected"  # devices do not invent tips
    view = device.http.get(f"/records/{tip.id}")
    assert informant not in view.text


def test_catalogues_and_officers_are_pulled(
    api: Api, unit: str, device: DeviceClient, tmp_path: Path
):
    name = "test_catalog_" + "".join(chr(97 + int(c, 16)) for c in uuid.uuid4().hex[:6])
    file = tmp_path / "c.json"
    file.write_text(
        json.dumps({"catalog": name, "version": 1, "items": [{"code": "A", "name": "Một"}]}),
        encoding="utf-8",
    )
    api.db.transact(lambda s: import_catalog(s, file))
    api.db.transact(
        lambda s: create_officer(s, unit, full_name="Đỗ Văn Dũng", badge_no="QLTT-0200")
    )
    changes = device.pull_all()
    catalogs = [c for c in changes if c["entity"] == "catalog" and c["payload"]["catalog"] == name]
    assert catalogs and catalogs[0]["payload"]["items"] == [{"code": "A", "name": "Một"}]
    officers = [c["payload"]["full_name"] for c in changes if c["entity"] == "officer"]
    assert officers == ["Đỗ Văn Dũng"]
    other = api.device(api.new_unit())
    other_changes = other.pull_all()
    assert any(c["entity"] == "catalog" and c["payload"]["catalog"] == name for c in other_changes)
    assert not any(c["entity"] == "officer" for c in other_changes)
    other.close()


def test_counts_and_checksums_match_after_a_sync_and_flag_a_mismatch(
    api: Api, unit: str, device: DeviceClient
):
    device.push_ok(
        [record("case", case_payload()) for _ in range(3)] + [record("subject", subject_payload())]
    )
    held: dict[str, list[tuple[str, int]]] = {}
    changes = device.pull_all()
    for c in changes:
        held.setdefault(c["entity"], []).append((c["id"], c["version"]))
    through = max(c["sequence"] for c in changes)
    scopes = {e: scope_checksum(pairs).model_dump() for e, pairs in held.items()}
    answer = device.http.post(
        "/checksum", json={"through_sequence": through, "scopes": scopes}
    ).json()
    assert answer["up_to_date"] is True
    assert answer["mismatched"] == []
    assert answer["scopes"]["case"]["count"] == 3
    scopes["case"] = scope_checksum(held["case"][:2]).model_dump()  # the device lost one case
    answer = device.http.post(
        "/checksum", json={"through_sequence": through, "scopes": scopes}
    ).json()
    assert answer["mismatched"] == ["case"]
    device.push_ok([record("case", case_payload())])
    answer = device.http.post(
        "/checksum", json={"through_sequence": through, "scopes": scopes}
    ).json()
    assert answer["up_to_date"] is False  # something new arrived: pull before comparing
