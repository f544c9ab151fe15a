"""Numbers as the reports write them: counts with a dot between thousands ("1.234 vụ"),
money kept in whole đồng and shown in triệu đồng with a comma decimal ("24.917,228 triệu
đồng"), and the change against the same period last year with its sign in words ("tăng
25,05 %", "giảm 3 vụ").
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from app.text import group_digits


def count(n: int) -> str:
    """1234 → "1.234"."""
    return group_digits(int(n))


def millions(dong: int, places: int = 3) -> str:
    """24917228000 → "24.917,228": đồng in triệu đồng, rounded half up to ``places``."""
    value = (Decimal(int(dong)) / Decimal(1_000_000)).quantize(
        Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    whole, _, frac = format(abs(value), "f").partition(".")
    return sign + group_digits(int(whole)) + ("," + frac if frac else "")


def million_dong(dong: int) -> str:
    """24917228000 → "24.917,228 triệu đồng"."""
    return f"{millions(dong)} triệu đồng"


def percent(value: Decimal) -> str:
    """Decimal("25.0463") → "25,05"."""
    q = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return format(q, "f").replace(".", ",")


def change_ratio(current: int, previous: int) -> Decimal | None:
    """(current − previous) / previous in per cent; None when last year had nothing."""
    if previous == 0:
        return None
    return (Decimal(current) - Decimal(previous)) * 100 / Decimal(previous)


def change_words(current: int, previous: int) -> str:
    """"tăng 25,05 %", "giảm 25,05 %", "bằng cùng kỳ", or "cùng kỳ không có" when last
    year's figure was zero (no percentage can be given)."""
    ratio = change_ratio(current, previous)
    if ratio is None:
        return "bằng cùng kỳ" if current == 0 else "cùng kỳ không có"
    if ratio == 0:
        return "bằng cùng kỳ"
    return f"{'tăng' if ratio > 0 else 'giảm'} {percent(abs(ratio))} %"


def change_sentence(current: int, previous: int, unit: str = "") -> str:
    """"tăng 12 vụ (25,05 %) so với cùng kỳ" / "giảm 1,500 triệu đồng (…)" / "bằng cùng kỳ"."""
    diff = current - previous
    if diff == 0:
        return "bằng cùng kỳ"
    amount = millions(abs(diff)) + " triệu đồng" if unit == "đồng" else f"{count(abs(diff))} {unit}".strip()
    ratio = change_ratio(current, previous)
    rate = f" ({percent(abs(ratio))} %)" if ratio is not None else ""
    return f"{'tăng' if diff > 0 else 'giảm'} {amount}{rate} so với cùng kỳ"
