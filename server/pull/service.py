"""Pull and the count/checksum comparison, both scoped to the device.

A device receives its unit's records, its own number blocks and the catalogues; tips carry
no informant identity (it is never in a payload). Pages are in sequence order; the device
stores ``next_after`` once it has applied the page, so an interrupted pull resumes there.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict, defaultdict

from sqlalchemy.orm import Session

from app.sync.wire import ChecksumRequest, ChecksumResponse, PullPage, ScopeCount, scope_checksum
from server.devices.service import DeviceContext
from server.models import SyncRecord
from server.records import repository as repo


def pull(
    session: Session, device: DeviceContext, after: int, limit: int, *, mine: bool = True
) -> PullPage:
    """One page of changes after ``after`` (see :func:`pull_json`, which the route serves)."""
    return PullPage.model_validate_json(pull_json(session, device, after, limit, mine=mine))


def pull_json(
    session: Session, device: DeviceContext, after: int, limit: int, *, mine: bool = True
) -> bytes:
    """One page as the JSON body of a :class:`PullPage`, each payload spliced in as the
    canonical JSON the server keeps: no parsing and re-serialising of every record.
    ``mine=False`` leaves out every record whose current version the device's own push wrote
    (any entity: its cases, biên bản, subjects, tips; see :func:`repo.changes_after`): it
    holds that version already, so an initial push of 10,000 cases is not pulled straight
    back. A version someone else wrote since is pulled as usual; a re-sync after a checksum
    mismatch asks with ``mine=True`` and gets everything. Left-out rows are read past, never
    sent: a full page's ``next_after`` is its last row (left-out rows below it are behind
    the cursor), and the last page moves ``next_after`` to the scope's newest sequence, so
    they are not read again (sequences commit in order: nothing below the scope's newest
    will still come)."""
    rows = repo.changes_after(session, device.unit_id, device.id, after, limit + 1, mine=mine)
    has_more = len(rows) > limit
    rows = rows[:limit]
    next_after = rows[-1].sequence if rows else after
    if not has_more:
        next_after = max(next_after, repo.scope_sequence(session, device.unit_id, device.id))
    changes = ",".join(_change_json(r) for r in rows)
    head = json.dumps({"after": after, "next_after": next_after, "has_more": has_more})
    return f'{head[:-1]},"changes":[{changes}]}}'.encode()


def _text(value: object) -> object:
    return None if value is None else str(value) if not hasattr(value, "isoformat") else value.isoformat()


def _change_json(row: SyncRecord) -> str:
    meta = json.dumps({
        "entity": row.entity, "id": str(row.id), "version": row.version, "sequence": row.sequence,
        "unit_id": _text(row.unit_id), "origin_device": _text(row.origin_device),
        "created_at": _text(row.created_at), "updated_at": _text(row.updated_at),
        "deleted_at": _text(row.deleted_at),
    }, ensure_ascii=False)
    return f'{meta[:-1]},"payload":{row.payload}}}'


def compare(session: Session, device: DeviceContext, request: ChecksumRequest) -> ChecksumResponse:
    """Count and checksum per entity of what the server holds for this device, compared
    with what the device says it holds. Compare only when ``up_to_date``."""
    scope_sequence = repo.scope_sequence(session, device.unit_id, device.id)
    ours = _scope_counts(session, device, scope_sequence)
    empty = scope_checksum([])
    entities = sorted(set(ours) | set(request.scopes))
    mismatched = [e for e in entities if ours.get(e, empty) != request.scopes.get(e, empty)]
    return ChecksumResponse(
        scope_sequence=scope_sequence,
        up_to_date=request.through_sequence >= scope_sequence,
        scopes=ours,
        mismatched=mismatched,
    )


_COUNTS: OrderedDict[tuple[object, object, int], dict[str, ScopeCount]] = OrderedDict()
_COUNTS_LOCK = threading.Lock()
_COUNTS_KEPT = 1024


def _scope_counts(
    session: Session, device: DeviceContext, scope_sequence: int
) -> dict[str, ScopeCount]:
    """The device's scope checksums, kept per (unit, device, newest sequence) in this worker:
    every accepted change raises the scope's newest sequence, so an entry never goes stale,
    and a sync with nothing new does not read the whole scope again."""
    key = (device.unit_id, device.id, scope_sequence)
    with _COUNTS_LOCK:
        if key in _COUNTS:
            _COUNTS.move_to_end(key)
            return _COUNTS[key]
    grouped: dict[str, list[tuple[object, int]]] = defaultdict(list)
    for entity, record_id, version in repo.scope_versions(session, device.unit_id, device.id):
        grouped[entity].append((record_id, version))
    ours = {e: scope_checksum(pairs) for e, pairs in grouped.items()}  # type: ignore[arg-type]
    with _COUNTS_LOCK:
        _COUNTS[key] = ours
        while len(_COUNTS) > _COUNTS_KEPT:
            _COUNTS.popitem(last=False)
    return ours
