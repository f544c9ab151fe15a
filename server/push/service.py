"""Push: apply a device's batch record by record, idempotently.

The batch id is claimed first; a replay returns the results stored with it and changes
nothing. Each record is validated with the app's field rules and judged by
:mod:`server.push.rules`; one bad record never stops the others. Records are visited in id
order (so two batches lock rows in the same order) and the changed ones are numbered by the
feed last, keeping the sequence counter's lock short.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import datetime

from sqlalchemy.orm import Session

from app.errors import ValidationFailed
from app.models.base import utcnow
from app.sync.wire import (
    PUSHABLE,
    IssuedDocumentPayload,
    PushBatch,
    PushRecord,
    PushResponse,
    RecordResult,
    WireModel,
    canonical_json,
    content_hash,
    parse_payload,
    signing_message,
)
from server.attachments import repository as blobs
from server.config import Settings
from server.devices import repository as devices
from server.devices.service import DeviceContext
from server.errors import Conflict, Forbidden, payload_too_large
from server.models import KeptConflict, SyncRecord
from server.push import repository as repo
from server.push import rules
from server.records import repository as records
from server.records.service import publish
from server.security import verify_signature

log = logging.getLogger("thucdia.server.push")


def push(
    session: Session, device: DeviceContext, batch: PushBatch, settings: Settings
) -> PushResponse:
    if batch.device_id != device.id:
        raise Forbidden(
            "Lô dữ liệu ghi mã máy khác với máy đang gửi.", "The batch names another device."
        )
    if len(batch.records) > settings.max_batch_records:
        raise payload_too_large(settings.max_batch_records, "records")
    stored = repo.batch(session, batch.batch_id)
    if stored is not None:
        if stored.device_id != device.id:
            raise Conflict("Mã lô dữ liệu đã được máy khác dùng.")
        results = [RecordResult.model_validate(r) for r in json.loads(stored.results)]
        return PushResponse(batch_id=batch.batch_id, replayed=True, results=results)
    row = repo.start_batch(session, batch.batch_id, device.id, len(batch.records))
    now = utcnow()
    touched: dict[object, SyncRecord] = {}  # records changed by this batch, in apply order
    by_index: dict[int, RecordResult] = {}
    order = sorted(
        range(len(batch.records)), key=lambda i: (batch.records[i].id.int, batch.records[i].version)
    )
    for index in order:
        by_index[index] = _push_one(session, device, batch.records[index], touched, now)
    publish(session, list(touched.values()))
    results = [by_index[i] for i in range(len(batch.records))]
    for result in results:
        if result.outcome == "applied":
            result.sequence = touched[result.id].sequence
    _note_missing_attachments(session, results, touched)
    row.results = json.dumps([r.model_dump(mode="json") for r in results])
    devices.touch(session, device.id, now)
    counts = Counter(r.outcome for r in results)
    log.info("push device=%s records=%d %s", device.id, len(results), dict(counts))
    return PushResponse(batch_id=batch.batch_id, results=results)


def _push_one(
    session: Session,
    device: DeviceContext,
    rec: PushRecord,
    touched: dict[object, SyncRecord],
    now: datetime,
) -> RecordResult:
    head = {"entity": rec.entity, "id": rec.id, "version": rec.version}
    if rec.entity not in PUSHABLE:
        return RecordResult(
            **head,
            outcome="rejected",
            field="entity",
            reason="Máy không được gửi loại bản ghi này lên máy chủ.",
        )
    try:
        payload = parse_payload(rec.entity, rec.payload)
        _check(payload, rec, device)
    except ValidationFailed as exc:
        path, message = next(iter(exc.errors.items()))
        return RecordResult(
            **head, outcome="rejected", field=path, reason=message, errors=exc.errors
        )
    text, digest = canonical_json(payload), content_hash(payload)
    row = touched.get(rec.id) or records.get(session, rec.id, lock=True)
    new = rules.Incoming(
        rec.entity,
        rec.version,
        rec.base_version,
        _status(payload),
        digest,
        text,
        rec.deleted_at is not None,
    )
    stored = (
        None
        if row is None
        else rules.Stored(
            row.entity,
            row.unit_id,
            row.origin_device,
            row.version,
            row.status,
            row.payload_hash,
            row.payload,
        )
    )
    decision = rules.decide(stored, new, device.id, device.unit_id)
    if decision.verdict == "apply":
        touched[rec.id] = _apply(row, rec, device, new, now)
        return RecordResult(**head, outcome="applied")
    if decision.verdict == "reject" or row is None:
        errors = {decision.field: decision.reason} if decision.field else {}
        return RecordResult(
            **head, outcome="rejected", field=decision.field, reason=decision.reason, errors=errors
        )
    if decision.verdict == "duplicate":
        return RecordResult(
            **head,
            outcome="duplicate",
            sequence=row.sequence,
            server_version=row.version,
            reason=decision.reason or None,
        )
    if not repo.conflict_kept(session, rec.id, device.id, rec.version, digest):
        repo.keep(
            session,
            KeptConflict(
                record_id=rec.id,
                entity=rec.entity,
                device_id=device.id,
                version=rec.version,
                base_version=rec.base_version,
                server_version=row.version,
                reason=decision.reason,
                payload=text,
                payload_hash=digest,
                kept_at=now,
            ),
        )
    return RecordResult(
        **head, outcome="conflict", server_version=row.version, reason=decision.reason
    )


def _check(payload: WireModel, rec: PushRecord, device: DeviceContext) -> None:
    """Rules beyond the fields: a document of the device's own unit, signed by its key."""
    if isinstance(payload, IssuedDocumentPayload):
        if payload.unit_id != device.unit_id:
            raise ValidationFailed({"unit_id": "Biên bản ghi đơn vị khác với đơn vị của máy."})
        message = signing_message(rec.id, payload.sha256, payload.fingerprint)
        if payload.signature and not verify_signature(
            device.public_key, message, payload.signature
        ):
            raise ValidationFailed(
                {"signature": "Chữ ký số không khớp với khóa đã đăng ký của máy."}
            )


def _status(payload: WireModel) -> str:
    return str(getattr(payload, "status", ""))  # subjects have none


def _apply(
    row: SyncRecord | None,
    rec: PushRecord,
    device: DeviceContext,
    new: rules.Incoming,
    now: datetime,
) -> SyncRecord:
    if row is None:
        row = SyncRecord(
            id=rec.id,
            entity=rec.entity,
            unit_id=device.unit_id,
            origin_device=device.id,
            created_at=rec.created_at or now,
        )
    row.version, row.status, row.payload, row.payload_hash = (
        rec.version,
        new.status,
        new.payload,
        new.payload_hash,
    )
    row.updated_at, row.deleted_at, row.received_at = rec.updated_at or now, rec.deleted_at, now
    return row


def _note_missing_attachments(
    session: Session, results: list[RecordResult], touched: dict[object, SyncRecord]
) -> None:
    """An applied case is complete only once the server holds all its attachments."""
    wanted: dict[int, list[str]] = {}
    for i, result in enumerate(results):
        if result.outcome == "applied" and result.entity == "case":
            refs = json.loads(touched[result.id].payload).get("attachments", [])
            wanted[i] = [a["sha256"] for a in refs if not a.get("deleted_at")]
    if not wanted:
        return
    held = blobs.blobs(session, [h for hashes in wanted.values() for h in hashes])
    for i, hashes in wanted.items():
        results[i].missing_attachments = sorted(
            {h for h in hashes if not (h in held and held[h].complete)}
        )
