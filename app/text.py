"""Vietnamese text folding for search: "dak lak" finds "Đắk Lắk"."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[^0-9a-z]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# ASCII and the combining marks U+0300–U+036F (but U+034F, which is not one): the text of
# nearly every Vietnamese string once decomposed, whose marks an ASCII encoding drops at once
_LATIN_AND_MARKS = re.compile("[\x00-\x7f\u0300-\u034e\u0350-\u036f]*")


def fold(text: str | None) -> str:
    """Lower-case, strip diacritics and fold đ→d. Keeps letters, digits and single spaces."""
    if not text:
        return ""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    if _LATIN_AND_MARKS.fullmatch(decomposed):  # Vietnamese: ASCII letters and their marks
        stripped = decomposed.encode("ascii", "ignore").decode("ascii")
    else:
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
