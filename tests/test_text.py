"""Search folding: what an inspector types without marks finds the names written with them."""

from __future__ import annotations

import unicodedata

import pytest

from app.text import fold, fold_compact


def _by_definition(text: str) -> str:
    """Decompose, drop every combining mark, fold đ, lower-case, separators to one space."""
    text = text.replace("đ", "d").replace("Đ", "D")
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join("".join(c if c.isascii() and c.isalnum() else " " for c in stripped.lower()).split())


@pytest.mark.parametrize(("text", "folded"), [
    ("Đắk Lắk", "dak lak"),
    ("xã Vĩnh Điều, tỉnh An Giang", "xa vinh dieu tinh an giang"),
    (unicodedata.normalize("NFD", "Nguyễn Thị Hoà"), "nguyen thi hoa"),  # typed decomposed
    ("Bánh kẹo nhập khẩu — 67C-440.56", "banh keo nhap khau 67c 440 56"),
    ("Lương Ưu", "luong uu"),
    ("Søren Straße", "s ren stra e"),  # letters without a decomposition are separators
    ("Ω 5\u212a", "5k"),  # Greek is a separator; the Kelvin sign decomposes to K
    ("a\u034fb", "a b"),  # U+034F is in the marks' block but is not a combining mark
    ("", ""),
])
def test_fold(text: str, folded: str):
    assert fold(text) == folded == _by_definition(text)


def test_fold_compact_joins_plates_and_ids():
    assert fold_compact("30A-123.45") == "30a12345"
    assert fold_compact(None) == ""
