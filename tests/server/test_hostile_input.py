"""What a client written only from the documents sends that the laptops never do: numbers
beyond what the databases hold, invisible control characters, digits of other scripts. Each
is refused for its own record with a Vietnamese reason, and the rest of the batch is kept."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from server.models import SyncRecord
from tests.server.client import (
    VALID_TAX_CODE,
    DeviceClient,
    case_payload,
    document_payload,
    record,
    subject_payload,
)
from tests.server.conftest import Api


def _held(api: Api, records: list[dict]) -> set[str]:
    ids = [uuid.UUID(r["id"]) for r in records]
    with api.db.engine.connect() as con:
        return {str(i) for i in con.execute(select(SyncRecord.id).where(SyncRecord.id.in_(ids))).scalars()}


def test_a_version_beyond_the_database_is_refused_for_that_record_only(
    api: Api, device: DeviceClient
):
    good = record("case", case_payload(place_address="Chợ Kỳ Lừa, Lạng Sơn"))
    beyond_64 = record("case", case_payload()) | {"version": 2**63}
    beyond_32 = record("case", case_payload()) | {"version": 2**31}  # PostgreSQL's INTEGER
    subject = record("subject", subject_payload(name="Hoàng Văn Dũng"))
    base = record("subject", subject_payload()) | {"base_version": 2**40}
    results = device.push_ok([good, beyond_64, beyond_32, subject, base])
    assert [r["outcome"] for r in results] == ["applied", "rejected", "rejected", "applied", "rejected"]
    assert [r["field"] for r in results[1:3]] == ["version", "version"]
    assert results[1]["reason"] == "Giá trị lớn hơn mức cho phép."
    assert results[1]["version"] == 2**63  # answered under the id and version it came with
    assert results[4]["field"] == "base_version"
    assert _held(api, [good, beyond_64, beyond_32, subject, base]) == {good["id"], subject["id"]}
    pulled = {c["id"]: c for c in device.pull_all()}
    assert pulled[good["id"]]["payload"]["place_address"] == "Chợ Kỳ Lừa, Lạng Sơn"


def test_numbers_inside_a_payload_are_bounded_too(api: Api, device: DeviceClient):
    rich = case_payload()
    rich["seizures"][0]["items"][0]["estimated_value"] = 10**20
    huge_file = case_payload(attachments=[{
        "id": str(uuid.uuid4()), "sha256": "ab" * 32, "filename": "anh.jpg", "size": 2**63}])
    far = case_payload()
    far["members"][0]["position"] = 2**40
    results = device.push_ok([record("case", p) for p in (rich, huge_file, far)])
    assert [r["outcome"] for r in results] == ["rejected"] * 3
    assert results[0]["field"] == "seizures.0.items.0.estimated_value"
    assert "vượt quá mức cho phép" in results[0]["reason"]
    assert results[1]["field"] == "attachments.0.size"
    assert results[2]["field"] == "members.0.position"


def test_a_pull_after_a_sequence_beyond_64_bits_is_422(device: DeviceClient):
    too_far = device.http.get("/changes", params={"after": 2**63})
    assert too_far.status_code == 422
    assert too_far.json()["fields"] == {"after": "Giá trị lớn hơn mức cho phép."}
    last = device.http.get("/changes", params={"after": 2**63 - 1})
    assert last.status_code == 200 and last.json()["changes"] == []


def test_nul_and_bidirectional_controls_are_refused_in_every_text(api: Api, device: DeviceClient):
    doc_id = uuid.uuid4()
    signed = document_payload(device, doc_id) | {"issued_by": "Trần Thị\x00 Bình"}
    spoofed_name = subject_payload(name="Nguyễn Văn \u202eAn")  # "right-to-left override"
    badge = case_payload()
    badge["members"][0]["badge_no"] = "QLTT\u2066-0101"
    plate = case_payload(vehicle_plate="12C-\u200f123.45")
    clean = subject_payload(name="Lò Thị Hoa")
    pushed = [record("issued_document", signed, record_id=doc_id), record("subject", spoofed_name),
              record("case", badge), record("case", plate), record("subject", clean)]
    results = device.push_ok(pushed)
    assert [r["outcome"] for r in results] == ["rejected"] * 4 + ["applied"]
    assert [r["field"] for r in results[:4]] == [
        "issued_by", "name", "members.0.badge_no", "vehicle_plate"]
    assert results[0]["reason"] == (
        "Có ký tự điều khiển không nhìn thấy (U+0000) trong nội dung: hãy xóa ký tự đó rồi nhập lại.")
    assert "U+202E" in results[1]["reason"] and "U+2066" in results[2]["reason"]
    assert _held(api, pushed) == {pushed[-1]["id"]}


def test_a_tax_code_in_other_digits_is_refused(api: Api, device: DeviceClient):
    full_width = "".join(chr(0xFF10 + int(d)) for d in VALID_TAX_CODE)
    arabic_indic = "".join(chr(0x0660 + int(d)) for d in VALID_TAX_CODE)
    organisation = {"kind": "organisation", "name": "Công ty TNHH Thương mại Đồng Đăng"}
    pushed = [record("subject", organisation | {"tax_code": code})
              for code in (full_width, arabic_indic, VALID_TAX_CODE)]
    results = device.push_ok(pushed)
    assert [r["outcome"] for r in results] == ["rejected", "rejected", "applied"]
    assert {r["field"] for r in results[:2]} == {"tax_code"}
    assert results[0]["reason"] == "Mã số thuế chỉ gồm chữ số 0–9 (và dấu gạch ngang trước 3 số cuối)."
    with api.db.engine.connect() as con:
        held = con.execute(select(func.count()).select_from(SyncRecord).where(
            SyncRecord.id.in_([uuid.UUID(r["id"]) for r in pushed]))).scalar()
    assert held == 1
