"""HTTP: lease a block of document numbers, list them, report numbers used or void."""

from __future__ import annotations

from fastapi import APIRouter

from app.sync.wire import LeaseRequest, NumberBlockLease, NumberUseReport, NumberUseResult
from server.blocks import service
from server.deps import DB, DEVICE, SETTINGS
from server.openapi import AUTH, answers

router = APIRouter(prefix="/number-blocks", tags=["number blocks"])


@router.post("/lease", response_model=NumberBlockLease, responses=answers(*AUTH, 409, 413, 422))
def lease(body: LeaseRequest, device: DEVICE, db: DB, settings: SETTINGS) -> NumberBlockLease:
    """A new block for this device; never overlaps a block of another device of the unit.
    At most ``max_lease_count`` numbers at once (422 above), and 409 while the device holds
    more than ``max_unused_numbers`` of the form and year it has not reported used."""
    limits = service.LeaseLimits(settings.max_lease_count, settings.max_unused_numbers)
    return db.transact(lambda s: service.lease(s, device, body, limits))


@router.get("", response_model=list[NumberBlockLease], responses=answers(*AUTH))
def leases(device: DEVICE, db: DB) -> list[NumberBlockLease]:
    return db.transact(lambda s: service.leases(s, device), write=False)


@router.post("/report", response_model=NumberUseResult, responses=answers(*AUTH, 413, 422))
def report(body: NumberUseReport, device: DEVICE, db: DB) -> NumberUseResult:
    return db.transact(lambda s: service.report(s, device, body))
