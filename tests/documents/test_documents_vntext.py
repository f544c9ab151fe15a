"""Money in figures and words, dates, times, quantities (FORMS.md "Numbers and words")."""

from __future__ import annotations

import importlib
import unicodedata
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from app.documents import vntext
from app.documents.vntext import (
    date_long,
    date_short,
    money_figures,
    money_words,
    nfc,
    quantity,
    time_hm,
    time_long,
    to_vn_time,
)

WORDS = [
    (0, "Không đồng"),
    (1, "Một đồng"),
    (5, "Năm đồng"),
    (10, "Mười đồng"),
    (11, "Mười một đồng"),
    (14, "Mười bốn đồng"),
    (15, "Mười lăm đồng"),
    (20, "Hai mươi đồng"),
    (21, "Hai mươi mốt đồng"),
    (24, "Hai mươi bốn đồng"),
    (25, "Hai mươi lăm đồng"),
    (100, "Một trăm đồng"),
    (101, "Một trăm linh một đồng"),
    (105, "Một trăm linh năm đồng"),
    (110, "Một trăm mười đồng"),
    (115, "Một trăm mười lăm đồng"),
    (2021, "Hai nghìn không trăm hai mươi mốt đồng"),
    (10_000, "Mười nghìn đồng"),
    (250_000, "Hai trăm năm mươi nghìn đồng"),
    (1_000_005, "Một triệu không trăm linh năm đồng"),
    (1_020_300, "Một triệu không trăm hai mươi nghìn ba trăm đồng"),
    (15_000_000, "Mười lăm triệu đồng"),
    (24_017_228, "Hai mươi bốn triệu không trăm mười bảy nghìn hai trăm hai mươi tám đồng"),
    (24_917_228, "Hai mươi bốn triệu chín trăm mười bảy nghìn hai trăm hai mươi tám đồng"),
    (1_000_000_000, "Một tỷ đồng"),
    (1_000_000_021, "Một tỷ không trăm hai mươi mốt đồng"),
    (21_400_000_000, "Hai mươi mốt tỷ bốn trăm triệu đồng"),
    (1_000_000_000_005, "Một nghìn tỷ không trăm linh năm đồng"),
    (1_500_000_000_000, "Một nghìn năm trăm tỷ đồng"),
    (10**18, "Một tỷ tỷ đồng"),
]


@pytest.mark.parametrize(("amount", "words"), WORDS)
def test_money_words(amount: int, words: str) -> None:
    assert money_words(amount) == words


def test_money_words_never_uses_the_informal_variants() -> None:
    for n in range(0, 3000, 7):
        text = money_words(n).lower().split()
        assert "lẻ" not in text and "tư" not in text
        assert "mươi một" not in money_words(n).lower()


@pytest.mark.parametrize("bad", [-1, 1.5, "12", True])
def test_money_words_rejects_non_amounts(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        money_words(bad)  # type: ignore[arg-type]


def test_money_figures() -> None:
    assert money_figures(24_917_228) == "24.917.228 đồng"
    assert money_figures(0) == "0 đồng"
    assert money_figures(999) == "999 đồng"
    assert money_figures(1_000) == "1.000 đồng"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("12.5"), "12,5"),
        (Decimal("12.50"), "12,5"),
        (Decimal("1234.5"), "1.234,5"),
        (Decimal("1250"), "1.250"),
        (Decimal("1E+3"), "1.000"),
        (Decimal("0.25"), "0,25"),
        (7, "7"),
        (None, ""),
    ],
)
def test_quantity(value: Decimal | int | None, text: str) -> None:
    assert quantity(value) == text


def test_dates_keep_leading_zeros() -> None:
    assert date_long(date(2026, 1, 5)) == "ngày 05 tháng 01 năm 2026"
    assert date_long(date(2025, 12, 31)) == "ngày 31 tháng 12 năm 2025"
    assert date_short(date(2026, 2, 9)) == "09/02/2026"


def test_times_print_in_vietnam_time() -> None:
    utc = datetime(2026, 1, 5, 2, 5, tzinfo=UTC)
    assert time_long(utc) == "hồi 09 giờ 05 phút"
    assert time_hm(utc) == "09 giờ 05 phút"
    late = datetime(2026, 1, 4, 17, 30, tzinfo=UTC)  # 00:30 on the 5th in Vietnam
    assert date_long(late) == "ngày 05 tháng 01 năm 2026"
    assert time_long(late) == "hồi 00 giờ 30 phút"
    assert to_vn_time(late).utcoffset() == timedelta(hours=7)


def test_naive_datetimes_are_taken_as_utc() -> None:
    assert time_long(datetime(2026, 1, 5, 2, 5)) == "hồi 09 giờ 05 phút"


def test_fixed_offset_when_there_is_no_tz_database(monkeypatch: pytest.MonkeyPatch) -> None:
    import zoneinfo

    def missing(key: str) -> None:
        raise zoneinfo.ZoneInfoNotFoundError(key)

    monkeypatch.setattr(zoneinfo, "ZoneInfo", missing)
    try:
        reloaded = importlib.reload(vntext)
        assert reloaded.VN_TZ.utcoffset(None) == timedelta(hours=7)
        assert reloaded.time_long(datetime(2026, 1, 5, 2, 5, tzinfo=UTC)) == "hồi 09 giờ 05 phút"
    finally:
        monkeypatch.undo()
        importlib.reload(vntext)


def test_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh, Đắk Lắk")
    assert decomposed != "Nguyễn Thị Ánh, Đắk Lắk"
    assert nfc(decomposed) == "Nguyễn Thị Ánh, Đắk Lắk"
