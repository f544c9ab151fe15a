"""Compression both ways: on a border commune's mobile link the bytes decide how long a sync
takes. Push bodies may come gzip-compressed (inflated before parsing, bounded like any
body); large answers (pull pages) go gzip-compressed to clients that accept it."""

from __future__ import annotations

import gzip
import json
import uuid

import httpx

from tests.server.client import DeviceClient, case_payload, record, subject_payload
from tests.server.conftest import Api


def _gzip_push(device: DeviceClient, body: bytes) -> httpx.Response:
    return device.http.post("/push", content=gzip.compress(body), headers={
        "content-type": "application/json", "content-encoding": "gzip"})


def _batch(device: DeviceClient, records: list[dict]) -> bytes:
    return json.dumps({"batch_id": str(uuid.uuid4()), "device_id": str(device.device_id),
                       "records": records}, ensure_ascii=False).encode()


def test_a_gzip_push_is_applied_like_a_plain_one(device: DeviceClient):
    records = [record("case", case_payload(place_address=f"chợ biên giới Tân Thanh, ki-ốt {i}"))
               for i in range(40)] + [record("subject", subject_payload(name="Hoàng Văn Khải"))]
    body = _batch(device, records)
    response = _gzip_push(device, body)
    assert response.status_code == 200, response.text
    assert [r["outcome"] for r in response.json()["results"]] == ["applied"] * 41
    held = {c["id"]: c for c in device.pull_all()}
    assert held[records[7]["id"]]["payload"]["place_address"] == "chợ biên giới Tân Thanh, ki-ốt 7"
    assert held[records[40]["id"]]["payload"]["name"] == "Hoàng Văn Khải"


def test_a_compressed_body_is_bounded_when_inflated(api: Api, device: DeviceClient):
    limit = api.settings.max_body_bytes
    bomb = b'{"batch_id": "' + b" " * (limit * 4) + b'"}'  # a few KB on the wire
    assert len(gzip.compress(bomb)) < limit // 50
    response = _gzip_push(device, bomb)
    assert response.status_code == 413 and response.json()["error"] == "payload_too_large"
    broken = device.http.post("/push", content=gzip.compress(_batch(device, []))[:-12], headers={
        "content-type": "application/json", "content-encoding": "gzip"})
    assert broken.status_code == 422
    assert broken.json()["fields"] == {"body": "Dữ liệu nén (gzip) bị hỏng hoặc không trọn vẹn."}


def test_a_pull_page_comes_compressed_to_a_client_that_accepts_it(device: DeviceClient):
    device.push_ok([record("case", case_payload(contents="Kiểm tra hàng hóa " * 40))
                    for _ in range(20)])
    params = {"after": 0, "limit": 100}
    with device.http.stream("GET", "/changes", params=params,
                            headers={"accept-encoding": "gzip"}) as response:
        raw = b"".join(response.iter_raw())
        assert response.headers["content-encoding"] == "gzip"
    page = json.loads(gzip.decompress(raw))
    assert len(page["changes"]) >= 20 and len(raw) * 4 < len(gzip.decompress(raw))
    plain = device.http.get("/changes", params=params, headers={"accept-encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.json() == page


def test_an_attachment_is_served_as_it_is(device: DeviceClient):
    import hashlib
    import os

    photo = b"\xff\xd8\xff\xe0" + os.urandom(60_000)  # a JPEG's bytes do not shrink
    sha = hashlib.sha256(photo).hexdigest()
    stored = device.http.put(f"/attachments/{sha}", content=photo,
                             headers={"content-type": "application/octet-stream"})
    assert stored.status_code == 200, stored.text
    with device.http.stream("GET", f"/attachments/{sha}",
                            headers={"accept-encoding": "gzip"}) as response:
        raw = b"".join(response.iter_raw())
    assert response.status_code == 200 and "content-encoding" not in response.headers
    assert raw == photo
