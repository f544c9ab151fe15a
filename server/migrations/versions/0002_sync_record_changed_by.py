"""sync_record.changed_by: the device whose push wrote a record's current version (NULL when
the server wrote it, and for subjects and tips written before this column), so a pull with
``mine=false`` can leave out what the asking device wrote itself, whatever the entity.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 09:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a nullable column without a default: SQLite adds it in place (no table copy), PostgreSQL
    # without rewriting the table
    with op.batch_alter_table("sync_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("changed_by", sa.Uuid(), nullable=True))
    # cases and biên bản are written only by the device that made them: that device wrote
    # their current version too. Who wrote an older subject's or tip's version is not known:
    # NULL, so every device pulls it, as before.
    op.execute(
        "UPDATE sync_record SET changed_by = origin_device "
        "WHERE entity IN ('case', 'issued_document') AND origin_device IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("sync_record", schema=None) as batch_op:
        batch_op.drop_column("changed_by")
