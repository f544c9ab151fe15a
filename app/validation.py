"""Field validators shared by the app and the provincial server.

Each validator returns ``None`` when the value is acceptable, else a Vietnamese message
meant to be shown next to the field. Pure Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from app.paths import resources_dir

# Birthplace codes (3 digits) of the old 63-province table used by số định danh cá nhân.
CCCD_PROVINCES = frozenset(
    ["001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096"]
)
_CENTURY = {0: 1900, 1: 1900, 2: 2000, 3: 2000, 4: 2100, 5: 2100, 6: 2200, 7: 2200, 8: 1800, 9: 1800}
_PLATE_VN = re.compile(r"^\d{2}[A-Z]{1,2}\d?-\d{3}\.\d{2}$|^\d{2}[A-Z]{1,2}\d?-\d{4,5}$")
_PASSPORT = re.compile(r"^[A-Z0-9]{6,12}$")


def _digits(value: str) -> str:
    return re.sub(r"\s+", "", value or "")


def cccd_birth(value: str) -> tuple[int, str] | None:
    """(birth year, "nam"/"nữ") encoded in a valid 12-digit số định danh, else None."""
    v = _digits(value)
    if not re.fullmatch(r"[0-9]{12}", v):
        return None
    g = int(v[3])
    return _CENTURY[g] + int(v[4:6]), ("nam" if g % 2 == 0 else "nữ")


def validate_cccd(value: str, today: date | None = None) -> str | None:
    v = _digits(value)
    if not v:
        return "Chưa nhập số định danh cá nhân."
    if not v.isascii() or not v.isdigit():
        return "Số định danh cá nhân chỉ gồm chữ số 0–9."
    if len(v) != 12:
        return f"Số định danh cá nhân phải có đủ 12 chữ số (đang có {len(v)})."
    if v[:3] not in CCCD_PROVINCES:
        return f"Mã nơi đăng ký khai sinh {v[:3]} (3 số đầu) không tồn tại."
    year, _sex = cccd_birth(v)  # type: ignore[misc]
    this_year = (today or date.today()).year
    if year > this_year or year < 1900:
        return f"Chữ số thế kỷ và năm sinh ({v[3]}{v[4:6]}) không hợp lý: năm sinh {year}."
    return None


def validate_cmnd(value: str) -> str | None:
    v = _digits(value)
    if not re.fullmatch(r"[0-9]{9}", v):
        return "Số CMND cũ phải gồm đúng 9 chữ số."
    return None


def validate_passport(value: str) -> str | None:
    v = _digits(value).upper()
    if not _PASSPORT.fullmatch(v):
        return "Số hộ chiếu gồm 6–12 chữ cái in hoa hoặc chữ số."
    return None


def validate_person_id(kind: str | None, value: str, today: date | None = None) -> str | None:
    """The identity document of an individual: cccd (12), cmnd (9) or passport."""
    if kind == "cmnd":
        return validate_cmnd(value)
    if kind == "passport":
        return validate_passport(value)
    return validate_cccd(value, today)


def validate_tax_code(value: str, today: date | None = None) -> str | None:
    """Mã số thuế: 10 digits, or 13 as ``0123456789-001``, with the check digit (N10), as
    python-stdnum's ``vn.mst`` checks it; an individual's 12-digit số định danh (since 07/2025)."""
    from stdnum import exceptions
    from stdnum.vn import mst

    v = _digits(value)
    if not v.isascii():  # "０１…" or "٠١…": digits to str.isdigit and to \d, not on a tax record
        return "Mã số thuế chỉ gồm chữ số 0–9 (và dấu gạch ngang trước 3 số cuối)."
    if re.fullmatch(r"[0-9]{12}", v):
        message = validate_cccd(v, today)
        return None if message is None else "Mã số thuế là số định danh cá nhân: " + message[0].lower() + message[1:]
    try:
        mst.validate(v)
    except exceptions.InvalidChecksum:
        return "Mã số thuế sai chữ số kiểm tra (chữ số thứ 10): hãy đối chiếu lại giấy tờ."
    except exceptions.InvalidComponent:
        if v[2:9] == "0000000":
            return "Mã số thuế không hợp lệ: phần số thứ tự (chữ số 3–9) không thể toàn số 0."
        return "Ba số cuối của mã số thuế đơn vị phụ thuộc phải từ 001."
    except exceptions.ValidationError:
        return "Mã số thuế gồm 10 chữ số, hoặc 13 chữ số dạng 0123456789-001."
    return None


# Scripts met at the border that the printed documents cannot yet print correctly (they need a
# shaping engine: see app.documents.fonts.UNSHAPED), named so the message says which script.
_UNPRINTED_SCRIPTS = (((0x0E80, 0x0EFF), "Chữ Lào"), ((0x1780, 0x17FF), "Chữ Khmer"),
                      ((0x19E0, 0x19FF), "Chữ Khmer"), ((0x0E00, 0x0E7F), "Chữ Thái"))


@cache
def _printable() -> tuple[list[int], list[int]]:
    """Starts and ends of the ranges of resources/fonts/printable.txt (what the fonts print)."""
    starts: list[int] = []
    ends: list[int] = []
    for line in (resources_dir() / "fonts" / "printable.txt").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            a, b = line.split("-")
            starts.append(int(a, 16))
            ends.append(int(b, 16))
    return starts, ends


def _is_printable(ch: str) -> bool:
    starts, ends = _printable()
    i = bisect_right(starts, ord(ch)) - 1
    return i >= 0 and ord(ch) <= ends[i]


@cache
def _plain_printable() -> frozenset[str]:
    """Printable characters below U+2000 that stand for themselves: NFC leaves them alone and
    they never compose (no combining marks, no Hangul jamo). Text made only of them needs no
    normalising and no look-up per character: the fast path for Vietnamese."""
    return frozenset(
        ch for ch in map(chr, range(0x2000))  # tab and line breaks print; other controls do not
        if not 0x1100 <= ord(ch) <= 0x11FF and _is_printable(ch)
        and not unicodedata.category(ch).startswith("M") and unicodedata.normalize("NFC", ch) == ch
    )


def all_plain_printable(text: str) -> bool:
    """Whether ``text`` is made only of characters that print as they are (the fast answer
    for a whole record's text at once; False says only that a closer look is needed)."""
    return _plain_printable().issuperset(text)


def validate_printable(value: str) -> str | None:
    """Text that goes on a biên bản must print every character: a legal record never loses one.

    Vietnamese, Latin and Chinese characters (plates "桂A·12345", company names) print; Lao and
    Khmer do not yet (they need mark shaping), nor emoji or symbols the fonts lack.
    """
    if not value or value.isascii() and value.isprintable():
        return None
    if _plain_printable().issuperset(value):
        return None
    for ch in dict.fromkeys(unicodedata.normalize("NFC", value)):
        if _is_printable(ch):
            continue
        for (first, last), script in _UNPRINTED_SCRIPTS:
            if first <= ord(ch) <= last:
                return (f"{script} chưa in được đúng trên biên bản: hãy ghi phiên âm bằng chữ Latinh "
                        "(VD Vientiane, Phnom Penh).")
        return f"Ký tự «{ch}» không in được trên biên bản: hãy bỏ hoặc thay bằng chữ thường."
    return None


def plate_warning(value: str) -> str | None:
    """Vietnamese plates are checked; foreign plates are accepted with a warning."""
    v = (value or "").strip().upper()
    if not v or _PLATE_VN.fullmatch(v):
        return None
    return "Biển số không theo mẫu Việt Nam (VD 30A-123.45): kiểm tra lại nếu là xe trong nước."


def validate_not_future(value: date | datetime | None, now: datetime | None = None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        ref = now or datetime.now(value.tzinfo)
        if value > ref:
            return "Thời điểm không được ở tương lai."
        return None
    if value > (now.date() if now else date.today()):
        return "Ngày không được ở tương lai."
    return None


def validate_range(start: datetime | None, end: datetime | None) -> str | None:
    if start and end and end < start:
        return "Thời điểm kết thúc phải sau thời điểm bắt đầu."
    return None


# A number as Vietnamese write it: dots between thousands, a comma before the decimals
# ("1.500" is fifteen hundred, "1.500,25" and "12,5" have decimals).
_VN_NUMBER = re.compile(r"-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")
_AMBIGUOUS_DOT = re.compile(r"-?\d*\.\d*")
AMBIGUOUS_DOT = (
    "Dấu chấm chỉ dùng để tách hàng nghìn (VD 1.500); phần lẻ viết sau dấu phẩy (VD 1,5)."
)


def read_vn_number(value: object) -> tuple[Decimal | None, str | None]:
    """The one reader of numbers typed by a user: "1.500" → 1500, "12,5" → 12.5.

    A dot separates thousands, a comma the decimals. Text that could be read two ways
    ("1.5", "12.50") is refused with a message, never guessed. Empty text → (None, None).
    Numbers already held by the program (int, Decimal) are taken as they are.
    """
    if isinstance(value, bool):
        return None, "Không phải là số."
    if isinstance(value, int | Decimal):
        return Decimal(value), None
    text = re.sub(r"\s+", "", str(value or ""))
    if not text:
        return None, None
    if not _VN_NUMBER.fullmatch(text):
        if _AMBIGUOUS_DOT.fullmatch(text) or re.fullmatch(r"-?[\d.]+(,\d+)?", text):
            return None, AMBIGUOUS_DOT
        return None, "Chỉ gồm chữ số, dấu chấm tách hàng nghìn và dấu phẩy thập phân (VD 1.500,5)."
    return Decimal(text.replace(".", "").replace(",", ".")), None


def parse_quantity(value: object) -> tuple[Decimal | None, str | None]:
    """A quantity > 0, as Vietnamese write it: "1.500" (fifteen hundred), "12,5"."""
    if value is None or str(value).strip() == "":
        return None, "Chưa nhập số lượng."
    q, error = read_vn_number(value)
    if error:
        return None, error if error == AMBIGUOUS_DOT else "Số lượng phải là số (VD 12 hoặc 12,5)."
    assert q is not None
    if not q.is_finite() or q <= 0:
        return None, "Số lượng phải lớn hơn 0."
    if q.as_tuple().exponent < -3:  # type: ignore[operator]
        return None, "Số lượng lấy tối đa 3 chữ số thập phân."
    return q, None


def parse_money(value: object, *, required: bool = False) -> tuple[int | None, str | None]:
    """Whole đồng ≥ 0; accepts "24.917.228", "24917228" and "1.500.000 đồng"."""
    if value is None or str(value).strip() == "":
        return None, ("Chưa nhập số tiền." if required else None)
    if isinstance(value, str):
        value = re.sub(r"\s*(đồng|đ)$", "", value.strip())
    amount, error = read_vn_number(value)
    if error:
        return None, error if error == AMBIGUOUS_DOT else "Số tiền chỉ gồm chữ số (VD 1.500.000)."
    if amount is None:
        return None, ("Chưa nhập số tiền." if required else None)
    if amount != amount.to_integral_value():
        return None, "Số tiền tính bằng đồng, không có phần lẻ."
    n = int(amount)
    if n < 0:
        return None, "Số tiền không được âm."
    return n, None
