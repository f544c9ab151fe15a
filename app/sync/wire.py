"""The sync wire schema: every JSON body between a field device and the provincial server.

One module imported by both sides (``app.sync`` and ``server/``); each entity is described
once. Field rules are the app's own (:mod:`app.validation`), so a malformed field is refused
with its dotted path ("seizures.0.items.1.quantity"), the same path the case editor uses.

Versioning: every request carries ``PROTOCOL_HEADER: PROTOCOL_VERSION``; a server answers
426 to a client older than its minimum. Fields are added compatibly within a version;
anything else bumps it. Timestamps are aware (UTC on the wire); numbers are JSON integers
except quantities, which travel as canonical decimal text ("12.5").

Routes (under API_PREFIX; all but /verify need the header and ``Authorization: Bearer``):
POST /enrol EnrolRequest→EnrolResponse · GET /devices/me →DeviceInfo ·
POST /push PushBatch→PushResponse · GET /records/{id} →RecordView ·
GET /changes?after=N&limit=M →PullPage · POST /checksum ChecksumRequest→ChecksumResponse ·
POST /attachments/missing MissingRequest→MissingResponse · PUT /attachments/{sha256} bytes
(Content-Range for chunks; 416 + X-Received-Bytes to resume) →UploadStatus ·
GET /attachments/{sha256}[/status] · POST /number-blocks/lease LeaseRequest→NumberBlockLease ·
GET /number-blocks · POST /number-blocks/report NumberUseReport→NumberUseResult ·
GET /verify?ma=<QR text> | /verify/{id}?h=<hex prefix> →VerifyResponse (public).
Errors are ErrorBody: 401 token, 403 revoked, 413 too large, 422 fields, 426 too old.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from app.errors import ValidationFailed
from app.text import nfc
from app.validation import (
    parse_money,
    parse_quantity,
    validate_not_future,
    validate_person_id,
    validate_range,
    validate_tax_code,
)
from app.vntime import VN_TZ

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-ThucDia-Protocol"
API_PREFIX = "/api/v1"
MAX_BATCH_RECORDS = 500  # records per push batch; more is refused with 413
MAX_BODY_BYTES = 8 * 1024 * 1024  # any request body, JSON or attachment chunk
CHUNK_BYTES = 1024 * 1024  # a good attachment chunk on a poor link
CLOCK_SKEW = timedelta(minutes=10)  # a laptop clock ahead of the server's is not "future"

Entity = Literal["case", "subject", "issued_document", "tip", "number_block", "catalog", "officer"]
PUSHABLE: frozenset[str] = frozenset({"case", "subject", "issued_document", "tip"})
SHARED: frozenset[str] = frozenset({"subject", "tip"})  # optimistic concurrency by base_version
Outcome = Literal["applied", "duplicate", "conflict", "rejected"]


# --- field types built on app.validation ----------------------------------------------------


def _require(message: str | None) -> None:
    if message:
        raise ValueError(message)


def _not_future(value: Any) -> Any:
    _require(validate_not_future(value, datetime.now(VN_TZ) + CLOCK_SKEW))
    return value


def _quantity(value: object) -> Decimal:
    q, message = parse_quantity(value)
    _require(message)
    return q  # type: ignore[return-value]


def _money(value: object) -> int | None:
    n, message = parse_money(value, required=True)
    _require(message)
    return n


def _decimal_text(value: Decimal) -> str:
    return format(value.normalize(), "f")


Text = Annotated[str, StringConstraints(max_length=300), AfterValidator(nfc)]
LongText = Annotated[str, StringConstraints(max_length=20_000), AfterValidator(nfc)]
Code = Annotated[str, StringConstraints(max_length=20)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Fingerprint = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]
PastDate = Annotated[date, AfterValidator(_not_future)]
PastTime = Annotated[AwareDatetime, AfterValidator(_not_future)]
Quantity = Annotated[
    Decimal, BeforeValidator(_quantity), PlainSerializer(_decimal_text, return_type=str)
]
Money = Annotated[int, BeforeValidator(_money)]
Version = Annotated[int, Field(ge=1)]


class WireModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- entities ---------------------------------------------------------------------------------


class SubjectPayload(WireModel):
    """A person or organisation of the subject registry (shared: edits carry base_version)."""

    kind: Literal["individual", "organisation"] = "individual"
    name: Text
    gender: Literal["nam", "nữ"] | None = None
    birth_date: PastDate | None = None
    nationality: Annotated[str, StringConstraints(max_length=2)] = "VN"
    occupation: Text = ""
    id_kind: Literal["cccd", "cmnd", "passport"] | None = None
    id_number: Annotated[str, StringConstraints(max_length=20)] | None = None
    id_issued_on: PastDate | None = None
    id_issued_by: Text = ""
    tax_code: Annotated[str, StringConstraints(max_length=14)] | None = None
    registration_no: Text = ""
    registration_issued_on: PastDate | None = None
    registration_issued_by: Text = ""
    representative_name: Text = ""
    representative_gender: Literal["nam", "nữ"] | None = None
    representative_title: Text = ""
    address: Text = ""
    commune_code: Code | None = None
    phone: Code = ""

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
    position: Annotated[int, Field(ge=0)] = 0
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
    legal_act_code: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    violation_kind: Annotated[str, StringConstraints(max_length=40)] | None = None
    description: LongText = ""
    proposed_fine: Money | None = None
    criminal_signs: bool = False


class SeizedItemPart(Part):
    name: Text
    category_code: Code | None = None
    unit: Annotated[str, StringConstraints(min_length=1, max_length=20)]
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
    filename: Annotated[str, StringConstraints(max_length=260)]
    media_type: Annotated[str, StringConstraints(max_length=100)] = ""
    size: Annotated[int, Field(ge=0)]
    caption: Text = ""


class CasePayload(WireModel):
    """A case aggregate: the inspection, the subject as recorded, its parts and seizures.

    A draft belongs to its origin device; a finalised case is immutable everywhere (a
    correction is a new case whose ``amends_id`` points to it).
    """

    status: Literal["draft", "finalised"] = "draft"
    basis_kind: Literal["decision", "surprise"] = "surprise"
    decision_no: Annotated[str, StringConstraints(max_length=40)] = ""
    decision_date: PastDate | None = None
    decision_signer: Text = ""
    decision_signer_title: Text = ""
    surprise_ground: LongText = ""
    tip_ref: Annotated[str, StringConstraints(max_length=40)] = ""
    started_at: PastTime | None = None
    ended_at: PastTime | None = None
    place_address: Text = ""
    commune_code: Code | None = None
    subject_id: UUID | None = None
    subject: SubjectAsRecorded | None = None
    subject_present: bool = True
    vehicle_plate: Annotated[str, StringConstraints(max_length=30)] = ""
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

    @field_validator("ended_at")
    @classmethod
    def _ended_after_start(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        _require(validate_range(info.data.get("started_at"), value))
        return value


class IssuedDocumentPayload(WireModel):
    """Metadata of an issued biên bản (the PDF itself may follow as an attachment).

    Immutable once issued, except to become ``void``. ``signature`` is the device's Ed25519
    signature (base64) over :func:`signing_message`.
    """

    inspection_id: UUID
    unit_id: UUID
    form_code: Code
    symbol: Code
    year: Annotated[int, Field(ge=2000, le=2200)]
    sequence: Annotated[int, Field(ge=1, le=9999)]
    number: Annotated[str, StringConstraints(min_length=1, max_length=60)]
    issued_at: PastTime
    issued_by: Text = ""
    sha256: Sha256
    fingerprint: Fingerprint
    page_count: Annotated[int, Field(ge=1)] = 1
    copies: Annotated[int, Field(ge=1)] = 1
    status: Literal["issued", "void"] = "issued"
    void_reason: LongText = ""
    voided_at: PastTime | None = None
    corrects_id: UUID | None = None
    signature: Annotated[str, StringConstraints(max_length=200)] | None = None


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
    symbol: Code
    year: Annotated[int, Field(ge=2000, le=2200)]
    first: Annotated[int, Field(ge=1, le=9999)]
    last: Annotated[int, Field(ge=1, le=9999)]


class CatalogUpdate(WireModel):
    """A whole catalogue, as in resources/catalogs (``{"catalog", "version", "items"}``)."""

    catalog: Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,40}$")]
    version: Annotated[int, Field(ge=1)]
    items: list[dict[str, Any]] = Field(max_length=50_000)
    source: LongText | list[LongText] = ""
    notes: LongText | list[LongText] = ""


class OfficerPayload(WireModel):
    full_name: Text
    position: Text = ""
    badge_no: Code = ""
    title_code: Code | None = None


PAYLOADS: dict[str, type[WireModel]] = {
    "case": CasePayload,
    "subject": SubjectPayload,
    "issued_document": IssuedDocumentPayload,
    "tip": TipPayload,
    "number_block": NumberBlockPayload,
    "catalog": CatalogUpdate,
    "officer": OfficerPayload,
}


# --- push ---------------------------------------------------------------------------------------


class PushRecord(WireModel):
    """One changed record. ``base_version`` is the server version the change was made on
    (required for shared records once the server has them; None for a record new here)."""

    entity: Entity
    id: UUID
    version: Version
    base_version: Annotated[int, Field(ge=0)] | None = None
    created_at: AwareDatetime | None = None
    updated_at: AwareDatetime | None = None
    deleted_at: AwareDatetime | None = None
    payload: dict[str, Any]


class PushBatch(WireModel):
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
    count: Annotated[int, Field(ge=0)]
    checksum: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class ChecksumRequest(WireModel):
    through_sequence: Annotated[int, Field(ge=0)]
    scopes: dict[Entity, ScopeCount]


class ChecksumResponse(WireModel):
    """``up_to_date`` is False when the scope changed after ``through_sequence``: pull first.
    Otherwise every entity in ``mismatched`` needs a full re-sync of that scope."""

    scope_sequence: int
    up_to_date: bool
    scopes: dict[str, ScopeCount]
    mismatched: list[str]


def scope_checksum(records: Iterable[tuple[UUID | str, int]]) -> ScopeCount:
    """Count and SHA-256 of the sorted "id:version" lines of the records one side holds."""
    lines = sorted(f"{UUID(str(rid))}:{version}\n" for rid, version in records)
    digest = hashlib.sha256("".join(lines).encode("ascii")).hexdigest()
    return ScopeCount(count=len(lines), checksum=digest)


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
    code: Annotated[str, StringConstraints(min_length=4, max_length=40)]
    device_name: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    public_key: str  # base64 of the raw 32-byte Ed25519 public key
    app_version: Annotated[str, StringConstraints(max_length=40)] = ""

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
    symbol: Annotated[str, StringConstraints(min_length=1, max_length=16)]
    year: Annotated[int, Field(ge=2000, le=2200)]
    count: Annotated[int, Field(ge=1, le=500)] = 50


class NumberBlockLease(NumberBlockPayload):
    id: UUID


class NumberUse(WireModel):
    symbol: Annotated[str, StringConstraints(min_length=1, max_length=16)]
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


# --- helpers both sides use ---------------------------------------------------------------------

_VI_MESSAGES = {  # pydantic error type → Vietnamese
    "missing": "Thiếu trường bắt buộc.",
    "extra_forbidden": "Trường này không được phép.",
    "string_too_long": "Nội dung quá dài.",
    "string_too_short": "Không được để trống.",
    "string_pattern_mismatch": "Sai định dạng.",
    "literal_error": "Giá trị không thuộc danh sách cho phép.",
    "uuid_parsing": "Mã định danh (UUID) không hợp lệ.",
    "int_parsing": "Phải là số nguyên.",
    "int_type": "Phải là số nguyên.",
    "greater_than_equal": "Giá trị nhỏ hơn mức cho phép.",
    "less_than_equal": "Giá trị lớn hơn mức cho phép.",
    "timezone_aware": "Thời điểm phải kèm múi giờ.",
    "datetime_from_date_parsing": "Thời điểm không hợp lệ.",
    "date_from_datetime_parsing": "Ngày không hợp lệ.",
    "too_long": "Quá nhiều mục.",
}


def error_message(err: Mapping[str, Any]) -> str:
    """The message of one pydantic error: our validator's own text, else a Vietnamese one."""
    ctx = err.get("ctx") or {}
    if err.get("type") == "value_error" and "error" in ctx:
        return str(ctx["error"])
    return _VI_MESSAGES.get(str(err.get("type")), str(err.get("msg", "Không hợp lệ.")))


def field_errors(
    errors: Iterable[Mapping[str, Any]], *, drop: tuple[str, ...] = ()
) -> dict[str, str]:
    """Dotted path → message; a leading location part in ``drop`` ("body") is left out."""
    out: dict[str, str] = {}
    for err in errors:
        loc = [str(p) for p in err.get("loc", ())]
        if loc and loc[0] in drop:
            loc = loc[1:]
        out.setdefault(".".join(loc) or "__root__", error_message(err))
    return out


def parse_payload(entity: str, data: dict[str, Any]) -> WireModel:
    """The typed payload of ``entity``; raises ValidationFailed with dotted field paths."""
    model = PAYLOADS.get(entity)
    if model is None:
        raise ValidationFailed({"entity": f"Loại bản ghi không được hỗ trợ: {entity}."})
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(field_errors(exc.errors(include_url=False))) from None


def canonical_json(model: BaseModel) -> str:
    """Sorted, compact JSON of a model: equal content gives equal text on both sides."""
    return json.dumps(
        model.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


def content_hash(model: BaseModel) -> str:
    return hashlib.sha256(canonical_json(model).encode("utf-8")).hexdigest()


def signing_message(document_id: UUID, sha256: str, fingerprint: str) -> bytes:
    """What a device signs for an issued document (Ed25519) and the server verifies."""
    return f"thucdia-document-v1:{document_id}:{sha256}:{fingerprint}".encode("ascii")
