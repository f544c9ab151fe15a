"""Display formats of the UI: Vietnam time, đồng with "." thousands."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

# Vietnam has kept UTC+7 without daylight saving time since 1975, so a fixed offset is
# exact for every date the app records — and needs no tz database (Windows has none).
VN_TZ = timezone(timedelta(hours=7), "ICT")


def local_time_text(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")


def money_text(value: int | None) -> str:
    return "" if value is None else f"{value:,}".replace(",", ".")
