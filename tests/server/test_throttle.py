"""Enrolment codes and the verification of paper copies cannot be guessed at speed: refusals
and requests are counted per address in the database, so two workers (here two servers on
one database) share the count."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete

from app.sync.wire import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION
from server.console.models import ThrottleHit
from tests.server.client import public_key_b64
from tests.sync.support import LiveServer

LIMITS = {"enrol_failures_per_address": 3, "verify_per_minute": 5}


def _forget(server: LiveServer) -> None:
    """This address's counts go, so the suite's other servers on the database start clean."""
    server.db.transact(lambda s: s.execute(delete(ThrottleHit).where(
        ThrottleHit.key.in_(["enrol:127.0.0.1", "verify:127.0.0.1"]))))


@pytest.fixture
def workers(database_url: str) -> Iterator[tuple[LiveServer, LiveServer]]:
    pair = (LiveServer(database_url, **LIMITS).start(), LiveServer(database_url, **LIMITS).start())
    _forget(pair[0])
    yield pair
    _forget(pair[0])
    for server in pair:
        server.close()


def _enrol(server: LiveServer, code: str) -> httpx.Response:
    body = {"code": code, "device_name": "Máy trạm Đội 2",
            "public_key": public_key_b64(Ed25519PrivateKey.generate())}
    return httpx.post(server.url + API_PREFIX + "/enrol", json=body,
                      headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)})


def test_wrong_enrolment_codes_are_limited_per_address_across_workers(workers):
    a, b = workers
    unit = a.new_unit("Đội QLTT số 2")
    guesses = [_enrol(server, f"ABCDE-FGHJ{n}") for n, server in enumerate((a, b, a))]
    assert [g.status_code for g in guesses] == [403, 403, 403]
    real = a.enrolment_code(unit)
    refused = _enrol(b, real)  # even the right code: guessing from here stops for a while
    assert refused.status_code == 429
    assert refused.json()["error"] == "rate_limited"
    assert refused.json()["message"] == (
        "Nhập sai mã đăng ký quá nhiều lần từ địa chỉ này. Hãy thử lại sau 15 phút.")
    assert refused.headers["retry-after"] == "900"
    _forget(a)  # the window has passed
    assert _enrol(a, real).status_code == 200


def test_verification_is_limited_per_address_across_workers(workers):
    a, b = workers
    document = uuid.uuid4()
    answers = [httpx.get(f"{server.url}{API_PREFIX}/verify/{document}", params={"h": "0123abcd"})
               for server in (a, b, a, b, a)]
    assert [r.json()["issued"] for r in answers] == [False] * 5
    by_id = httpx.get(f"{b.url}{API_PREFIX}/verify/{document}", params={"h": "0123abcd"})
    by_qr = httpx.get(f"{a.url}{API_PREFIX}/verify",
                      params={"ma": f"THUCDIA:1:{document}:0123456789abcdef"})
    assert (by_id.status_code, by_qr.status_code) == (429, 429)
    assert by_id.json()["message"] == "Quá nhiều lượt tra cứu từ địa chỉ này. Hãy thử lại sau một phút."
    assert by_id.headers["retry-after"] == "60"
