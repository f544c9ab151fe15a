"""Stored payloads rewritten in the new canonical form: compact JSON in each model's field
order (app.sync.wire.canonical_json) instead of sorted keys, and their content hashes with
them, so a replayed version still reads as the same content and an unchanged catalogue is
not published again. A payload the current models no longer accept is left as it was.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 10:00:00.000000
"""

import hashlib
import json
import logging

import sqlalchemy as sa
from alembic import op
from pydantic import ValidationError

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")
CHUNK = 1000


def _sorted_form(model) -> str:
    """The canonical form before this revision."""
    return json.dumps(model.model_dump(mode="json"), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False)


def _rewrite(table: str, form) -> None:
    from app.sync.wire.kinds import find

    bind = op.get_bind()
    rows = sa.table(table, sa.column("id", sa.Uuid()), sa.column("entity", sa.String()),
                    sa.column("payload", sa.Text()), sa.column("payload_hash", sa.String()))
    last = None
    while True:
        query = sa.select(rows.c.id, rows.c.entity, rows.c.payload).order_by(rows.c.id).limit(CHUNK)
        if last is not None:
            query = query.where(rows.c.id > last)
        chunk = bind.execute(query).all()
        if not chunk:
            return
        changed = []
        for rid, entity, payload in chunk:
            declared = find(entity)
            model = declared.payload if declared else None
            try:
                text = form(model.model_validate_json(payload)) if model else payload
            except ValidationError:
                log.warning("%s %s: payload kept as stored (no longer valid)", table, rid)
                continue
            if text != payload:
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                changed.append({"rid": rid, "text": text, "digest": digest})
        if changed:
            bind.execute(
                rows.update().where(rows.c.id == sa.bindparam("rid"))
                .values(payload=sa.bindparam("text"), payload_hash=sa.bindparam("digest")),
                changed,
            )
        last = chunk[-1][0]


def upgrade() -> None:
    from app.sync.wire import canonical_json

    _rewrite("sync_record", canonical_json)
    _rewrite("kept_conflict", canonical_json)


def downgrade() -> None:
    _rewrite("sync_record", _sorted_form)
    _rewrite("kept_conflict", _sorted_form)
