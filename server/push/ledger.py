"""One pushed record: validated once, then judged against the server's current version.

:func:`validate` types a payload with the app's field rules (one pydantic validation, plus
the signature and unit of an issued document) and builds its canonical JSON and content
hash once; a failure is that record's ``rejected`` result and touches nothing.

:class:`Ledger` is a batch's view of the server: the held rows read for the whole batch in
one query, updated as records of the batch apply (a second version of a record in the same
batch is judged against the first), the changes to publish in apply order, the conflicts to
keep, and the attachments each applied case needs. Every verdict comes from
:func:`server.push.rules.decide`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row

from app.errors import ValidationFailed
from app.sync.wire import (
    PushRecord,
    RecordKind,
    RecordResult,
    WireModel,
    kind,
    parse_payload,
    signing_message,
)
from server.devices.service import DeviceContext
from server.models import KeptConflict
from server.push import rules
from server.records.service import Change, canonical
from server.security import verify_signature


@dataclass(frozen=True)
class Valid:
    """A record whose payload passed validation, with its canonical text and hash."""

    rec: PushRecord
    payload: WireModel
    text: str
    digest: str


def _head(rec: PushRecord) -> dict[str, Any]:
    return {"entity": rec.entity, "id": rec.id, "version": rec.version}


def validate(rec: PushRecord, device: DeviceContext) -> Valid | RecordResult:
    """The typed record, or its ``rejected`` result naming the field and the reason."""
    if rec.refused:  # its head was malformed: refused alone (PushRecord)
        return _rejected(rec, rec.refused)
    declared = kind(rec.entity)  # the wire model accepts declared kinds only
    if not declared.pushable:
        return RecordResult(
            **_head(rec),
            outcome="rejected",
            field="entity",
            reason="Máy không được gửi loại bản ghi này lên máy chủ.",
        )
    try:
        payload = parse_payload(rec.entity, rec.payload)
        _check(declared, payload, rec, device)
    except ValidationFailed as exc:
        return _rejected(rec, exc.errors)
    text, digest = canonical(payload)
    return Valid(rec, payload, text, digest)


def _rejected(rec: PushRecord, errors: dict[str, str]) -> RecordResult:
    path, message = next(iter(errors.items()))
    return RecordResult(**_head(rec), outcome="rejected", field=path, reason=message, errors=errors)


def _check(declared: RecordKind, payload: Any, rec: PushRecord, device: DeviceContext) -> None:
    """Rules beyond the fields: a signed kind (a biên bản) is of the device's own unit and
    signed by its key."""
    if declared.signed:
        if payload.unit_id != device.unit_id:
            raise ValidationFailed(
                {"unit_id": f"{declared.label} ghi đơn vị khác với đơn vị của máy."}
            )
        if not payload.signature:
            raise ValidationFailed(
                {"signature": f"{declared.label} thiếu chữ ký số của máy: máy phải ký trước khi gửi."}
            )
        message = signing_message(rec.id, payload.sha256, payload.fingerprint)
        if not verify_signature(device.public_key, message, payload.signature):
            raise ValidationFailed(
                {"signature": "Chữ ký số không khớp với khóa đã đăng ký của máy."}
            )


class Ledger:
    """The server's records as a batch sees them while it is judged record by record."""

    def __init__(self, held: dict[uuid.UUID, Row[Any]], device: DeviceContext, now: datetime):
        self.device, self.now = device, now
        self.held = {
            rid: rules.Stored(
                r.entity,
                r.unit_id,
                r.origin_device,
                r.version,
                r.status,
                r.payload_hash,
                r.payload,
            )
            for rid, r in held.items()
        }
        self.sequences: dict[uuid.UUID, int] = {rid: r.sequence for rid, r in held.items()}
        self.changes: dict[uuid.UUID, Change] = {}  # in apply order
        self.conflicts: list[KeptConflict] = []
        self.attachments: dict[uuid.UUID, list[str]] = {}  # applied case → hashes it needs
        self._numbered: list[RecordResult] = []  # answered with the sequence of their change

    def judge(self, valid: Valid) -> RecordResult:
        rec = valid.rec
        stored = self.held.get(rec.id)
        new = rules.Incoming(
            rec.entity,
            rec.version,
            rec.base_version,
            str(getattr(valid.payload, "status", "")),  # subjects have none
            valid.digest,
            valid.text,
            rec.deleted_at is not None,
        )
        decision = rules.decide(stored, new, self.device.id, self.device.unit_id)
        if decision.verdict == "apply":
            self._apply(valid, new, stored)
            return self._numbering(RecordResult(**_head(rec), outcome="applied"))
        if decision.verdict == "reject" or stored is None:
            errors = {decision.field: decision.reason} if decision.field else {}
            return RecordResult(
                **_head(rec),
                outcome="rejected",
                field=decision.field,
                reason=decision.reason,
                errors=errors,
            )
        if decision.verdict == "duplicate":
            result = RecordResult(
                **_head(rec),
                outcome="duplicate",
                sequence=self.sequences.get(rec.id),
                server_version=stored.version,
                reason=decision.reason or None,
            )
            return self._numbering(result) if rec.id in self.changes else result
        self.conflicts.append(
            KeptConflict(
                record_id=rec.id,
                entity=rec.entity,
                device_id=self.device.id,
                version=rec.version,
                base_version=rec.base_version,
                server_version=stored.version,
                reason=decision.reason,
                payload=valid.text,
                payload_hash=valid.digest,
                kept_at=self.now,
            )
        )
        return RecordResult(
            **_head(rec), outcome="conflict", server_version=stored.version, reason=decision.reason
        )

    def number(self) -> None:
        """After publishing: each applied record (and a duplicate of a version applied by
        this batch) is answered with the sequence its record's change got."""
        for result in self._numbered:
            result.sequence = self.changes[result.id].values["sequence"]

    def _numbering(self, result: RecordResult) -> RecordResult:
        self._numbered.append(result)
        return result

    def _apply(self, valid: Valid, new: rules.Incoming, stored: rules.Stored | None) -> None:
        rec, now = valid.rec, self.now
        values: dict[str, Any] = {
            "id": rec.id,
            "version": rec.version,
            "status": new.status,
            "payload": valid.text,
            "payload_hash": valid.digest,
            "updated_at": rec.updated_at or now,
            "deleted_at": rec.deleted_at,
            "received_at": now,
            # this device holds the version it wrote: its pull with mine=false leaves it out
            "changed_by": self.device.id,
        }
        change = self.changes.get(rec.id)
        if change is not None:  # a second version of a record in one batch
            change.values.update(values)
        elif stored is not None:
            self.changes[rec.id] = Change(values, new=False)
        else:
            values |= {
                "entity": rec.entity,
                "unit_id": self.device.unit_id,
                "scope_device": None,
                "origin_device": self.device.id,
                "created_at": rec.created_at or now,
            }
            self.changes[rec.id] = Change(values, new=True)
        self.held[rec.id] = rules.Stored(
            rec.entity,
            stored.unit_id if stored else self.device.unit_id,
            stored.origin_device if stored else self.device.id,
            rec.version,
            new.status,
            valid.digest,
            valid.text,
        )
        listed = kind(rec.entity).attachments
        if listed:
            self.attachments[rec.id] = [
                a.sha256 for a in getattr(valid.payload, listed) if not a.deleted_at
            ]
