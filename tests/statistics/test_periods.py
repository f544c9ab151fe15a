"""Report periods of TT 55/2020: the Thursday-to-Wednesday week, months and years with the
province's cut-off day, the Tết campaign from the lunar calendar, the same period last year
(29 February included), and refusals in words."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationFailed
from app.statistics.periods import (
    ReportCalendar,
    lunar_year_name,
    parse_period,
    same_period_last_year,
)

CAL = ReportCalendar()
CUT15 = ReportCalendar(cutoff_day=15)


def span(key: str, cal: ReportCalendar = CAL) -> tuple[date, date]:
    p = parse_period(cal, key)
    return p.start, p.end


def test_week_runs_thursday_to_wednesday():
    assert span("tuan:2025-01-01") == (date(2024, 12, 26), date(2025, 1, 1))
    assert span("tuan:2025-01-02") == (date(2025, 1, 2), date(2025, 1, 8))
    week = parse_period(CAL, "tuan:2025-05-21")
    assert week.label == "Tuần từ ngày 15/5/2025 đến ngày 21/5/2025"
    last = same_period_last_year(CAL, week)
    assert (last.start.weekday(), last.end.weekday()) == (3, 2)  # Thursday, Wednesday


def test_calendar_months_quarters_and_the_first_months_of_a_year():
    assert span("thang:2025-02") == (date(2025, 2, 1), date(2025, 2, 28))
    assert span("quy:2025-3") == (date(2025, 7, 1), date(2025, 9, 30))
    assert span("6thang:2025") == (date(2025, 1, 1), date(2025, 6, 30))
    assert span("9thang:2025") == (date(2025, 1, 1), date(2025, 9, 30))
    assert span("10thang:2025") == (date(2025, 1, 1), date(2025, 10, 31))
    assert span("nam:2025") == (date(2025, 1, 1), date(2025, 12, 31))
    assert parse_period(CAL, "quy:2025-1").label == "Quý I năm 2025"
    assert parse_period(CAL, "10thang:2025").label == "10 tháng đầu năm 2025"


def test_cut_off_day_15_counts_from_the_15th_of_the_month_before_to_the_14th():
    assert span("thang:2025-03", CUT15) == (date(2025, 2, 15), date(2025, 3, 14))
    assert span("6thang:2025", CUT15) == (date(2024, 12, 15), date(2025, 6, 14))
    assert span("nam:2025", CUT15) == (date(2024, 12, 15), date(2025, 12, 14))
    assert span("tudaunam:2025-12-20", CUT15) == (date(2025, 12, 15), date(2025, 12, 20))


def test_same_period_last_year_keeps_29_february():
    feb = parse_period(CAL, "thang:2025-02")
    assert same_period_last_year(CAL, feb).end == date(2024, 2, 29)
    custom = parse_period(CAL, "tu:2025-02-01:2025-02-28")
    assert (same_period_last_year(CAL, custom).start,
            same_period_last_year(CAL, custom).end) == (date(2024, 2, 1), date(2024, 2, 29))
    leap = parse_period(CAL, "tu:2024-02-10:2024-02-29")
    assert same_period_last_year(CAL, leap).end == date(2023, 2, 28)
    seed = parse_period(CAL, "tu:2025-05-17:2025-10-15")
    assert seed.label == "Từ ngày 17/5/2025 đến ngày 15/10/2025"
    assert same_period_last_year(CAL, seed).start == date(2024, 5, 17)


def test_tet_campaign_from_the_lunar_new_year():
    whole = parse_period(CAL, "tet:2025")
    assert whole.label == "Cao điểm trước, trong và sau Tết Nguyên đán Ất Tỵ 2025"
    assert (whole.start, whole.end) == (date(2024, 12, 15), date(2025, 2, 28))  # mùng 1: 29/1
    during = parse_period(CAL, "tet:2025:trong")
    assert during.start <= date(2025, 1, 29) <= during.end
    assert same_period_last_year(CAL, whole).label.endswith("Giáp Thìn 2024")
    assert parse_period(CAL, "tet:2026").start == date(2026, 1, 3)  # mùng 1: 17/2/2026, − 45 days
    assert lunar_year_name(2026) == "Bính Ngọ"


@pytest.mark.parametrize("key, field", [
    ("quy:2025-5", "period"), ("thang:2025-13", "period"), ("hom qua", "period"),
    ("tu:2025-03-01:2025-02-01", "to"),
])
def test_a_bad_period_is_refused_in_words(key, field):
    with pytest.raises(ValidationFailed) as err:
        parse_period(CAL, key)
    assert field in err.value.errors
    with pytest.raises(ValidationFailed) as err:
        ReportCalendar(cutoff_day=31)
    assert err.value.errors["cutoff_day"] == "Ngày chốt số liệu phải từ 1 đến 28."
