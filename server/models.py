"""The server's tables. Record content is kept as the canonical JSON of the wire payload.

Every record devices exchange is one ``sync_record`` row holding its newest accepted version;
``sequence`` is the server's change counter (never a clock), taken from ``sequence_counter``
when the change commits. Versions the server did not apply are kept in ``kept_conflict``.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.models.base import NAMING_CONVENTION, UTCDateTime, utcnow

FEED = "feed"  # the one sequence_counter row numbering every accepted change


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Unit(Base):
    """A Đội QLTT (or the Chi cục): devices, cases and number blocks belong to one."""

    __tablename__ = "unit"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    code: Mapped[str] = mapped_column(String(20), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    parent_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    province_code: Mapped[str] = mapped_column(String(4), nullable=False, default="")
    agency_code: Mapped[str] = mapped_column(String(2), nullable=False)
    team_code: Mapped[str] = mapped_column(String(2), nullable=False, default="00")
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class Device(Base):
    """An enrolled installation. Only the SHA-256 of its token is stored."""

    __tablename__ = "device"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True, nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    public_key: Mapped[str] = mapped_column(String(64), nullable=False)  # base64 Ed25519
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    app_version: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class EnrolmentCode(Base):
    """A one-time enrolment code, stored hashed; single use and short-lived."""

    __tablename__ = "enrolment_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class SequenceCounter(Base):
    __tablename__ = "sequence_counter"
    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class SyncRecord(Base):
    """The newest accepted version of one record, in the change feed at ``sequence``.

    Scope: ``unit_id`` (the unit's devices pull it), or ``scope_device`` (one device only:
    its number blocks), or neither for a catalogue (everyone); an unassigned tip has none.
    ``origin_device`` made the record; ``changed_by`` is the device whose push wrote its
    current version (NULL when the server wrote it, or for rows older than the column), which
    a pull with ``mine=false`` leaves out for that device: it holds that version already.
    """

    __tablename__ = "sync_record"
    __table_args__ = (
        Index("ix_sync_record_unit_sequence", "unit_id", "sequence"),
        Index("ix_sync_record_entity_sequence", "entity", "sequence"),  # global kinds, by kind
    )
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20), nullable=False)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"))
    scope_device: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    origin_device: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    changed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # whose push wrote this version
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    payload: Mapped[str] = mapped_column(Text, nullable=False)
    payload_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    sequence: Mapped[int] = mapped_column(BigInteger, unique=True, nullable=False)
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # as the device said
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class KeptConflict(Base):
    """A pushed version that was not applied (stale base, locked record, not the owner)."""

    __tablename__ = "kept_conflict"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True, nullable=False)
    entity: Mapped[str] = mapped_column(String(20), nullable=False)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    base_version: Mapped[int | None] = mapped_column(Integer)
    server_version: Mapped[int] = mapped_column(Integer, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False)
    payload_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    kept_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PushBatch(Base):
    """A received batch and the per-record results it got, returned again on a replay."""

    __tablename__ = "push_batch"
    batch_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("device.id"), index=True, nullable=False
    )
    record_count: Mapped[int] = mapped_column(Integer, nullable=False)
    results: Mapped[str] = mapped_column(Text, nullable=False, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class Blob(Base):
    """An attachment by SHA-256; ``received`` bytes so far, ``complete`` once verified."""

    __tablename__ = "blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int | None] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class BlobChunk(Base):
    """Bytes of a blob from ``offset``; in the database so workers stay stateless."""

    __tablename__ = "blob_chunk"
    sha256: Mapped[str] = mapped_column(
        ForeignKey("blob.sha256", ondelete="CASCADE"), primary_key=True
    )
    offset: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class NumberLease(Base):
    """Numbers [first, last] of a symbol and year leased to one device of a unit."""

    __tablename__ = "number_lease"
    __table_args__ = (
        UniqueConstraint("unit_id", "symbol", "year", "first", name="first"),
        Index("ix_number_lease_unit_symbol_year", "unit_id", "symbol", "year"),
    )
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), nullable=False)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"), nullable=False)
    symbol: Mapped[str] = mapped_column(String(16), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    first: Mapped[int] = mapped_column(Integer, nullable=False)
    last: Mapped[int] = mapped_column(Integer, nullable=False)
    leased_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class NumberUsed(Base):
    """A number reported used or void by the device it was leased to."""

    __tablename__ = "number_used"
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    symbol: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    status: Mapped[str] = mapped_column(String(8), nullable=False)
    document_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class TipInformant(Base):
    """Who gave a tip: stays on the server, never in a payload, never pulled."""

    __tablename__ = "tip_informant"
    tip_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    contact: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
