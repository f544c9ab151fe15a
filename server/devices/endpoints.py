"""HTTP: enrolment and "who am I"."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request

from app.models.base import utcnow
from app.sync.wire import DeviceInfo, EnrolRequest, EnrolResponse
from server import throttle
from server.deps import DB, DEVICE, SETTINGS, client_address
from server.devices import service
from server.errors import EnrolmentRefused, TooManyAttempts
from server.openapi import AUTH, answers

router = APIRouter(tags=["devices"])
ENROL_WINDOW = timedelta(minutes=15)


# a field left at its default is not sent: a laptop of the release before the escrow key
# (whose schema refuses fields it does not know) enrols with a province that has none set
@router.post("/enrol", response_model=EnrolResponse, response_model_exclude_defaults=True,
             responses=answers(403, 413, 422, 429))
def enrol(body: EnrolRequest, request: Request, db: DB, settings: SETTINGS) -> EnrolResponse:
    """Enrol this device with a one-time code; returns its id and token (shown once).
    An unknown, used or expired code gets one and the same 403; after
    ``enrol_failures_per_address`` refusals from one address within 15 minutes, every
    attempt from it is 429 until the window has passed (counted in the database, across
    workers)."""
    key = f"enrol:{client_address(request)}"
    limit = settings.enrol_failures_per_address
    if db.transact(lambda s: throttle.exhausted(s, key, limit, ENROL_WINDOW), write=False):
        raise TooManyAttempts(
            "Nhập sai mã đăng ký quá nhiều lần từ địa chỉ này. Hãy thử lại sau 15 phút.",
            "Too many wrong enrolment codes from this address; try again in 15 minutes.",
            retry_after=int(ENROL_WINDOW.total_seconds()),
        )
    try:
        answer = db.transact(lambda s: service.enrol(s, body))
        # the province's public key the laptop wraps its data key for (escrow)
        return answer.model_copy(update={"escrow_public_key": settings.escrow_public_key})
    except EnrolmentRefused:
        db.transact(lambda s: throttle.hit(s, key, utcnow(), keep=ENROL_WINDOW))
        raise


@router.get("/devices/me", response_model=DeviceInfo, responses=answers(*AUTH, 404))
def me(device: DEVICE, db: DB) -> DeviceInfo:
    """The device the token belongs to, and its unit (403 once revoked)."""
    return db.transact(lambda s: service.describe(s, device), write=False)
