"""The web console's tables: staff accounts, their sessions, failed sign-ins and request
counts (throttling, shared by every worker), the audit log, the hotline desk's intake of a
tip, and the console's search index of cases and issued biên bản (caught up from the feed).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import UTCDateTime, utcnow
from server.models import Base


class StaffAccount(Base):
    """A person of the province who signs in to the console. Only an argon2 hash is kept."""

    __tablename__ = "staff_account"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    username: Mapped[str] = mapped_column(String(60), unique=True, nullable=False)
    full_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"))
    force_code: Mapped[str | None] = mapped_column(String(30))  # a member agency's force
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    totp_secret: Mapped[str | None] = mapped_column(String(64))  # set once enrolment is confirmed
    totp_pending: Mapped[str | None] = mapped_column(String(64))  # shown once, awaiting a code
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class StaffSession(Base):
    """A signed-in browser: the cookie holds a random token, the table its SHA-256.

    ``stage`` is ``full`` once every factor was given, ``totp`` while an administrator's code
    is awaited, ``enrol`` while an administrator must first set up the second factor."""

    __tablename__ = "staff_session"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("staff_account.id"), index=True, nullable=False
    )
    stage: Mapped[str] = mapped_column(String(8), nullable=False)
    csrf_token: Mapped[str] = mapped_column(String(64), nullable=False)
    address: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ThrottleHit(Base):
    """One counted event (a failed sign-in, a verification request) for a key such as
    ``login-user:<name>``, ``login-addr:<ip>`` or ``verify:<ip>``."""

    __tablename__ = "throttle_hit"
    __table_args__ = (Index("ix_throttle_hit_key_at", "key", "at"),)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    key: Mapped[str] = mapped_column(String(120), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class AuditEntry(Base):
    """Who did or saw what, when and why (every view of personal data is one)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_target", "target_id", "at"),)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow, index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    username: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(40), nullable=False)
    target_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    address: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class TipIntake(Base):
    """How the hotline desk received a tip (QĐ 195/QĐ-BCĐ389): channel, deadline, whether
    the informant asked to stay anonymous. Server-only, like ``tip_informant``."""

    __tablename__ = "tip_intake"
    tip_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), nullable=False)
    anonymous: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    deadline: Mapped[date] = mapped_column(Date, nullable=False)
    received_by: Mapped[str] = mapped_column(String(60), nullable=False, default="")


class CaseIndex(Base):
    """A case as the console lists and searches it: the fields of the filters, and a folded
    copy of its searchable text (no diacritics, đ→d, lower case: app.text.fold)."""

    __tablename__ = "console_case"
    __table_args__ = (
        Index("ix_console_case_started", "started_at", "id"),
        Index("ix_console_case_unit_started", "unit_id", "started_at", "id"),
        Index("ix_console_case_commune_started", "commune_code", "started_at", "id"),
    )
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    commune_code: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    subject_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    folded: Mapped[str] = mapped_column(Text, nullable=False, default="")
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class DocumentIndex(Base):
    """An issued biên bản by the case it belongs to, and the one that corrects it."""

    __tablename__ = "console_document"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True, nullable=False)
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class IndexCursor(Base):
    """The feed sequence the console's index has caught up to."""

    __tablename__ = "console_cursor"
    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    sequence: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class CaseDue(Base):
    """What is due on a case and by when (app.services.follow_through.due.items_of over the
    case's records in the feed): the case list's "overdue steps" filter reads it. ``waiting``
    items (on the subject or the police) are never overdue."""

    __tablename__ = "console_case_due"
    __table_args__ = (Index("ix_console_case_due_due", "due_on", "what"),)
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"),
                                    primary_key=True, autoincrement=True)
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True, nullable=False)
    what: Mapped[str] = mapped_column(String(20), nullable=False)
    due_on: Mapped[date | None] = mapped_column(Date)
    waiting: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class CaseTag(Base):
    """A goods category ("hang:thuoc_la"), a violation group ("nhom:…") or kind of violation
    ("hanhvi:…") a case holds, for the case list's filters."""

    __tablename__ = "console_case_tag"
    __table_args__ = (Index("ix_console_case_tag_tag", "tag", "case_id"),)
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    tag: Mapped[str] = mapped_column(String(60), primary_key=True)
