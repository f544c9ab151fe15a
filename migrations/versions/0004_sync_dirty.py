"""sync_dirty: the records changed since the outbox last looked, kept by triggers

Revision ID: 0004
Revises: 0003
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# table → the entity name it travels as
PUSHED = {"inspection": "case", "subject": "subject", "issued_document": "issued_document", "tip": "tip"}


def _mark(record_id: str, entity: str) -> str:
    """Insert the mark unless it is there. Not INSERT OR IGNORE: inside a trigger the outer
    statement's conflict clause wins, and an upsert on sync_state would make it fail."""
    return (f"INSERT INTO sync_dirty (record_id, entity) SELECT {record_id}, {entity} "
            f"WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE record_id = {record_id});")


def upgrade() -> None:
    op.create_table(
        'sync_dirty',
        sa.Column('record_id', sa.Uuid(), nullable=False),
        sa.Column('entity', sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint('record_id', name=op.f('pk_sync_dirty')),
    )
    for table, entity in PUSHED.items():
        op.execute(
            f"CREATE TRIGGER sync_dirty_{table}_insert AFTER INSERT ON {table} "
            f"BEGIN {_mark('NEW.id', repr(entity))} END"
        )
        op.execute(
            f"CREATE TRIGGER sync_dirty_{table}_update AFTER UPDATE OF version, deleted_at ON {table} "
            f"BEGIN {_mark('NEW.id', repr(entity))} END"
        )
        # what is already here is looked at once
        op.execute(f"INSERT OR IGNORE INTO sync_dirty (record_id, entity) SELECT id, '{entity}' FROM {table}")
    # a sync state forgotten or changed (a re-sync, a repair) makes its record worth a look
    entities = ", ".join(f"'{e}'" for e in PUSHED.values())
    op.execute(
        "CREATE TRIGGER sync_dirty_state_delete AFTER DELETE ON sync_state "
        f"WHEN OLD.entity IN ({entities}) "
        f"BEGIN {_mark('OLD.record_id', 'OLD.entity')} END"
    )
    op.execute(
        "CREATE TRIGGER sync_dirty_state_update AFTER UPDATE OF server_version, failed_version "
        f"ON sync_state WHEN NEW.entity IN ({entities}) "
        f"BEGIN {_mark('NEW.record_id', 'NEW.entity')} END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS sync_dirty_state_delete")
    op.execute("DROP TRIGGER IF EXISTS sync_dirty_state_update")
    for table in PUSHED:
        op.execute(f"DROP TRIGGER IF EXISTS sync_dirty_{table}_insert")
        op.execute(f"DROP TRIGGER IF EXISTS sync_dirty_{table}_update")
    op.drop_table('sync_dirty')
