"""decisions: the signer's competence as catalogue data (NĐ 189/2025: the share of the
field's maximum fine, the confiscation limit, the title as printed and whose agency it
heads), the field's maximum fine on each legal act (Luật XLVPHC Điều 24) and whether a
warning may sanction it, and the seizure term and place a Quyết định tạm giữ (MQĐ20) states

Revision ID: 0008
Revises: 0007
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN: a batch copy of legal_act would be refused by the violations' keys
    op.add_column('officer_title', sa.Column('fine_share_percent', sa.Integer(), nullable=False,
                                             server_default='0'))
    op.add_column('officer_title', sa.Column('confiscation_multiple', sa.Integer(), nullable=True))
    op.add_column('officer_title', sa.Column('short_name', sa.String(length=80), nullable=False,
                                             server_default=''))
    op.add_column('officer_title', sa.Column('agency_level', sa.String(length=12), nullable=False,
                                             server_default='unit'))
    op.add_column('legal_act', sa.Column('field_max_fine', sa.Integer(), nullable=False,
                                         server_default='0'))
    op.add_column('legal_act', sa.Column('warning_allowed', sa.Boolean(), nullable=False,
                                         server_default=sa.false()))
    op.add_column('case_decision', sa.Column('held_days', sa.Integer(), nullable=True))
    op.add_column('case_decision', sa.Column('held_place', sa.String(length=300), nullable=False,
                                             server_default=''))
    # the catalogues that carry the new columns load again at the next start (their files'
    # versions, 2, are newer than the ones recorded here; a newer copy from the server stays)
    op.execute("DELETE FROM catalog_version WHERE name IN ('officer_titles', 'legal_acts') AND version < 2")


def downgrade() -> None:
    # plain DROP COLUMN (SQLite 3.35+), for the reason given in upgrade()
    for table, column in (('case_decision', 'held_place'), ('case_decision', 'held_days'),
                          ('legal_act', 'warning_allowed'), ('legal_act', 'field_max_fine'), ('officer_title', 'agency_level'),
                          ('officer_title', 'short_name'), ('officer_title', 'confiscation_multiple'),
                          ('officer_title', 'fine_share_percent')):
        op.drop_column(table, column)
