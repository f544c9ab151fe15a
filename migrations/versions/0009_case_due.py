"""case due: the due items of every open case, the "Việc cần làm" view's read model

Derived from each case's records by app.services.follow_through.due and never synced (no
sync_dirty triggers). The table starts empty; the first start after this migration fills
it for the cases already here (app.services.follow_through.due.ensure_built). The cases'
``amends_id`` gets an index: every refresh asks whether a case was superseded.

Revision ID: 0009
Revises: 0008
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_due',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('what', sa.String(length=24), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('waiting', sa.Boolean(), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_due'))
    )
    with op.batch_alter_table('case_due', schema=None) as batch_op:
        batch_op.create_index('ix_case_due_case', ['case_id'], unique=False)
        batch_op.create_index('ix_case_due_due_on', ['due_on'], unique=False)
        batch_op.create_index('ix_case_due_overdue', ['waiting', 'due_on'], unique=False)
    # whether a case is superseded by its amendment, asked for every case refreshed
    op.create_index('ix_inspection_amends_id', 'inspection', ['amends_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_inspection_amends_id', table_name='inspection')
    with op.batch_alter_table('case_due', schema=None) as batch_op:
        batch_op.drop_index('ix_case_due_overdue')
        batch_op.drop_index('ix_case_due_due_on')
        batch_op.drop_index('ix_case_due_case')

    op.drop_table('case_due')
