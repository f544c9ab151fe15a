"""Vietnam time. The country has kept UTC+7 without daylight saving time since 1975, so a
fixed offset is exact for every date the app records and needs no tz database (bare
Windows has none)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7), "ICT")


def vn(value: datetime) -> datetime:
    """An aware datetime in Vietnam wall-clock time."""
    return value.astimezone(VN_TZ)
