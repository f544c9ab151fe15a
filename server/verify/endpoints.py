"""HTTP, public (no token, no protocol header): verify a printed document."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Query, Request

from app.sync.wire import VerifyResponse
from server import throttle
from server.deps import DB, SETTINGS, client_address
from server.errors import TooManyAttempts
from server.openapi import answers
from server.verify import service

router = APIRouter(prefix="/verify", tags=["verification"])
WINDOW = timedelta(minutes=1)


def _count(request: Request, db: DB, settings: SETTINGS) -> None:
    """``verify_per_minute`` requests per address per minute, this route and the paper's QR
    page together (counted in the database, across workers); 429 beyond."""
    key = f"verify:{client_address(request)}"
    if not db.transact(lambda s: throttle.take(s, key, settings.verify_per_minute, WINDOW)):
        raise TooManyAttempts(
            "Quá nhiều lượt tra cứu từ địa chỉ này. Hãy thử lại sau một phút.",
            "Too many verification requests from this address; try again in a minute.",
            retry_after=60,
        )


@router.get("", response_model=VerifyResponse, responses=answers(422, 429))
def verify_qr(
    request: Request,
    db: DB,
    settings: SETTINGS,
    ma: Annotated[str, Query(max_length=200, description="the QR text")],
) -> VerifyResponse:
    """What the QR code on the paper opens: ``?ma=THUCDIA:1:<document id>:<fingerprint>``
    (a browser asking for text/html gets the console's page saying the same)."""
    _count(request, db, settings)
    document_id, fingerprint = service.parse_token(ma)
    return db.transact(lambda s: service.verify(s, document_id, fingerprint), write=False)


@router.get("/{document_id}", response_model=VerifyResponse, responses=answers(422, 429))
def verify(
    document_id: uuid.UUID,
    request: Request,
    db: DB,
    settings: SETTINGS,
    h: Annotated[str, Query(max_length=64, description="short hash: first hex digits")],
) -> VerifyResponse:
    """Was document ``document_id`` with this short hash issued? By which unit, on which day."""
    _count(request, db, settings)
    return db.transact(lambda s: service.verify(s, document_id, h), write=False)
