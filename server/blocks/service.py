"""Document numbers offline: blocks leased per device, symbol and year; used/void reports.

Numbers are unique per unit, symbol and year. A lease takes the unit's row lock, then the
next free range after the highest number ever leased in that unit; the UNIQUE (unit,
symbol, year, first) is the last guard. So two devices never receive overlapping blocks.
Each lease is also published in the feed, for the device it belongs to only.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.errors import DomainError, NotFound, ValidationFailed
from app.sync.wire import (
    LeaseRequest,
    NumberBlockLease,
    NumberBlockPayload,
    NumberUseReport,
    NumberUseResult,
)
from server.blocks import repository as repo
from server.devices.service import DeviceContext
from server.errors import LeaseRefused
from server.models import NumberLease, NumberUsed
from server.records.service import put

MAX_NUMBER = 9999  # the SSSS of PPUUSSSS


@dataclass(frozen=True)
class LeaseRow:
    lease: NumberBlockLease
    used: int


@dataclass(frozen=True)
class LeaseLimits:
    """What one device may hold: ``count`` numbers per lease at most, and no new lease once
    it would hold more than ``unused`` numbers of a form and year it has not reported used
    (a laptop tops up when fewer than 10 remain, after reporting what it printed)."""

    count: int
    unused: int


def lease(
    session: Session,
    device: DeviceContext,
    request: LeaseRequest,
    limits: LeaseLimits | None = None,
) -> NumberBlockLease:
    """A new block for the device (``limits``: those of a device asking over the API; the
    province's own command line has none)."""
    if limits is not None and request.count > limits.count:
        raise ValidationFailed(
            {"count": f"Mỗi lần chỉ được cấp tối đa {limits.count} số."}
        )
    if repo.lock_unit(session, device.unit_id) is None:
        raise NotFound("Không có đơn vị của máy này.")
    if limits is not None:
        held = repo.unreported(session, device.id, request.symbol, request.year)
        if held + request.count > limits.unused:
            raise LeaseRefused(
                f"Máy còn {held} số {request.symbol} năm {request.year} chưa báo đã dùng; "
                f"chỉ được giữ tối đa {limits.unused} số chưa dùng. Hãy đồng bộ để báo các số "
                "đã dùng rồi xin thêm.",
                f"The device holds {held} unreported numbers of {request.symbol}/{request.year}"
                f" (at most {limits.unused}).",
            )
    top = repo.highest(session, device.unit_id, request.symbol, request.year)
    if top + request.count > MAX_NUMBER:
        raise DomainError(
            f"Đơn vị đã dùng hết số {request.symbol} năm {request.year} (tối đa {MAX_NUMBER})."
        )
    row = NumberLease(
        unit_id=device.unit_id,
        device_id=device.id,
        symbol=request.symbol,
        year=request.year,
        first=top + 1,
        last=top + request.count,
    )
    repo.add(session, row)
    wire = to_wire(row)
    put(
        session,
        "number_block",
        row.id,
        NumberBlockPayload(**wire.model_dump(exclude={"id"})),
        unit_id=device.unit_id,
        scope_device=device.id,
    )
    return wire


def leases(session: Session, device: DeviceContext) -> list[NumberBlockLease]:
    return [to_wire(r) for r in repo.leases(session, device_id=device.id)]


def report(session: Session, device: DeviceContext, report: NumberUseReport) -> NumberUseResult:
    """Record numbers used or voided. Idempotent; a used number may later become void.

    A number inside another device's lease is refused; a number outside every lease (the
    laptop's set-up range, before enrolment) is recorded so later leases start above it,
    and refused when it was already reported for another biên bản: two laptops given the
    same set-up range printed it twice, which the province must sort out."""
    accepted, rejected = 0, {}
    for index, use in enumerate(report.uses):
        if repo.lease_covering(
            session, use.symbol, use.year, use.sequence, device_id=device.id
        ) is None and repo.lease_covering(
            session, use.symbol, use.year, use.sequence, unit_id=device.unit_id
        ):
            # a number of another device's block; one outside every block was printed from
            # the laptop's set-up range before enrolment and is recorded, so no lease
            # hands it out again
            rejected[index] = (
                f"Số {use.sequence:04d} {use.symbol}/{use.year} thuộc dãy đã cấp cho máy khác."
            )
            continue
        known = repo.used(session, device.unit_id, use.symbol, use.year, use.sequence)
        if known is not None and _other_document(known, use.document_id, device.id):
            # two laptops given the same set-up range both printed it before enrolment
            rejected[index] = (
                f"Số {use.sequence:04d} {use.symbol}/{use.year} đã được dùng cho một biên bản "
                "khác của máy khác: hai biên bản trùng số. Hãy báo Chi cục để xử lý."
            )
            continue
        if known is None:
            repo.add(
                session,
                NumberUsed(
                    unit_id=device.unit_id,
                    symbol=use.symbol,
                    year=use.year,
                    sequence=use.sequence,
                    device_id=device.id,
                    status=use.status,
                    document_id=use.document_id,
                ),
            )
        elif known.status == "used" and use.status == "void":
            known.status = "void"
        elif known.status != use.status:
            rejected[index] = f"Số {use.sequence:04d} đã được báo là {known.status}."
            continue
        accepted += 1
    return NumberUseResult(accepted=accepted, rejected=rejected)


def _other_document(known: NumberUsed, document_id: uuid.UUID | None, device_id: uuid.UUID) -> bool:
    """The number was reported for another biên bản (or by another device, when no biên bản
    is named): the same number printed twice."""
    if known.document_id is not None and document_id is not None:
        return known.document_id != document_id
    return known.device_id != device_id


@dataclass(frozen=True)
class IssuedCopy:
    """One biên bản as the server holds it: what a clash list shows of it."""

    document_id: uuid.UUID
    number: str
    issued_at: str
    issued_by: str
    device: str  # the name of the laptop that issued it
    status: str


def clashes(session: Session, unit_id: uuid.UUID | None = None) -> list[list[IssuedCopy]]:
    """Numbers carried by more than one biên bản of a unit (two laptops given the same set-up
    range both printed them before enrolment), each as its biên bản, oldest first."""
    names = repo.device_names(session)
    by_number: dict[tuple[object, ...], list[IssuedCopy]] = {}
    for row in repo.issued_documents(session, unit_id):
        data = json.loads(row.payload)
        key = (row.unit_id, data["symbol"], data["year"], data["sequence"])
        by_number.setdefault(key, []).append(IssuedCopy(
            row.id, data["number"], data["issued_at"], data.get("issued_by", ""),
            names.get(row.origin_device, str(row.origin_device)) if row.origin_device else "", data.get("status", "issued")))
    return [sorted(copies, key=lambda c: c.issued_at)
            for _, copies in sorted(by_number.items(), key=lambda kv: str(kv[0]))
            if len(copies) > 1]


def overview(session: Session, unit_id: uuid.UUID | None = None) -> list[LeaseRow]:
    """Every lease (of one unit) with how many of its numbers were reported."""
    return [
        LeaseRow(to_wire(r), repo.used_count(session, r))
        for r in repo.leases(session, unit_id=unit_id)
    ]


def to_wire(row: NumberLease) -> NumberBlockLease:
    return NumberBlockLease(
        id=row.id,
        unit_id=row.unit_id,
        device_id=row.device_id,
        symbol=row.symbol,
        year=row.year,
        first=row.first,
        last=row.last,
    )
