"""SQL for attachments stored by content: blobs and their chunks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from server.models import Blob, BlobChunk


def blobs(session: Session, hashes: Iterable[str]) -> dict[str, Blob]:
    wanted = sorted(set(hashes))
    found: dict[str, Blob] = {}
    for start in range(0, len(wanted), 500):  # keep the IN list small
        stmt = select(Blob).where(Blob.sha256.in_(wanted[start : start + 500]))
        found.update({b.sha256: b for b in session.scalars(stmt)})
    return found


def blob(session: Session, sha256: str, *, lock: bool = False) -> Blob | None:
    stmt = select(Blob).where(Blob.sha256 == sha256)
    if lock:
        stmt = stmt.with_for_update()
    return session.scalar(stmt)


def add(session: Session, row: object) -> None:
    session.add(row)
    session.flush()


def chunks(session: Session, sha256: str) -> Iterator[bytes]:
    """The blob's bytes in order, one chunk at a time."""
    offsets = session.scalars(
        select(BlobChunk.offset).where(BlobChunk.sha256 == sha256).order_by(BlobChunk.offset)
    )
    for offset in list(offsets):
        yield session.scalars(
            select(BlobChunk.data).where(BlobChunk.sha256 == sha256, BlobChunk.offset == offset)
        ).one()


def drop_chunks(session: Session, sha256: str) -> None:
    session.execute(delete(BlobChunk).where(BlobChunk.sha256 == sha256))
