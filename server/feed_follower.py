"""Reading the change feed behind a cursor: what the console's index, its outcome tags and
due items, and the statistics' projection each do, written once.

The feed numbers every accepted change (``sync_record.sequence``) and makes changes visible
in that order, so a follower only ever reads what came after its cursor (an ``IndexCursor``
row its migration makes). A catch-up runs in the caller's writing transaction and holds the
cursor row, so two workers never read the same changes twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.console.models import IndexCursor
from server.models import SyncRecord

BATCH = 2000


def newest_sequence(session: Session) -> int:
    return int(session.scalar(select(func.max(SyncRecord.sequence))) or 0)


def follow(session: Session, cursor_name: str, entities: Sequence[str],
           apply: Callable[[Sequence[Any]], None], *, wait: bool = True,
           upto: Callable[[], int] | None = None) -> int:
    """Hand every change of ``entities`` after the cursor ``cursor_name`` to ``apply``, a
    batch at a time, and move the cursor on; returns how many changes were read.

    ``wait=False`` (a page about to be shown): when another worker is catching up at this
    moment (PostgreSQL: its cursor row is locked), do not queue behind it, read nothing.
    ``upto``: how far to read (the newest change by default), asked once the cursor is held.
    Rows carry id, entity, unit_id, payload, deleted_at, created_at and sequence."""
    cursor = session.scalar(
        select(IndexCursor).where(IndexCursor.name == cursor_name)
        .with_for_update(skip_locked=not wait))
    if cursor is None and not wait:
        return 0
    assert cursor is not None, f"the migration of the feed follower {cursor_name!r} makes its cursor row"
    newest = upto() if upto is not None else newest_sequence(session)
    done = 0
    while cursor.sequence < newest:
        rows = session.execute(
            select(SyncRecord.id, SyncRecord.entity, SyncRecord.unit_id, SyncRecord.payload,
                   SyncRecord.deleted_at, SyncRecord.created_at, SyncRecord.sequence)
            .where(SyncRecord.sequence > cursor.sequence, SyncRecord.sequence <= newest,
                   SyncRecord.entity.in_(list(entities)))
            .order_by(SyncRecord.sequence).limit(BATCH)).all()
        apply(rows)
        done += len(rows)
        cursor.sequence = rows[-1].sequence if len(rows) == BATCH else newest
    session.flush()
    return done
