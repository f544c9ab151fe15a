"""FastAPI dependencies: the database, the settings, the protocol check and the device."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request

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


def require_protocol(
    request: Request,
    protocol: Annotated[
        str | None, Header(alias=PROTOCOL_HEADER, description="Client protocol version")
    ] = None,
) -> int:
    """426 for a client older than the server's minimum (or one that does not say)."""
    minimum = get_settings(request).min_protocol
    version = int(protocol) if protocol and protocol.strip().isdigit() else 0
    if version < minimum:
        raise too_old_error(protocol or "?", minimum)
    if version > PROTOCOL_VERSION:
        raise ProtocolUnsupported(
            f"Máy chủ chưa hỗ trợ giao thức {version} (tối đa {PROTOCOL_VERSION}); hãy báo quản trị.",
            f"The server does not support protocol {version} yet (max {PROTOCOL_VERSION}).",
        )
    return version


def current_device(
    db: Annotated[Database, Depends(get_db)],
    authorization: Annotated[str | None, Header(description="Bearer <device token>")] = None,
) -> DeviceContext:
    """The enrolled device the bearer token belongs to: 401 unknown, 403 revoked."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("Thiếu mã xác thực của máy.", "Missing device token.")
    return db.transact(lambda s: devices.authenticate(s, token.strip()), write=False)


DB = Annotated[Database, Depends(get_db)]
SETTINGS = Annotated[Settings, Depends(get_settings)]
DEVICE = Annotated[DeviceContext, Depends(current_device)]
