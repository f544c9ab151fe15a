"""Push, pull, kept conflicts and the count/checksum comparison."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Annotated, Any
from uuid import UUID

from pydantic import (
    AwareDatetime,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    StringConstraints,
    ValidationError,
    model_validator,
)

from app.sync.wire.fields import Count, Outcome, Sequence, Version, WireModel
from app.sync.wire.helpers import field_errors
from app.sync.wire.kinds import Entity

PAYLOAD = (
    "The record as its kind declares it: the schema named after the kind "
    "(`entity` → `CasePayload`, `SubjectPayload`, `IssuedDocumentPayload`, `TipPayload`; "
    "pulled only: `CatalogUpdate`, `OfficerPayload`, `NumberBlockPayload`). A malformed "
    "payload makes this record `rejected` with the field's dotted path; the rest of the "
    "batch is applied."
)

# --- push ---------------------------------------------------------------------------------------


class PushRecord(WireModel):
    """One changed record. ``base_version`` is the server version the change was made on
    (required for shared records once the server has them; None for a record new here).

    A record whose head is malformed (a version out of range, an unknown entity, a time
    without its zone) but that names its ``id`` and an integer ``version`` is refused alone:
    it is kept with its field errors (:attr:`refused`), and the rest of its batch goes on."""

    entity: Entity
    id: UUID
    version: Version
    base_version: Count | None = None
    created_at: AwareDatetime | None = None
    updated_at: AwareDatetime | None = None
    deleted_at: AwareDatetime | None = None
    payload: dict[str, Any] = Field(description=PAYLOAD)
    _refused: dict[str, str] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _refuse_alone(cls, data: Any, handler: ModelWrapValidatorHandler[PushRecord]) -> PushRecord:
        try:
            return handler(data)
        except ValidationError as exc:
            head = _named(data)
            if head is None:
                raise
            record = cls.model_construct(entity=head[0], id=head[1], version=head[2], payload={})
            record._refused = field_errors(exc.errors(include_url=False))
            return record

    @property
    def refused(self) -> dict[str, str]:
        """Field path → message when the record's head was malformed (else empty)."""
        return self._refused


def _named(data: Any) -> tuple[str, UUID, int] | None:
    """(entity, id, version) of a malformed record that still says which it is."""
    if not isinstance(data, dict):
        return None
    version, entity = data.get("version"), data.get("entity")
    if not isinstance(version, int) or isinstance(version, bool):
        return None
    try:
        record_id = UUID(str(data.get("id")))
    except ValueError:
        return None
    return (entity if isinstance(entity, str) else "")[:40], record_id, version


class PushBatch(WireModel):
    """Records of one device under a ``batch_id`` it made. Sent again with the same records
    (the same JSON: a lost answer), the batch is answered with the results it got the first
    time (``replayed``); sent again with other records, it is refused with 409 and nothing
    of it is applied."""

    batch_id: UUID
    device_id: UUID
    records: list[PushRecord]


class RecordResult(WireModel):
    """What became of one pushed record. ``duplicate`` counts as success; ``conflict`` means
    the server kept this version beside its own (``server_version``) for a person to resolve;
    ``rejected`` names the field (dotted path inside the payload) and the reason."""

    entity: str
    id: UUID
    version: int
    outcome: Outcome
    sequence: int | None = None
    server_version: int | None = None
    field: str | None = None
    reason: str | None = None
    errors: dict[str, str] = Field(default_factory=dict)
    missing_attachments: list[str] = Field(default_factory=list)


class PushResponse(WireModel):
    batch_id: UUID
    replayed: bool = False
    results: list[RecordResult]


# --- pull, records, counts ---------------------------------------------------------------------


class RecordChange(WireModel):
    entity: Entity
    id: UUID
    version: int
    sequence: int
    unit_id: UUID | None = None
    origin_device: UUID | None = None
    created_at: AwareDatetime | None = None
    updated_at: AwareDatetime | None = None
    deleted_at: AwareDatetime | None = None
    payload: dict[str, Any]


class PullPage(WireModel):
    """Changes after ``after`` in sequence order. Store ``next_after`` only once the page is
    applied locally; ask again while ``has_more``."""

    after: int
    next_after: int
    has_more: bool
    changes: list[RecordChange]


class KeptVersion(WireModel):
    """A version the server did not apply (a conflict), kept for a person to resolve."""

    device_id: UUID
    version: int
    base_version: int | None
    reason: str
    payload: dict[str, Any]
    kept_at: AwareDatetime


class RecordView(WireModel):
    current: RecordChange
    kept: list[KeptVersion]


class ScopeCount(WireModel):
    count: Sequence
    checksum: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class ChecksumRequest(WireModel):
    through_sequence: Sequence
    scopes: dict[Entity, ScopeCount]


class ChecksumResponse(WireModel):
    """``up_to_date`` is False when the scope changed after ``through_sequence``: pull first.
    Otherwise every entity in ``mismatched`` needs a full re-sync of that scope."""

    scope_sequence: int
    up_to_date: bool
    scopes: dict[str, ScopeCount]
    mismatched: list[str]


def canonical_id(rid: UUID | str) -> str:
    """The dashed lower-case text of an id, from a UUID, its dashed text or its 32 hex digits
    (as SQLite keeps it); cheap, since a scope holds tens of thousands."""
    if isinstance(rid, UUID):
        return str(rid)
    if len(rid) == 32:
        h = rid.lower()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return str(UUID(rid))


def scope_checksum(records: Iterable[tuple[UUID | str, int]]) -> ScopeCount:
    """Count and SHA-256 of the sorted "id:version" lines of the records one side holds."""
    lines = sorted(f"{canonical_id(rid)}:{version}\n" for rid, version in records)
    digest = hashlib.sha256("".join(lines).encode("ascii")).hexdigest()
    return ScopeCount(count=len(lines), checksum=digest)
