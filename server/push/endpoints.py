"""HTTP: push a batch, read one record with its kept versions."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from app.sync.wire import PushBatch, PushResponse, RecordView
from server.deps import DB, DEVICE, SETTINGS
from server.openapi import AUTH, answers
from server.push import service
from server.records import service as records

router = APIRouter(tags=["push"])


@router.post("/push", response_model=PushResponse, responses=answers(*AUTH, 409, 413, 422))
def push(body: PushBatch, device: DEVICE, db: DB, settings: SETTINGS) -> PushResponse:
    """Apply a batch; a replay of the same ``batch_id`` returns the stored results."""
    checked = service.check(body, device, settings)  # validated before the write lock
    return db.transact(lambda s: service.push(s, device, body, checked))


@router.get("/records/{record_id}", response_model=RecordView, responses=answers(*AUTH, 404, 422))
def record(record_id: uuid.UUID, device: DEVICE, db: DB) -> RecordView:
    """A record of the device's scope and every version kept beside it (conflicts)."""
    return db.transact(lambda s: records.view(s, device, record_id), write=False)
