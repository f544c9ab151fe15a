"""Push, batch-wide: held rows read for the whole batch, changes numbered in one range."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from server.models import KeptConflict, SyncRecord
from tests.server.client import DeviceClient, case_payload, record, subject_payload
from tests.server.conftest import Api


def _held(api: Api, record_id: str) -> tuple[int, int]:
    with api.db.engine.connect() as con:
        version, sequence = con.execute(
            select(SyncRecord.version, SyncRecord.sequence).where(
                SyncRecord.id == uuid.UUID(record_id)
            )
        ).one()
    return version, sequence


def test_new_and_changed_records_of_one_batch_get_one_gap_free_range(
    api: Api, device: DeviceClient
):
    old = record("case", case_payload())
    device.push_ok([old])
    changed = old | {"version": 2, "payload": old["payload"] | {"contents": "Bổ sung"}}
    fresh = [record("subject", subject_payload()) for _ in range(5)]
    results = device.push_ok([*fresh[:2], changed, *fresh[2:]])
    assert [r["outcome"] for r in results] == ["applied"] * 6
    sequences = sorted(r["sequence"] for r in results)
    assert sequences == list(range(sequences[0], sequences[0] + 6))
    assert _held(api, old["id"]) == (2, results[2]["sequence"])
    # the batch visits records in id order, so the sequences follow the ids
    by_id = sorted(results, key=lambda r: uuid.UUID(r["id"]).int)
    assert [r["sequence"] for r in by_id] == sequences


def test_two_versions_of_a_record_in_one_batch_apply_in_order(api: Api, device: DeviceClient):
    first = record("case", case_payload())
    second = first | {"version": 2, "payload": first["payload"] | {"contents": "Sửa lần hai"}}
    again = dict(second)  # the same version twice in the batch: a duplicate of the change
    results = device.push_ok([second, first, again])
    assert [r["outcome"] for r in results] == ["applied", "applied", "duplicate"]
    assert len({r["sequence"] for r in results}) == 1  # one change published, version 2
    assert _held(api, first["id"]) == (2, results[0]["sequence"])
    view = device.http.get(f"/records/{first['id']}").json()["current"]
    assert view["version"] == 2 and view["payload"]["contents"] == "Sửa lần hai"


def test_a_conflict_is_kept_once_however_often_it_comes(api: Api, unit: str):
    a, b = api.device(unit, "Máy A"), api.device(unit, "Máy B")
    rec = record("case", case_payload())
    a.push_ok([rec])
    theirs = rec | {"version": 2, "payload": rec["payload"] | {"contents": "B sửa"}}
    results = b.push_ok([theirs, dict(theirs)])
    assert [r["outcome"] for r in results] == ["conflict", "conflict"]
    assert b.push_ok([theirs])[0]["outcome"] == "conflict"  # a new batch, the same version
    with api.db.engine.connect() as con:
        kept = con.execute(
            select(func.count())
            .select_from(KeptConflict)
            .where(KeptConflict.record_id == uuid.UUID(rec["id"]))
        ).scalar()
    assert kept == 1
    a.close()
    b.close()


def test_a_replay_of_a_mixed_batch_answers_the_same_and_changes_nothing(
    api: Api, device: DeviceClient
):
    held = record("subject", subject_payload())
    device.push_ok([held])
    batch = [
        record("case", case_payload()),
        held,  # a duplicate
        record("case", case_payload(quantity="-1")),  # rejected
        held | {"version": 2, "base_version": 1, "payload": subject_payload(phone="0912345678")},
    ]
    batch_id = uuid.uuid4()
    first = device.push(batch, batch_id).json()
    assert [r["outcome"] for r in first["results"]] == [
        "applied",
        "duplicate",
        "rejected",
        "applied",
    ]
    before = _held(api, held["id"])
    replay = device.push(batch, batch_id).json()
    assert replay["replayed"] is True and replay["results"] == first["results"]
    assert _held(api, held["id"]) == before
