"""Every operation of the OpenAPI document, probed with hostile values in each of its path
and query parameters and body fields (and in each field of a pushed record and its payload):
numbers beyond 64 bits, NUL, bidirectional controls, digits of other scripts, very long text,
wrong types. The server never answers 500, and answers only statuses the document lists for
that operation.

A deterministic loop rather than a property-based fuzzer: the same requests every run, a few
thousand and a half of them, on both databases."""

from __future__ import annotations

import copy
import uuid
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete

from app.sync.wire import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION
from server.console.models import ThrottleHit
from tests.server.client import (
    DeviceClient,
    case_payload,
    document_payload,
    public_key_b64,
    record,
    subject_payload,
)
from tests.sync.support import LiveServer

HOSTILE: list[Any] = [
    2**63, -(2**63) - 1, 10**40, -1, 1.5, True, None, "", "\x00", "Lê\u202eVăn", "٠١٢٣٤٥",
    "x" * 25_000, [], {}, [2**63], {"\x00": 1},
]
IN_PATHS = ["9" * 40, "%00", "\u202e", "a" * 3000, "-1", "٠١"]
IN_QUERIES = [str(2**63), str(-(2**63) - 1), "-1", "abc", "1e309", "\x00", "\u202e", "x" * 3000]
LIMITS = {"enrol_failures_per_address": 1_000_000, "verify_per_minute": 1_000_000}


@pytest.fixture
def server(database_url: str) -> Iterator[LiveServer]:
    live = LiveServer(database_url, **LIMITS).start()
    yield live
    live.db.transact(lambda s: s.execute(delete(ThrottleHit).where(
        ThrottleHit.key.in_(["enrol:127.0.0.1", "verify:127.0.0.1"]))))
    live.close()


def _device(server: LiveServer) -> DeviceClient:
    key = Ed25519PrivateKey.generate()
    body = {"code": server.enrolment_code(server.new_unit("Đội QLTT số 9")),
            "device_name": "Máy thử nghiệm", "public_key": public_key_b64(key)}
    data = httpx.post(server.url + API_PREFIX + "/enrol", json=body,
                      headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}).json()
    return DeviceClient(server.url, uuid.UUID(data["device_id"]), data["token"],
                        uuid.UUID(data["unit"]["id"]), key)


def _bodies(device: DeviceClient) -> dict[str, dict[str, Any]]:
    """A well-formed body of each request schema (the starting point of every probe)."""
    doc_id = uuid.uuid4()
    return {
        "EnrolRequest": {"code": "ABCDE-FGHJK", "device_name": "Máy",
                         "public_key": public_key_b64(Ed25519PrivateKey.generate())},
        "PushBatch": {"batch_id": str(uuid.uuid4()), "device_id": str(device.device_id),
                      "records": [record("case", case_payload())]},
        "ChecksumRequest": {"through_sequence": 0, "scopes": {}},
        "MissingRequest": {"hashes": ["ab" * 32]},
        "LeaseRequest": {"symbol": "BB-KT", "year": 2026, "count": 5},
        "NumberUseReport": {"uses": [{"symbol": "BB-KT", "year": 2026, "sequence": 1,
                                      "status": "used"}]},
        "_document": record("issued_document", document_payload(device, doc_id), record_id=doc_id),
    }


def _leaves(value: Any, path: tuple = ()) -> Iterator[tuple]:
    """The path of every field inside a JSON value (dicts and the first item of lists)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield (*path, key)
            yield from _leaves(inner, (*path, key))
    elif isinstance(value, list) and value:
        yield from _leaves(value[0], (*path, 0))


def _with(body: Any, path: tuple, value: Any) -> Any:
    changed = copy.deepcopy(body)
    target = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return changed


def _probes(op: dict, path: str, bodies: dict[str, Any]) -> Iterator[tuple[str, dict, Any]]:
    """(path, query, JSON body) of each hostile request to one operation."""
    params = op.get("parameters", [])
    in_path = [p["name"] for p in params if p["in"] == "path"]
    in_query = [p["name"] for p in params if p["in"] == "query"]
    normal = path.replace("{record_id}", str(uuid.uuid4())).replace("{document_id}", str(uuid.uuid4()))
    normal = normal.replace("{sha256}", "ab" * 32)
    query = {"h": "0123abcd"} if "h" in in_query else {}
    if "ma" in in_query:
        query = {"ma": f"THUCDIA:1:{uuid.uuid4()}:0123456789abcdef"}
    schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    body = bodies.get(schema.get("$ref", "").rsplit("/", 1)[-1])
    yield normal, query, body
    for name in in_path:
        for value in IN_PATHS:
            yield path.replace("{" + name + "}", value).replace("{sha256}", "ab" * 32).replace(
                "{record_id}", str(uuid.uuid4())).replace("{document_id}", str(uuid.uuid4())), query, body
    for name in in_query:
        for value in IN_QUERIES:
            yield normal, query | {name: value}, body
    if body is None:
        return
    for value in HOSTILE:
        yield normal, query, value
    paths = list(_leaves(body))
    if "records" in body:  # a pushed record's every field, and its payload's, of three kinds
        paths = [p for p in paths if p[:3] != ("records", 0, "payload")]
        for rec in (record("case", case_payload()), record("subject", subject_payload()),
                    bodies["_document"]):
            for leaf in _leaves(rec):
                for value in HOSTILE[:12]:
                    yield normal, query, body | {"records": [_with(rec, leaf, value)]}
    for leaf in paths:
        for value in HOSTILE:
            yield normal, query, _with(body, leaf, value)


def test_no_operation_answers_500_or_an_undocumented_status(server: LiveServer):
    spec = httpx.get(server.url + "/openapi.json").json()
    device = _device(server)
    bodies = _bodies(device)
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    failures: list[str] = []
    sent = 0
    for path, item in spec["paths"].items():
        for method, op in item.items():
            documented = {200} | {int(s) for s in op["responses"]}
            for url, query, body in _probes(op, path, bodies):
                if method == "put":  # the attachment upload takes raw bytes
                    response = device.http.put(url.removeprefix(API_PREFIX), params=query,
                                               content=b"\x00\xff" * 10)
                else:
                    response = device.http.request(method.upper(), url.removeprefix(API_PREFIX),
                                                   params=query, json=body)
                sent += 1
                seen[(method, path)].add(response.status_code)
                if response.status_code not in documented:
                    failures.append(f"{method.upper()} {url[:80]} {str(query)[:60]} "
                                    f"{str(body)[:120]} → {response.status_code} "
                                    f"{response.text[:200]}")
    device.close()
    assert failures == [], "\n".join(failures[:20])
    assert sent > 1400
    assert all(422 in statuses for key, statuses in seen.items() if key[0] != "get") , seen
