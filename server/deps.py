"""FastAPI dependencies: the database, the settings, the protocol check and the device."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.sync.wire import PROTOCOL_HEADER, PROTOCOL_VERSION
from server.config import Settings
from server.db import Database
from server.devices import service as devices
from server.devices.service import DeviceContext
from server.errors import ProtocolUnsupported, Unauthenticated, too_old_error


def get_db(request: Request) -> Database:
    return request.app.state.db


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def client_address(request: Request) -> str:
    """The caller's address (the reverse proxy's forwarded one when uvicorn is told to
    trust it: ``--proxy-headers``), the key of per-address limits."""
    return request.client.host if request.client else ""


def require_protocol(
    request: Request,
    protocol: Annotated[
        str | None,
        Header(
            alias=PROTOCOL_HEADER,
            max_length=10,
            description=f"The client's protocol version (this server speaks {PROTOCOL_VERSION}; "
            "an older client than the server's minimum, or one that does not say, gets 426).",
        ),
    ] = None,
) -> int:
    """426 for a client older than the server's minimum (or one that does not say)."""
    minimum = get_settings(request).min_protocol
    text = (protocol or "").strip()
    version = int(text) if text.isascii() and text.isdigit() else 0
    if version < minimum:
        raise too_old_error(protocol or "?", minimum)
    if version > PROTOCOL_VERSION:
        raise ProtocolUnsupported(
            f"Máy chủ chưa hỗ trợ giao thức {version} (tối đa {PROTOCOL_VERSION}); hãy báo quản trị.",
            f"The server does not support protocol {version} yet (max {PROTOCOL_VERSION}).",
        )
    return version


DEVICE_TOKEN = HTTPBearer(
    auto_error=False,
    scheme_name="deviceToken",
    description="The device token given once at enrolment (`POST /api/v1/enrol`): "
    "`Authorization: Bearer <token>`. 401 when missing or unknown, 403 once revoked.",
)


def current_device(
    db: Annotated[Database, Depends(get_db)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(DEVICE_TOKEN)],
) -> DeviceContext:
    """The enrolled device the bearer token belongs to: 401 unknown, 403 revoked."""
    token = credentials.credentials.strip() if credentials else ""
    if not token:
        raise Unauthenticated("Thiếu mã xác thực của máy.", "Missing device token.")
    return db.transact(lambda s: devices.authenticate(s, token), write=False)


DB = Annotated[Database, Depends(get_db)]
SETTINGS = Annotated[Settings, Depends(get_settings)]
DEVICE = Annotated[DeviceContext, Depends(current_device)]
