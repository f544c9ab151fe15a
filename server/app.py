"""The FastAPI application: routers under /api/v1, the error mapping, the body limit and
compression both ways."""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware

from app.sync.wire import API_PREFIX, PROTOCOL_VERSION
from server import console, errors
from server.attachments.endpoints import router as attachments
from server.blocks.endpoints import router as blocks
from server.config import Settings
from server.db import Database
from server.deps import require_protocol
from server.devices.endpoints import router as devices
from server.middleware import BodyLimit, ErrorShield, GzipRequests, ServerTiming
from server.pull.endpoints import router as pull
from server.push.endpoints import router as push
from server.verify.endpoints import router as verify

GZIP_MINIMUM = 4096  # smaller answers go as they are (a no-op sync's few hundred bytes)
# attachments (photos, scans, PDFs) are compressed already, and served as octet-stream
NOT_COMPRESSED = (*DEFAULT_EXCLUDED_CONTENT_TYPES, "application/octet-stream", "application/pdf")


def create_app(settings: Settings, db: Database | None = None) -> FastAPI:
    """An application over ``db`` (or a new one for ``settings.database_url``), already
    migrated: the caller runs :func:`server.db.migrate` first."""
    app = FastAPI(
        title="Thực Địa — máy chủ tỉnh",
        summary="Đồng bộ hồ sơ kiểm tra giữa máy trạm và Chi cục / Sync between field devices and the province",
        version=f"protocol {PROTOCOL_VERSION}",
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.db = db or Database(settings.database_url, settings.db_connections)
    errors.install(app)
    device_api = APIRouter(prefix=API_PREFIX, dependencies=[Depends(require_protocol)])
    for router in (devices, push, pull, attachments, blocks):
        device_api.include_router(router)
    app.include_router(device_api)
    console.install(app)  # the web console; its verification page answers browsers first
    app.include_router(verify, prefix=API_PREFIX)  # public: paper copies, browsers
    app.add_middleware(ErrorShield)  # innermost: sees the routes' exceptions
    app.add_middleware(GzipRequests, max_bytes=settings.max_body_bytes)  # inflated, bounded
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)  # the bytes on the wire
    # answers compressed for clients that accept it (the laptops' pull pages shrink ~7×)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM, compresslevel=6,
                       exclude_content_types=NOT_COMPRESSED)
    app.add_middleware(ServerTiming)  # outermost: the whole of the server's work
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory server.app:app_from_env`` (several workers)."""
    return create_app(Settings.from_env())
