"""Vietnamese text folding for search: "dak lak" finds "Đắk Lắk"."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[^0-9a-z]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str | None) -> str:
    """Lower-case, strip diacritics and fold đ→d. Keeps letters, digits and single spaces."""
    if not text:
        return ""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", stripped.lower()).strip()


def fold_compact(text: str | None) -> str:
    """Folded text without separators: "30A-123.45" → "30a12345" (plates, IDs)."""
    return fold(text).replace(" ", "")


def group_digits(n: int) -> str:
    """24917228 → "24.917.228": Vietnamese writes a dot between thousands."""
    return f"{n:,}".replace(",", ".")


def dong(n: int) -> str:
    """24917228 → "24.917.228 đồng"."""
    return group_digits(n) + " đồng"
