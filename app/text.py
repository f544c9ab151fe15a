"""Vietnamese text folding for search: "dak lak" finds "Đắk Lắk"."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

_SEPARATORS = re.compile(r"[^0-9a-z]+")
# What Windows refuses in a file name (Linux only "/"), control characters included
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_WINDOWS_DEVICES = re.compile(r"(CON|PRN|AUX|NUL|COM\d|LPT\d)(\..*)?", re.IGNORECASE)


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


def group_decimal(d: Decimal) -> str:
    """Decimal("1234.50") → "1.234,5": dots between thousands, a comma before decimals."""
    d = d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()
    sign = "-" if d < 0 else ""
    whole, _, frac = format(abs(d), "f").partition(".")
    return sign + group_digits(int(whole)) + ("," + frac if frac else "")


def dong(n: int) -> str:
    """24917228 → "24.917.228 đồng"."""
    return group_digits(n) + " đồng"


def file_name(text: str, extension: str = "") -> str:
    """A file name safe on Windows and Linux made from a number or a title:
    "20030001/BB-KT" → "20030001-BB-KT" (with ``extension`` ".pdf": "20030001-BB-KT.pdf")."""
    name = _NOT_IN_FILE_NAMES.sub("-", nfc(text)).strip(" .") or "tep"
    if _WINDOWS_DEVICES.fullmatch(name):
        name = "_" + name
    return name[:120] + extension
