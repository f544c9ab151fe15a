"""HTTP: changes after a sequence number, and the count/checksum comparison."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.sync.wire import MAX_INT64, ChecksumRequest, ChecksumResponse, PullPage
from server.deps import DB, DEVICE, SETTINGS
from server.openapi import AUTH, answers
from server.pull import service

router = APIRouter(tags=["pull"])


@router.get("/changes", response_model=PullPage, responses=answers(*AUTH, 422))
def changes(
    device: DEVICE,
    db: DB,
    settings: SETTINGS,
    after: Annotated[
        int, Query(ge=0, le=MAX_INT64, description="last sequence applied on the device")
    ] = 0,
    limit: Annotated[int, Query(ge=1, le=5000)] = 200,
    mine: Annotated[
        bool,
        Query(
            description=(
                "include records whose current version this device's own push wrote (any "
                "entity). false leaves them out: the device holds that version already (its "
                "push was applied); a version written since by another device or the server "
                "still comes. A re-sync after a checksum mismatch asks with true."
            )
        ),
    ] = True,
) -> PullPage:
    """Changes of the device's scope after ``after``, oldest first, one page."""
    page_size = min(limit, settings.page_limit)
    body = db.transact(lambda s: service.pull_json(s, device, after, page_size, mine=mine),
                       write=False)
    return Response(body, media_type="application/json")  # type: ignore[return-value]


@router.post("/checksum", response_model=ChecksumResponse, responses=answers(*AUTH, 413, 422))
def checksum(body: ChecksumRequest, device: DEVICE, db: DB) -> ChecksumResponse:
    """Compare counts/checksums per entity; a mismatch means a full re-sync of that entity."""
    return db.transact(lambda s: service.compare(s, device, body), write=False)
