"""Vietnamese working days, and the terms of the follow-through with their sources.

The calendar is the ``holidays`` package's Vietnam (pinned in pyproject.toml): the public
holidays of the Labour Code 2019 Đ112 (Tết Dương lịch, five days of Tết Nguyên đán, Giỗ Tổ
Hùng Vương, 30/4, 1/5, two days of Quốc khánh, Ngày Văn hóa Việt Nam from 2026), the days
off in lieu when one falls on a weekend (``observed``), and the government's swaps of a
day off for a Saturday worked (``weekend_workdays``: 2025-05-02 off, Saturday 2025-04-26
worked). A year whose swaps the government announces after the pinned release lacks them
until the package is updated.

A term given in working days skips Saturdays, Sundays and those holidays, and counts from
the day after the event ("kể từ ngày …": BLDS 2015 Đ147, which Luật XLVPHC Đ8 applies).

The terms themselves are :class:`Rules`: each with its source, the unverified ones marked;
a province can change any of them without a new release (:func:`set_rules`, stored in the
settings table), as FOLLOW-THROUGH.md asks of a rule not confirmed in the text of the law.
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from app.errors import ValidationFailed
from app.vntime import VN_TZ

RULES_SETTING = "follow_through.rules"


# --- the calendar ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=128)
def _year(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """The days off (holidays and days in lieu) and the Saturdays worked of ``year``. A
    swap is declared in the year of its day off, so the neighbours are asked too."""
    import holidays  # ~0.1 s: only when a deadline is first computed

    cal = holidays.country_holidays("VN", years=range(year - 1, year + 2))
    off = frozenset(d for d in cal if d.year == year)
    worked = frozenset(d for d in cal.weekend_workdays if d.year == year)
    return off, worked


def is_working_day(day: date) -> bool:
    """Monday to Friday that is no public holiday or day in lieu, or a Saturday the
    government swapped for a day off."""
    off, worked = _year(day.year)
    if day in off:
        return False
    return day.weekday() < 5 or day in worked


def holiday_name(day: date) -> str | None:
    """The holiday's name in Vietnamese ("Tết Nguyên Đán"), None on other days."""
    import holidays

    return holidays.country_holidays("VN", years=day.year, language="vi").get(day)


def working_days_after(start: date, n: int) -> date:
    """The ``n``-th working day after ``start`` (``start`` itself not counted; n = 0 is
    ``start``). 7 working days from a Tuesday biên bản end on the next Thursday."""
    if n < 0:
        raise ValueError("n must be ≥ 0")
    day, counted = start, 0
    while counted < n:
        day += timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day


def next_working_day(day: date) -> date:
    """``day`` when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def days_after(start: date, n: int) -> date:
    """``n`` calendar days after ``start`` (weekends and holidays included)."""
    return start + timedelta(days=n)


def months_after(start: date, n: int) -> date:
    """The same day ``n`` months later, or that month's last day when it has no such day
    (31/1 + 1 month = 28/2 or 29/2): BLDS 2015 Đ148 k3."""
    month = start.month - 1 + n
    year, month = start.year + month // 12, month % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def vn_date(moment: datetime | None) -> date | None:
    """The Vietnam calendar day of an aware moment."""
    return None if moment is None else moment.astimezone(VN_TZ).date()


def today_vn() -> date:
    return datetime.now(VN_TZ).date()


# --- the terms ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rules:
    """The terms the due items are computed with. Each field's metadata names its source;
    ``verified=False`` marks one not confirmed in the text of the law (FOLLOW-THROUGH.md),
    which a province should check and may change (:func:`set_rules`)."""

    decision_working_days: int = dataclasses.field(default=7, metadata={
        "source": "Luật XLVPHC Đ66 k1: 07 ngày làm việc kể từ ngày lập biên bản", "verified": True})
    decision_months_explained: int = dataclasses.field(default=1, metadata={
        "source": "Luật XLVPHC Đ66 k1 đoạn 2: 01 tháng khi có giải trình hoặc xác minh",
        "verified": True})
    decision_months_extended: int = dataclasses.field(default=2, metadata={
        "source": "Luật XLVPHC Đ66 k1 đoạn 3: gia hạn bằng văn bản, thêm không quá 01 tháng",
        "verified": False})
    returned_working_days: int = dataclasses.field(default=5, metadata={
        "source": "TT 27/2020/TT-BCT Đ22 k2; Luật XLVPHC Đ62 k3, Đ63 k1 (sửa đổi 2025): "
                  "05 ngày làm việc sau quyết định không khởi tố", "verified": True})
    explanation_working_days: int = dataclasses.field(default=5, metadata={
        "source": "NĐ 118/2021 Đ17; Luật XLVPHC Đ61: giải trình bằng văn bản 05 ngày làm việc",
        "verified": True})
    hearing_working_days: int = dataclasses.field(default=2, metadata={
        "source": "Luật XLVPHC Đ61: yêu cầu giải trình trực tiếp trong 02 ngày làm việc",
        "verified": True})
    seizure_decision_hours: int = dataclasses.field(default=24, metadata={
        "source": "Luật XLVPHC Đ125 k4 điểm c (sửa đổi 2025): báo cáo để ra quyết định tạm giữ "
                  "trong 24 giờ", "verified": True})
    delivery_working_days: int = dataclasses.field(default=3, metadata={
        "source": "Luật XLVPHC Đ70 k1 (sửa đổi 2025): gửi quyết định trong 03 ngày làm việc",
        "verified": True})
    payment_days_undelivered: int = dataclasses.field(default=12, metadata={
        "source": "TT 153/2013/TT-BTC Đ5 (sửa đổi bởi TT 105/2014): 12 ngày kể từ ngày ra quyết "
                  "định khi không xác định được ngày nhận; TT 18/2023 giữ cách tính này (chưa đối "
                  "chiếu nguyên văn)", "verified": False})
    payment_due_moves_off_days: bool = dataclasses.field(default=False, metadata={
        "source": "TT 18/2023/TT-BTC Đ5: 10 ngày tính cả ngày lễ, ngày nghỉ (không lùi sang "
                  "ngày làm việc như BLDS Đ148 k5)", "verified": False})
    late_per_10000_a_day: int = dataclasses.field(default=5, metadata={
        "source": "Luật XLVPHC Đ78 k1: mỗi ngày chậm nộp 0,05% trên tổng số tiền phạt chưa nộp",
        "verified": True})
    enforcement_years: int = dataclasses.field(default=1, metadata={
        "source": "Luật XLVPHC Đ74 k1: thời hiệu thi hành quyết định xử phạt 01 năm kể từ ngày "
                  "ra quyết định", "verified": True})
    goods_disposal_days: int = dataclasses.field(default=30, metadata={
        "source": "Không tìm thấy thời hạn trong luật: thời hạn nội bộ để xử lý tang vật sau "
                  "quyết định", "verified": False})
    close_days: int = dataclasses.field(default=30, metadata={
        "source": "Không có thời hạn trong luật: thời hạn nội bộ để kết thúc hồ sơ khi đã đủ "
                  "các bước", "verified": False})
    police_answer_days: int | None = dataclasses.field(default=None, metadata={
        "source": "BLTTHS 2015 Đ145–147: chưa xác định số ngày; để trống là chờ, không quá hạn",
        "verified": False})

    @staticmethod
    def described() -> list[tuple[str, Any, str, bool]]:
        """(name, default, source, verified) of every term, for a settings page."""
        return [(f.name, f.default, f.metadata["source"], f.metadata["verified"])
                for f in dataclasses.fields(Rules)]


DEFAULT_RULES = Rules()


def rules(session: Session) -> Rules:
    """The terms in force here: the defaults with this installation's changes."""
    from app.services.settings import get_setting

    raw = get_setting(session, RULES_SETTING)
    if not raw:
        return DEFAULT_RULES
    known = {f.name for f in dataclasses.fields(Rules)}
    changes = {k: v for k, v in json.loads(raw).items() if k in known}
    return dataclasses.replace(DEFAULT_RULES, **changes)


def set_rules(session: Session, **changes: Any) -> Rules:
    """Change some terms (whole days, ≥ 0; ``police_answer_days`` may be None). The caller
    refreshes the due items of the cases it cares about (``due.refresh_all``)."""
    from app.services.settings import set_setting

    fields = {f.name: f for f in dataclasses.fields(Rules)}
    errors = {}
    for name, value in changes.items():
        field = fields.get(name)
        if field is None:
            errors[name] = "Không có thời hạn này."
        elif field.type == "bool" and not isinstance(value, bool):
            errors[name] = "Chọn có hoặc không."
        elif field.type != "bool" and not (
                (value is None and name == "police_answer_days")
                or (isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 3650)):
            errors[name] = "Số ngày phải là số nguyên từ 0 đến 3650."
    if errors:
        raise ValidationFailed(errors)
    current = dataclasses.asdict(rules(session)) | changes
    stored = {k: v for k, v in current.items() if getattr(DEFAULT_RULES, k) != v}
    set_setting(session, RULES_SETTING, json.dumps(stored, ensure_ascii=False, sort_keys=True))
    return rules(session)
