"""What waits to go to the server, and what the server's answers mean for each record.

A record is pending while its ``version`` differs from the ``server_version`` in
``sync_state`` and is not the version the server already refused (``failed_version``).
What is sent, in which order, whose records (a device-owned kind: this device's only) and
with which base version (a shared kind) come from the record kinds' declaration
(app.sync.wire.kinds) and their bindings (app.sync.bindings): nothing here names a kind.
Functions here read and flush; the sync engine commits.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    SyncConflict,
    SyncDirty,
    SyncState,
    utcnow,
)
from app.models.base import sqlite_utc_text
from app.models.sync_state import CONFLICT, OK, REJECTED, is_pending
from app.sync import bindings, wire
from app.sync.bindings import Binding
from app.sync.credentials import Credentials
from app.sync.wire import RecordResult

__all__ = ["is_pending"]  # app.models.sync_state's rule, where the outbox's callers look for it


def _pending_clause(model: Any) -> Any:
    s = SyncState
    return or_(
        s.record_id.is_(None),
        and_(
            s.server_version.is_distinct_from(model.version),
            s.failed_version.is_distinct_from(model.version),
        ),
    )


def _pending_stmt(b: Binding, device_id: str) -> Any:
    """Pending records of one kind, among those the triggers marked changed (only this
    device's own of a device-owned kind)."""
    model: Any = b.model
    stmt = (
        select(model)
        .join(SyncDirty, and_(SyncDirty.record_id == model.id, SyncDirty.entity == b.name))
        .outerjoin(SyncState, SyncState.record_id == model.id)
        .where(_pending_clause(model))
    )
    if b.kind.owned:
        stmt = stmt.where(model.origin_device == device_id)
    return stmt


def settle_dirty(session: Session, device_id: str) -> None:
    """Forget the marks of records with nothing to send: confirmed, refused at this version,
    a colleague's, or gone. Cheap: it reads the marked records only, of the kinds that have
    any (a sync with nothing to do has none)."""
    marked = set(session.scalars(select(SyncDirty.entity).distinct()))
    for b in bindings.pushed():
        if b.name not in marked:
            continue
        waiting = _pending_stmt(b, device_id).with_only_columns(
            b.model.id, maintain_column_froms=True)  # type: ignore[union-attr]
        session.execute(
            delete(SyncDirty)
            .where(SyncDirty.entity == b.name, SyncDirty.record_id.not_in(waiting))
            .execution_options(synchronize_session=False)
        )


def pending_count(session: Session, device_id: str) -> int:
    total = 0
    for b in bindings.pushed():
        stmt = _pending_stmt(b, device_id).with_only_columns(
            func.count(), maintain_column_froms=True)
        total += int(session.scalar(stmt) or 0)
    return total


@dataclass
class Outgoing:
    """One record of a batch as sent (kept to interpret the answer and to keep conflicts)."""

    entity: str
    id: uuid.UUID
    version: int
    record: dict[str, Any]


def pending_plan(session: Session, device_id: str) -> list[tuple[str, uuid.UUID]]:
    """Every pending record, entity by entity (subjects before the cases naming them), oldest
    change first: what a push will send, read once and then sent slice by slice."""
    plan: list[tuple[str, uuid.UUID]] = []
    for b in bindings.pushed():
        model: Any = b.model
        stmt = _pending_stmt(b, device_id).with_only_columns(
            model.id, maintain_column_froms=True).order_by(model.updated_at)
        plan += [(b.name, rid) for rid in session.scalars(stmt)]
    return plan


def next_batch(session: Session, creds: Credentials, limit: int,
               among: Iterable[tuple[str, uuid.UUID]] | None = None) -> list[Outgoing]:
    """Up to ``limit`` pending records (only those of ``among`` when given: a slice of the
    plan), as wire records with their current versions and base versions. Cases and
    subjects (nearly all of a first push) are read with plain SQL (app.sync.outbound)."""
    wanted: dict[str, list[uuid.UUID]] | None = None
    if among is not None:
        wanted = {}
        for entity, rid in among:
            wanted.setdefault(entity, []).append(rid)
    out: list[Outgoing] = []
    for b in bindings.pushed():
        entity, model, shared = b.name, cast(Any, b.model), b.kind.shared
        room = limit - len(out)
        if room <= 0 or (wanted is not None and entity not in wanted):
            continue
        stmt = _pending_stmt(b, creds.device_id).with_only_columns(
            model.id, model.version, model.created_at, model.updated_at, model.deleted_at,
            SyncState.server_version, maintain_column_froms=True,
        )
        if wanted is not None:
            stmt = stmt.where(model.id.in_(wanted[entity]))
        rows = session.execute(stmt.order_by(model.updated_at).limit(room)).all()
        if not rows:
            continue
        payloads = b.payloads(session, [r.id for r in rows], creds)  # type: ignore[misc]
        for rid, version, created, updated, deleted, base in rows:
            out.append(Outgoing(entity, rid, version, {
                "entity": entity,
                "id": str(rid),
                "version": version,
                "base_version": base if shared else None,
                "created_at": created.isoformat(),
                "updated_at": updated.isoformat(),
                "deleted_at": deleted.isoformat() if deleted else None,
                "payload": payloads[rid],
            }))
    return out


def payloads_of(session: Session, entity: str, ids: list[uuid.UUID],
                creds: Credentials | None) -> dict[uuid.UUID, dict[str, Any]]:
    """The wire payloads of records of one kind, as a push sends them (signed with the
    device's key when the kind is and ``creds`` is given): the kind's binding reads them."""
    return bindings.binding(entity).payloads(session, ids, creds)  # type: ignore[misc]


def title_of(entity: str, record: Any) -> str:
    """How a person names a record in the conflicts and refusals lists (the kind's title)."""
    return "" if record is None else wire.kind(entity).title(record)


States = dict[uuid.UUID, SyncState]


def read_states(session: Session, record_ids: Iterable[uuid.UUID]) -> States:
    """The sync states of many records in one query (a record without one is absent)."""
    ids, states = list(record_ids), {}
    for start in range(0, len(ids), 500):
        for state in session.scalars(select(SyncState).where(SyncState.record_id.in_(ids[start:start + 500]))):
            states[state.record_id] = state
    return states


def _state(session: Session, record_id: uuid.UUID, entity: str, states: States | None = None) -> SyncState:
    """The record's state, made if it has none. ``states`` (from :func:`read_states`, kept
    up to date here) spares a query per record."""
    state = session.get(SyncState, record_id) if states is None else states.get(record_id)
    if state is None:
        state = SyncState(record_id=record_id, entity=entity)
        session.add(state)
        if states is not None:
            states[record_id] = state
    return state


def confirm(session: Session, record_id: uuid.UUID, entity: str, server_version: int,
            states: States | None = None) -> None:
    """The server holds ``server_version`` of this record (pushed or pulled)."""
    state = _state(session, record_id, entity, states)
    state.server_version, state.state, state.failed_version = server_version, OK, None
    state.field, state.reason, state.updated_at = "", "", utcnow()


def mark_failed(session: Session, record_id: uuid.UUID, entity: str, version: int,
                state_name: str, field: str, reason: str, states: States | None = None) -> None:
    state = _state(session, record_id, entity, states)
    state.state, state.failed_version = state_name, version
    state.field, state.reason, state.updated_at = field or "", reason or "", utcnow()


@dataclass
class BatchOutcome:
    applied: int = 0
    duplicate: int = 0
    conflict: int = 0
    rejected: int = 0
    conflicts: list[tuple[Outgoing, RecordResult]] | None = None


def record_results(session: Session, sent: Iterable[Outgoing],
                   results: list[RecordResult]) -> BatchOutcome:
    """Write what the server answered for each record of a batch (matched by id+version)."""
    by_key = {(o.id, o.version): o for o in sent}
    outcome = BatchOutcome(conflicts=[])
    failed = [r for r in results if r.outcome in ("conflict", "rejected")]
    states = read_states(session, {r.id for r in failed}) if failed else {}
    held = []
    owned = {k.name: k.owned for k in wire.kinds()}
    for r in results:
        o = by_key.get((r.id, r.version))
        if o is None:
            continue
        if r.outcome in ("applied", "duplicate"):
            held.append((r.id, r.entity, max(r.version, r.server_version or 0)
                         if r.outcome == "duplicate" and owned[o.entity] else r.version))
        elif r.outcome == "conflict":
            mark_failed(session, r.id, r.entity, r.version, CONFLICT, r.field or "", r.reason or "",
                        states)
            outcome.conflicts.append((o, r))  # type: ignore[union-attr]
        else:
            mark_failed(session, r.id, r.entity, r.version, REJECTED, r.field or "", r.reason or "",
                        states)
        setattr(outcome, r.outcome, getattr(outcome, r.outcome) + 1)
    confirm_many(session, held)
    return outcome


def confirm_many(session: Session, held: list[tuple[uuid.UUID, str, int]]) -> None:
    """:func:`confirm` for many records in one statement (an upsert), as a batch's answer
    mostly is. Flushes the session first so no pending state object overwrites it."""
    if not held:
        return
    session.flush()
    now = sqlite_utc_text(utcnow())
    session.connection().exec_driver_sql(  # plain parameters: a first push confirms thousands
        "INSERT INTO sync_state (record_id, entity, server_version, state, failed_version, "
        "field, reason, updated_at) VALUES (?, ?, ?, ?, NULL, '', '', ?) "
        "ON CONFLICT (record_id) DO UPDATE SET server_version = excluded.server_version, "
        "state = excluded.state, failed_version = NULL, field = '', reason = '', "
        "updated_at = excluded.updated_at",
        [(rid.hex, entity, version, OK, now) for rid, entity, version in held],
    )
    session.expire_all()


def keep_conflict(session: Session, *, entity: str, record_id: uuid.UUID, title: str,
                  local_version: int, local_payload: dict[str, Any], server_version: int | None,
                  server_payload: dict[str, Any] | None, reason: str, detected_on: str) -> None:
    """Keep both versions for a person to choose; one open conflict per record and version."""
    open_row = session.scalar(
        select(SyncConflict).where(
            SyncConflict.record_id == record_id,
            SyncConflict.resolved_at.is_(None),
        )
    )
    if open_row is None:
        open_row = SyncConflict(record_id=record_id, entity=entity)
        session.add(open_row)
    open_row.title, open_row.local_version = title, local_version
    open_row.local_payload = json.dumps(local_payload, ensure_ascii=False, sort_keys=True)
    open_row.server_version = server_version
    open_row.server_payload = (
        json.dumps(server_payload, ensure_ascii=False, sort_keys=True) if server_payload else ""
    )
    open_row.reason, open_row.detected_on, open_row.detected_at = reason, detected_on, utcnow()


def problem_counts(session: Session) -> tuple[int, int]:
    """(open conflicts, rejected records)."""
    conflicts = session.scalar(
        select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
    )
    rejected = session.scalar(
        select(func.count()).select_from(SyncState).where(SyncState.state == REJECTED)
    )
    return int(conflicts or 0), int(rejected or 0)


def rejected_records(session: Session) -> list[SyncState]:
    return list(session.scalars(select(SyncState).where(SyncState.state == REJECTED)))
