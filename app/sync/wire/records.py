"""The entities a device and the server exchange: each described once."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import (
    AwareDatetime,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from app.sync.wire.fields import (
    MAX_INT32,
    PLAIN,
    Code,
    Count,
    Fingerprint,
    FormSymbol,
    LongText,
    Money,
    PastDate,
    PastTime,
    Quantity,
    Sequence,
    Sha256,
    Text,
    Version,
    WireModel,
    _require,
    refuse_unprintable,
)
from app.validation import (
    validate_person_id,
    validate_range,
    validate_tax_code,
)
from app.vntime import VN_TZ

SIGNATURE = (
    "Required when a device pushes the record. The device's Ed25519 signature, base64 "
    "(64 bytes), made with the private key whose public key it registered at enrolment, over "
    "the ASCII bytes `thucdia-document-v1:{id}:{sha256}:{fingerprint}`: `id` is the record's "
    "id (the PushRecord's, lower-case UUID with dashes), `sha256` and `fingerprint` the "
    "fields of this payload (lower-case hex). The server verifies it before accepting the "
    "record, and the public verification of a paper copy answers `issued` only for a "
    "document whose signature verifies."
)

# --- entities ---------------------------------------------------------------------------------


class SubjectPayload(WireModel):
    """A person or organisation of the subject registry (shared: edits carry base_version)."""

    kind: Literal["individual", "organisation"] = "individual"
    name: Text
    gender: Literal["nam", "nữ"] | None = None
    birth_date: PastDate | None = None
    nationality: Annotated[str, StringConstraints(max_length=2), PLAIN] = "VN"
    occupation: Text = ""
    id_kind: Literal["cccd", "cmnd", "passport"] | None = None
    id_number: Annotated[str, StringConstraints(max_length=20), PLAIN] | None = None
    id_issued_on: PastDate | None = None
    id_issued_by: Text = ""
    tax_code: Annotated[str, StringConstraints(max_length=14), PLAIN] | None = None
    registration_no: Text = ""
    registration_issued_on: PastDate | None = None
    registration_issued_by: Text = ""
    representative_name: Text = ""
    representative_gender: Literal["nam", "nữ"] | None = None
    representative_title: Text = ""
    address: Text = ""
    commune_code: Code | None = None
    phone: Code = ""

    @model_validator(mode="after")
    def _printable(self) -> SubjectPayload:
        refuse_unprintable(self)
        return self

    @field_validator("id_number")
    @classmethod
    def _id_number(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value and value.strip():
            _require(
                validate_person_id(info.data.get("id_kind"), value, datetime.now(VN_TZ).date())
            )
        return value

    @field_validator("tax_code")
    @classmethod
    def _tax_code(cls, value: str | None) -> str | None:
        if value and value.strip():
            _require(validate_tax_code(value))
        return value


class SubjectAsRecorded(SubjectPayload):
    """The subject inside a case aggregate: the registry entry as the case recorded it."""

    id: UUID
    version: Version = 1


class Part(WireModel):
    """A row of a case aggregate; a removed row stays as a tombstone (``deleted_at``)."""

    id: UUID
    version: Version = 1
    position: Count = 0
    deleted_at: AwareDatetime | None = None


class MemberPart(Part):
    officer_id: UUID | None = None
    full_name: Text
    position_title: Text = ""
    badge_no: Code = ""
    is_leader: bool = False


class ForcePart(Part):
    force_code: Code
    agency_name: Text = ""
    representative: Text = ""
    representative_title: Text = ""


class WitnessPart(Part):
    full_name: Text
    role: Literal["witness", "commune"] = "witness"
    position_title: Text = ""
    id_number: Code = ""
    address: Text = ""


class FindingPart(Part):
    content: LongText
    result: LongText = ""


class GoodsPart(Part):
    name: Text
    category_code: Code | None = None
    unit: Code = ""
    quantity: Quantity | None = None
    origin: Text = ""
    papers: LongText = ""
    estimated_value: Money | None = None
    note: LongText = ""


class ViolationPart(Part):
    legal_act_code: Annotated[str, StringConstraints(min_length=1, max_length=40), PLAIN]
    violation_kind: Annotated[str, StringConstraints(max_length=40), PLAIN] | None = None
    description: LongText = ""
    proposed_fine: Money | None = None
    criminal_signs: bool = False
    criminal_signs_cleared: LongText = ""


class SeizedItemPart(Part):
    name: Text
    category_code: Code | None = None
    unit: Annotated[str, StringConstraints(min_length=1, max_length=20), PLAIN]
    quantity: Quantity
    kind: Text = ""
    condition: Text = ""
    estimated_value: Money | None = None
    seal_numbers: Text = ""
    note: LongText = ""


class SeizurePart(Part):
    seized_at: PastTime | None = None
    reason: LongText = ""
    storage_place: Text = ""
    keeper: Text = ""
    sealed: bool = False
    items: list[SeizedItemPart] = Field(default_factory=list, max_length=1000)


class AttachmentRef(Part):
    """A photo or scan of the case, stored by content (see the attachment endpoints)."""

    sha256: Sha256
    filename: Annotated[str, StringConstraints(max_length=260), PLAIN]
    media_type: Annotated[str, StringConstraints(max_length=100), PLAIN] = ""
    size: Sequence
    caption: Text = ""


class CasePayload(WireModel):
    """A case aggregate: the inspection, the subject as recorded, its parts and seizures.

    A draft belongs to its origin device; a finalised case is immutable everywhere (a
    correction is a new case whose ``amends_id`` points to it).
    """

    status: Literal["draft", "finalised"] = "draft"
    basis_kind: Literal["decision", "surprise"] = "surprise"
    decision_no: Annotated[str, StringConstraints(max_length=40), PLAIN] = ""
    decision_date: PastDate | None = None
    decision_signer: Text = ""
    decision_signer_title: Text = ""
    surprise_ground: LongText = ""
    tip_ref: Annotated[str, StringConstraints(max_length=40), PLAIN] = ""
    started_at: PastTime | None = None
    ended_at: PastTime | None = None
    place_address: Text = ""
    commune_code: Code | None = None
    subject_id: UUID | None = None
    subject: SubjectAsRecorded | None = None
    subject_present: bool = True
    vehicle_plate: Annotated[str, StringConstraints(max_length=30), PLAIN] = ""
    contents: LongText = ""
    subject_opinion: LongText = ""
    forces_opinion: LongText = ""
    witness_opinion: LongText = ""
    team_conclusion: LongText = ""
    refusal_reason: LongText = ""
    finalised_at: PastTime | None = None
    finalised_by: Text = ""
    amends_id: UUID | None = None
    amendment_reason: LongText = ""
    members: list[MemberPart] = Field(default_factory=list, max_length=100)
    forces: list[ForcePart] = Field(default_factory=list, max_length=100)
    witnesses: list[WitnessPart] = Field(default_factory=list, max_length=100)
    findings: list[FindingPart] = Field(default_factory=list, max_length=1000)
    goods: list[GoodsPart] = Field(default_factory=list, max_length=1000)
    violations: list[ViolationPart] = Field(default_factory=list, max_length=200)
    seizures: list[SeizurePart] = Field(default_factory=list, max_length=100)
    attachments: list[AttachmentRef] = Field(default_factory=list, max_length=1000)

    @model_validator(mode="after")
    def _printable(self) -> CasePayload:
        refuse_unprintable(self)
        return self

    @field_validator("ended_at")
    @classmethod
    def _ended_after_start(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        _require(validate_range(info.data.get("started_at"), value))
        return value


class IssuedDocumentPayload(WireModel):
    """Metadata of an issued biên bản (the PDF itself may follow as an attachment).

    Immutable once issued, except to become ``void``. ``signature`` is the device's Ed25519
    signature (base64) over :func:`signing_message`; a push without it is refused.
    """

    inspection_id: UUID
    unit_id: UUID
    form_code: Code
    symbol: FormSymbol
    year: Annotated[int, Field(ge=2000, le=2200)]
    sequence: Annotated[int, Field(ge=1, le=9999)]
    number: Annotated[str, StringConstraints(min_length=1, max_length=60), PLAIN]
    issued_at: PastTime
    issued_by: Text = ""
    sha256: Sha256
    fingerprint: Fingerprint
    page_count: Annotated[int, Field(ge=1, le=MAX_INT32)] = 1
    copies: Annotated[int, Field(ge=1, le=MAX_INT32)] = 1
    status: Literal["issued", "void"] = "issued"
    void_reason: LongText = ""
    voided_at: PastTime | None = None
    corrects_id: UUID | None = None
    signature: Annotated[
        str, StringConstraints(pattern=r"^[A-Za-z0-9+/]{86}==$"), Field(description=SIGNATURE)
    ] | None = None


class TipPayload(WireModel):
    """A tip (tin báo) assigned to a unit. The informant's identity never travels."""

    received_at: PastTime
    summary: LongText
    place_address: Text = ""
    commune_code: Code | None = None
    suspect: Text = ""
    goods: Text = ""
    status: Literal["new", "assigned", "in_progress", "done", "dismissed"] = "new"
    case_id: UUID | None = None
    note: LongText = ""


class NumberBlockPayload(WireModel):
    """Numbers [first, last] of ``symbol`` in ``year`` leased to one device of a unit."""

    unit_id: UUID
    device_id: UUID
    symbol: FormSymbol
    year: Annotated[int, Field(ge=2000, le=2200)]
    first: Annotated[int, Field(ge=1, le=9999)]
    last: Annotated[int, Field(ge=1, le=9999)]


class CatalogUpdate(WireModel):
    """A whole catalogue, as in resources/catalogs (``{"catalog", "version", "items"}``)."""

    catalog: Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,40}$")]
    version: Version
    items: list[dict[str, Any]] = Field(max_length=50_000)
    source: LongText | list[LongText] = ""
    notes: LongText | list[LongText] = ""


class OfficerPayload(WireModel):
    full_name: Text
    position: Text = ""
    badge_no: Code = ""
    title_code: Code | None = None

