"""Enrolment codes, tokens, revocation and the protocol version check."""

from __future__ import annotations

import base64
import hashlib
import uuid
from datetime import timedelta

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app.sync.wire import API_PREFIX, OLDEST_PROTOCOL, PROTOCOL_HEADER, PROTOCOL_VERSION
from server.devices.service import revoke
from server.models import Device, EnrolmentCode
from tests.server.client import DeviceClient, make_code, public_key_b64
from tests.server.conftest import Api

HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


def _enrol(api: Api, code: str, key: Ed25519PrivateKey | None = None) -> httpx.Response:
    body = {
        "code": code,
        "device_name": "Laptop Đội 3",
        "public_key": public_key_b64(key or Ed25519PrivateKey.generate()),
    }
    return httpx.post(api.base_url + API_PREFIX + "/enrol", json=body, headers=HEADERS)


def test_enrolment_returns_device_and_unit_and_stores_only_hashes(api: Api, unit: str):
    code = make_code(api, unit)
    response = _enrol(
        api, code.lower().replace("-", " ")
    )  # typed by hand: case and separators vary
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["unit"]["code"] == unit
    assert data["protocol_version"] == PROTOCOL_VERSION
    token = data["token"]
    with api.db.engine.connect() as con:
        device = con.execute(select(Device).where(Device.id == uuid.UUID(data["device_id"]))).one()
        codes = con.execute(select(EnrolmentCode.code_hash)).scalars().all()
    assert device.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in repr(tuple(device))
    assert code not in codes and code.replace("-", "") not in codes
    me = httpx.get(
        api.base_url + API_PREFIX + "/devices/me",
        headers=HEADERS | {"Authorization": f"Bearer {token}"},
    )
    assert me.status_code == 200
    assert me.json()["device_id"] == data["device_id"]
    assert me.json()["unit"]["agency_code"] == "20"


REFUSED = ("Mã đăng ký không đúng, đã được dùng hoặc đã hết hạn; hãy kiểm tra lại mã hoặc "
           "xin quản trị cấp mã mới.")


def test_a_code_is_single_use(api: Api, unit: str):
    code = make_code(api, unit)
    assert _enrol(api, code).status_code == 200
    again = _enrol(api, code)
    assert again.status_code == 403
    assert again.json()["error"] == "enrolment_refused"
    assert again.json()["message"] == REFUSED


def test_unknown_used_and_expired_codes_get_one_answer(api: Api, unit: str):
    """A caller guessing codes learns nothing from the refusal."""
    used = make_code(api, unit)
    assert _enrol(api, used).status_code == 200
    expired = make_code(api, unit, ttl=timedelta(seconds=-1))
    answers = [_enrol(api, code) for code in (used, expired, "KHONG-CO-MA")]
    assert {r.status_code for r in answers} == {403}
    assert len({r.text for r in answers}) == 1
    assert answers[0].json()["message"] == REFUSED


def test_a_malformed_public_key_is_422_with_its_field(api: Api, unit: str):
    body = {
        "code": make_code(api, unit),
        "device_name": "X",
        "public_key": base64.b64encode(b"short").decode(),
    }
    response = httpx.post(api.base_url + API_PREFIX + "/enrol", json=body, headers=HEADERS)
    assert response.status_code == 422
    assert "32 byte" in response.json()["fields"]["public_key"]


def test_missing_and_wrong_tokens_are_401(api: Api, device: DeviceClient):
    url = api.base_url + API_PREFIX + "/changes"
    missing = httpx.get(url, headers=HEADERS)
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = httpx.get(url, headers=HEADERS | {"Authorization": "Bearer td1_not-a-real-token"})
    assert wrong.status_code == 401
    assert wrong.json()["error"] == "unauthenticated"
    assert device.pull()["changes"] is not None  # the right token works


def test_a_revoked_device_gets_403_on_every_call(api: Api, device: DeviceClient):
    assert device.http.get("/devices/me").status_code == 200
    api.db.transact(lambda s: revoke(s, device.device_id, "máy bị mất"))
    calls = [
        device.http.get("/devices/me"),
        device.http.get("/changes"),
        device.push([]),
        device.http.post("/attachments/missing", json={"hashes": []}),
        device.http.post("/number-blocks/lease", json={"symbol": "BB-KT", "year": 2026}),
    ]
    assert [c.status_code for c in calls] == [403] * len(calls)
    body = calls[0].json()
    assert body["error"] == "device_revoked"
    assert "giữ nguyên" in body["message"]  # the app is told its data is kept


def test_an_old_or_silent_client_gets_426_in_two_languages(api: Api, device: DeviceClient):
    for headers in ({PROTOCOL_HEADER: "0"}, {}):
        response = httpx.get(
            api.base_url + API_PREFIX + "/changes",
            headers=headers | {"Authorization": f"Bearer {device.token}"},
        )
        assert response.status_code == 426
        body = response.json()
        assert body["error"] == "protocol_too_old"
        assert "cập nhật" in body["message"] and "Update" in body["message_en"]
    newer = device.http.get("/changes", headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION + 1)})
    assert newer.status_code == 400
    # a laptop not yet updated (protocol 1: bodies never compressed) is still served
    batch = {"batch_id": str(uuid.uuid4()), "device_id": str(device.device_id), "records": []}
    older = device.http.post("/push", json=batch, headers={PROTOCOL_HEADER: str(OLDEST_PROTOCOL)})
    assert OLDEST_PROTOCOL == 1 < PROTOCOL_VERSION and older.status_code == 200, older.text


def test_openapi_lists_the_versioned_routes(api: Api):
    spec = httpx.get(api.base_url + "/openapi.json").json()
    paths = set(spec["paths"])
    assert {
        "/api/v1/enrol",
        "/api/v1/push",
        "/api/v1/changes",
        "/api/v1/checksum",
        "/api/v1/attachments/missing",
        "/api/v1/number-blocks/lease",
        "/api/v1/verify/{document_id}",
    } <= paths
    assert all(p.startswith("/api/v1/") for p in paths)
    assert "PushBatch" in spec["components"]["schemas"]


def test_a_laptop_of_the_release_before_the_escrow_key_still_enrols(api: Api, unit: str):
    """The previous release's enrolment answer had no escrow key and refused any field it
    did not know: with no key set in the province, the answer reads under that schema."""
    from pydantic import create_model

    from app.sync.wire import EnrolResponse

    fields = {name: (f.annotation, ...) for name, f in EnrolResponse.model_fields.items()
              if name != "escrow_public_key"}
    earlier = create_model("EarlierEnrolResponse", __base__=EnrolResponse.__base__, **fields)
    response = _enrol(api, make_code(api, unit))
    assert response.status_code == 200, response.text
    answer = earlier.model_validate(response.json())
    assert answer.unit.code == unit and answer.token
