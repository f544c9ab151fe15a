"""HTTP, public (no token, no protocol header): verify a printed document."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.sync.wire import VerifyResponse
from server.deps import DB
from server.verify import service

router = APIRouter(prefix="/verify", tags=["verification"])


@router.get("", response_model=VerifyResponse)
def verify_qr(
    db: DB, ma: Annotated[str, Query(max_length=200, description="the QR text")]
) -> VerifyResponse:
    """What the QR code on the paper opens: ``?ma=THUCDIA:1:<document id>:<fingerprint>``."""
    document_id, fingerprint = service.parse_token(ma)
    return db.transact(lambda s: service.verify(s, document_id, fingerprint), write=False)


@router.get("/{document_id}", response_model=VerifyResponse)
def verify(
    document_id: uuid.UUID,
    db: DB,
    h: Annotated[str, Query(max_length=64, description="short hash: first hex digits")],
) -> VerifyResponse:
    """Was document ``document_id`` with this short hash issued? By which unit, on which day."""
    return db.transact(lambda s: service.verify(s, document_id, h), write=False)
