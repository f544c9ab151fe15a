"""Push: idempotent batches, duplicates, conflicts kept, finalised records locked, rejects."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import func, select

from server.models import KeptConflict, SyncRecord
from tests.server.client import (
    DeviceClient,
    case_payload,
    document_payload,
    record,
    subject_payload,
)
from tests.server.conftest import Api


def _rows(api: Api, record_ids: list[str]) -> int:
    ids = [uuid.UUID(i) for i in record_ids]
    with api.db.engine.connect() as con:
        return int(
            con.execute(
                select(func.count()).select_from(SyncRecord).where(SyncRecord.id.in_(ids))
            ).scalar()
        )


def test_a_replayed_batch_gets_identical_results_and_creates_nothing(
    api: Api, device: DeviceClient
):
    records = [record("case", case_payload()) for _ in range(3)] + [
        record("subject", subject_payload())
    ]
    batch_id = uuid.uuid4()
    first = device.push(records, batch_id)
    assert first.status_code == 200
    results = first.json()["results"]
    assert [r["outcome"] for r in results] == ["applied"] * 4
    sequences = [r["sequence"] for r in results]
    assert len(set(sequences)) == 4 and all(isinstance(s, int) for s in sequences)
    replay = device.push(records, batch_id)  # the answer was lost; the device sends it again
    assert replay.status_code == 200
    assert replay.json()["replayed"] is True
    assert replay.json()["results"] == results
    assert _rows(api, [r["id"] for r in records]) == 4
    pulled = [c["id"] for c in device.pull_all() if c["entity"] != "catalog"]
    assert sorted(pulled) == sorted(r["id"] for r in records)


def test_the_same_version_in_a_new_batch_is_a_duplicate(device: DeviceClient):
    rec = record("case", case_payload())
    [applied] = device.push_ok([rec])
    [again] = device.push_ok([rec])
    assert again["outcome"] == "duplicate"
    assert again["sequence"] == applied["sequence"]
    rec2 = rec | {"version": 2, "payload": rec["payload"] | {"contents": "Bổ sung"}}
    [newer] = device.push_ok([rec2])
    assert newer["outcome"] == "applied" and newer["sequence"] > applied["sequence"]
    [older] = device.push_ok([rec])  # a late copy of version 1
    assert older["outcome"] == "duplicate" and older["server_version"] == 2


def test_a_stale_base_version_is_a_conflict_and_both_versions_are_kept(api: Api, unit: str):
    a, b = api.device(unit, "Máy A"), api.device(unit, "Máy B")
    subject_id = str(uuid.uuid4())
    [created] = a.push_ok([record("subject", subject_payload(), record_id=subject_id)])
    assert created["outcome"] == "applied"
    mine = record(
        "subject",
        subject_payload(address="Địa chỉ mới của A"),
        record_id=subject_id,
        version=2,
        base_version=1,
    )
    theirs = record(
        "subject",
        subject_payload(address="Địa chỉ mới của B"),
        record_id=subject_id,
        version=2,
        base_version=1,
    )
    assert a.push_ok([mine])[0]["outcome"] == "applied"
    [conflict] = b.push_ok([theirs])
    assert conflict["outcome"] == "conflict"
    assert conflict["server_version"] == 2
    assert "giữ" in conflict["reason"]
    view = b.http.get(f"/records/{subject_id}").json()
    assert view["current"]["payload"]["address"] == "Địa chỉ mới của A"
    assert [k["payload"]["address"] for k in view["kept"]] == ["Địa chỉ mới của B"]
    assert view["kept"][0]["device_id"] == str(b.device_id) and view["kept"][0]["base_version"] == 1
    assert b.push_ok([theirs])[0]["outcome"] == "conflict"  # pushed again: still one kept copy
    with api.db.engine.connect() as con:
        kept = con.execute(
            select(func.count())
            .select_from(KeptConflict)
            .where(KeptConflict.record_id == uuid.UUID(subject_id))
        ).scalar()
    assert kept == 1
    resolved = record(
        "subject",
        subject_payload(address="Địa chỉ đã thống nhất"),
        record_id=subject_id,
        version=3,
        base_version=2,
    )
    assert b.push_ok([resolved])[0]["outcome"] == "applied"  # a person resolved it on B
    for client in (a, b):
        client.close()


def test_a_finalised_case_is_immutable_even_for_its_origin(device: DeviceClient):
    case_id = str(uuid.uuid4())
    payload = case_payload(status="finalised", finalised_by="Trần Thị Bình")
    assert (
        device.push_ok([record("case", payload, record_id=case_id, version=3)])[0]["outcome"]
        == "applied"
    )
    changed = record(
        "case", payload | {"team_conclusion": "Sửa sau khi hoàn tất"}, record_id=case_id, version=4
    )
    [refused] = device.push_ok([changed])
    assert refused["outcome"] == "conflict"
    assert "không thể sửa" in refused["reason"]
    deleted = record("case", payload, record_id=case_id, version=4, deleted=True)
    assert device.push_ok([deleted])[0]["outcome"] == "conflict"
    current = device.http.get(f"/records/{case_id}").json()["current"]
    assert current["version"] == 3 and current["deleted_at"] is None
    assert current["payload"]["team_conclusion"] == ""


def test_a_draft_belongs_to_its_device(api: Api, unit: str):
    a, b = api.device(unit), api.device(unit)
    rec = record("case", case_payload())
    a.push_ok([rec])
    [other] = b.push_ok([rec | {"version": 2, "payload": rec["payload"] | {"contents": "B sửa"}}])
    assert other["outcome"] == "conflict" and "máy khác" in other["reason"]
    a.close()
    b.close()


def test_a_bad_record_is_rejected_with_its_field_while_the_others_apply(device: DeviceClient):
    good = record("case", case_payload())
    bad_quantity = record("case", case_payload(quantity="-3"))
    bad_id = record("subject", subject_payload(id_number="0010900123"))
    bad_tax = record(
        "subject", {"kind": "organisation", "name": "Công ty TNHH A", "tax_code": "0100109107"}
    )
    future = record("case", case_payload(started_at="2999-01-01T08:00:00+07:00", ended_at=None))
    results = device.push_ok(
        [good, bad_quantity, bad_id, bad_tax, future, record("subject", subject_payload())]
    )
    assert [r["outcome"] for r in results] == [
        "applied",
        "rejected",
        "rejected",
        "rejected",
        "rejected",
        "applied",
    ]
    assert results[1]["field"] == "seizures.0.items.0.quantity"
    assert results[1]["reason"] == "Số lượng phải lớn hơn 0."
    assert results[2]["field"] == "id_number" and "12 chữ số" in results[2]["reason"]
    assert results[3]["field"] == "tax_code" and "kiểm tra" in results[3]["reason"]
    assert results[4]["field"] == "started_at" and "tương lai" in results[4]["reason"]
    catalog = record("catalog", {"catalog": "forces", "version": 9, "items": []})
    assert device.push_ok([catalog])[0] | {"reason": None} == {
        **device.push_ok([catalog])[0],
        "outcome": "rejected",
        "field": "entity",
        "reason": None,
    }


def test_a_record_with_a_malformed_head_is_refused_alone(api: Api, device: DeviceClient):
    good = record("case", case_payload(place_address="Chợ cửa khẩu Tân Thanh"))
    zero = record("case", case_payload()) | {"version": 0}
    bogus = record("case", case_payload()) | {"entity": "bogus"}
    results = device.push_ok([good, zero, bogus])
    assert [r["outcome"] for r in results] == ["applied", "rejected", "rejected"]
    assert (results[1]["field"], results[1]["reason"]) == ("version", "Giá trị nhỏ hơn mức cho phép.")
    assert results[2]["field"] == "entity" and "bogus" in results[2]["reason"]
    assert _rows(api, [good["id"], zero["id"], bogus["id"]]) == 1


def test_a_batch_that_does_not_say_which_records_it_holds_is_422(device: DeviceClient):
    nameless = record("case", case_payload()) | {"id": "khong-phai-uuid"}
    response = device.push([record("case", case_payload()), nameless])
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "validation_failed"
    assert "records.1.id" in body["fields"]
    no_batch = device.http.post("/push", json={"device_id": str(device.device_id), "records": []})
    assert no_batch.status_code == 422 and "batch_id" in no_batch.json()["fields"]


def test_oversized_requests_are_413(api: Api, device: DeviceClient):
    too_many = [
        record("subject", subject_payload()) for _ in range(api.settings.max_batch_records + 1)
    ]
    response = device.push(too_many)
    assert response.status_code == 413
    assert response.json()["error"] == "payload_too_large"
    huge = record("case", case_payload(contents="x" * 19_000))
    body_too_big = device.push([huge] * 60)  # ~1.2 MB > the 1 MiB limit of the test server
    assert body_too_big.status_code == 413
    chunked = device.http.post(
        "/push",
        content=iter([b"{" + b" " * (api.settings.max_body_bytes + 10)]),
        headers={"content-type": "application/json"},
    )
    assert chunked.status_code == 413


def test_an_issued_document_is_immutable_except_to_become_void(api: Api, device: DeviceClient):
    doc_id = uuid.uuid4()
    payload = document_payload(device, doc_id)
    assert (
        device.push_ok([record("issued_document", payload, record_id=doc_id)])[0]["outcome"]
        == "applied"
    )
    renumbered = record(
        "issued_document", payload | {"number": "20039999/BB-KT"}, record_id=doc_id, version=2
    )
    assert device.push_ok([renumbered])[0]["outcome"] == "conflict"
    void = payload | {
        "status": "void",
        "void_reason": "In sai tên",
        "voided_at": payload["issued_at"],
    }
    [voided] = device.push_ok([record("issued_document", void, record_id=doc_id, version=2)])
    assert voided["outcome"] == "applied"
    back = record("issued_document", payload, record_id=doc_id, version=3)
    assert device.push_ok([back])[0]["outcome"] == "conflict"


def test_an_issued_document_must_be_signed_by_the_device_key_and_unit(
    api: Api, device: DeviceClient
):
    doc_id = uuid.uuid4()
    forged = document_payload(device, doc_id) | {"fingerprint": "ffffffffffffffff"}
    [result] = device.push_ok([record("issued_document", forged, record_id=doc_id)])
    assert result["outcome"] == "rejected" and result["field"] == "signature"
    other_unit = document_payload(device, doc_id) | {"unit_id": str(uuid.uuid4())}
    [result] = device.push_ok([record("issued_document", other_unit, record_id=doc_id)])
    assert result["outcome"] == "rejected" and result["field"] == "unit_id"


def test_a_batch_must_name_the_device_that_sends_it(device: DeviceClient):
    body = {"batch_id": str(uuid.uuid4()), "device_id": str(uuid.uuid4()), "records": []}
    response = device.http.post("/push", json=body)
    assert response.status_code == 403


def test_an_unsigned_document_is_refused_and_never_verifies(api: Api, device: DeviceClient):
    doc_id = uuid.uuid4()
    unsigned = document_payload(device, doc_id) | {"signature": None}
    silent = {k: v for k, v in document_payload(device, doc_id).items() if k != "signature"}
    results = device.push_ok([record("issued_document", p, record_id=doc_id)
                              for p in (unsigned, silent)])
    assert [(r["outcome"], r["field"]) for r in results] == [("rejected", "signature")] * 2
    assert results[0]["reason"] == "Biên bản thiếu chữ ký số của máy: máy phải ký trước khi gửi."
    public = httpx.get(f"{api.base_url}/api/v1/verify/{doc_id}",
                       params={"h": unsigned["fingerprint"][:8]})
    assert public.json()["issued"] is False
    signed = document_payload(device, doc_id)
    assert device.push_ok([record("issued_document", signed, record_id=doc_id)])[0]["outcome"] == "applied"
    public = httpx.get(f"{api.base_url}/api/v1/verify/{doc_id}", params={"h": signed["fingerprint"][:8]})
    assert public.json()["issued"] is True and public.json()["number"] == signed["number"]


def test_a_batch_id_reused_with_other_records_is_409_and_applies_nothing(
    api: Api, device: DeviceClient
):
    batch_id = uuid.uuid4()
    first = [record("case", case_payload(place_address="Chợ Đông Kinh"))]
    assert device.push_ok(first, batch_id)[0]["outcome"] == "applied"
    replay = device.push(first, batch_id)  # the answer was lost: the same records again
    assert replay.status_code == 200 and replay.json()["replayed"] is True
    other = [record("case", case_payload(place_address="Chợ Giếng Vuông")),
             record("subject", subject_payload(name="Nông Thị Hạnh"))]
    reused = device.push(other, batch_id)
    assert reused.status_code == 409
    body = reused.json()
    assert body["error"] == "batch_reused"
    assert body["message"].startswith("Mã lô dữ liệu này đã dùng cho một lô khác")
    assert _rows(api, [r["id"] for r in other]) == 0  # nothing silently dropped as "replayed"
    assert [r["outcome"] for r in device.push_ok(other)] == ["applied", "applied"]
