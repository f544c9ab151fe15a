"""Money and quantity text as Vietnamese write it: 24.917.228 (đồng), 1.500,5 (kg).

Every number cell reads its text with the one parser of app.validation and, when the text
is a number, shows it back in the form it was understood ("1500" → "1.500").
"""

from __future__ import annotations

from app.text import group_decimal, group_digits
from app.validation import parse_money, parse_quantity

format_money = group_digits


def tidy_money(text: str) -> str:
    """Group thousands with dots when the text is a whole number of đồng; else as typed."""
    amount, error = parse_money(text)
    return text if error or amount is None else format_money(amount)


def tidy_quantity(text: str) -> str:
    """ "1500" → "1.500", "12.5" stays as typed (its error says why); "" stays empty."""
    if not text.strip():
        return text
    q, error = parse_quantity(text)
    return text if error or q is None else group_decimal(q)


def number_error(kind: str, text: str) -> str | None:
    """The message for a number cell ("number" or "money") whose text is not a number."""
    if kind == "money":
        return parse_money(text)[1]
    return parse_quantity(text)[1] if text.strip() else None


def tidy_number(kind: str, text: str) -> str:
    return tidy_money(text) if kind == "money" else tidy_quantity(text)


def money_or_none(text: str) -> int | None:
    amount, error = parse_money(text)
    return None if error else amount
