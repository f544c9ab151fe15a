"""Devices and what needs a person, for the console: enrolled laptops with their last
contact, enrolment codes with their QR image, revocation, number blocks per unit, numbers
printed twice, kept conflicts and records the server refused."""

from __future__ import annotations

import base64
import io
import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import qrcode
from qrcode.image.pil import PilImage
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.sync.wire import EnrolQR
from server.blocks import service as blocks
from server.blocks.service import IssuedCopy, LeaseRow
from server.console import audit
from server.console.scope import (
    Viewer,
    readable_conflicts,
    readable_devices,
    readable_units,
    unit_filter,
)
from server.devices import service as devices
from server.models import Device, KeptConflict, PushBatch, SyncRecord, Unit

REFUSED_BATCHES = 500  # the newest push batches searched for refused records


@dataclass
class DeviceRow:
    device: Device
    unit: Unit
    records: int
    conflicts: int


def device_rows(session: Session, viewer: Viewer) -> list[DeviceRow]:
    pairs = list(session.execute(readable_devices(viewer).order_by(Unit.code,
                                                                   Device.enrolled_at)))
    ids = [d.id for d, _ in pairs]
    made = dict(session.execute(
        select(SyncRecord.origin_device, func.count()).where(SyncRecord.origin_device.in_(ids))
        .group_by(SyncRecord.origin_device)).tuples().all()) if ids else {}
    kept = dict(session.execute(
        select(KeptConflict.device_id, func.count())
        .where(KeptConflict.device_id.in_(ids), KeptConflict.resolved_at.is_(None))
        .group_by(KeptConflict.device_id)).tuples().all()) if ids else {}
    return [DeviceRow(d, u, int(made.get(d.id, 0)), int(kept.get(d.id, 0))) for d, u in pairs]


def units(session: Session, viewer: Viewer) -> list[Unit]:
    return list(session.scalars(readable_units(viewer)))


@dataclass(frozen=True)
class EnrolmentSheet:
    code: str
    expires_at: datetime
    unit_name: str
    qr_text: str
    qr_png_b64: str


def enrolment_code(session: Session, viewer: Viewer, unit_code: str, server_url: str,
                   ttl: timedelta) -> EnrolmentSheet:
    viewer.require("devices.manage")
    issued = devices.make_code(session, unit_code, ttl)
    text = EnrolQR(server=server_url, code=issued.code).model_dump_json()
    qr = qrcode.QRCode(border=4, box_size=8)
    qr.add_data(text)
    qr.make(fit=True)
    buf = io.BytesIO()
    qr.make_image(image_factory=PilImage).save(buf, format="PNG")
    audit.record(session, viewer, "enrol_code", detail=f"{issued.unit.code} {issued.unit.name}")
    return EnrolmentSheet(issued.code, issued.expires_at, issued.unit.name, text,
                          base64.b64encode(buf.getvalue()).decode("ascii"))


def revoke(session: Session, viewer: Viewer, device_id: uuid.UUID, reason: str) -> Device:
    viewer.require("devices.manage")
    if session.execute(readable_devices(viewer).where(Device.id == device_id)).first() is None:
        raise NotFound("Không có máy này.")
    device = devices.revoke(session, device_id, reason.strip())
    audit.record(session, viewer, "device_revoked", target_id=device_id,
                 detail=device.name, reason=reason.strip())
    return device


def number_blocks(session: Session, viewer: Viewer) -> list[tuple[Unit, list[LeaseRow]]]:
    viewer.require("devices.read")
    return [(u, blocks.overview(session, u.id)) for u in units(session, viewer)]


def clashes(session: Session, viewer: Viewer) -> list[list[IssuedCopy]]:
    viewer.require("needs.read")
    return blocks.clashes(session, unit_filter(viewer))


@dataclass
class Refused:
    at: datetime
    device: str
    entity: str
    record_id: str
    field: str
    reason: str


def refused(session: Session, viewer: Viewer) -> list[Refused]:
    """Records the server refused in the newest push batches of the viewer's devices."""
    viewer.require("needs.read")
    names = {d.id: (d.name, u.code) for d, u in session.execute(readable_devices(viewer))}
    batches: list[PushBatch] = list(session.scalars(
        select(PushBatch).where(PushBatch.device_id.in_(list(names)))
        .order_by(PushBatch.received_at.desc()).limit(REFUSED_BATCHES))) if names else []
    out = []
    for b in batches:
        for r in json.loads(b.results or "[]"):
            if r.get("outcome") == "rejected":
                out.append(Refused(b.received_at, f"{names[b.device_id][0]} "
                                   f"({names[b.device_id][1]})", r["entity"], r["id"],
                                   r.get("field") or "", r.get("reason") or ""))
    return out


def conflicts(session: Session, viewer: Viewer) -> list[tuple[KeptConflict, str, str]]:
    return [(k, name, code) for k, name, code in session.execute(
        readable_conflicts(viewer).order_by(KeptConflict.kept_at.desc()).limit(500))]
