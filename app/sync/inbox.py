"""Applying pulled changes: one page in one local transaction, each record in a savepoint.

Rules (SYNC.md "Pull"):
- a change at or below the version this device already knows from the server is an echo;
- a change equal to the local version only confirms it;
- a change to a record with pending local changes is never applied: both versions are
  kept as a conflict for a person to resolve;
- a change that cannot be applied yet (its case has not arrived, a catalogue code unknown
  here) is parked and retried at every sync, never dropped and never blocking the page.

A page is applied in the caller's one transaction. Cases and subjects new to this laptop
(what an initial pull mostly is) are written in chunks by app.sync.bulk, one executemany
per table, with the rows the per-record path would write; everything else goes record by
record, each in a savepoint, in the page's order. Once the page is written, each binding's
``after_apply`` runs once with the cases whose records of its kind were applied (the due
items of those cases), in the same transaction.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from app.errors import DomainError
from app.models import ParkedChange, SyncState
from app.models.sync_state import CONFLICT
from app.sync import bindings, bulk, outbox, pull_conflicts, wire

log = logging.getLogger("thucdia.sync")


@dataclass
class PageOutcome:
    applied: int = 0
    confirmed: int = 0
    conflicts: int = 0
    parked: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    bulk: int = 0  # of the applied: written by the fast path (app.sync.bulk)

    def count(self, change: wire.RecordChange, verdict: str) -> None:
        setattr(self, verdict, getattr(self, verdict) + 1)
        if verdict == "applied":
            self.entities[change.entity] = self.entities.get(change.entity, 0) + 1


@dataclass
class Known:
    """What this laptop holds for the records of a page, read in a few queries when the
    page starts (each record appears once in a page): sync states, local records (of the
    changes not already settled by their state) and parked changes."""

    states: outbox.States
    local: dict[uuid.UUID, Any]
    parked: set[uuid.UUID]

    @classmethod
    def read(cls, session: Session, changes: list[wire.RecordChange]) -> Known:
        states = outbox.read_states(session, [c.id for c in changes])
        models = {k.name: bindings.model_of(k.name) for k in wire.kinds()}
        wanted: dict[type[Any], list[uuid.UUID]] = {}
        for c in changes:
            model = models.get(c.entity)
            if model is not None and (not _settled(c, states.get(c.id)) or _behind(c, states.get(c.id))):
                wanted.setdefault(model, []).append(c.id)
        local: dict[uuid.UUID, Any] = {}
        for model, ids in wanted.items():
            for start in range(0, len(ids), 500):
                local.update((r.id, r) for r in session.scalars(
                    select(model).where(model.id.in_(ids[start:start + 500]))))
        parked = set(session.scalars(select(ParkedChange.record_id)))
        return cls(states, local, parked)


class Touched:
    """The cases whose records were applied, per ``after_apply`` of their kinds' bindings
    (app.sync.bindings), run once when the page is written."""

    def __init__(self) -> None:
        self.cases: dict[bindings.AfterApply, set[uuid.UUID]] = {}

    def add(self, change: wire.RecordChange) -> None:
        bound = bindings.find(change.entity)
        if bound is None or bound.after_apply is None:
            return
        case_id = bindings.case_of(change)
        if case_id is not None:
            self.cases.setdefault(bound.after_apply, set()).add(case_id)

    def run(self, session: Session) -> None:
        for hook, case_ids in self.cases.items():
            hook(session, case_ids)
        self.cases.clear()


def _settled(change: wire.RecordChange, state: SyncState | None) -> bool:
    """An echo: this laptop already knows this version (or a later one) from the server."""
    return state is not None and state.server_version is not None and change.version <= state.server_version


def _behind(change: wire.RecordChange, state: SyncState | None) -> bool:
    """The server's current version is older than what this laptop recorded of it."""
    return state is not None and state.server_version is not None and change.version < state.server_version


def _relearn(session: Session, change: wire.RecordChange, known: Known | None) -> None:
    """The feed carries only the server's current version, so a sync state ahead of it is
    wrong (the checksum found it): learn it again when this laptop holds exactly that
    version. A newer local record is left alone (never rolled back)."""
    model = bindings.model_of(change.entity)
    if model is None:
        return
    local = session.get(model, change.id) if known is None else known.local.get(change.id)
    if local is not None and local.version == change.version:
        outbox.confirm(session, change.id, change.entity, change.version,
                       None if known is None else known.states)


def _unpark(session: Session, record_id: uuid.UUID, known: Known | None) -> None:
    if known is None or record_id in known.parked:
        session.query(ParkedChange).filter_by(record_id=record_id).delete()


def apply_page(session: Session, changes: Iterable[wire.RecordChange], my_device: str, *,
               fast: bool = True) -> PageOutcome:
    """Apply one pulled page within the caller's transaction (one per page: the caller
    stores the page's ``next_after`` in it). Records new here go through the fast path
    (app.sync.bulk) unless ``fast`` is False; the result is the same either way."""
    out = PageOutcome()
    _begin(session)
    order = {k.name: k.order for k in wire.kinds()}
    ordered = sorted(changes, key=lambda c: (order.get(c.entity, len(order)), c.sequence))
    known = Known.read(session, ordered)
    touched = Touched()
    new = (bulk.NewRecords(session, known.states, known.local, known.parked, ordered,
                           bindings.fast_paths()) if fast else None)
    for change in ordered:
        if new is not None:
            if new.take(change):
                if new.full:
                    _write_new(session, new, out, my_device, known, touched)
                continue
            _write_new(session, new, out, my_device, known, touched)  # what came before, first
        out.count(change, apply_change(session, change, my_device, known, touched))
        if new is not None:
            new.forget(change)
    if new is not None:
        _write_new(session, new, out, my_device, known, touched)
    touched.run(session)
    return out


def _begin(session: Session) -> None:
    """Open the page's transaction now. pysqlite begins one only before a data change, so a
    page whose first write is a SAVEPOINT ran it in a transaction of its own, committed by
    its RELEASE: that record (or a fast-path chunk) was committed apart from the page."""
    dbapi = session.connection().connection.dbapi_connection
    if dbapi is not None and not getattr(dbapi, "in_transaction", True):
        session.execute(text("BEGIN"))


def _write_new(session: Session, new: bulk.NewRecords, out: PageOutcome, my_device: str,
               known: Known, touched: Touched) -> None:
    """Write the fast path's chunk; a chunk that failed is applied record by record."""
    written, failed = new.write()
    for change in written:
        out.count(change, "applied")
        touched.add(change)
    out.bulk += len(written)
    for change in failed:
        out.count(change, apply_change(session, change, my_device, known, touched))


def apply_change(session: Session, change: wire.RecordChange, my_device: str,
                 known: Known | None = None, touched: Touched | None = None) -> str:
    """One change; returns "applied", "confirmed", "conflicts" or "parked". ``known``
    (a page's :class:`Known`) spares the lookups of one record each; ``touched`` (a
    page's) gathers the cases to run ``after_apply`` on, else it runs here at once."""
    state = session.get(SyncState, change.id) if known is None else known.states.get(change.id)
    if _settled(change, state):
        _unpark(session, change.id, known)
        if _behind(change, state):
            _relearn(session, change, known)
        return "confirmed"
    kind = wire.kind(change.entity)
    model = bindings.model_of(change.entity)
    if model is None:
        local = None
    else:
        local = session.get(model, change.id) if known is None else known.local.get(change.id)
    unsettled = local is not None and kind.pushable and _unsettled(local, state)
    # a server-owned record is written as the server sends it (a leased number block that
    # the lease answer made here keeps its local use): only the others are echoes
    if (local is not None and local.version == change.version and kind.ownership != "server"
            and not (unsettled and not pull_conflicts.same_content(session, change, local))):
        outbox.confirm(session, change.id, change.entity, change.version,
                       None if known is None else known.states)
        return "confirmed"
    if unsettled:
        if state is not None and state.state == CONFLICT and pull_conflicts.refresh_conflict(session, change):
            return "confirmed"  # a conflict already kept: it now shows the newest server version
        pull_conflicts.keep_pull_conflict(session, change, local, state)
        return "conflicts"
    try:
        with session.begin_nested():
            write_change(session, change)
            session.flush()
    except (IntegrityError, ValidationError, DomainError, SQLAlchemyError, KeyError) as exc:
        park(session, change, _why(exc))
        return "parked"
    outbox.confirm(session, change.id, change.entity, change.version,
                   None if known is None else known.states)
    _unpark(session, change.id, known)
    if touched is None:
        after_written(session, [change])
    else:
        touched.add(change)
    return "applied"


def after_written(session: Session, changes: Iterable[wire.RecordChange]) -> None:
    """Run the ``after_apply`` of the changes' bindings now (a change written outside a
    page: a parked one retried, a conflict resolved with the server's version)."""
    touched = Touched()
    for change in changes:
        touched.add(change)
    touched.run(session)


def _unsettled(local: Any, state: SyncState | None) -> bool:
    """Local changes the server has not taken: pending, or refused as a conflict that no
    person has resolved yet (a pulled change must not overwrite either)."""
    return outbox.is_pending(local, state) or (state is not None and state.state == CONFLICT)


def write_change(session: Session, change: wire.RecordChange) -> None:
    """Write a pulled change with its kind's apply function (app.sync.bindings)."""
    payload = wire.parse_payload(change.entity, change.payload)
    bindings.binding(change.entity).apply(session, change, payload)


def _why(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return str(exc.args[0]) if exc.args else "Thiếu bản ghi liên quan."
    if isinstance(exc, IntegrityError):
        return "Bản ghi tham chiếu mã chưa có trên máy (danh mục hoặc vụ việc chưa về)."
    return str(exc)[:500]


def park(session: Session, change: wire.RecordChange, reason: str) -> None:
    row = session.get(ParkedChange, change.id)
    if row is None:
        row = ParkedChange(record_id=change.id, entity=change.entity)
        session.add(row)
    if row.sequence is None or change.sequence >= row.sequence:
        row.sequence, row.change = change.sequence, change.model_dump_json()
    row.reason = reason
    log.info("parked %s %s: %s", change.entity, change.id, reason)


def retry_parked(session: Session, my_device: str) -> int:
    """Apply parked changes whose reason may have gone; returns how many still wait."""
    rows = list(session.scalars(select(ParkedChange).order_by(ParkedChange.sequence)))
    waiting = 0
    for row in rows:
        change = wire.RecordChange.model_validate_json(row.change)
        if apply_change(session, change, my_device) == "parked":
            waiting += 1
    return waiting
