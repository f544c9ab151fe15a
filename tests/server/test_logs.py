"""Nothing personal and no token reaches the server's logs, even when something breaks."""

from __future__ import annotations

import asyncio
import json
import logging

import pytest

from server.middleware import ErrorShield
from tests.server.client import VALID_CCCD, DeviceClient, case_payload, record, subject_payload
from tests.server.conftest import Api

NAME = "Vũ Thị Riêng Tư"


def test_a_sync_logs_neither_tokens_nor_personal_data(api: Api, unit: str, caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.DEBUG)
    device = api.device(unit)
    subject = subject_payload(name=NAME)
    device.push_ok([record("case", case_payload(subject=subject)), record("subject", subject)])
    device.push_ok([record("subject", subject_payload(name=NAME, id_number="123"))])  # rejected
    device.pull_all()
    text = caplog.text
    assert "push device=" in text  # the server does log its work…
    assert device.token not in text and NAME not in text and VALID_CCCD not in text  # …but not this
    device.close()


def test_an_unexpected_error_is_500_and_its_message_is_not_logged(caplog: pytest.LogCaptureFixture):
    async def broken(scope, receive, send):  # type: ignore[no-untyped-def]
        raise ValueError(f"{NAME} {VALID_CCCD}")

    sent: list[dict] = []  # type: ignore[type-arg]

    async def receive() -> dict:  # type: ignore[type-arg]
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:  # type: ignore[type-arg]
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/v1/push", "headers": []}
    with caplog.at_level(logging.ERROR):
        asyncio.run(ErrorShield(broken)(scope, receive, send))
    assert sent[0]["status"] == 500
    assert json.loads(sent[1]["body"])["error"] == "internal"
    assert "ValueError on POST /api/v1/push" in caplog.text
    assert NAME not in caplog.text and VALID_CCCD not in caplog.text


def test_unknown_routes_answer_in_the_error_shape(api: Api, device: DeviceClient):
    response = device.http.get("/no-such-route")
    assert response.status_code == 404
    assert response.json()["error"] == "http_404"
