"""Declarative base, column types and the sync mixin shared by every synced record."""

from __future__ import annotations

import functools
import uuid
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import DateTime, Integer, MetaData, String, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> uuid.UUID:
    return uuid.uuid4()


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes. SQLite keeps them naive; this restores the zone.

    A naive datetime handed in is refused: every timestamp in the app is aware.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: use an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


@functools.lru_cache(maxsize=4096)  # bulk writes repeat a few times (``now``, a case's own)
def sqlite_utc_text(value: datetime | None) -> str | None:
    """What :class:`UTCDateTime` stores in SQLite for ``value`` ("YYYY-MM-DD HH:MM:SS.ffffff",
    UTC), for statements that bypass SQLAlchemy's parameter processing (bulk writes)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime: use an aware UTC datetime")
    if value.utcoffset():
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


class DecimalText(TypeDecorator[Decimal]):
    """Exact decimals (quantities such as 12.5 kg) stored as canonical text."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect):
        if value is None:
            return None
        return format(Decimal(value).normalize(), "f")

    def process_result_value(self, value: str | None, dialect):
        return None if value is None else Decimal(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """Columns every record that syncs carries (SYNC.md "Records").

    ``version`` is +1 per local change; ``deleted_at`` is the tombstone (records that
    sync are never deleted); ``origin_device`` is the device that created the record.
    """

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_uuid)
    version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    origin_device: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    def touch(self) -> None:
        """Mark a local change: bump the version and the update time."""
        self.version = (self.version or 0) + 1
        self.updated_at = utcnow()
