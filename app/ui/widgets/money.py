"""Money and quantity text as Vietnamese write it: 24.917.228 (đồng), 12,5 (kg)."""

from __future__ import annotations

import re

from app.text import group_digits
from app.validation import parse_money

format_money = group_digits


def tidy_money(text: str) -> str:
    """Group thousands with dots when the text is a whole number of đồng; else as typed."""
    stripped = text.strip()
    if not re.fullmatch(r"\d[\d.]*", stripped):
        return text
    amount, error = parse_money(stripped)
    return text if error or amount is None else format_money(amount)


def money_or_none(text: str) -> int | None:
    amount, error = parse_money(text)
    return None if error else amount
