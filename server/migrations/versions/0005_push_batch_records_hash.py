"""push_batch.records_hash: what a replay of a batch must bring again, so a batch id sent
again with other records is refused (409) instead of answered with the first batch's results
while its records are dropped. Batches stored before it have none and replay as before.

Revision ID: 0005
Revises: 0004_web_console
Create Date: 2027-01-12 10:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004_web_console"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("push_batch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("records_hash", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("push_batch", schema=None) as batch_op:
        batch_op.drop_column("records_hash")
