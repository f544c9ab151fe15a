"""Report periods (TT 55/2020 Đ8; REPORTS.md): the week from Thursday to Wednesday, the month,
the quarter, the first 6, 9 or 10 months, the year, the year to date, the Tết peak campaign
and any custom range, each with the same period a year earlier to compare with.

Provinces close their figures on a cut-off day (some count a month from the 15th of the
previous month to the 14th, the year from 15/12 to 14/12): :class:`ReportCalendar` holds it
as a setting; with the default (1) months are calendar months. Every date is a Vietnam
calendar day.

A period is written as a short key the command line and a frozen report keep
("thang:2025-03", "quy:2025-1", "6thang:2025", "nam:2025", "tuan:2025-05-21",
"tudaunam:2025-10-15", "tet:2025", "tu:2025-05-17:2025-10-15"); :func:`parse_period` reads it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from app.errors import ValidationFailed

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
STEMS = ("Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ")
BRANCHES = ("Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi")


@dataclass(frozen=True)
class ReportCalendar:
    """The province's settings for periods: the cut-off day of a month (1: calendar months;
    15: a month runs from the 15th of the previous month to the 14th) and the Tết peak
    campaign's days before mùng 1 Tết and after it."""

    cutoff_day: int = 1
    tet_before_days: int = 45
    tet_after_days: int = 30

    def __post_init__(self) -> None:
        if not 1 <= self.cutoff_day <= 28:
            raise ValidationFailed({"cutoff_day": "Ngày chốt số liệu phải từ 1 đến 28."})
        if not (0 <= self.tet_before_days <= 120 and 0 <= self.tet_after_days <= 120):
            raise ValidationFailed({"tet": "Số ngày cao điểm trước, sau Tết phải từ 0 đến 120."})


@dataclass(frozen=True)
class Period:
    """A closed range of Vietnam calendar days, what it is called, and how to make the
    same period a year earlier (``key`` read back by :func:`parse_period`)."""

    key: str
    start: date
    end: date
    label: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationFailed({"to": "Ngày kết thúc phải sau ngày bắt đầu."})

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def range_words(self) -> str:
        return f"từ ngày {d(self.start)} đến ngày {d(self.end)}"


def d(day: date) -> str:
    """17/5/2025, as the reports write a date in running text."""
    return f"{day.day}/{day.month}/{day.year}"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _month_start(cal: ReportCalendar, year: int, month: int) -> date:
    if cal.cutoff_day == 1:
        return date(year, month, 1)
    y, m = _add_months(year, month, -1)
    return date(y, m, cal.cutoff_day)


def _month_end(cal: ReportCalendar, year: int, month: int) -> date:
    if cal.cutoff_day == 1:
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, cal.cutoff_day - 1)


def _months(cal: ReportCalendar, year: int, first: int, last: int) -> tuple[date, date]:
    return _month_start(cal, year, first), _month_end(cal, year, last)


def week(day: date) -> Period:
    """The week (Thursday to Wednesday) that holds ``day``."""
    start = day - timedelta(days=(day.weekday() - 3) % 7)
    end = start + timedelta(days=6)
    return Period(f"tuan:{end.isoformat()}", start, end, f"Tuần từ ngày {d(start)} đến ngày {d(end)}")


def month(cal: ReportCalendar, year: int, m: int) -> Period:
    start, end = _months(cal, year, m, m)
    return Period(f"thang:{year}-{m:02d}", start, end, f"Tháng {m} năm {year}")


def quarter(cal: ReportCalendar, year: int, q: int) -> Period:
    if q not in ROMAN:
        raise ValidationFailed({"period": "Quý phải từ 1 đến 4."})
    start, end = _months(cal, year, 3 * q - 2, 3 * q)
    return Period(f"quy:{year}-{q}", start, end, f"Quý {ROMAN[q]} năm {year}")


def first_months(cal: ReportCalendar, year: int, n: int) -> Period:
    """The first ``n`` months of the year (6: báo cáo 6 tháng; 9: quý III lũy kế; 10, …)."""
    if not 1 <= n <= 12:
        raise ValidationFailed({"period": "Số tháng đầu năm phải từ 1 đến 12."})
    if n == 12:
        return year_period(cal, year)
    start, end = _months(cal, year, 1, n)
    return Period(f"{n}thang:{year}", start, end, f"{n} tháng đầu năm {year}")


def year_period(cal: ReportCalendar, year: int) -> Period:
    start, end = _months(cal, year, 1, 12)
    return Period(f"nam:{year}", start, end, f"Năm {year}")


def year_to_date(cal: ReportCalendar, day: date) -> Period:
    """From the start of ``day``'s report year to ``day``."""
    year = day.year + (1 if cal.cutoff_day > 1 and day >= date(day.year, 12, cal.cutoff_day) else 0)
    start = _month_start(cal, year, 1)
    return Period(f"tudaunam:{day.isoformat()}", start, day,
                  f"Từ đầu năm {year} đến ngày {d(day)}")


def custom(start: date, end: date) -> Period:
    return Period(f"tu:{start.isoformat()}:{end.isoformat()}", start, end,
                  f"Từ ngày {d(start)} đến ngày {d(end)}")


def lunar_year_name(year: int) -> str:
    """The can chi of the lunar year that begins in ``year``: 2025 → "Ất Tỵ"."""
    return f"{STEMS[year % 10]} {BRANCHES[year % 12]}"


@cache
def tet_days(year: int) -> tuple[date, date, date]:
    """(first day off, mùng 1 Tết, last day off) of Tết Nguyên đán in ``year``, from the
    lunar calendar of the ``holidays`` library (the official days off, weekends aside)."""
    import holidays

    days = holidays.Vietnam(years=year, language="vi")
    new_year = [day for day, name in days.items() if name == "Tết Nguyên Đán"]
    if not new_year:
        raise ValidationFailed({"period": f"Không tính được ngày Tết năm {year}."})
    first = min(new_year)
    near = [day for day, name in days.items() if "Tết" in name and abs((day - first).days) <= 10]
    return min(near), first, max(near)


def tet_campaign(cal: ReportCalendar, year: int, part: str = "") -> Period:
    """The peak campaign before, during and after Tết Nguyên đán of ``year`` (``part``:
    "truoc", "trong", "sau", or "" for the whole campaign)."""
    off_first, new_year, off_last = tet_days(year)
    start = new_year - timedelta(days=cal.tet_before_days)
    end = new_year + timedelta(days=cal.tet_after_days)
    name = f"Tết Nguyên đán {lunar_year_name(year)} {year}"
    parts = {
        "": (start, end, f"Cao điểm trước, trong và sau {name}"),
        "truoc": (start, off_first - timedelta(days=1), f"Cao điểm trước {name}"),
        "trong": (off_first, off_last, f"Trong {name}"),
        "sau": (off_last + timedelta(days=1), end, f"Cao điểm sau {name}"),
    }
    if part not in parts:
        raise ValidationFailed({"period": "Giai đoạn Tết là: truoc, trong, sau."})
    s, e, label = parts[part]
    return Period(f"tet:{year}" + (f":{part}" if part else ""), s, max(s, e), label)


def year_earlier(day: date) -> date:
    """The same day a year earlier; the last day of a month stays the last day (28/2/2025 →
    29/2/2024, 29/2/2024 → 28/2/2023)."""
    last = calendar.monthrange(day.year - 1, day.month)[1]
    if day.day == calendar.monthrange(day.year, day.month)[1] or day.day > last:
        return date(day.year - 1, day.month, last)
    return date(day.year - 1, day.month, day.day)


def same_period_last_year(cal: ReportCalendar, period: Period) -> Period:
    """The same period a year earlier ("cùng kỳ"): a named period of the previous year (its
    own days: February 2024 has 29), a week 52 weeks earlier (Thursday to Wednesday still),
    the previous year's Tết campaign, a custom range shifted by a year."""
    kind, _, arg = period.key.partition(":")
    if kind == "tuan":
        return week(period.end - timedelta(weeks=52))
    if kind == "tudaunam":
        return year_to_date(cal, year_earlier(period.end))
    if kind == "tu":
        return replace(custom(year_earlier(period.start), year_earlier(period.end)))
    if kind == "tet":
        year, _, part = arg.partition(":")
        return tet_campaign(cal, int(year) - 1, part)
    if kind == "thang":
        y, m = arg.split("-")
        return month(cal, int(y) - 1, int(m))
    if kind == "quy":
        y, q = arg.split("-")
        return quarter(cal, int(y) - 1, int(q))
    if kind == "nam":
        return year_period(cal, int(arg) - 1)
    if kind.endswith("thang"):
        return first_months(cal, int(arg) - 1, int(kind.removesuffix("thang")))
    raise ValidationFailed({"period": f"Không hiểu kỳ báo cáo: {period.key}"})


PERIOD_HELP = (
    "tuan:YYYY-MM-DD (tuần thứ Năm–thứ Tư chứa ngày đó), thang:YYYY-MM, quy:YYYY-Q, "
    "6thang:YYYY, 9thang:YYYY, 10thang:YYYY, nam:YYYY, tudaunam:YYYY-MM-DD, "
    "tet:YYYY[:truoc|trong|sau], tu:YYYY-MM-DD:YYYY-MM-DD"
)


def parse_period(cal: ReportCalendar, key: str) -> Period:
    """A period from its key (see the module's docstring); a bad key is refused in words."""
    kind, _, arg = key.strip().partition(":")
    try:
        if kind == "tuan":
            return week(date.fromisoformat(arg))
        if kind == "thang":
            y, m = arg.split("-")
            return month(cal, int(y), int(m))
        if kind == "quy":
            y, q = arg.split("-")
            return quarter(cal, int(y), int(q))
        if kind == "nam":
            return year_period(cal, int(arg))
        if kind == "tudaunam":
            return year_to_date(cal, date.fromisoformat(arg))
        if kind == "tet":
            y, _, part = arg.partition(":")
            return tet_campaign(cal, int(y), part)
        if kind == "tu":
            a, b = arg.split(":")
            return custom(date.fromisoformat(a), date.fromisoformat(b))
        if kind.endswith("thang") and kind.removesuffix("thang").isdigit():
            return first_months(cal, int(arg), int(kind.removesuffix("thang")))
    except ValueError:
        pass
    raise ValidationFailed({"period": f"Không hiểu kỳ báo cáo «{key}». Dùng: {PERIOD_HELP}."})
