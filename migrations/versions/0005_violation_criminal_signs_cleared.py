"""violation.criminal_signs_cleared: why an inspector cleared the criminal-signs flag raised
by prohibited goods; and the unit of the cases saved before the editor set it

Revision ID: 0005
Revises: 0004
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('violation') as batch:
        batch.add_column(sa.Column('criminal_signs_cleared', sa.Text(), nullable=False,
                                   server_default=''))
    # Cases typed in the editor were stored without their unit (their biên bản printed no
    # agency): they belong to this laptop's unit, as every case made here does.
    op.execute(
        "UPDATE inspection SET unit_id = (SELECT replace(value, '-', '') FROM setting "
        "WHERE key = 'unit_id') WHERE unit_id IS NULL AND origin_device = "
        "(SELECT value FROM setting WHERE key = 'device_id')"
    )


def downgrade() -> None:
    with op.batch_alter_table('violation') as batch:
        batch.drop_column('criminal_signs_cleared')
