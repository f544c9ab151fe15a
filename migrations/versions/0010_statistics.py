"""statistics: the fact tables a report reads (app.statistics.facts) and the marks of the
records changed since they were last projected (stat_dirty, kept by triggers)

Revision ID: 0010
Revises: 0009
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# table → the entity name the statistics read it as
MARKED = {"inspection": "case", "tip": "tip", "subject": "subject",
          "case_decision": "decision", "payment": "payment",
          "goods_disposition": "goods_disposition", "criminal_referral": "referral",
          "accused": "accused", "case_step": "case_step"}

UNIT_TABLES = {"inspection", "tip", "case_decision", "payment", "goods_disposition",
               "criminal_referral", "accused", "case_step"}


def _mark(record_id: str, entity: str) -> str:
    """Insert the mark unless it is there (not INSERT OR IGNORE: see migration 0004)."""
    return (f"INSERT INTO stat_dirty (record_id, entity) SELECT {record_id}, {entity} "
            f"WHERE NOT EXISTS (SELECT 1 FROM stat_dirty WHERE record_id = {record_id});")


def upgrade() -> None:
    op.create_table(
        'stat_case',
        sa.Column('case_id', sa.Uuid(), nullable=False),
        sa.Column('unit_id', sa.Uuid(), nullable=True),
        sa.Column('force', sa.String(30), nullable=False),
        sa.Column('commune_code', sa.String(10), nullable=False),
        sa.Column('found_on', sa.Date(), nullable=True),
        sa.Column('status', sa.String(12), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.Column('amends_id', sa.Uuid(), nullable=True),
        sa.Column('counted', sa.Boolean(), nullable=False),
        sa.Column('has_violation', sa.Boolean(), nullable=False),
        sa.Column('joint', sa.Boolean(), nullable=False),
        sa.Column('subject_id', sa.Uuid(), nullable=True),
        sa.Column('subject_kind', sa.String(12), nullable=False),
        sa.Column('subject_name', sa.String(200), nullable=False),
        sa.Column('place', sa.String(300), nullable=False),
        sa.Column('violation_kind', sa.String(40), nullable=False),
        sa.Column('legal_act_code', sa.String(40), nullable=False),
        sa.Column('goods_category', sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint('case_id', name=op.f('pk_stat_case')),
    )
    op.create_index('ix_stat_case_found_on', 'stat_case', ['found_on'])
    op.create_index('ix_stat_case_amends_id', 'stat_case', ['amends_id'])
    op.create_table(
        'stat_event',
        sa.Column('id', sa.Integer(), nullable=False, autoincrement=True),
        sa.Column('case_id', sa.Uuid(), nullable=False),
        sa.Column('record_id', sa.Uuid(), nullable=True),
        sa.Column('figure', sa.String(24), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('unit_id', sa.Uuid(), nullable=True),
        sa.Column('force', sa.String(30), nullable=False),
        sa.Column('commune_code', sa.String(10), nullable=False),
        sa.Column('violation_kind', sa.String(40), nullable=False),
        sa.Column('goods_category', sa.String(40), nullable=False),
        sa.Column('subject_kind', sa.String(12), nullable=False),
        sa.Column('joint', sa.Boolean(), nullable=False),
        sa.Column('subject_id', sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_stat_event')),
    )
    op.create_index("ix_stat_event_subject", "stat_event", ["figure", "day", "unit_id", "force",
                                                            "subject_kind", "subject_id"])
    op.create_index("ix_stat_event_day", "stat_event", ["day"])
    op.create_index('ix_stat_event_case_id', 'stat_event', ['case_id'])
    op.create_table(
        'stat_tip',
        sa.Column('tip_id', sa.Uuid(), nullable=False),
        sa.Column('unit_id', sa.Uuid(), nullable=True),
        sa.Column('commune_code', sa.String(10), nullable=False),
        sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('status', sa.String(12), nullable=False),
        sa.Column('case_id', sa.Uuid(), nullable=True),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('tip_id', name=op.f('pk_stat_tip')),
    )
    op.create_index('ix_stat_tip_received_on', 'stat_tip', ['received_on'])
    for name, dims in (("stat_month", (("violation_kind", 40), ("force", 30))),
                       ("stat_month_commune", (("commune_code", 10),)),
                       ("stat_month_goods", (("goods_category", 40),))):
        op.create_table(
            name,
            sa.Column("month", sa.Date(), nullable=False),
            sa.Column("figure", sa.String(24), nullable=False),
            sa.Column("unit_id", sa.Uuid(), nullable=False),
            *(sa.Column(d, sa.String(size), nullable=False) for d, size in dims),
            sa.Column("joint", sa.Boolean(), nullable=False),
            sa.Column("n", sa.BigInteger(), nullable=False),
            sa.Column("amount", sa.BigInteger(), nullable=False),
            sa.PrimaryKeyConstraint("month", "figure", "unit_id", *(d for d, _ in dims), "joint",
                                    name=op.f(f"pk_{name}")),
            sqlite_with_rowid=False,
        )
    op.create_table(
        'stat_dirty',
        sa.Column('record_id', sa.Uuid(), nullable=False),
        sa.Column('entity', sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint('record_id', name=op.f('pk_stat_dirty')),
    )
    for table, entity in MARKED.items():
        op.execute(f"CREATE TRIGGER stat_dirty_{table}_insert AFTER INSERT ON {table} "
                   f"BEGIN {_mark('NEW.id', repr(entity))} END")
        # unit_id too: enrolment moves every record to the server's unit without a new version
        moved = ", unit_id" if table in UNIT_TABLES else ""
        op.execute(f"CREATE TRIGGER stat_dirty_{table}_update AFTER UPDATE OF version, "
                   f"deleted_at{moved} ON {table} BEGIN {_mark('NEW.id', repr(entity))} END")
    # what is already here is counted once
    for table, entity in (("inspection", "case"), ("tip", "tip")):
        op.execute(f"INSERT OR IGNORE INTO stat_dirty (record_id, entity) "
                   f"SELECT id, '{entity}' FROM {table}")


def downgrade() -> None:
    for table in MARKED:
        op.execute(f"DROP TRIGGER IF EXISTS stat_dirty_{table}_insert")
        op.execute(f"DROP TRIGGER IF EXISTS stat_dirty_{table}_update")
    op.drop_table('stat_dirty')
    for name in ('stat_month_goods', 'stat_month_commune', 'stat_month'):
        op.drop_table(name)
    op.drop_index('ix_stat_tip_received_on', 'stat_tip')
    op.drop_table('stat_tip')
    op.drop_index('ix_stat_event_case_id', 'stat_event')
    op.drop_index('ix_stat_event_subject', 'stat_event')
    op.drop_index('ix_stat_event_day', 'stat_event')
    op.drop_table('stat_event')
    op.drop_index('ix_stat_case_amends_id', 'stat_case')
    op.drop_index('ix_stat_case_found_on', 'stat_case')
    op.drop_table('stat_case')
