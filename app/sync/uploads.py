"""Files to the server by SHA-256 — photos and scans of a case, and the PDF of every biên
bản issued here: ask which the server lacks, send only those, in chunks that resume where
the server stopped (the server checks the hash).

A photo's bytes live in the attachments folder; an issued biên bản's PDF in its row of
``issued_document`` (the frozen bytes its ``sha256`` names), read when it is sent. A pulled
colleague's biên bản has no PDF here (its issuing laptop sends it) and is never offered.

A file is confirmed once the server holds it (a sync-state row: the attachment's id, or
:func:`pdf_upload_key` of the biên bản); confirmations are written a few at a time (each
write is a disk sync): after a crash the server's answer to "which are missing" confirms the
rest without sending them again.
"""

from __future__ import annotations

import io
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import BinaryIO

from sqlalchemy import func, select

from app.db import unit_of_work
from app.errors import SyncError
from app.models import Attachment, IssuedDocument, SyncState
from app.sync import outbox
from app.sync.client import ServerClient
from app.sync.context import Progress, SyncContext, SyncReport
from app.sync.wire import CHUNK_BYTES

BLOB = "attachment"
DOCUMENT_PDF = "document_pdf"  # the sync-state entity of an issued biên bản's PDF on the server
PDF_NS = uuid.UUID("0c7e6f4e-2d3b-4a8e-9f51-8d2b7c4e1a60")
ASK = 5000  # hashes per "which are missing?"
CONFIRM_EVERY = 25
AT_ONCE = 2  # files on their way at once: one travels while the server stores the other


def pdf_upload_key(document_id: uuid.UUID) -> uuid.UUID:
    """The sync-state id that confirms the server holds this biên bản's PDF."""
    return uuid.uuid5(PDF_NS, str(document_id))


@dataclass(frozen=True)
class Waiting:
    """A file the server has not confirmed: where its bytes are and what confirms it."""

    key: uuid.UUID
    entity: str
    sha256: str
    document_id: uuid.UUID | None = None  # the bytes are this biên bản's PDF


def waiting(ctx: SyncContext) -> list[Waiting]:
    """Every photo and every PDF issued here that the server has not confirmed."""
    with unit_of_work(ctx.sessions) as s:
        photos = s.execute(
            select(Attachment.id, Attachment.sha256)
            .outerjoin(SyncState, SyncState.record_id == Attachment.id)
            .where(SyncState.record_id.is_(None), Attachment.deleted_at.is_(None))
        ).all()
        documents = s.execute(
            select(IssuedDocument.id, IssuedDocument.sha256)
            .where(func.length(IssuedDocument.pdf) > 0)
        ).all()
        confirmed = set(s.scalars(select(SyncState.record_id)
                                  .where(SyncState.entity == DOCUMENT_PDF)))
    out = [Waiting(rid, BLOB, sha) for rid, sha in photos]
    for doc_id, sha in documents:
        key = pdf_upload_key(doc_id)
        if key not in confirmed:
            out.append(Waiting(key, DOCUMENT_PDF, sha, doc_id))
    return out


def upload_missing(ctx: SyncContext, client: ServerClient, report: SyncReport,
                   tell: Progress) -> None:
    items = waiting(ctx)
    if not items:
        return
    by_hash: dict[str, list[Waiting]] = defaultdict(list)
    for item in items:
        by_hash[item.sha256].append(item)
    hashes = sorted(by_hash)
    held: list[tuple[uuid.UUID, str, int]] = []
    senders = ThreadPoolExecutor(AT_ONCE, thread_name_prefix="thucdia-upload")
    try:
        for start in range(0, len(hashes), ASK):
            part = hashes[start:start + ASK]
            answer = client.missing(part)
            missing = set(answer.missing)
            sending = {sha: senders.submit(_upload_one, ctx, client, by_hash[sha][0],
                                           answer.partial.get(sha, 0))
                       for sha in part if sha in missing}
            for i, sha in enumerate(part):  # in order: a file is confirmed once it is there
                ctx.stop_if_cancelled()
                if sha in sending:
                    report.uploaded_bytes += sending.pop(sha).result()
                    report.uploaded += 1
                held += [(item.key, item.entity, 1) for item in by_hash[sha]]
                if len(held) >= CONFIRM_EVERY:
                    _confirm(ctx, held)
                tell("Gửi ảnh, tệp đính kèm, biên bản", start + i + 1, len(hashes))
    finally:  # stopped (cancel, no connection): what has not started is not sent
        senders.shutdown(wait=True, cancel_futures=True)
        _confirm(ctx, held)


def _confirm(ctx: SyncContext, held: list[tuple[uuid.UUID, str, int]]) -> None:
    if held:
        with unit_of_work(ctx.sessions) as s:
            outbox.confirm_many(s, held)
        held.clear()


def _open(ctx: SyncContext, item: Waiting) -> tuple[BinaryIO, int]:
    """The file's bytes to read and their length."""
    if item.document_id is not None:
        with unit_of_work(ctx.sessions) as s:
            pdf = s.scalar(select(IssuedDocument.pdf)
                           .where(IssuedDocument.id == item.document_id))
        if not pdf:
            raise SyncError("refused", f"Thiếu tệp PDF của biên bản {item.sha256[:12]}… trên "
                                       "máy; không gửi được.")
        return io.BytesIO(pdf), len(pdf)
    from app.security.sealed import read_file

    path = ctx.attachments_dir / item.sha256
    if not path.exists():
        raise SyncError("refused",
                        f"Thiếu tệp đính kèm {item.sha256[:12]}… trên máy; không gửi được.")
    content = read_file(ctx.attachments_dir, item.sha256)  # sealed on disk; the server gets the photo
    return io.BytesIO(content), len(content)


def _upload_one(ctx: SyncContext, client: ServerClient, item: Waiting, offset: int) -> int:
    fh, total = _open(ctx, item)
    sent = 0
    with fh:
        while offset < total or total == 0:
            ctx.stop_if_cancelled()
            fh.seek(offset)
            chunk = fh.read(CHUNK_BYTES)
            status = client.upload_chunk(item.sha256, chunk, offset, total)
            sent += len(chunk)
            if status.complete:
                return sent
            offset = status.received
            if total == 0:
                break
    return sent
