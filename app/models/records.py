"""Attachments, the audit trail, settings and the editor's crash-recovery journal."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, UTCDateTime, new_uuid, utcnow


class Attachment(Synced, Base):
    """A file (photo, scan) stored once by content under attachments/<sha256>."""

    __tablename__ = "attachment"
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(260), nullable=False)
    media_type: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    caption: Mapped[str] = mapped_column(String(300), nullable=False, default="")


class AuditEvent(Base):
    """Who did what when. Append-only."""

    __tablename__ = "audit_event"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_uuid)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False, index=True)
    actor: Mapped[str] = mapped_column(String(120), nullable=False)
    device: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(40), nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Setting(Base):
    """Key/value settings of this installation (device id, current officer, unit)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class EditorRecovery(Base):
    """The unsaved state of an open editor, written every few seconds.

    One row per editor (``key`` = the case id, or a fresh id for a new case). Removed when
    the editor saves or is discarded; rows left at start-up mean the app did not close
    cleanly, and the user is offered to restore them.
    """

    __tablename__ = "editor_recovery"
    key: Mapped[str] = mapped_column(String(36), primary_key=True)
    inspection_id: Mapped[str | None] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    payload: Mapped[str] = mapped_column(Text, nullable=False)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
