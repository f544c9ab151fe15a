"""Vietnamese text for printed documents: money in figures and words, dates, times, quantities.

Conventions (FORMS.md "Numbers and words"):

- money in words is the formal style: after the leading group every group is read with its
  hundreds ("không trăm"), zero groups are skipped, "linh" (never "lẻ") for a zero tens
  digit, "mốt" for 1 after 20+, "lăm" for 5 after 10+, "bốn" (never "tư");
- dates keep the leading zero of day and month ("ngày 05 tháng 01 năm 2026", "05/01/2026");
- times are printed in Vietnam time (UTC+7). The model stores aware UTC datetimes; a naive
  datetime is taken as UTC.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal

from app.text import dong, group_decimal, group_digits, nfc
from app.vntime import VN_TZ

__all__ = [
    "VN_TZ",
    "clause",
    "join_clauses",
    "date_long",
    "date_short",
    "money_figures",
    "money_words",
    "nfc",
    "number_figures",
    "number_words",
    "quantity",
    "time_hm",
    "time_long",
    "to_vn_time",
    "two_digits",
]



_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def _group_words(n: int, full: bool) -> list[str]:
    """Words for 0 < n < 1000. ``full`` reads the hundreds even when zero ("không trăm")."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if words:
                words.append("linh")
            words.append(_DIGITS[units])
        return words
    if tens == 1:
        words.append("mười")
    else:
        words += [_DIGITS[tens], "mươi"]
    if units == 1:
        words.append("một" if tens == 1 else "mốt")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(_DIGITS[units])
    return words


def _below_billion(n: int, leading: bool) -> list[str]:
    """Words for 0 <= n < 10^9 as groups of triệu / nghìn / units; zero groups skipped."""
    words: list[str] = []
    for scale, name in ((1_000_000, "triệu"), (1_000, "nghìn"), (1, "")):
        group, n = divmod(n, scale)
        if not group:
            continue
        words += _group_words(group, full=not leading or bool(words))
        if name:
            words.append(name)
    return words


def _words(n: int, leading: bool = True) -> list[str]:
    """Words for n >= 1: "tỷ" repeats for 10^18 and up ("một tỷ tỷ")."""
    high, low = divmod(n, 1_000_000_000)
    words: list[str] = []
    if high:
        words += _words(high, leading) + ["tỷ"]
    if low:
        words += _below_billion(low, leading=leading and not high)
    return words


def number_words(n: int) -> str:
    """Formal reading of a non-negative integer, lower case: 2021 → "hai nghìn không trăm hai mươi mốt"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"an integer is required, not {type(n).__name__}")
    if n < 0:
        raise ValueError("a negative amount cannot be written in words")
    if n == 0:
        return "không"
    return " ".join(_words(n))


def money_words(n: int) -> str:
    """24017228 → "Hai mươi bốn triệu không trăm mười bảy nghìn hai trăm hai mươi tám đồng"."""
    text = number_words(n) + " đồng"
    return text[0].upper() + text[1:]


def number_figures(n: int) -> str:
    """24917228 → "24.917.228" (dot as the thousands separator)."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"an integer is required, not {type(n).__name__}")
    return group_digits(n)


def money_figures(n: int) -> str:
    """24917228 → "24.917.228 đồng"."""
    return dong(n)


def quantity(q: Decimal | int | str | None) -> str:
    """Decimal("1234.50") → "1.234,5"; None → "". Never scientific notation."""
    return "" if q is None else group_decimal(Decimal(q))


def clause(text: str) -> str:
    """User text as a clause the form closes with its own punctuation: trailing spaces and
    ". ; , :" are dropped, so "…biên giới." + "; Trị giá" never prints "…biên giới. ; Trị giá"."""
    return text.rstrip(" \t\n.;,:")


def join_clauses(parts: Iterable[str], sep: str = "; ") -> str:
    """Non-empty ``parts`` as clauses joined by ``sep``, without doubled punctuation."""
    return sep.join(c for c in map(clause, parts) if c)


def two_digits(n: int) -> str:
    """Counts printed in the forms' style: 1 → "01", 12 → "12", 120 → "120"."""
    return f"{n:02d}"


def to_vn_time(dt: datetime) -> datetime:
    """The same instant in Vietnam time. Naive datetimes are taken as UTC."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(VN_TZ)


def _as_date(d: date | datetime) -> date:
    return to_vn_time(d).date() if isinstance(d, datetime) else d


def date_long(d: date | datetime) -> str:
    """ "ngày 05 tháng 01 năm 2026" (a datetime is converted to Vietnam time first)."""
    d = _as_date(d)
    return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


def date_short(d: date | datetime) -> str:
    """ "05/01/2026" — fills the "…/…/…" slots of the forms."""
    d = _as_date(d)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def time_hm(dt: datetime) -> str:
    """ "09 giờ 05 phút" in Vietnam time."""
    t = to_vn_time(dt)
    return f"{t.hour:02d} giờ {t.minute:02d} phút"


def time_long(dt: datetime) -> str:
    """ "hồi 09 giờ 05 phút" in Vietnam time."""
    return "hồi " + time_hm(dt)
