"""Enrolment, attachments, number blocks, verification and the error body."""

from __future__ import annotations

import base64
import binascii
from datetime import date
from typing import Annotated, Literal
from uuid import UUID

from pydantic import (
    Field,
    StringConstraints,
    field_validator,
)

from app.sync.wire.fields import MAX_BATCH_RECORDS, PLAIN, FormSymbol, Sha256, WireModel
from app.sync.wire.records import NumberBlockPayload

# --- enrolment, attachments, number blocks, verification, errors -------------------------------


class UnitInfo(WireModel):
    id: UUID
    code: str
    name: str
    parent_name: str = ""
    province_code: str = ""
    agency_code: str
    team_code: str
    address: str = ""


class EnrolRequest(WireModel):
    code: Annotated[str, StringConstraints(min_length=4, max_length=40), PLAIN]
    device_name: Annotated[str, StringConstraints(min_length=1, max_length=120), PLAIN]
    public_key: Annotated[str, StringConstraints(max_length=100)]  # base64 of the raw 32 bytes
    app_version: Annotated[str, StringConstraints(max_length=40), PLAIN] = ""

    @field_validator("public_key")
    @classmethod
    def _ed25519(cls, value: str) -> str:
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("Khóa công khai phải ở dạng base64.") from None
        if len(raw) != 32:
            raise ValueError("Khóa công khai Ed25519 phải dài đúng 32 byte.")
        return value


class EnrolQR(WireModel):
    """What the enrolment QR code holds (JSON): the server to use and the one-time code."""

    thucdia_enrol: Literal[1] = 1
    server: str
    code: str


class EnrolResponse(WireModel):
    device_id: UUID
    token: str  # shown once; the server keeps only its SHA-256
    unit: UnitInfo
    protocol_version: int
    # the province's X25519 public key (base64), "" when the province has none set: the
    # laptop wraps its data key for it (escrow, app.security.escrow)
    escrow_public_key: str = ""


class DeviceInfo(WireModel):
    device_id: UUID
    name: str
    unit: UnitInfo


class MissingRequest(WireModel):
    hashes: list[Sha256] = Field(max_length=5000)


class MissingResponse(WireModel):
    """Hashes the server lacks; ``partial`` gives the bytes already received of each."""

    missing: list[str]
    partial: dict[str, int] = Field(default_factory=dict)


class UploadStatus(WireModel):
    sha256: str
    received: int
    size: int | None
    complete: bool


class LeaseRequest(WireModel):
    """A block of ``count`` numbers of one form and year. The server leases at most its
    ``max_lease_count`` (100 by default) at once, and refuses (409) while the device still
    holds more of that form and year unreported than its ``max_unused_numbers``."""

    symbol: FormSymbol
    year: Annotated[int, Field(ge=2000, le=2200)]
    count: Annotated[int, Field(ge=1, le=9999)] = 50


class NumberBlockLease(NumberBlockPayload):
    id: UUID


class NumberUse(WireModel):
    symbol: FormSymbol
    year: Annotated[int, Field(ge=2000, le=2200)]
    sequence: Annotated[int, Field(ge=1, le=9999)]
    status: Literal["used", "void"]
    document_id: UUID | None = None


class NumberUseReport(WireModel):
    uses: list[NumberUse] = Field(max_length=MAX_BATCH_RECORDS)


class NumberUseResult(WireModel):
    accepted: int
    rejected: dict[int, str] = Field(default_factory=dict)  # index in the report → reason


class VerifyResponse(WireModel):
    """What the public verification of a paper copy tells: no personal data."""

    issued: bool
    status: Literal["issued", "void"] | None = None
    unit_name: str | None = None
    number: str | None = None
    form_code: str | None = None
    issued_on: date | None = None


class ErrorBody(WireModel):
    """Every error response. ``error`` is a stable code; ``fields`` maps paths to messages."""

    error: str
    message: str
    message_en: str = ""
    fields: dict[str, str] = Field(default_factory=dict)
