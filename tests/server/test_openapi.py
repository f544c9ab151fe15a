"""The OpenAPI document is enough to write a client from: how to authenticate, which header
is required, what the signed message is, and every status each operation can answer with
its error body."""

from __future__ import annotations

import httpx

from app.sync.wire import PROTOCOL_HEADER
from tests.server.conftest import Api

DEVICE = {400, 401, 403, 422, 426}  # protocol, token, revoked, malformed, too old
BODY = {413}  # a body over the limit (inflated or not)
# What each operation can answer besides 200 (the API's contract, written down once here)
ANSWERS: dict[tuple[str, str], set[int]] = {
    ("post", "/api/v1/enrol"): {400, 403, 422, 426, 429} | BODY,
    ("get", "/api/v1/devices/me"): DEVICE | {404},
    ("post", "/api/v1/push"): DEVICE | BODY | {409},
    ("get", "/api/v1/records/{record_id}"): DEVICE | {404},
    ("get", "/api/v1/changes"): DEVICE,
    ("post", "/api/v1/checksum"): DEVICE | BODY,
    ("post", "/api/v1/attachments/missing"): DEVICE | BODY,
    ("put", "/api/v1/attachments/{sha256}"): DEVICE | BODY | {416},
    ("get", "/api/v1/attachments/{sha256}"): DEVICE | {404},
    ("get", "/api/v1/attachments/{sha256}/status"): DEVICE,
    ("post", "/api/v1/number-blocks/lease"): DEVICE | BODY | {409},
    ("get", "/api/v1/number-blocks"): DEVICE,
    ("post", "/api/v1/number-blocks/report"): DEVICE | BODY,
    ("get", "/api/v1/verify"): {422, 429},
    ("get", "/api/v1/verify/{document_id}"): {422, 429},
}
PUBLIC = {("post", "/api/v1/enrol"), ("get", "/api/v1/verify"), ("get", "/api/v1/verify/{document_id}")}


def operations(spec: dict) -> dict[tuple[str, str], dict]:
    return {(method, path): op for path, item in spec["paths"].items()
            for method, op in item.items()}


def test_every_operation_documents_each_status_it_answers(api: Api):
    spec = httpx.get(api.base_url + "/openapi.json").json()
    ops = operations(spec)
    assert set(ops) == set(ANSWERS)  # a new route gets its line above
    for key, op in ops.items():
        documented = {int(s) for s in op["responses"] if s != "200"}
        assert ANSWERS[key] <= documented, (key, ANSWERS[key] - documented)
        for status in documented:
            body = op["responses"][str(status)]["content"]["application/json"]["schema"]
            assert body == {"$ref": "#/components/schemas/ErrorBody"}, (key, status)
            assert op["responses"][str(status)]["description"], (key, status)
    assert "HTTPValidationError" not in spec["components"]["schemas"]  # 422 is an ErrorBody
    assert ops[("put", "/api/v1/attachments/{sha256}")]["responses"]["416"]["headers"][
        "X-Received-Bytes"]["schema"] == {"type": "integer"}


def test_the_device_token_is_a_bearer_scheme_and_the_protocol_header_is_required(api: Api):
    spec = httpx.get(api.base_url + "/openapi.json").json()
    schemes = spec["components"]["securitySchemes"]
    assert schemes == {"deviceToken": {
        "type": "http", "scheme": "bearer", "description": schemes["deviceToken"]["description"]}}
    for key, op in operations(spec).items():
        headers = {p["name"]: p for p in op.get("parameters", []) if p["in"] == "header"}
        assert "authorization" not in {h.lower() for h in headers}, key  # the scheme says it
        if key in PUBLIC:
            assert "security" not in op, key
        else:
            assert op["security"] == [{"deviceToken": []}], key
        if key[1].startswith("/api/v1/verify"):
            continue
        assert headers[PROTOCOL_HEADER]["required"] is True, key


def test_payloads_and_the_signed_message_are_described(api: Api):
    spec = httpx.get(api.base_url + "/openapi.json").json()
    schemas = spec["components"]["schemas"]
    payload = schemas["PushRecord"]["properties"]["payload"]
    assert payload["x-entity-payloads"] == {
        "subject": "#/components/schemas/SubjectPayload",
        "tip": "#/components/schemas/TipPayload",
        "case": "#/components/schemas/CasePayload",
        "issued_document": "#/components/schemas/IssuedDocumentPayload",
        "decision": "#/components/schemas/DecisionPayload",
        "payment": "#/components/schemas/PaymentPayload",
        "goods_disposition": "#/components/schemas/GoodsDispositionPayload",
        "referral": "#/components/schemas/ReferralPayload",
        "accused": "#/components/schemas/AccusedPayload",
        "case_step": "#/components/schemas/CaseStepPayload",
    }
    signature = schemas["IssuedDocumentPayload"]["properties"]["signature"]["anyOf"][0]
    assert "thucdia-document-v1:{id}:{sha256}:{fingerprint}" in signature["description"]
    assert "Ed25519" in signature["description"] and "Required" in signature["description"]
    lease = schemas["LeaseRequest"]["properties"]["symbol"]
    assert lease["enum"][:2] == ["BB-KT", "BB-VPHC"] and "QĐ-XPHC" in lease["enum"]
    upload = operations(spec)[("put", "/api/v1/attachments/{sha256}")]
    assert upload["requestBody"]["content"]["application/octet-stream"]["schema"]["format"] == "binary"
