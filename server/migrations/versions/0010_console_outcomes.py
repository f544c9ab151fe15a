"""Console: what is due on each case (its overdue steps, for the case list's filter), the
goods categories and violation groups of each case (the list's filters), both caught up
from the feed behind their own cursor ("outcomes", from the start: the first catch-up fills
them), and the force a member agency's account reports for.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-21 09:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "console_case_due",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False,
                  autoincrement=True),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("what", sa.String(20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("waiting", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_case_due")),
    )
    op.create_index("ix_console_case_due_case_id", "console_case_due", ["case_id"])
    op.create_index("ix_console_case_due_due", "console_case_due", ["due_on", "what"])
    op.create_table(
        "console_case_tag",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("tag", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("case_id", "tag", name=op.f("pk_console_case_tag")),
    )
    op.create_index("ix_console_case_tag_tag", "console_case_tag", ["tag", "case_id"])
    with op.batch_alter_table("staff_account") as batch:
        batch.add_column(sa.Column("force_code", sa.String(30), nullable=True))
    op.execute("INSERT INTO console_cursor (name, sequence) VALUES ('outcomes', 0)")


def downgrade() -> None:
    op.execute("DELETE FROM console_cursor WHERE name = 'outcomes'")
    with op.batch_alter_table("staff_account") as batch:
        batch.drop_column("force_code")
    op.drop_table("console_case_tag")
    op.drop_table("console_case_due")
