"""Issued biên bản (frozen: snapshot, PDF bytes, hashes) and the number blocks they use."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from app.models.base import Base, Synced, UTCDateTime

ISSUED = "issued"
VOID = "void"


class IssuedDocument(Synced, Base):
    """One numbered document. Never changes once issued, except to be marked void.

    ``sha256`` is of the PDF bytes; ``fingerprint`` of the data snapshot (it is what the QR
    code carries and the provincial server confirms). A reprint hands out the same bytes.
    """

    __tablename__ = "issued_document"
    __table_args__ = (
        UniqueConstraint("unit_id", "symbol", "year", "sequence", name="number"),
        CheckConstraint("status IN ('issued','void')", name="status"),
    )

    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"), index=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"))
    form_code: Mapped[str] = mapped_column(String(16), nullable=False)
    symbol: Mapped[str] = mapped_column(String(16), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[str] = mapped_column(String(60), nullable=False)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    issued_by: Mapped[str] = mapped_column(String(120), nullable=False)
    snapshot: Mapped[str] = deferred(mapped_column(Text, nullable=False))
    pdf: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    page_count: Mapped[int] = mapped_column(Integer, nullable=False)
    copies: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(8), nullable=False, default=ISSUED)
    void_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("issued_document.id"))
    reprints: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    inspection = relationship("Case")
    corrects: Mapped[IssuedDocument | None] = relationship(remote_side="IssuedDocument.id")


class NumberBlock(Synced, Base):
    """Sequence numbers [first, last] reserved for this device, per unit, symbol and year.

    ``next`` is the next number to hand out; the block is used up when ``next > last``.
    Blocks are configured at set-up until the provincial server leases them.
    """

    __tablename__ = "number_block"
    __table_args__ = (
        CheckConstraint("first >= 1 AND first <= last AND next >= first AND next <= last + 1", name="range"),
    )

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    symbol: Mapped[str] = mapped_column(String(16), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    first: Mapped[int] = mapped_column(Integer, nullable=False)
    last: Mapped[int] = mapped_column(Integer, nullable=False)
    next: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False, default="configured")

    @property
    def remaining(self) -> int:
        return self.last - self.next + 1
