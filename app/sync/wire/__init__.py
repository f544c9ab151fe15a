"""The sync wire schema: every JSON body between a field device and the provincial server.

One package imported by both sides (``app.sync`` and ``server/``); each record kind is
declared once (:mod:`app.sync.wire.kinds`). Field rules are the app's own (:mod:`app.validation`), so a malformed field is refused
with its dotted path ("seizures.0.items.1.quantity"), the same path the case editor uses.

Versioning: every request carries ``PROTOCOL_HEADER: PROTOCOL_VERSION``; a server answers
426 to a client older than its minimum (``OLDEST_PROTOCOL`` unless set higher) and 400 to one
newer than itself. Version 2 added gzip-compressed request bodies (push batches). Fields are added compatibly within a version;
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
Errors are ErrorBody: 401 token, 403 revoked, 409 batch id reused / lease refused, 413 too
large, 416 resume elsewhere, 422 fields, 426 too old, 429 too many tries (/openapi.json lists
them per operation).
"""

from __future__ import annotations

from app.sync.wire.device import (
    DeviceInfo,
    EnrolQR,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    LeaseRequest,
    MissingRequest,
    MissingResponse,
    NumberBlockLease,
    NumberUse,
    NumberUseReport,
    NumberUseResult,
    UnitInfo,
    UploadStatus,
    VerifyResponse,
)
from app.sync.wire.exchange import (
    ChecksumRequest,
    ChecksumResponse,
    KeptVersion,
    PullPage,
    PushBatch,
    PushRecord,
    PushResponse,
    RecordChange,
    RecordResult,
    RecordView,
    ScopeCount,
    scope_checksum,
)
from app.sync.wire.fields import (
    API_PREFIX,
    CHUNK_BYTES,
    CLOCK_SKEW,
    MAX_BATCH_RECORDS,
    MAX_BODY_BYTES,
    MAX_INT32,
    MAX_INT64,
    OLDEST_PROTOCOL,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    Code,
    Fingerprint,
    FormSymbol,
    LongText,
    Money,
    Outcome,
    PastDate,
    PastTime,
    Quantity,
    Sha256,
    Text,
    Version,
    WireModel,
)
from app.sync.wire.helpers import (
    canonical_json,
    content_hash,
    error_message,
    field_errors,
    parse_payload,
    signing_message,
)
from app.sync.wire.kinds import Entity, RecordKind, Reopen, kind, kinds, pushable
from app.sync.wire.records import (
    AttachmentRef,
    CasePayload,
    CatalogUpdate,
    FindingPart,
    ForcePart,
    GoodsPart,
    IssuedDocumentPayload,
    MemberPart,
    NumberBlockPayload,
    OfficerPayload,
    Part,
    SeizedItemPart,
    SeizurePart,
    SubjectAsRecorded,
    SubjectPayload,
    TipPayload,
    ViolationPart,
    WitnessPart,
)

__all__ = [
    "API_PREFIX",
    "AttachmentRef",
    "CHUNK_BYTES",
    "CLOCK_SKEW",
    "CasePayload",
    "CatalogUpdate",
    "ChecksumRequest",
    "ChecksumResponse",
    "Code",
    "DeviceInfo",
    "EnrolQR",
    "EnrolRequest",
    "EnrolResponse",
    "Entity",
    "ErrorBody",
    "FindingPart",
    "Fingerprint",
    "FormSymbol",
    "ForcePart",
    "GoodsPart",
    "IssuedDocumentPayload",
    "KeptVersion",
    "LeaseRequest",
    "LongText",
    "MAX_BATCH_RECORDS",
    "MAX_BODY_BYTES",
    "MAX_INT32",
    "MAX_INT64",
    "MemberPart",
    "MissingRequest",
    "MissingResponse",
    "Money",
    "NumberBlockLease",
    "NumberBlockPayload",
    "NumberUse",
    "NumberUseReport",
    "NumberUseResult",
    "OfficerPayload",
    "Outcome",
    "PROTOCOL_HEADER",
    "PROTOCOL_VERSION",
    "OLDEST_PROTOCOL",
    "Part",
    "PastDate",
    "PastTime",
    "PullPage",
    "PushBatch",
    "PushRecord",
    "PushResponse",
    "Quantity",
    "RecordKind",
    "Reopen",
    "RecordChange",
    "RecordResult",
    "RecordView",
    "ScopeCount",
    "SeizedItemPart",
    "SeizurePart",
    "Sha256",
    "SubjectAsRecorded",
    "SubjectPayload",
    "Text",
    "TipPayload",
    "UnitInfo",
    "UploadStatus",
    "VerifyResponse",
    "Version",
    "ViolationPart",
    "WireModel",
    "WitnessPart",
    "canonical_json",
    "content_hash",
    "error_message",
    "field_errors",
    "kind",
    "kinds",
    "parse_payload",
    "pushable",
    "scope_checksum",
    "signing_message",
]
