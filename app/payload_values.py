"""A record's values as its payload holds them: typed (a pydantic payload, a mapped row) or
as the wire and the server's feed write them (ISO text, ids as text). Read the same way by
the server's copy of the laptop's follow-through facts (app.services.follow_through.plain_facts)
and by the statistics' projection (app.statistics.projection)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from app.vntime import VN_TZ


def moment(value: Any) -> datetime | None:
    """An aware moment from a datetime or ISO text (a naive one is UTC, as stored)."""
    if value is None or value == "":
        return None
    found = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


def vn_day(value: Any) -> date | None:
    """The Vietnam calendar day of a moment (aware, naive UTC, or ISO text)."""
    found = moment(value)
    return None if found is None else found.astimezone(VN_TZ).date()


def day(value: Any) -> date | None:
    """A calendar day (a date field: decided on, paid on)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def record_id(value: Any) -> uuid.UUID | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def live_rows(rows: Iterable[Mapping[str, Any]] | None) -> list[Mapping[str, Any]]:
    """Rows of a case aggregate that were not removed, in their recorded order."""
    return sorted((r for r in rows or () if not r.get("deleted_at")),
                  key=lambda r: r.get("position") or 0)
