"""Document numbers and the server: numbers used or voided here are reported, and leased
blocks are topped up when fewer than LOW_WATER numbers of a form remain this year."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from app.db import unit_of_work
from app.models import IssuedDocument, NumberBlock, SyncState
from app.services.numbering import LOW_WATER, SYMBOLS
from app.sync import outbox
from app.sync.client import ServerClient
from app.sync.context import SyncContext, SyncReport
from app.sync.wire import LeaseRequest, NumberUse, NumberUseReport
from app.vntime import VN_TZ

NUMBER_USE = "number_use"
USE_NS = uuid.UUID("6b1f0d1e-4a59-4c1e-9a39-2f0e5d7c3b11")
LEASE_COUNT = 50
REPORT_BATCH = 500


def number_use_key(document_id: uuid.UUID) -> uuid.UUID:
    """The sync-state id of the report of a biên bản's number (its version: 1 used, 2 void)."""
    return uuid.uuid5(USE_NS, str(document_id))


def report_used(ctx: SyncContext, client: ServerClient, report: SyncReport) -> None:
    with unit_of_work(ctx.sessions) as s:
        docs = s.execute(
            select(IssuedDocument.id, IssuedDocument.symbol, IssuedDocument.year,
                   IssuedDocument.sequence, IssuedDocument.status)
            .where(IssuedDocument.origin_device == ctx.creds.device_id)
        ).all()
        known: dict[uuid.UUID, int | None] = dict(s.execute(
            select(SyncState.record_id, SyncState.server_version).where(SyncState.entity == NUMBER_USE)
        ).tuples().all())
    todo = []
    for doc_id, symbol, year, sequence, status in docs:
        key, wanted = number_use_key(doc_id), 2 if status == "void" else 1
        if known.get(key) != wanted:
            todo.append((key, wanted, NumberUse(symbol=symbol, year=year, sequence=sequence,
                                                status="void" if wanted == 2 else "used",
                                                document_id=doc_id)))
    for start in range(0, len(todo), REPORT_BATCH):
        part = todo[start:start + REPORT_BATCH]
        result = client.report_numbers(NumberUseReport(uses=[u for _, _, u in part]))
        with unit_of_work(ctx.sessions) as s:
            for index, (key, wanted, _use) in enumerate(part):
                if index in result.rejected:
                    outbox.mark_failed(s, key, NUMBER_USE, wanted, "rejected", "sequence",
                                       result.rejected[index])
            outbox.confirm_many(s, [(key, NUMBER_USE, wanted) for index, (key, wanted, _use)
                                    in enumerate(part) if index not in result.rejected])
        report.numbers_reported += result.accepted


def top_up(ctx: SyncContext, client: ServerClient, report: SyncReport) -> None:
    year = datetime.now(UTC).astimezone(VN_TZ).year
    unit_id = uuid.UUID(ctx.creds.unit_id)
    with unit_of_work(ctx.sessions) as s:
        left: dict[str, int] = dict.fromkeys(SYMBOLS, 0)
        for block in s.scalars(select(NumberBlock).where(
            NumberBlock.unit_id == unit_id, NumberBlock.year == year, NumberBlock.source == "leased",
            NumberBlock.deleted_at.is_(None),
        )):
            if block.symbol in left:
                left[block.symbol] += block.remaining
    for symbol, remaining in left.items():
        if remaining >= LOW_WATER:
            continue
        lease = client.lease(LeaseRequest(symbol=symbol, year=year, count=LEASE_COUNT))
        with unit_of_work(ctx.sessions) as s:
            if s.get(NumberBlock, lease.id) is None:
                s.add(NumberBlock(id=lease.id, unit_id=lease.unit_id, symbol=lease.symbol,
                                  year=lease.year, first=lease.first, last=lease.last,
                                  next=lease.first, source="leased",
                                  origin_device=ctx.creds.device_id))
        report.blocks_leased += 1
