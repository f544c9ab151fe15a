"""Public verification of a paper copy: was this document issued, by which unit, when.

The QR code printed on every page carries ``THUCDIA:1:<document id>:<fingerprint>``
(:func:`app.documents.layout.verification_token`). The answer holds no personal data: no
subject, no officer, no content; an unknown id and a wrong hash get the same answer.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.documents.layout import TOKEN_PREFIX
from app.errors import ValidationFailed
from app.sync.wire import VerifyResponse, signing_message
from app.vntime import vn
from server.devices import repository as units
from server.records import repository as records
from server.security import verify_signature

MIN_HASH = 8  # hex digits of the fingerprint (or of the PDF's SHA-256) a caller must give


def parse_token(token: str) -> tuple[uuid.UUID, str]:
    """(document id, fingerprint) from the QR text."""
    prefix, _, rest = token.strip().rpartition(":")
    head, _, doc = prefix.rpartition(":")
    if head != TOKEN_PREFIX:
        raise ValidationFailed({"ma": "Mã trên giấy không đúng dạng THUCDIA:1:<mã>:<dấu vân tay>."})
    try:
        return uuid.UUID(doc), rest
    except ValueError:
        raise ValidationFailed({"ma": "Mã biên bản không hợp lệ."}) from None


def verify(session: Session, document_id: uuid.UUID, short_hash: str) -> VerifyResponse:
    given = short_hash.strip().lower()
    if len(given) < MIN_HASH or any(c not in "0123456789abcdef" for c in given):
        raise ValidationFailed({"h": f"Cần ít nhất {MIN_HASH} chữ số hệ 16 của mã kiểm tra."})
    row = records.get(session, document_id)
    if row is None or row.entity != "issued_document" or row.deleted_at is not None:
        return VerifyResponse(issued=False)
    doc = json.loads(row.payload)
    if not (doc["fingerprint"].startswith(given) or doc["sha256"].startswith(given)):
        return VerifyResponse(issued=False)
    if not _signed_by_its_device(session, row.origin_device, document_id, doc):
        return VerifyResponse(issued=False)
    unit = units.unit(session, row.unit_id) if row.unit_id else None
    return VerifyResponse(
        issued=True,
        status=doc["status"],
        unit_name=unit.name if unit else None,
        number=doc["number"],
        form_code=doc["form_code"],
        issued_on=vn(datetime.fromisoformat(doc["issued_at"])).date(),
    )


def _signed_by_its_device(
    session: Session, device_id: uuid.UUID | None, document_id: uuid.UUID, doc: dict[str, Any]
) -> bool:
    """The stored document carries its device's valid signature (one without is no
    evidence of anything, whatever else it says)."""
    device = units.device(session, device_id) if device_id else None
    signature = doc.get("signature")
    if device is None or not isinstance(signature, str):
        return False
    message = signing_message(document_id, doc["sha256"], doc["fingerprint"])
    return verify_signature(device.public_key, message, signature)
