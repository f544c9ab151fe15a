"""The monthly sums of the events (``stat_month*``), kept with every write of events: what
a case's events were is taken away, what they are now is added, by (month, figure, unit,
dimensions, joint), in the caller's transaction. An upsert adds to a row or makes it; the
same statement text on SQLite and PostgreSQL (ON CONFLICT … DO UPDATE), built by the
dialect's own ``insert``."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.statistics.facts import MONTH_TABLES, NO_UNIT

Delta = dict[str, dict[tuple[Any, ...], list[int]]]


def month_of(day: date) -> date:
    return day.replace(day=1)


def new_delta() -> Delta:
    return {name: defaultdict(lambda: [0, 0]) for name in MONTH_TABLES}


def add_events(delta: Delta, events: Iterable[Mapping[Any, Any]], sign: int) -> None:
    """Count ``events`` (stat_event rows as mappings) into ``delta`` (``sign`` −1: taken
    away)."""
    for e in events:
        n, amount = int(e["n"] or 0) * sign, int(e["amount"] or 0) * sign
        if not (n or amount):
            continue
        values = {**e, "unit_id": str(e["unit_id"] or NO_UNIT)}
        base = (month_of(e["day"]), e["figure"])
        for name, (_, dims) in MONTH_TABLES.items():
            key = (*base, *(values[d] or "" for d in dims), bool(e["joint"]))
            cell = delta[name][key]
            cell[0] += n
            cell[1] += amount


def apply(session: Session, delta: Delta) -> None:
    """Add ``delta`` to the month tables."""
    dialect = session.get_bind().dialect.name
    make = postgresql.insert if dialect == "postgresql" else sqlite.insert
    for name, cells in delta.items():
        table, dims = MONTH_TABLES[name]
        rows = [{"month": k[0], "figure": k[1], **dict(zip(dims, k[2:-1], strict=True)),
                 "joint": k[-1], "n": v[0], "amount": v[1]}
                for k, v in cells.items() if v[0] or v[1]]
        for row in rows:
            row["unit_id"] = uuid.UUID(row["unit_id"])
        if not rows:
            continue
        stmt = make(table)
        keys = [c.name for c in table.primary_key.columns]
        stmt = stmt.on_conflict_do_update(
            index_elements=keys,
            set_={"n": table.c.n + stmt.excluded.n, "amount": table.c.amount + stmt.excluded.amount})
        session.execute(stmt, rows)
