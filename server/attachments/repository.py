"""SQL for attachments stored by content, per unit: blobs and their chunks."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from server.models import Blob, BlobChunk


def blobs(session: Session, unit_id: uuid.UUID, hashes: Iterable[str]) -> dict[str, Blob]:
    """The unit's blobs among ``hashes``."""
    wanted = sorted(set(hashes))
    found: dict[str, Blob] = {}
    for start in range(0, len(wanted), 500):  # keep the IN list small
        stmt = select(Blob).where(
            Blob.unit_id == unit_id, Blob.sha256.in_(wanted[start : start + 500])
        )
        found.update({b.sha256: b for b in session.scalars(stmt)})
    return found


def blob(
    session: Session, unit_id: uuid.UUID | None, sha256: str, *, lock: bool = False
) -> Blob | None:
    """The unit's blob (``unit_id`` None: a complete copy of any unit's, for the console,
    whose caller has checked the case holding it is in the viewer's scope)."""
    stmt = select(Blob).where(Blob.sha256 == sha256)
    if unit_id is None:
        stmt = stmt.where(Blob.complete.is_(True)).order_by(Blob.unit_id).limit(1)
    else:
        stmt = stmt.where(Blob.unit_id == unit_id)
    if lock:
        stmt = stmt.with_for_update()
    return session.scalar(stmt)


def add(session: Session, row: object) -> None:
    session.add(row)
    session.flush()


def chunks(session: Session, blob: Blob) -> Iterator[bytes]:
    """The blob's bytes in order, one chunk at a time."""
    mine = (BlobChunk.unit_id == blob.unit_id, BlobChunk.sha256 == blob.sha256)
    offsets = session.scalars(select(BlobChunk.offset).where(*mine).order_by(BlobChunk.offset))
    for offset in list(offsets):
        yield session.scalars(
            select(BlobChunk.data).where(*mine, BlobChunk.offset == offset)
        ).one()


def drop_chunks(session: Session, blob: Blob) -> None:
    session.execute(
        delete(BlobChunk).where(BlobChunk.unit_id == blob.unit_id, BlobChunk.sha256 == blob.sha256)
    )
