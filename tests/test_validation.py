"""Identifier and amount validators, with valid and invalid examples."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from app.validation import (
    cccd_birth,
    parse_money,
    parse_quantity,
    plate_warning,
    validate_cccd,
    validate_cmnd,
    validate_not_future,
    validate_passport,
    validate_range,
    validate_tax_code,
)

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize("value", ["020186001234", "001099012345", "096305000001", "079 203 123 456"])
def test_valid_cccd(value):
    assert validate_cccd(value, TODAY) is None


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("", "Chưa nhập"),
        ("02018600123", "đủ 12 chữ số (đang có 11)"),
        ("0201860012345", "đang có 13"),
        ("02018600123A", "chỉ gồm chữ số"),
        ("003186001234", "Mã nơi đăng ký khai sinh 003"),  # 003 is a gap in the table
        ("099186001234", "Mã nơi đăng ký khai sinh 099"),
        ("020386001234", "năm sinh 2086"),  # 2000s century digit with YY=86: future
        ("020886001234", "năm sinh 1886"),
    ],
)
def test_invalid_cccd(value, fragment):
    message = validate_cccd(value, TODAY)
    assert message is not None and fragment in message


def test_cccd_encodes_birth_year_and_sex():
    assert cccd_birth("020186001234") == (1986, "nữ")
    assert cccd_birth("020203001234") == (2003, "nam")
    assert cccd_birth("12345") is None


def test_cmnd_and_passport():
    assert validate_cmnd("012345678") is None
    assert "9 chữ số" in validate_cmnd("01234567")
    assert validate_passport("E12345678") is None
    assert validate_passport("ea1234567") is None
    assert "Số hộ chiếu" in validate_passport("E-12")


@pytest.mark.parametrize("value", ["4901234561", "4901234561-001", "4901234561001", "0312345673",
                                   "0100233488", "0314409058-002", "001086012345"])
def test_valid_tax_codes(value):
    assert validate_tax_code(value) is None, value


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("4901234562", "chữ số kiểm tra"),
        ("010010910", "10 chữ số"),
        ("4901234561-000", "từ 001"),
        ("01001091A6", "10 chữ số"),
        ("4900000000", "toàn số 0"),
        ("0100233480", "chữ số kiểm tra"),
        ("0314409058-000", "từ 001"),
    ],
)
def test_invalid_tax_codes(value, fragment):
    message = validate_tax_code(value)
    assert message is not None and fragment in message


def test_quantities():
    assert parse_quantity("12,5") == (Decimal("12.5"), None)
    assert parse_quantity("1.200,5") == (Decimal("1200.5"), None)
    assert parse_quantity("3") == (Decimal(3), None)
    assert parse_quantity("0")[1] == "Số lượng phải lớn hơn 0."
    assert parse_quantity("-2")[1] == "Số lượng phải lớn hơn 0."
    assert "phải là số" in parse_quantity("mười")[1]
    assert parse_quantity("")[1] == "Chưa nhập số lượng."


@pytest.mark.parametrize(
    ("typed", "quantity", "money"),
    [
        ("1.500", Decimal(1500), 1500),  # a Vietnamese dot separates thousands
        ("1.500.000", Decimal(1500000), 1500000),
        ("1 500", Decimal(1500), 1500),
        ("1.500,25", Decimal("1500.25"), None),
        ("0,125", Decimal("0.125"), None),
    ],
)
def test_numbers_are_read_as_vietnamese_write_them(typed, quantity, money):
    assert parse_quantity(typed) == (quantity, None)
    assert parse_money(typed)[0] == money


@pytest.mark.parametrize("typed", ["1.5", "12.50", "1.5000", ".5", "1.", "1.50.000"])
def test_a_dot_that_is_not_a_thousands_separator_is_refused_not_guessed(typed):
    for parse in (parse_quantity, parse_money):
        value, message = parse(typed)
        assert value is None
        assert message == "Dấu chấm chỉ dùng để tách hàng nghìn (VD 1.500); phần lẻ viết sau dấu phẩy (VD 1,5)."


def test_an_individuals_tax_code_may_be_the_12_digit_personal_number():
    assert validate_tax_code("020186001234") is None
    assert validate_tax_code("999186001234").startswith("Mã số thuế là số định danh cá nhân: mã nơi đăng ký")
    assert validate_tax_code("0100109107") == (
        "Mã số thuế sai chữ số kiểm tra (chữ số thứ 10): hãy đối chiếu lại giấy tờ."
    )


def test_money_in_whole_dong():
    assert parse_money("24.917.228") == (24917228, None)
    assert parse_money("1500000 đồng") == (1500000, None)
    assert parse_money("") == (None, None)
    assert parse_money("", required=True)[1] == "Chưa nhập số tiền."
    assert "không có phần lẻ" in parse_money("1500,5")[1]
    assert parse_money("-5")[1] == "Số tiền không được âm."


def test_dates_not_in_future_and_ranges():
    now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    assert validate_not_future(now + timedelta(minutes=5), now) == "Thời điểm không được ở tương lai."
    assert validate_not_future(now - timedelta(days=1), now) is None
    assert validate_not_future(date(2026, 11, 24), now) == "Ngày không được ở tương lai."
    assert validate_range(now, now - timedelta(hours=1)) == "Thời điểm kết thúc phải sau thời điểm bắt đầu."
    assert validate_range(now - timedelta(hours=1), now) is None


def test_plates():
    assert plate_warning("30A-123.45") is None
    assert plate_warning("36B1-123.45") is None
    assert plate_warning("12C-1234") is None
    assert "mẫu Việt Nam" in plate_warning("桂A12345")
