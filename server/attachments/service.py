"""Attachments by SHA-256: which are missing, resumable upload, verification, download.

Kept per unit (:class:`server.models.Blob`): a device asks about, sends and is served its own
unit's files only, the files of the records it may see. Whether another unit holds the same
file is never told: to such a device it is missing, and it sends it like any other.

An upload is a series of chunks, each ``Content-Range: bytes START-END/TOTAL`` (or the whole
file without the header). A chunk must start where the stored bytes end; a chunk already
stored is acknowledged again (a resend after a lost answer). When the last byte arrives the
whole blob is hashed (in memory when it came in one request, else read back chunk by
chunk): a mismatch throws the bytes away and is refused.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationFailed
from app.models.base import utcnow
from app.sync.wire import MissingResponse, UploadStatus
from server.attachments import repository as repo
from server.errors import RangeMismatch, payload_too_large
from server.models import Blob, BlobChunk

_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Chunk:
    start: int
    total: int
    data: bytes


def parse_range(header: str | None, data: bytes) -> Chunk:
    if not header:
        return Chunk(0, len(data), data)
    m = _RANGE.match(header.strip())
    if not m:
        raise ValidationFailed({"Content-Range": "Dạng đúng: bytes ĐẦU-CUỐI/TỔNG."})
    start, end, total = (int(g) for g in m.groups())
    if end - start + 1 != len(data) or end >= total:
        raise ValidationFailed({"Content-Range": "Độ dài phần gửi không khớp với Content-Range."})
    return Chunk(start, total, data)


def check_hash(sha256: str) -> str:
    if not _SHA.match(sha256):
        raise ValidationFailed({"sha256": "Mã SHA-256 gồm 64 chữ số hệ 16 viết thường."})
    return sha256


def missing(session: Session, unit_id: uuid.UUID, hashes: list[str]) -> MissingResponse:
    held = repo.blobs(session, unit_id, hashes)
    lacking = [h for h in dict.fromkeys(hashes) if not (h in held and held[h].complete)]
    partial = {h: held[h].received for h in lacking if h in held and held[h].received}
    return MissingResponse(missing=lacking, partial=partial)


def status(session: Session, unit_id: uuid.UUID, sha256: str) -> UploadStatus:
    blob = repo.blob(session, unit_id, check_hash(sha256))
    if blob is None:
        return UploadStatus(sha256=sha256, received=0, size=None, complete=False)
    return _status(blob)


def upload(
    session: Session,
    sha256: str,
    chunk: Chunk,
    device_id: uuid.UUID,
    unit_id: uuid.UUID,
    max_bytes: int,
) -> tuple[UploadStatus, bool]:
    """Store one chunk; the flag is False when the finished blob did not hash to ``sha256``:
    its bytes are then dropped, and the caller commits that before refusing the upload."""
    check_hash(sha256)
    if chunk.total > max_bytes:
        raise payload_too_large(max_bytes)
    blob = repo.blob(session, unit_id, sha256, lock=True)
    if blob is None:
        blob = Blob(
            unit_id=unit_id,
            sha256=sha256,
            size=chunk.total,
            received=0,
            complete=False,
            device_id=device_id,
        )
        repo.add(session, blob)
    if blob.complete or chunk.start + len(chunk.data) <= blob.received:
        return _status(blob), True  # already here: a resend
    if blob.size != chunk.total:
        raise ValidationFailed({"Content-Range": "Tổng dung lượng khác với lần gửi trước."})
    if chunk.start != blob.received:
        raise RangeMismatch(
            f"Phần gửi phải bắt đầu tại byte {blob.received}.",
            f"The chunk must start at byte {blob.received}.",
            blob.received,
        )
    repo.add(
        session, BlobChunk(unit_id=unit_id, sha256=sha256, offset=chunk.start, data=chunk.data)
    )
    blob.received = chunk.start + len(chunk.data)
    if blob.received == blob.size:
        if chunk.start == 0:  # the whole file came in this request: hash it as it is
            digest = hashlib.sha256(chunk.data)
        else:
            digest = hashlib.sha256()
            for part in repo.chunks(session, blob):
                digest.update(part)
        if digest.hexdigest() != sha256:
            repo.drop_chunks(session, blob)
            blob.received = 0
            return _status(blob), False
        blob.complete, blob.completed_at = True, utcnow()
    return _status(blob), True


def download(session: Session, unit_id: uuid.UUID, sha256: str) -> bytes:
    blob = repo.blob(session, unit_id, check_hash(sha256))
    if blob is None or not blob.complete:
        raise NotFound("Máy chủ chưa có đủ tệp đính kèm này.")
    return b"".join(repo.chunks(session, blob))


def _status(blob: Blob) -> UploadStatus:
    return UploadStatus(
        sha256=blob.sha256, received=blob.received, size=blob.size, complete=blob.complete
    )
