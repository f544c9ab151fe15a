"""Attachments to the server by SHA-256: ask which the server lacks, send only those, in
chunks that resume where the server stopped (the server checks the hash).

An attachment is confirmed once the server holds its file; confirmations are written a
few at a time (each write is a disk sync): after a crash the server's answer to "which
are missing" confirms the rest without sending them again.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import select

from app.db import unit_of_work
from app.errors import SyncError
from app.models import Attachment, SyncState
from app.sync import outbox
from app.sync.client import ServerClient
from app.sync.context import Progress, SyncContext, SyncReport
from app.sync.wire import CHUNK_BYTES

BLOB = "attachment"
ASK = 5000  # hashes per "which are missing?"
CONFIRM_EVERY = 25
AT_ONCE = 2  # files on their way at once: one travels while the server stores the other


def upload_missing(ctx: SyncContext, client: ServerClient, report: SyncReport,
                   tell: Progress) -> None:
    with unit_of_work(ctx.sessions) as s:
        rows = s.execute(
            select(Attachment.id, Attachment.sha256)
            .outerjoin(SyncState, SyncState.record_id == Attachment.id)
            .where(SyncState.record_id.is_(None), Attachment.deleted_at.is_(None))
        ).all()
    if not rows:
        return
    by_hash: dict[str, list[uuid.UUID]] = defaultdict(list)
    for rid, sha in rows:
        by_hash[sha].append(rid)
    hashes = sorted(by_hash)
    held: list[uuid.UUID] = []
    senders = ThreadPoolExecutor(AT_ONCE, thread_name_prefix="thucdia-upload")
    try:
        for start in range(0, len(hashes), ASK):
            part = hashes[start:start + ASK]
            answer = client.missing(part)
            missing = set(answer.missing)
            sending = {sha: senders.submit(_upload_one, ctx, client, sha,
                                           answer.partial.get(sha, 0))
                       for sha in part if sha in missing}
            for i, sha in enumerate(part):  # in order: a file is confirmed once it is there
                ctx.stop_if_cancelled()
                if sha in sending:
                    report.uploaded_bytes += sending.pop(sha).result()
                    report.uploaded += 1
                held += by_hash[sha]
                if len(held) >= CONFIRM_EVERY:
                    _confirm(ctx, held)
                tell("Gửi ảnh, tệp đính kèm", start + i + 1, len(hashes))
    finally:  # stopped (cancel, no connection): what has not started is not sent
        senders.shutdown(wait=True, cancel_futures=True)
        _confirm(ctx, held)


def _confirm(ctx: SyncContext, held: list[uuid.UUID]) -> None:
    if held:
        with unit_of_work(ctx.sessions) as s:
            outbox.confirm_many(s, [(rid, BLOB, 1) for rid in held])
        held.clear()


def _upload_one(ctx: SyncContext, client: ServerClient, sha: str, offset: int) -> int:
    from app.security.sealed import read_file

    path = ctx.attachments_dir / sha
    if not path.exists():
        raise SyncError("refused", f"Thiếu tệp đính kèm {sha[:12]}… trên máy; không gửi được.")
    content = read_file(ctx.attachments_dir, sha)  # sealed on disk; the server gets the photo
    total, sent = len(content), 0
    while offset < total or total == 0:
        ctx.stop_if_cancelled()
        chunk = content[offset:offset + CHUNK_BYTES]
        status = client.upload_chunk(sha, chunk, offset, total)
        sent += len(chunk)
        if status.complete:
            return sent
        offset = status.received
        if total == 0:
            break
    return sent
