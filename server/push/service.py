"""Push: apply a device's batch, idempotently, in a few statements whatever its size.

The contract (SYNC.md "Push"):

- The batch id is claimed first; a replay returns the results stored with it and changes
  nothing (another device's batch id is a conflict).
- Every record is validated once with the app's field rules (before the write transaction:
  :func:`check`) and judged by
  :mod:`server.push.rules`; each gets its own result, and one bad record never stops the
  others. A conflict keeps the incoming version beside the server's (once per device,
  record, version and content).
- The held rows of the whole batch are read in one query per 500 ids, locked on
  PostgreSQL in id order (so two batches lock rows in the same order); records are judged
  in id order, a second version of a record in the same batch against the first.
- The changed records are numbered by the feed last, one gap-free range of sequences in
  apply order, keeping the sequence counter's lock short; new records are inserted in one
  executemany and changed ones updated in another.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter

from pydantic import TypeAdapter
from pydantic_core import to_json
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.sync.wire import PushBatch, PushResponse, RecordResult
from server.attachments import repository as blobs
from server.config import Settings
from server.devices import repository as devices
from server.devices.service import DeviceContext
from server.errors import BatchReused, Conflict, Forbidden, payload_too_large
from server.models import KeptConflict
from server.push import repository as repo
from server.push.ledger import Ledger, Valid, validate
from server.records import repository as records
from server.records.service import publish_changes

log = logging.getLogger("thucdia.server.push")
RESULTS = TypeAdapter(list[RecordResult])


def check(batch: PushBatch, device: DeviceContext, settings: Settings) -> list[Valid | RecordResult]:
    """Everything about a batch that needs no database, done before the write transaction
    (so the lock is not held while payloads are validated; a server's workers validate side
    by side): the batch names its device and is within bounds; every record is typed with
    the app's field rules, or has its ``rejected`` result."""
    if batch.device_id != device.id:
        raise Forbidden(
            "Lô dữ liệu ghi mã máy khác với máy đang gửi.", "The batch names another device."
        )
    if len(batch.records) > settings.max_batch_records:
        raise payload_too_large(settings.max_batch_records, "records")
    return [validate(rec, device) for rec in batch.records]


def push(
    session: Session, device: DeviceContext, batch: PushBatch, checked: list[Valid | RecordResult]
) -> PushResponse:
    """Apply a batch :func:`check` has checked, in the caller's write transaction."""
    digest = batch_digest(batch)
    stored = repo.batch(session, batch.batch_id)
    if stored is not None:
        if stored.device_id != device.id:
            raise Conflict("Mã lô dữ liệu đã được máy khác dùng.")
        if stored.records_hash is not None and stored.records_hash != digest:
            raise BatchReused(
                "Mã lô dữ liệu này đã dùng cho một lô khác với các bản ghi khác; lô mới không được "
                "áp dụng. Hãy gửi lại các bản ghi này với một mã lô mới.",
                "This batch id was already used for other records; send them under a new batch id.",
            )
        results = RESULTS.validate_json(stored.results)
        return PushResponse(batch_id=batch.batch_id, replayed=True, results=results)
    row = repo.start_batch(session, batch.batch_id, device.id, len(batch.records), digest)
    now = utcnow()
    valid = {i: c for i, c in enumerate(checked) if isinstance(c, Valid)}
    held = records.stored(session, (v.rec.id for v in valid.values()), lock=True)
    ledger = Ledger(held, device, now)
    answers: list[RecordResult | None] = [
        c if isinstance(c, RecordResult) else None for c in checked
    ]
    for i in sorted(valid, key=lambda i: (valid[i].rec.id.int, valid[i].rec.version)):
        answers[i] = ledger.judge(valid[i])
    answered = [r for r in answers if r is not None]
    _keep_conflicts(session, ledger.conflicts)
    _note_missing_attachments(session, answered, ledger)
    devices.touch(session, device.id, now)
    publish_changes(session, list(ledger.changes.values()))
    ledger.number()
    row.results = RESULTS.dump_json(answered).decode("utf-8")
    counts = Counter(r.outcome for r in answered)
    log.info("push device=%s records=%d %s", device.id, len(answered), dict(counts))
    return PushResponse(batch_id=batch.batch_id, results=answered)


def batch_digest(batch: PushBatch) -> str:
    """What a replay of a batch must bring again: each record's kind, id, version and
    payload as sent (its JSON, in the order it came), in order. A batch sent again byte for
    byte gives the same whatever the server judges of it this time; other records under the
    same id do not."""
    sent = [(r.entity, r.id, r.version, r.base_version, r.payload) for r in batch.records]
    return hashlib.sha256(to_json(sent)).hexdigest()


def _keep_conflicts(session: Session, conflicts: list[KeptConflict]) -> None:
    """Keep each conflicting version once: not again when a replay under a new batch id (or
    the same record twice in this batch) brings the same version with the same content."""
    if not conflicts:
        return
    device_id = conflicts[0].device_id
    seen = repo.kept_keys(session, device_id, [c.record_id for c in conflicts])
    for conflict in conflicts:
        key = (conflict.record_id, conflict.version, conflict.payload_hash)
        if key not in seen:
            seen.add(key)
            repo.keep(session, conflict)


def _note_missing_attachments(
    session: Session, results: list[RecordResult], ledger: Ledger
) -> None:
    """An applied case is complete only once the server holds all its attachments (its
    unit's copies: another unit's file is not told of, the device sends it)."""
    wanted = {
        i: ledger.attachments[r.id]
        for i, r in enumerate(results)
        if r.outcome == "applied" and r.id in ledger.attachments
    }
    if not any(wanted.values()):
        return
    held = blobs.blobs(
        session, ledger.device.unit_id, [h for hashes in wanted.values() for h in hashes]
    )
    for i, hashes in wanted.items():
        results[i].missing_attachments = sorted(
            {h for h in hashes if not (h in held and held[h].complete)}
        )
