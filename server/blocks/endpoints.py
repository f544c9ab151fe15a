"""HTTP: lease a block of document numbers, list them, report numbers used or void."""

from __future__ import annotations

from fastapi import APIRouter

from app.sync.wire import LeaseRequest, NumberBlockLease, NumberUseReport, NumberUseResult
from server.blocks import service
from server.deps import DB, DEVICE

router = APIRouter(prefix="/number-blocks", tags=["number blocks"])


@router.post("/lease", response_model=NumberBlockLease)
def lease(body: LeaseRequest, device: DEVICE, db: DB) -> NumberBlockLease:
    """A new block for this device; never overlaps a block of another device of the unit."""
    return db.transact(lambda s: service.lease(s, device, body))


@router.get("", response_model=list[NumberBlockLease])
def leases(device: DEVICE, db: DB) -> list[NumberBlockLease]:
    return db.transact(lambda s: service.leases(s, device), write=False)


@router.post("/report", response_model=NumberUseResult)
def report(body: NumberUseReport, device: DEVICE, db: DB) -> NumberUseResult:
    return db.transact(lambda s: service.report(s, device, body))
