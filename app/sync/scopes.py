"""What this laptop believes the server holds for it, per entity: count and checksum of the
"id:version" lines (the comparison after each sync, SYNC.md "Pull").

The lines come from ``sync_state`` (versions the server confirmed), with the server's
version for a record in an open conflict and the version of a parked change. Computing
them reads every row (20k at 10k cases); a sync with nothing to do must stay cheap, so the
result is kept in a setting beside a fingerprint of those tables (counts, version sums,
newest change times), and computed again only when the fingerprint moved.
"""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.services.settings import get_setting, set_setting
from app.sync.wire import ScopeCount, kinds, scope_checksum

CACHE = "sync_scope_cache"


def _checked() -> str:
    """The SQL list of every declared kind's name: the scopes compared (the sync states of
    attachments and number reports are not records of a scope)."""
    return ", ".join(f"'{k.name}'" for k in kinds())


def fingerprint(session: Session) -> list[list[object]]:
    """Cheap aggregates that change whenever any line of any scope could."""
    checked = _checked()
    queries = (
        f"SELECT count(*), total(server_version), max(updated_at) FROM sync_state "  # noqa: S608
        f"WHERE server_version IS NOT NULL AND entity IN ({checked})",
        "SELECT count(*), total(server_version), max(detected_at) FROM sync_conflict "
        "WHERE resolved_at IS NULL",
        "SELECT count(*), total(sequence), max(parked_at) FROM parked_change",
    )
    return [[checked], *(list(session.execute(text(q)).one()) for q in queries)]


def _lines(session: Session) -> dict[str, list[tuple[str, int]]]:
    held: dict[str, int] = dict(session.execute(text(
        "SELECT record_id, server_version FROM sync_conflict "
        "WHERE resolved_at IS NULL AND server_version IS NOT NULL")).tuples().all())
    scopes: dict[str, list[tuple[str, int]]] = defaultdict(list)
    seen: set[str] = set()
    for rid, entity, version in session.execute(text(
        f"SELECT record_id, entity, server_version FROM sync_state "  # noqa: S608
        f"WHERE server_version IS NOT NULL AND entity IN ({_checked()})")):
        scopes[entity].append((rid, held.get(rid, version)))
        seen.add(rid)
    # a parked change is known and shown, only not applied yet: not a silent gap
    for rid, entity, change in session.execute(text(
            "SELECT record_id, entity, change FROM parked_change")):
        if rid not in seen:
            scopes[entity].append((rid, json.loads(change)["version"]))
    return scopes


def local_scope_counts(session: Session) -> dict[str, ScopeCount]:
    """Count and checksum per entity; recomputed only when the fingerprint moved."""
    mark = fingerprint(session)
    cached = get_setting(session, CACHE)
    if cached:
        data = json.loads(cached)
        if data.get("fingerprint") == mark:
            return {e: ScopeCount.model_validate(v) for e, v in data["scopes"].items()}
    scopes = {e: scope_checksum(pairs) for e, pairs in _lines(session).items()}
    set_setting(session, CACHE, json.dumps({
        "fingerprint": mark, "scopes": {e: c.model_dump() for e, c in scopes.items()}}))
    return scopes
