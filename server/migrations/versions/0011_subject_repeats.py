"""subject repeats: đối tượng counted from its own events less a subject's repeats in the
period (app.statistics.subjects), instead of a distinct count over every event; the province's
facts already projected are upgraded in place (app.statistics.upgrades.subject_repeats)

Revision ID: 0011
Revises: 0010
"""

from alembic import op

from app.statistics.upgrades import subject_repeats, subject_repeats_undone

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    subject_repeats(op)


def downgrade() -> None:
    subject_repeats_undone(op)
