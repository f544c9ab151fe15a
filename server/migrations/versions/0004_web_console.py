"""The web console: staff accounts and sessions, throttling, the audit log, the hotline
desk's tip intake, and the console's index of cases and issued biên bản.

Revision ID: 0004_web_console
Revises: 0003
Create Date: 2026-12-06 14:20:00.000000
"""

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision = "0004_web_console"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_account",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("username", sa.String(60), nullable=False),
        sa.Column("full_name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("totp_secret", sa.String(64), nullable=True),
        sa.Column("totp_pending", sa.String(64), nullable=True),
        sa.Column("disabled_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_staff_account_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_account")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_account_username")),
    )
    op.create_table(
        "staff_session",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("stage", sa.String(8), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_account.id"], name=op.f("fk_staff_session_staff_id_staff_account")
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_staff_session")),
    )
    op.create_index(op.f("ix_staff_session_staff_id"), "staff_session", ["staff_id"])
    op.create_table(
        "throttle_hit",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(120), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_throttle_hit")),
    )
    op.create_index("ix_throttle_hit_key_at", "throttle_hit", ["key", "at"])
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("username", sa.String(60), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target_id", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index(op.f("ix_audit_entry_at"), "audit_entry", ["at"])
    op.create_index("ix_audit_entry_target", "audit_entry", ["target_id", "at"])
    op.create_table(
        "tip_intake",
        sa.Column("tip_id", sa.Uuid(), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("received_by", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("tip_id", name=op.f("pk_tip_intake")),
    )
    op.create_table(
        "console_case",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("commune_code", sa.String(10), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("subject_name", sa.String(200), nullable=False),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("folded", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_case")),
    )
    op.create_index("ix_console_case_started", "console_case", ["started_at", "id"])
    op.create_index(
        "ix_console_case_unit_started", "console_case", ["unit_id", "started_at", "id"]
    )
    op.create_index("ix_console_case_commune_started", "console_case",
                    ["commune_code", "started_at", "id"])
    _trigram_index()
    op.create_table(
        "console_document",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("corrects_id", sa.Uuid(), nullable=True),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_document")),
    )
    op.create_index(op.f("ix_console_document_case_id"), "console_document", ["case_id"])
    op.create_index(op.f("ix_console_document_corrects_id"), "console_document", ["corrects_id"])
    op.create_table(
        "console_cursor",
        sa.Column("name", sa.String(20), nullable=False),
        sa.Column("sequence", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_console_cursor")),
    )
    op.execute("INSERT INTO console_cursor (name, sequence) VALUES ('cases', 0)")


def _trigram_index() -> None:
    """On PostgreSQL, a trigram index lets a search for a rare word (``LIKE '%word%'`` on the
    folded text) avoid reading every case: measured 294 ms → 16 ms at 1,000,000 cases.
    pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it; where
    it is unavailable the search still works, by scanning."""
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    usable = bind.execute(sa.text(
        "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') "
        "AND has_database_privilege(current_database(), 'CREATE')")).scalar()
    if usable:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_console_case_folded_trgm ON console_case "
                   "USING gin (folded gin_trgm_ops)")


def downgrade() -> None:
    for table in ("console_cursor", "console_document", "console_case", "tip_intake",
                  "audit_entry", "throttle_hit", "staff_session", "staff_account"):
        op.drop_table(table)
