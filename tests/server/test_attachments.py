"""Attachments by SHA-256: missing hashes, verified and resumable uploads."""

from __future__ import annotations

import hashlib
import os
import uuid

from sqlalchemy import select

from tests.server.client import DeviceClient, case_payload, record
from tests.server.conftest import Api

CHUNK = 256 * 1024


def _put(
    device: DeviceClient, sha: str, data: bytes, start: int | None = None, total: int | None = None
):
    headers = {"content-type": "application/octet-stream"}
    if start is not None:
        headers["content-range"] = f"bytes {start}-{start + len(data) - 1}/{total}"
    return device.http.put(f"/attachments/{sha}", content=data, headers=headers)


def test_only_missing_hashes_are_asked_for(device: DeviceClient):
    held, lacking = os.urandom(1000), os.urandom(1000)
    held_sha, lacking_sha = hashlib.sha256(held).hexdigest(), hashlib.sha256(lacking).hexdigest()
    assert _put(device, held_sha, held).json()["complete"] is True
    answer = device.http.post(
        "/attachments/missing", json={"hashes": [held_sha, lacking_sha]}
    ).json()
    assert answer == {"missing": [lacking_sha], "partial": {}}
    assert device.http.get(f"/attachments/{held_sha}").content == held
    bad = device.http.post("/attachments/missing", json={"hashes": ["XYZ"]})
    assert bad.status_code == 422 and "hashes.0" in bad.json()["fields"]


def test_a_blob_with_the_wrong_hash_is_refused_and_not_kept(device: DeviceClient):
    data = os.urandom(5000)
    claimed = hashlib.sha256(b"something else" + os.urandom(8)).hexdigest()
    response = _put(device, claimed, data)
    assert response.status_code == 422
    assert response.json()["error"] == "hash_mismatch"
    status = device.http.get(f"/attachments/{claimed}/status").json()
    assert status["complete"] is False and status["received"] == 0
    assert device.http.get(f"/attachments/{claimed}").status_code == 404
    # the right bytes under the same name afterwards are fine
    right = hashlib.sha256(data).hexdigest()
    assert _put(device, right, data).json()["complete"] is True


def test_a_large_file_resumes_after_the_link_drops(device: DeviceClient):
    data = os.urandom(CHUNK * 3 + 1234)
    sha, total = hashlib.sha256(data).hexdigest(), len(data)
    assert _put(device, sha, data[:CHUNK], 0, total).json() == {
        "sha256": sha,
        "received": CHUNK,
        "size": total,
        "complete": False,
    }
    _put(device, sha, data[CHUNK : 2 * CHUNK], CHUNK, total)
    # the link dropped here; later the device asks where to resume
    missing = device.http.post("/attachments/missing", json={"hashes": [sha]}).json()
    assert missing == {"missing": [sha], "partial": {sha: 2 * CHUNK}}
    resend = _put(
        device, sha, data[CHUNK : 2 * CHUNK], CHUNK, total
    )  # a resend of a stored chunk is harmless
    assert resend.status_code == 200 and resend.json()["received"] == 2 * CHUNK
    gap = _put(device, sha, data[3 * CHUNK :], 3 * CHUNK, total)  # skipping a chunk is refused
    assert gap.status_code == 416
    assert gap.headers["x-received-bytes"] == str(2 * CHUNK)
    offset = int(gap.headers["x-received-bytes"])
    while offset < total:
        response = _put(device, sha, data[offset : offset + CHUNK], offset, total)
        assert response.status_code == 200, response.text
        offset = response.json()["received"]
    assert response.json()["complete"] is True
    assert device.http.get(f"/attachments/{sha}").content == data
    wrong_range = _put(device, sha, b"abc", 0, 10)
    assert wrong_range.status_code == 200  # complete already: acknowledged, nothing changes


def test_a_case_lists_the_attachments_the_server_still_lacks(device: DeviceClient):
    photo = os.urandom(2048)
    sha = hashlib.sha256(photo).hexdigest()
    refs = [
        {
            "id": str(uuid.uuid4()),
            "sha256": sha,
            "filename": "anh1.jpg",
            "media_type": "image/jpeg",
            "size": len(photo),
        }
    ]
    case = record("case", case_payload(attachments=refs))
    [result] = device.push_ok([case])
    assert result["outcome"] == "applied" and result["missing_attachments"] == [sha]
    assert _put(device, sha, photo).status_code == 200
    later = case | {"version": 2, "payload": case["payload"] | {"contents": "Đã gửi ảnh"}}
    [result] = device.push_ok([later])
    assert result["missing_attachments"] == []


def test_a_malformed_content_range_is_422(device: DeviceClient):
    data = b"x" * 10
    sha = hashlib.sha256(data).hexdigest()
    response = device.http.put(
        f"/attachments/{sha}", content=data, headers={"content-range": "bytes 0-3/10"}
    )
    assert response.status_code == 422 and "Content-Range" in response.json()["fields"]
    assert device.http.put("/attachments/not-a-hash", content=data).status_code == 422


def _photo_case(device: DeviceClient, photo: bytes) -> dict:
    sha = hashlib.sha256(photo).hexdigest()
    ref = {"id": str(uuid.uuid4()), "sha256": sha, "filename": "hang-lau.jpg",
           "media_type": "image/jpeg", "size": len(photo), "caption": "Thuốc lá ngoại tại kho"}
    return record("case", case_payload(attachments=[ref]))


def test_another_units_device_is_neither_served_nor_told_of_a_file(api: Api, device: DeviceClient):
    photo, scan = os.urandom(3000), os.urandom(2 * CHUNK + 10)
    sha, scan_sha = hashlib.sha256(photo).hexdigest(), hashlib.sha256(scan).hexdigest()
    device.push_ok([_photo_case(device, photo)])
    assert _put(device, sha, photo).json()["complete"] is True
    assert _put(device, scan_sha, scan[:CHUNK], 0, len(scan)).status_code == 200  # half-sent
    colleague = api.device(api.new_unit("Đội QLTT số 5"), "Máy Đội 5")
    absent = hashlib.sha256(os.urandom(16)).hexdigest()
    stolen = colleague.http.get(f"/attachments/{sha}")
    assert stolen.status_code == 404 and stolen.content != photo
    assert colleague.http.get(f"/attachments/{sha}").json() == colleague.http.get(
        f"/attachments/{absent}").json()  # the same answer as for a file nobody has
    for probe in (sha, scan_sha):
        assert colleague.http.get(f"/attachments/{probe}/status").json() == {
            "sha256": probe, "received": 0, "size": None, "complete": False}
    answer = colleague.http.post("/attachments/missing", json={"hashes": [sha, scan_sha, absent]})
    assert answer.json() == {"missing": [sha, scan_sha, absent], "partial": {}}
    [own_case] = colleague.push_ok([_photo_case(colleague, photo)])  # the same photo, its own case
    assert own_case["missing_attachments"] == [sha]
    assert _put(colleague, sha, photo).json()["complete"] is True  # it sends its copy
    assert colleague.http.get(f"/attachments/{sha}").content == photo
    same_unit = api.device(unit_of(api, device), "Máy của Đội phó")
    assert same_unit.http.get(f"/attachments/{sha}").content == photo  # the team sees its own
    for client in (colleague, same_unit):
        client.close()


def unit_of(api: Api, device: DeviceClient) -> str:
    from server.models import Unit

    with api.db.engine.connect() as con:
        return str(con.execute(select(Unit.code).where(Unit.id == device.unit_id)).scalar_one())
