"""A minimal device for the server tests: real HTTP with httpx, real Ed25519 keys, and
builders of wire payloads (dicts, as a client would send them)."""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.sync.wire import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION, signing_message

if TYPE_CHECKING:
    from tests.server.conftest import Api

VALID_CCCD = "001090012345"  # Hà Nội, male, born 1990
VALID_TAX_CODE = "0100109106"


def public_key_b64(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


class DeviceClient:
    """An enrolled device talking to the server over HTTP."""

    def __init__(
        self,
        base_url: str,
        device_id: uuid.UUID,
        token: str,
        unit_id: uuid.UUID,
        key: Ed25519PrivateKey,
    ) -> None:
        self.device_id, self.token, self.unit_id, self.key = device_id, token, unit_id, key
        self.http = httpx.Client(
            base_url=base_url + API_PREFIX,
            timeout=30,
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {token}"},
        )

    def close(self) -> None:
        self.http.close()

    def push(
        self, records: list[dict[str, Any]], batch_id: uuid.UUID | None = None
    ) -> httpx.Response:
        body = {
            "batch_id": str(batch_id or uuid.uuid4()),
            "device_id": str(self.device_id),
            "records": records,
        }
        return self.http.post("/push", json=body)

    def push_ok(
        self, records: list[dict[str, Any]], batch_id: uuid.UUID | None = None
    ) -> list[dict[str, Any]]:
        response = self.push(records, batch_id)
        assert response.status_code == 200, response.text
        return response.json()["results"]  # type: ignore[no-any-return]

    def pull(self, after: int = 0, limit: int = 200) -> dict[str, Any]:
        response = self.http.get("/changes", params={"after": after, "limit": limit})
        assert response.status_code == 200, response.text
        return response.json()  # type: ignore[no-any-return]

    def pull_all(self, after: int = 0, limit: int = 200) -> list[dict[str, Any]]:
        changes: list[dict[str, Any]] = []
        while True:
            page = self.pull(after, limit)
            changes += page["changes"]
            after = page["next_after"]
            if not page["has_more"]:
                return changes

    def sign(self, document_id: uuid.UUID, sha256: str, fingerprint: str) -> str:
        return base64.b64encode(
            self.key.sign(signing_message(document_id, sha256, fingerprint))
        ).decode()


def make_code(api: Api, unit_code: str, ttl: timedelta = timedelta(minutes=15)) -> str:
    from server.devices.service import make_code as make

    return api.db.transact(lambda s: make(s, unit_code, ttl)).code


def enrol_device(api: Api, unit_code: str, name: str = "Máy thử") -> DeviceClient:
    key = Ed25519PrivateKey.generate()
    body = {
        "code": make_code(api, unit_code),
        "device_name": name,
        "public_key": public_key_b64(key),
    }
    response = httpx.post(
        api.base_url + API_PREFIX + "/enrol",
        json=body,
        headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
    )
    assert response.status_code == 200, response.text
    data = response.json()
    return DeviceClient(
        api.base_url,
        uuid.UUID(data["device_id"]),
        data["token"],
        uuid.UUID(data["unit"]["id"]),
        key,
    )


# --- payload builders --------------------------------------------------------------------------


def ago(**delta: float) -> str:
    return (datetime.now(UTC) - timedelta(**delta)).isoformat()


def _id() -> str:
    return str(uuid.uuid4())


def subject_payload(
    name: str = "Nguyễn Văn An", id_number: str = VALID_CCCD, **extra: Any
) -> dict[str, Any]:
    return {
        "kind": "individual",
        "name": name,
        "gender": "nam",
        "birth_date": "1990-05-01",
        "id_kind": "cccd",
        "id_number": id_number,
        "address": "Số 1 phố Hàng Bạc, Hà Nội",
    } | extra


def case_payload(
    *,
    status: str = "draft",
    quantity: Any = "12",
    subject: dict[str, Any] | None = None,
    attachments: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    subject_id = _id()
    return {
        "status": status,
        "basis_kind": "surprise",
        "surprise_ground": "Tin báo của quần chúng",
        "started_at": ago(hours=2),
        "ended_at": ago(hours=1),
        "place_address": "Chợ Đồng Xuân",
        "subject_id": subject_id,
        "subject": {"id": subject_id, "version": 1, **(subject or subject_payload())},
        "members": [
            {
                "id": _id(),
                "position": 0,
                "full_name": "Trần Thị Bình",
                "badge_no": "QLTT-0101",
                "is_leader": True,
            },
            {"id": _id(), "position": 1, "full_name": "Lê Văn Cường", "badge_no": "QLTT-0102"},
        ],
        "findings": [
            {"id": _id(), "content": "Kiểm tra hóa đơn chứng từ", "result": "Không xuất trình được"}
        ],
        "seizures": [
            {
                "id": _id(),
                "seized_at": ago(hours=1),
                "storage_place": "Kho Đội 3",
                "items": [
                    {
                        "id": _id(),
                        "name": "Rượu ngoại",
                        "unit": "chai",
                        "quantity": quantity,
                        "estimated_value": 1_200_000,
                    }
                ],
            }
        ],
        "attachments": attachments or [],
    } | extra


def record(
    entity: str,
    payload: dict[str, Any],
    *,
    version: int = 1,
    base_version: int | None = None,
    record_id: uuid.UUID | str | None = None,
    deleted: bool = False,
) -> dict[str, Any]:
    return {
        "entity": entity,
        "id": str(record_id or uuid.uuid4()),
        "version": version,
        "base_version": base_version,
        "updated_at": ago(seconds=5),
        "deleted_at": ago(seconds=1) if deleted else None,
        "payload": payload,
    }


def document_payload(
    device: DeviceClient,
    document_id: uuid.UUID,
    *,
    inspection_id: str | None = None,
    sequence: int = 15,
    status: str = "issued",
) -> dict[str, Any]:
    sha, fingerprint = "ab" * 32, "0123456789abcdef"
    return {
        "inspection_id": inspection_id or _id(),
        "unit_id": str(device.unit_id),
        "form_code": "BB-KT",
        "symbol": "BB-KT",
        "year": datetime.now(UTC).year,
        "sequence": sequence,
        "number": f"2003{sequence:04d}/BB-KT",
        "issued_at": ago(minutes=30),
        "issued_by": "Trần Thị Bình",
        "sha256": sha,
        "fingerprint": fingerprint,
        "page_count": 2,
        "copies": 2,
        "status": status,
        "signature": device.sign(document_id, sha, fingerprint),
    }
