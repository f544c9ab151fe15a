"""HTTP: enrolment and "who am I"."""

from __future__ import annotations

from fastapi import APIRouter

from app.sync.wire import DeviceInfo, EnrolRequest, EnrolResponse
from server.deps import DB, DEVICE, SETTINGS
from server.devices import service

router = APIRouter(tags=["devices"])


@router.post("/enrol", response_model=EnrolResponse)
def enrol(body: EnrolRequest, db: DB, settings: SETTINGS) -> EnrolResponse:
    """Enrol this device with a one-time code; returns its id and token (shown once), and
    the province's public key its data key is to be wrapped for (escrow)."""
    answer = db.transact(lambda s: service.enrol(s, body))
    return answer.model_copy(update={"escrow_public_key": settings.escrow_public_key})


@router.get("/devices/me", response_model=DeviceInfo)
def me(device: DEVICE, db: DB) -> DeviceInfo:
    """The device the token belongs to, and its unit (403 once revoked)."""
    return db.transact(lambda s: service.describe(s, device), write=False)
