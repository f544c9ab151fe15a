"""HTTP: which attachments are missing, chunked upload by SHA-256, status, download."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request, Response
from starlette.concurrency import run_in_threadpool

from app.sync.wire import MissingRequest, MissingResponse, UploadStatus
from server.attachments import service
from server.deps import DB, DEVICE, SETTINGS
from server.errors import HashMismatch
from server.openapi import AUTH, BINARY, answers

router = APIRouter(prefix="/attachments", tags=["attachments"])


@router.post("/missing", response_model=MissingResponse, responses=answers(*AUTH, 413, 422))
def missing(body: MissingRequest, device: DEVICE, db: DB) -> MissingResponse:
    """The hashes the server lacks, with the bytes already received of partial uploads."""
    return db.transact(lambda s: service.missing(s, device.unit_id, body.hashes), write=False)


@router.put(
    "/{sha256}",
    response_model=UploadStatus,
    responses=answers(*AUTH, 413, 416, 422),
    openapi_extra={"requestBody": {"required": True, "content": {"application/octet-stream": BINARY}}},
)
async def upload(
    sha256: str,
    request: Request,
    device: DEVICE,
    db: DB,
    settings: SETTINGS,
    content_range: Annotated[str | None, Header()] = None,
) -> UploadStatus:
    """Upload the file, or one chunk with ``Content-Range: bytes START-END/TOTAL``.
    416 (with ``X-Received-Bytes``) when the chunk does not start where the server is."""
    chunk = service.parse_range(content_range, await request.body())
    status, intact = await run_in_threadpool(
        db.transact,
        lambda s: service.upload(
            s, sha256, chunk, device.id, device.unit_id, settings.max_blob_bytes
        ),
    )
    if not intact:
        raise HashMismatch(
            "Tệp nhận được không khớp mã SHA-256; hãy gửi lại từ đầu.",
            "The received file does not match its SHA-256; upload it again.",
        )
    return status


@router.get("/{sha256}/status", response_model=UploadStatus, responses=answers(*AUTH, 422))
def status(sha256: str, device: DEVICE, db: DB) -> UploadStatus:
    return db.transact(lambda s: service.status(s, device.unit_id, sha256), write=False)


@router.get(
    "/{sha256}",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": BINARY}, "description": "The file"},
               **answers(*AUTH, 404, 422)},
)
def download(sha256: str, device: DEVICE, db: DB) -> Response:
    data = db.transact(lambda s: service.download(s, device.unit_id, sha256), write=False)
    return Response(data, media_type="application/octet-stream")
