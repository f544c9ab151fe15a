"""The fact tables are the same on the laptop and on the server: both migrations make the
columns app.statistics.facts declares (the queries run unchanged on either)."""

from __future__ import annotations

import sqlalchemy as sa

from app.statistics.facts import FACT_TABLES
from server.db import migrate


def _columns(engine: sa.Engine) -> dict[str, dict[str, bool]]:
    found = sa.inspect(engine)
    return {t.name: {c["name"]: c["nullable"] for c in found.get_columns(t.name)}
            for t in FACT_TABLES}


def test_laptop_and_server_hold_the_declared_fact_tables(laptop, tmp_path):
    declared = {t.name: {c.name: c.nullable for c in t.columns} for t in FACT_TABLES}
    db, _ = laptop
    assert _columns(db.engine) == declared
    url = f"sqlite:///{(tmp_path / 'province.sqlite3').as_posix()}"
    migrate(url)
    engine = sa.create_engine(url)
    try:
        assert _columns(engine) == declared
    finally:
        engine.dispose()
