"""Commune codes of the 2025 list in stored payloads: the 14 codes of the earlier hand-made
catalogue that laptops moved in their own migration (migrations/versions/0006, the same
table: app.commune_codes) are moved here too, in cases (the case and its subject as
recorded), subjects and tips, in the feed and in kept conflicts, and in the console's index.

Each rewritten payload is validated by its kind's model and written in canonical form with
its new content hash, as 0003 does, so a migrated laptop pushing the same version again is
answered "duplicate", not a conflict. Sequences stay: laptops moved their copies themselves.
A payload the current models no longer accept is left as it was. Rows are found by SQL
(the exact ``"commune_code":"…"`` of canonical JSON), so a province's million cases are not
all read into Python. The downgrade moves the new codes back (as the laptop's does), which
also moves a record that named a new code from the start.

Revision ID: 0005_commune_codes
Revises: 0004_web_console
Create Date: 2026-12-07 09:00:00.000000
"""

import hashlib
import json
import logging

import sqlalchemy as sa
from alembic import op
from pydantic import ValidationError

from app.commune_codes import NEW_CODE

revision = "0005_commune_codes"
down_revision = "0004_web_console"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")
ENTITIES = ("case", "subject", "tip")
CHUNK = 1000


def _move(data: dict, entity: str, moves: dict[str, str]) -> bool:
    """Move the commune codes of one payload in place; whether any moved."""
    holders = [data]
    if entity == "case" and isinstance(data.get("subject"), dict):
        holders.append(data["subject"])
    moved = False
    for holder in holders:
        code = holder.get("commune_code")
        if code in moves:
            holder["commune_code"] = moves[code]
            moved = True
    return moved


def _rewrite(table: str, moves: dict[str, str]) -> None:
    from app.sync.wire import canonical_json
    from app.sync.wire.kinds import find

    bind = op.get_bind()
    rows = sa.table(table, sa.column("id", sa.Uuid()), sa.column("entity", sa.String()),
                    sa.column("payload", sa.Text()), sa.column("payload_hash", sa.String()))
    naming = sa.or_(*(rows.c.payload.contains(f'"commune_code":"{old}"') for old in moves))
    last = None
    while True:
        query = (sa.select(rows.c.id, rows.c.entity, rows.c.payload)
                 .where(rows.c.entity.in_(ENTITIES), naming).order_by(rows.c.id).limit(CHUNK))
        if last is not None:
            query = query.where(rows.c.id > last)
        chunk = bind.execute(query).all()
        if not chunk:
            return
        changed = []
        for rid, entity, payload in chunk:
            data = json.loads(payload)
            declared = find(entity)
            if declared is None or not _move(data, entity, moves):
                continue
            try:
                text = canonical_json(declared.payload.model_validate(data))
            except ValidationError:
                log.warning("%s %s: payload kept as stored (no longer valid)", table, rid)
                continue
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            changed.append({"rid": rid, "text": text, "digest": digest})
        if changed:
            bind.execute(
                rows.update().where(rows.c.id == sa.bindparam("rid"))
                .values(payload=sa.bindparam("text"), payload_hash=sa.bindparam("digest")),
                changed,
            )
        last = chunk[-1][0]


def _index(moves: dict[str, str]) -> None:
    """The console's index of cases names the commune of each case (one statement, so codes
    that trade places do not collide)."""
    case = " ".join(f"WHEN '{old}' THEN '{new}'" for old, new in moves.items())
    olds = ", ".join(f"'{old}'" for old in moves)
    op.execute(f"UPDATE console_case SET commune_code = CASE commune_code {case} END "
               f"WHERE commune_code IN ({olds})")


def _run(moves: dict[str, str]) -> None:
    _rewrite("sync_record", moves)
    _rewrite("kept_conflict", moves)
    _index(moves)


def upgrade() -> None:
    _run(NEW_CODE)


def downgrade() -> None:
    _run({new: old for old, new in NEW_CODE.items()})
