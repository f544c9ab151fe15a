"""Helpers both sides use: Vietnamese error messages, typed payloads, canonical JSON, signing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from pydantic import (
    BaseModel,
    ValidationError,
)

from app.errors import ValidationFailed
from app.sync.wire.fields import WireModel
from app.sync.wire.kinds import find

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
    kind = find(entity)
    if kind is None:
        raise ValidationFailed({"entity": f"Loại bản ghi không được hỗ trợ: {entity}."})
    try:
        return kind.payload.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(field_errors(exc.errors(include_url=False))) from None


def canonical_json(model: BaseModel) -> str:
    """Compact JSON of a typed payload, fields in the model's order, text unescaped (UTF-8):
    equal content gives equal text, and its hash tells a replayed version from a different
    one. Written by pydantic's serializer in one pass (a sorted ``json.dumps`` of a dumped
    dict costs twice as much and was a third of a push on the server); a change of a model's
    field order therefore changes every content hash (server migration 0003 rewrote the
    stored ones when this form replaced the sorted one)."""
    return model.model_dump_json()


def content_hash(model: BaseModel) -> str:
    return hashlib.sha256(canonical_json(model).encode("utf-8")).hexdigest()


def signing_message(document_id: UUID, sha256: str, fingerprint: str) -> bytes:
    """What a device signs for an issued document (Ed25519) and the server verifies."""
    return f"thucdia-document-v1:{document_id}:{sha256}:{fingerprint}".encode("ascii")
