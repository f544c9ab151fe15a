"""commune codes of the 2025 list: 14 codes of the earlier hand list corrected

The commune catalogue is now generated from the official 2025 list (3,321 communes,
tools/make_communes.py). Fourteen codes of the earlier hand-made list were wrong: eleven do
not exist, and three in Cao Bằng were shifted among themselves (01537, 01558, 01561). The
records that name one of them are moved to the right code, in one transaction with the
corrected communes; the codes that do not exist are removed from the catalogue.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from app.commune_codes import MOVED

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# MOVED: old code → (code in the 2025 list, name, kind, province, border), shared with the
# provincial server's migration of its stored payloads
# the tables whose rows name a commune (inspection's is a foreign key)
REFERRING = ("inspection", "subject", "tip")


def _put_communes(rows) -> None:
    """Insert or correct communes, where their province is known (a new file has none yet:
    the catalogue loaded after the migrations brings them)."""
    put = sa.text(
        "INSERT INTO commune (code, name, kind, province_code, border) "
        "SELECT :code, :name, :kind, :province, :border "
        "WHERE EXISTS (SELECT 1 FROM province WHERE code = :province) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
        "province_code = excluded.province_code, border = excluded.border"
    )
    bind = op.get_bind()
    for code, name, kind, province, border in rows:
        bind.execute(put, {"code": code, "name": name, "kind": kind,
                           "province": province, "border": border})


def _move_references(moves: dict) -> None:
    """Every record naming a key of ``moves`` names its value instead (one statement per
    table, so codes that trade places do not collide)."""
    case = " ".join(f"WHEN '{old}' THEN '{new}'" for old, new in moves.items())
    olds = ", ".join(f"'{old}'" for old in moves)
    for table in REFERRING:
        op.execute(f"UPDATE {table} SET commune_code = CASE commune_code {case} END "
                   f"WHERE commune_code IN ({olds})")


def upgrade() -> None:
    _put_communes(MOVED.values())
    _move_references({old: moved[0] for old, moved in MOVED.items()})
    gone = sorted(set(MOVED) - {moved[0] for moved in MOVED.values()})
    op.execute(f"DELETE FROM commune WHERE code IN ({', '.join(repr(c) for c in gone)})")


def downgrade() -> None:
    _put_communes((old, *moved[1:]) for old, moved in MOVED.items())
    _move_references({moved[0]: old for old, moved in MOVED.items()})
