"""What this device knows of the provincial server: per-record sync state, kept conflicts,
the batch in flight, changes parked until what they refer to arrives, and tips.

A record is *pending* while its local ``version`` differs from the ``server_version`` the
server last confirmed (no row at all: never sent). A version the server refused (rejected
or conflict) is remembered as ``failed_version`` and not sent again until the record
changes or a person resolves the conflict: one bad record never blocks the queue.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, UTCDateTime, new_uuid, utcnow

OK = "ok"
CONFLICT = "conflict"
REJECTED = "rejected"


class SyncState(Base):
    __tablename__ = "sync_state"
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    server_version: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=OK)
    failed_version: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


def is_pending(record: Synced, state: SyncState | None) -> bool:
    """The record has a version the server has neither confirmed nor refused."""
    if state is None:
        return True
    return record.version != state.server_version and record.version != state.failed_version


class SyncConflict(Base):
    """Two versions of one record that nobody may silently choose between.

    ``local_payload`` is what this device holds (or pushed), ``server_payload`` what the
    server holds; both are wire JSON. ``resolution`` is "server" or "local" once a person
    chose; the row stays as the record of that choice.
    """

    __tablename__ = "sync_conflict"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_uuid)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    entity: Mapped[str] = mapped_column(String(20), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    local_version: Mapped[int] = mapped_column(Integer, nullable=False)
    local_payload: Mapped[str] = mapped_column(Text, nullable=False)
    server_version: Mapped[int | None] = mapped_column(Integer)
    server_payload: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    detected_on: Mapped[str] = mapped_column(String(8), nullable=False, default="push")  # push / pull
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    resolved_by: Mapped[str] = mapped_column(String(120), nullable=False, default="")


class OutboxBatch(Base):
    """A push batch written before it is sent, so a lost response is replayed byte for byte
    under the same id (the server answers a replay with the results it stored)."""

    __tablename__ = "outbox_batch"
    batch_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class ParkedChange(Base):
    """A pulled change that could not be applied yet (its case has not arrived, a catalogue
    code is unknown here). Retried at every sync; ``reason`` says why it waits."""

    __tablename__ = "parked_change"
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20), nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    change: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    parked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class Tip(Synced, Base):
    """A tip (tin báo) the Chi cục assigned to this unit; the informant never travels."""

    __tablename__ = "tip"
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    place_address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    commune_code: Mapped[str | None] = mapped_column(String(5))
    suspect: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    goods: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="new")
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class SyncDirty(Base):
    """Records the outbox must look at, kept by SQLite triggers (migration 0004): every
    insert and version change of the pushed tables, and every change or removal of their
    sync state. Finding what to send then reads these records only, not every record of
    the laptop; the outbox removes an entry once its record has nothing to send."""

    __tablename__ = "sync_dirty"
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20), nullable=False)
