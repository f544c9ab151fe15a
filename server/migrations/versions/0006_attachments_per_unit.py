"""Attachments kept per unit: ``blob`` and ``blob_chunk`` keyed by (unit, SHA-256), so a
device is served, and told of, only the files of its own unit.

Each stored file goes to the unit of the device that uploaded it, and a copy to every other
unit whose cases list it (the same photo in two units' cases): those units' laptops
confirmed it long ago and will not send it again. A file nobody can be tied to (no device,
no case) is dropped: no one may be served it any more.

Revision ID: 0006
Revises: 0005
Create Date: 2027-01-12 10:30:00.000000
"""

import json
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BLOB_COLUMNS = ("size", "received", "complete", "device_id", "created_at", "completed_at")
_blob = sa.table("blob", sa.column("unit_id", sa.Uuid()), sa.column("sha256", sa.String()),
                 *(sa.column(c) for c in BLOB_COLUMNS))
_chunk = sa.table("blob_chunk", sa.column("unit_id", sa.Uuid()), sa.column("sha256", sa.String()),
                  sa.column("offset", sa.BigInteger()), sa.column("data", sa.LargeBinary()))
_record = sa.table("sync_record", sa.column("unit_id", sa.Uuid()), sa.column("entity", sa.String()),
                   sa.column("payload", sa.Text()))
_device = sa.table("device", sa.column("id", sa.Uuid()), sa.column("unit_id", sa.Uuid()))


def upgrade() -> None:
    for table in ("blob", "blob_chunk"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("unit_id", sa.Uuid(), nullable=True))
    conn = op.get_bind()
    conn.execute(_blob.update().values(unit_id=sa.select(_device.c.unit_id).where(
        _device.c.id == _blob.c.device_id).scalar_subquery()))
    wanted = _referencing_units(conn)
    orphans = conn.execute(sa.select(_blob.c.sha256).where(_blob.c.unit_id.is_(None))).scalars()
    for sha in [o for o in orphans if o in wanted]:  # no device known: its cases' first unit
        conn.execute(_blob.update().where(_blob.c.sha256 == sha)
                     .values(unit_id=min(wanted[sha], key=str)))
    conn.execute(_chunk.delete().where(_chunk.c.sha256.in_(
        sa.select(_blob.c.sha256).where(_blob.c.unit_id.is_(None)))))
    conn.execute(_blob.delete().where(_blob.c.unit_id.is_(None)))
    conn.execute(_chunk.update().values(unit_id=sa.select(_blob.c.unit_id).where(
        _blob.c.sha256 == _chunk.c.sha256).scalar_subquery()))
    _rekey(conn.dialect.name)
    owners = dict(conn.execute(sa.select(_blob.c.sha256, _blob.c.unit_id)).tuples().all())
    for sha, units in wanted.items():
        owner = owners.get(sha)
        for unit in sorted(units - {owner}, key=str) if owner else ():
            _copy(conn, sha, owner, unit)


def _referencing_units(conn: sa.Connection) -> dict[str, set]:
    """SHA-256 → the units whose cases list it (read in pages; each payload parsed once)."""
    wanted: dict[str, set] = {}
    rows = conn.execute(sa.select(_record.c.unit_id, _record.c.payload).where(
        _record.c.entity == "case", _record.c.unit_id.is_not(None))).yield_per(500)
    for unit_id, payload in rows:
        try:
            refs = json.loads(payload).get("attachments") or []
        except (ValueError, AttributeError):
            continue
        for ref in refs:
            if isinstance(ref, dict) and isinstance(ref.get("sha256"), str) and not ref.get("deleted_at"):
                wanted.setdefault(ref["sha256"], set()).add(unit_id)
    return wanted


def _rekey(dialect: str) -> None:
    if dialect == "sqlite":  # SQLite cannot change a key: the tables are rebuilt with theirs
        _rebuild_sqlite(_create)
        return
    op.drop_constraint("fk_blob_chunk_sha256_blob", "blob_chunk", type_="foreignkey")
    op.drop_constraint("pk_blob_chunk", "blob_chunk", type_="primary")
    op.drop_constraint("pk_blob", "blob", type_="primary")
    for table in ("blob", "blob_chunk"):
        op.alter_column(table, "unit_id", existing_type=sa.Uuid(), nullable=False)
    op.create_primary_key("pk_blob", "blob", ["unit_id", "sha256"])
    op.create_primary_key("pk_blob_chunk", "blob_chunk", ["unit_id", "sha256", "offset"])
    op.create_foreign_key("fk_blob_unit_id_unit", "blob", "unit", ["unit_id"], ["id"])
    op.create_foreign_key("fk_blob_chunk_unit_id_blob", "blob_chunk", "blob",
                          ["unit_id", "sha256"], ["unit_id", "sha256"], ondelete="CASCADE")


def _rebuild_sqlite(create: Callable[[str], None], keyed: bool = True) -> None:
    """Both tables renamed aside, made anew by ``create`` and filled from the old ones
    (the renamed parent keeps its child's foreign key pointing at it until both go)."""
    lead = "unit_id, " if keyed else ""
    columns = {"blob": lead + "sha256, " + ", ".join(BLOB_COLUMNS),
               "blob_chunk": lead + 'sha256, "offset", data'}
    for table in ("blob_chunk", "blob"):
        op.rename_table(table, f"{table}_old")
    for table in ("blob", "blob_chunk"):
        create(table)
        op.execute(f"INSERT INTO {table} ({columns[table]}) "  # noqa: S608
                   f"SELECT {columns[table]} FROM {table}_old")
    for table in ("blob_chunk", "blob"):
        op.drop_table(f"{table}_old")


def _create(table: str) -> None:
    from app.models.base import UTCDateTime

    if table == "blob":
        op.create_table(
            "blob",
            sa.Column("unit_id", sa.Uuid(), nullable=False),
            sa.Column("sha256", sa.String(64), nullable=False),
            sa.Column("size", sa.BigInteger(), nullable=True),
            sa.Column("received", sa.BigInteger(), nullable=False),
            sa.Column("complete", sa.Boolean(), nullable=False),
            sa.Column("device_id", sa.Uuid(), nullable=True),
            sa.Column("created_at", UTCDateTime(), nullable=False),
            sa.Column("completed_at", UTCDateTime(), nullable=True),
            sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_blob_unit_id_unit"),
            sa.PrimaryKeyConstraint("unit_id", "sha256", name="pk_blob"),
        )
    else:
        op.create_table(
            "blob_chunk",
            sa.Column("unit_id", sa.Uuid(), nullable=False),
            sa.Column("sha256", sa.String(64), nullable=False),
            sa.Column("offset", sa.BigInteger(), nullable=False),
            sa.Column("data", sa.LargeBinary(), nullable=False),
            sa.ForeignKeyConstraint(["unit_id", "sha256"], ["blob.unit_id", "blob.sha256"],
                                    name="fk_blob_chunk_unit_id_blob", ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("unit_id", "sha256", "offset", name="pk_blob_chunk"),
        )


def _copy(conn: sa.Connection, sha: str, owner: object, unit: object) -> None:
    """The file ``sha`` of unit ``owner`` stored again for ``unit``."""
    conn.execute(_blob.insert().from_select(
        ["unit_id", "sha256", *BLOB_COLUMNS],
        sa.select(sa.literal(unit, sa.Uuid()), _blob.c.sha256,
                  *(_blob.c[c] for c in BLOB_COLUMNS))
        .where(_blob.c.unit_id == owner, _blob.c.sha256 == sha)))
    conn.execute(_chunk.insert().from_select(
        ["unit_id", "sha256", "offset", "data"],
        sa.select(sa.literal(unit, sa.Uuid()), _chunk.c.sha256, _chunk.c.offset, _chunk.c.data)
        .where(_chunk.c.unit_id == owner, _chunk.c.sha256 == sha)))


def downgrade() -> None:
    """Back to one copy of each file: the copy of the uploader's unit, else the first."""
    conn = op.get_bind()
    uploader = dict(conn.execute(sa.select(_device.c.id, _device.c.unit_id)).tuples().all())
    rows = conn.execute(sa.select(_blob.c.sha256, _blob.c.unit_id, _blob.c.device_id)).all()
    kept: dict[str, object] = {}
    for sha, unit, _by in sorted(rows, key=lambda r: (r[0], uploader.get(r[2]) != r[1], str(r[1]))):
        if sha in kept:
            conn.execute(_chunk.delete().where(_chunk.c.sha256 == sha, _chunk.c.unit_id == unit))
            conn.execute(_blob.delete().where(_blob.c.sha256 == sha, _blob.c.unit_id == unit))
        kept.setdefault(sha, unit)
    if conn.dialect.name == "sqlite":
        _rebuild_sqlite(_create_unkeyed, keyed=False)
        return
    op.drop_constraint("fk_blob_chunk_unit_id_blob", "blob_chunk", type_="foreignkey")
    op.drop_constraint("fk_blob_unit_id_unit", "blob", type_="foreignkey")
    op.drop_constraint("pk_blob_chunk", "blob_chunk", type_="primary")
    op.drop_constraint("pk_blob", "blob", type_="primary")
    for table in ("blob", "blob_chunk"):
        op.drop_column(table, "unit_id")
    op.create_primary_key("pk_blob", "blob", ["sha256"])
    op.create_primary_key("pk_blob_chunk", "blob_chunk", ["sha256", "offset"])
    op.create_foreign_key("fk_blob_chunk_sha256_blob", "blob_chunk", "blob", ["sha256"],
                          ["sha256"], ondelete="CASCADE")


def _create_unkeyed(table: str) -> None:
    """The tables as 0001 made them."""
    from app.models.base import UTCDateTime

    if table == "blob":
        op.create_table(
            "blob",
            sa.Column("sha256", sa.String(64), nullable=False),
            sa.Column("size", sa.BigInteger(), nullable=True),
            sa.Column("received", sa.BigInteger(), nullable=False),
            sa.Column("complete", sa.Boolean(), nullable=False),
            sa.Column("device_id", sa.Uuid(), nullable=True),
            sa.Column("created_at", UTCDateTime(), nullable=False),
            sa.Column("completed_at", UTCDateTime(), nullable=True),
            sa.PrimaryKeyConstraint("sha256", name="pk_blob"),
        )
    else:
        op.create_table(
            "blob_chunk",
            sa.Column("sha256", sa.String(64), nullable=False),
            sa.Column("offset", sa.BigInteger(), nullable=False),
            sa.Column("data", sa.LargeBinary(), nullable=False),
            sa.ForeignKeyConstraint(["sha256"], ["blob.sha256"], name="fk_blob_chunk_sha256_blob",
                                    ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("sha256", "offset", name="pk_blob_chunk"),
        )
