"""Number blocks leased per device never overlap; used/void reports; public verification."""

from __future__ import annotations

import threading
import uuid

import httpx

from app.sync.wire import API_PREFIX
from tests.server.client import DeviceClient, document_payload, record
from tests.server.conftest import Api


def test_leases_of_two_devices_never_overlap(api: Api, unit: str):
    a, b = api.device(unit), api.device(unit)
    leased: list[tuple[str, int, int]] = []
    lock = threading.Lock()

    def lease(client: DeviceClient) -> None:
        for _ in range(4):  # 200 numbers: as many as a device may hold unreported
            response = client.http.post(
                "/number-blocks/lease", json={"symbol": "BB-TG", "year": 2026, "count": 50}
            )
            assert response.status_code == 200, response.text
            block = response.json()
            with lock:
                leased.append((block["device_id"], block["first"], block["last"]))

    threads = [threading.Thread(target=lease, args=(c,)) for c in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    numbers = [n for _, first, last in leased for n in range(first, last + 1)]
    assert len(numbers) == len(set(numbers)) == 8 * 50
    assert sorted(numbers) == list(range(1, 401))
    assert {d for d, _, _ in leased} == {str(a.device_id), str(b.device_id)}
    mine = a.http.get("/number-blocks").json()
    assert len(mine) == 4 and all(block["device_id"] == str(a.device_id) for block in mine)
    # each lease reaches its own device by pull, and only that device
    pulled_a = {c["id"] for c in a.pull_all() if c["entity"] == "number_block"}
    pulled_b = {c["id"] for c in b.pull_all() if c["entity"] == "number_block"}
    assert pulled_a == {block["id"] for block in mine} and not pulled_a & pulled_b
    other_year = a.http.post("/number-blocks/lease", json={"symbol": "BB-TG", "year": 2027}).json()
    assert (other_year["first"], other_year["last"]) == (1, 50)  # numbering restarts each year
    a.close()
    b.close()


def test_used_and_void_numbers_are_reported(api: Api, unit: str, device: DeviceClient):
    block = device.http.post(
        "/number-blocks/lease", json={"symbol": "BB-KT", "year": 2026, "count": 5}
    ).json()
    first = block["first"]
    colleague = api.device(unit, "Máy của Đội phó")
    theirs = colleague.http.post(
        "/number-blocks/lease", json={"symbol": "BB-KT", "year": 2026, "count": 5}
    ).json()
    uses = [
        {
            "symbol": "BB-KT",
            "year": 2026,
            "sequence": first,
            "status": "used",
            "document_id": str(uuid.uuid4()),
        },
        {"symbol": "BB-KT", "year": 2026, "sequence": first + 1, "status": "void"},
        {
            "symbol": "BB-KT",
            "year": 2026,
            "sequence": theirs["first"],
            "status": "used",
        },  # leased to the colleague's laptop
        {"symbol": "BB-KT", "year": 2026, "sequence": 400, "status": "used"},  # set-up range
    ]
    answer = device.http.post("/number-blocks/report", json={"uses": uses}).json()
    assert answer["accepted"] == 3 and list(answer["rejected"]) == ["2"]
    assert "máy khác" in answer["rejected"]["2"]
    after = colleague.http.post(
        "/number-blocks/lease", json={"symbol": "BB-KT", "year": 2026, "count": 5}
    ).json()
    assert after["first"] == 401  # never hands out a number printed before enrolment
    colleague.close()
    again = device.http.post("/number-blocks/report", json={"uses": uses[:2]}).json()
    assert again == {"accepted": 2, "rejected": {}}  # idempotent
    voided = device.http.post(
        "/number-blocks/report", json={"uses": [uses[0] | {"status": "void"}]}
    ).json()
    assert voided["accepted"] == 1
    bad = device.http.post(
        "/number-blocks/lease", json={"symbol": "BB-KT", "year": 2026, "count": 0}
    )
    assert bad.status_code == 422 and "count" in bad.json()["fields"]


def test_the_verification_endpoint_answers_without_personal_data(api: Api, device: DeviceClient):
    doc_id = uuid.uuid4()
    payload = document_payload(device, doc_id, sequence=16)
    payload["issued_by"] = "Trần Thị Bình"
    device.push_ok([record("issued_document", payload, record_id=doc_id)])
    public = httpx.Client(base_url=api.base_url + API_PREFIX)  # no token, no protocol header
    answer = public.get(f"/verify/{doc_id}", params={"h": payload["fingerprint"][:8]})
    assert answer.status_code == 200
    body = answer.json()
    assert body["issued"] is True and body["status"] == "issued"
    assert body["number"] == payload["number"] and body["form_code"] == "BB-KT"
    assert body["unit_name"].startswith("Đội QLTT")
    assert set(body) == {"issued", "status", "unit_name", "number", "form_code", "issued_on"}
    assert "Trần Thị Bình" not in answer.text and payload["inspection_id"] not in answer.text
    qr = public.get("/verify", params={"ma": f"THUCDIA:1:{doc_id}:{payload['fingerprint']}"})
    assert qr.json() == body
    by_pdf_hash = public.get(f"/verify/{doc_id}", params={"h": payload["sha256"][:12]})
    assert by_pdf_hash.json()["issued"] is True
    wrong = public.get(f"/verify/{doc_id}", params={"h": "deadbeef"})
    unknown = public.get(f"/verify/{uuid.uuid4()}", params={"h": "deadbeef"})
    assert (
        wrong.json()
        == unknown.json()
        == {
            "issued": False,
            "status": None,
            "unit_name": None,
            "number": None,
            "form_code": None,
            "issued_on": None,
        }
    )
    assert public.get(f"/verify/{doc_id}", params={"h": "abc"}).status_code == 422
    assert public.get("/verify", params={"ma": "garbage"}).status_code == 422
    public.close()


def test_a_lease_is_a_bounded_block_of_a_form_the_product_knows(api: Api, device: DeviceClient):
    lease = "/number-blocks/lease"
    greedy = device.http.post(lease, json={"symbol": "BB-KT", "year": 2026, "count": 9999})
    assert greedy.status_code == 422
    assert greedy.json()["fields"] == {"count": "Mỗi lần chỉ được cấp tối đa 100 số."}
    invented = device.http.post(lease, json={"symbol": "BB-XYZ", "year": 2026})
    assert invented.status_code == 422 and "symbol" in invented.json()["fields"]
    decision = device.http.post(lease, json={"symbol": "QĐ-XPHC", "year": 2026, "count": 20})
    assert decision.status_code == 200 and decision.json()["symbol"] == "QĐ-XPHC"
    blocks = [device.http.post(lease, json={"symbol": "BB-VPHC", "year": 2026, "count": 100})
              for _ in range(2)]
    assert [b.status_code for b in blocks] == [200, 200]
    hoarding = device.http.post(lease, json={"symbol": "BB-VPHC", "year": 2026, "count": 50})
    assert hoarding.status_code == 409 and hoarding.json()["error"] == "lease_refused"
    assert hoarding.json()["message"].startswith("Máy còn 200 số BB-VPHC năm 2026 chưa báo đã dùng")
    first = blocks[0].json()["first"]
    uses = [{"symbol": "BB-VPHC", "year": 2026, "sequence": n, "status": "used",
             "document_id": str(uuid.uuid4())} for n in range(first, first + 60)]
    assert device.http.post("/number-blocks/report", json={"uses": uses}).json()["accepted"] == 60
    topped_up = device.http.post(lease, json={"symbol": "BB-VPHC", "year": 2026, "count": 50})
    assert topped_up.status_code == 200 and topped_up.json()["first"] == blocks[1].json()["last"] + 1
    unknown_use = {"symbol": "XX", "year": 2026, "sequence": 1, "status": "used"}
    refused = device.http.post("/number-blocks/report", json={"uses": [unknown_use]})
    assert refused.status_code == 422 and "uses.0.symbol" in refused.json()["fields"]
