"""Display formats of the UI: Vietnam time, đồng with "." thousands."""

from __future__ import annotations

from datetime import date, datetime

from app.text import group_digits
from app.vntime import VN_TZ


def local_time_text(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")


def money_text(value: int | None) -> str:
    return "" if value is None else group_digits(value)


def vn_today() -> date:
    """Today's calendar day in Vietnam (deadlines and due dates are Vietnam days)."""
    return datetime.now(VN_TZ).date()


def day_text(value: date | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")
