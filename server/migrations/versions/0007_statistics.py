"""Statistics: the fact tables shared with the laptops (app.statistics.facts), the case of
each follow-through record, the member agencies' figures and the frozen reports; the
statistics' cursor on the change feed.

Revision ID: 0007_statistics
Revises: 0006_feed_by_kind
Create Date: 2026-12-20 09:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision = "0007_statistics"
down_revision = "0006_feed_by_kind"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stat_case",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("force", sa.String(30), nullable=False),
        sa.Column("commune_code", sa.String(10), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("amends_id", sa.Uuid(), nullable=True),
        sa.Column("counted", sa.Boolean(), nullable=False),
        sa.Column("has_violation", sa.Boolean(), nullable=False),
        sa.Column("joint", sa.Boolean(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=True),
        sa.Column("subject_kind", sa.String(12), nullable=False),
        sa.Column("subject_name", sa.String(200), nullable=False),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("violation_kind", sa.String(40), nullable=False),
        sa.Column("legal_act_code", sa.String(40), nullable=False),
        sa.Column("goods_category", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_stat_case")),
    )
    op.create_index("ix_stat_case_found_on", "stat_case", ["found_on"])
    op.create_index("ix_stat_case_amends_id", "stat_case", ["amends_id"])
    op.create_table(
        "stat_event",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False,
                  autoincrement=True),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("figure", sa.String(24), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("force", sa.String(30), nullable=False),
        sa.Column("commune_code", sa.String(10), nullable=False),
        sa.Column("violation_kind", sa.String(40), nullable=False),
        sa.Column("goods_category", sa.String(40), nullable=False),
        sa.Column("subject_kind", sa.String(12), nullable=False),
        sa.Column("joint", sa.Boolean(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stat_event")),
    )
    op.create_index("ix_stat_event_subject", "stat_event", ["figure", "day", "unit_id", "force",
                                                            "subject_kind", "subject_id"])
    op.create_index("ix_stat_event_day", "stat_event", ["day"])
    op.create_index("ix_stat_event_case_id", "stat_event", ["case_id"])
    op.create_table(
        "stat_tip",
        sa.Column("tip_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("commune_code", sa.String(10), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("tip_id", name=op.f("pk_stat_tip")),
    )
    op.create_index("ix_stat_tip_received_on", "stat_tip", ["received_on"])
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
        "stat_record",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_stat_record")),
    )
    op.create_index(op.f("ix_stat_record_case_id"), "stat_record", ["case_id"])
    op.create_table(
        "member_report",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("force_code", sa.String(30), nullable=False),
        sa.Column("agency", sa.String(200), nullable=False),
        sa.Column("period_key", sa.String(40), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.Column("source", sa.String(12), nullable=False),
        sa.Column("submitted_by", sa.String(120), nullable=False),
        sa.Column("submitted_at", UTCDateTime(), nullable=False),
        sa.Column("change_note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_report")),
        sa.UniqueConstraint("force_code", "period_key", "version",
                            name=op.f("uq_member_report_version")),
    )
    op.create_index(op.f("ix_member_report_period_key"), "member_report", ["period_key"])
    op.create_table(
        "frozen_report",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("scope", sa.String(40), nullable=False),
        sa.Column("period_key", sa.String(40), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("figures_sha256", sa.String(64), nullable=False),
        sa.Column("xlsx", sa.LargeBinary(), nullable=False),
        sa.Column("xlsx_sha256", sa.String(64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("pdf_sha256", sa.String(64), nullable=False),
        sa.Column("submitted_by", sa.String(120), nullable=False),
        sa.Column("submitted_at", UTCDateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_frozen_report")),
        sa.UniqueConstraint("scope", "period_key", "version", name=op.f("uq_frozen_report_version")),
    )
    op.create_index(op.f("ix_frozen_report_period_key"), "frozen_report", ["period_key"])
    op.execute("INSERT INTO console_cursor (name, sequence) VALUES ('statistics', 0)")


def downgrade() -> None:
    op.execute("DELETE FROM console_cursor WHERE name = 'statistics'")
    for table in ("frozen_report", "member_report", "stat_record", "stat_month_goods",
                  "stat_month_commune", "stat_month", "stat_tip", "stat_event", "stat_case"):
        op.drop_table(table)
