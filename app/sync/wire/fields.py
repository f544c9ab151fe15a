"""Protocol constants and the field types every wire model is built from (on app.validation)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
)

from app.forms_numbered import DOCUMENT_SYMBOLS
from app.text import nfc
from app.validation import (
    all_plain_printable,
    parse_money,
    parse_quantity,
    validate_not_future,
    validate_printable,
)
from app.vntime import VN_TZ

PROTOCOL_VERSION = 2  # 2: a JSON body may come gzip-compressed (Content-Encoding: gzip)
OLDEST_PROTOCOL = 1  # the oldest a server still serves (1 sends every body as it is)
PROTOCOL_HEADER = "X-ThucDia-Protocol"
API_PREFIX = "/api/v1"
MAX_BATCH_RECORDS = 500  # records per push batch; more is refused with 413
MAX_BODY_BYTES = 8 * 1024 * 1024  # any request body, JSON or attachment chunk
CHUNK_BYTES = 1024 * 1024  # a good attachment chunk on a poor link
CLOCK_SKEW = timedelta(minutes=10)  # a laptop clock ahead of the server's is not "future"
# Integers on the wire stay within what each side stores: record versions in PostgreSQL's
# INTEGER, sequences, sizes and amounts in a 64-bit integer (SQLite's, and BIGINT)
MAX_INT32 = 2**31 - 1
MAX_INT64 = 2**63 - 1
MAX_MONEY = 10**15  # đồng: a thousand trillion, far above any fine or value of goods

Outcome = Literal["applied", "duplicate", "conflict", "rejected"]


# --- field types built on app.validation ----------------------------------------------------


def _require(message: str | None) -> None:
    if message:
        raise ValueError(message)


def _not_future(value: Any) -> Any:
    _require(validate_not_future(value, datetime.now(VN_TZ) + CLOCK_SKEW))
    return value


def _quantity(value: object) -> Decimal:
    if isinstance(value, str):  # the wire writes Decimal("12.5") as "12.5", not as a person would
        try:
            value = Decimal(value)
        except ArithmeticError:
            _require("Số lượng phải là số.")
    q, message = parse_quantity(value)
    _require(message)
    return q  # type: ignore[return-value]


def _texts(model: BaseModel, out: list[str]) -> list[str]:
    """Every text of a record and of its rows, gathered in one walk of the fields' values."""
    for value in model.__dict__.values():
        if type(value) is str:
            out.append(value)
        elif type(value) is list:
            for item in value:
                if type(item) is str:
                    out.append(item)
                elif isinstance(item, BaseModel):
                    _texts(item, out)
        elif isinstance(value, BaseModel):
            _texts(value, out)
    return out


def refuse_unprintable(model: BaseModel, path: str = "") -> None:
    """Every text of a record that prints on a biên bản must print (app.validation). Runs on
    every pushed record: all of its text is first checked at once (one set comparison, the
    answer for nearly every record); the fields are walked one by one only when that fails,
    so that a refusal spells out the field's path."""
    if not path and all_plain_printable("".join(_texts(model, []))):
        return
    for name, value in model:
        many = isinstance(value, list)
        for i, item in enumerate(value if many else (value,)):
            if isinstance(item, str):
                if item and (message := validate_printable(item)):
                    raise ValueError(f"{path}{name}{f'.{i}' if many else ''}: {message}")
            elif isinstance(item, BaseModel):
                refuse_unprintable(item, f"{path}{name}{f'.{i}' if many else ''}.")


def _money(value: object) -> int | None:
    n, message = parse_money(value, required=True)
    _require(message)
    if n is not None and n > MAX_MONEY:
        raise ValueError("Số tiền vượt quá mức cho phép (1.000.000 tỷ đồng): hãy kiểm tra lại.")
    return n


# Characters that never belong in a record's text: C0 and C1 control characters (NUL
# first) but tab and line breaks, and the invisible bidirectional controls (U+061C, U+200E–
# U+200F, U+202A–U+202E, U+2066–U+2069), which reorder what a reader sees ("Trojan Source")
_HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def refuse_hidden(value: str) -> str:
    """``value`` unless it holds a control or bidirectional character (see ``_HIDDEN``)."""
    found = _HIDDEN.search(value)
    if found:
        raise ValueError(
            f"Có ký tự điều khiển không nhìn thấy (U+{ord(found.group()):04X}) trong nội dung: "
            "hãy xóa ký tự đó rồi nhập lại."
        )
    return value


def _clean_text(value: str) -> str:
    return nfc(refuse_hidden(value))


PLAIN = AfterValidator(refuse_hidden)
"""Marks a string field that refuses control and bidirectional characters (as Text does)."""


def _decimal_text(value: Decimal) -> str:
    return format(value.normalize(), "f")


Text = Annotated[str, StringConstraints(max_length=300), AfterValidator(_clean_text)]
LongText = Annotated[str, StringConstraints(max_length=20_000), AfterValidator(_clean_text)]
Code = Annotated[str, StringConstraints(max_length=20), PLAIN]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Fingerprint = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]
PastDate = Annotated[date, AfterValidator(_not_future)]
PastTime = Annotated[AwareDatetime, AfterValidator(_not_future)]
Quantity = Annotated[
    Decimal, BeforeValidator(_quantity), PlainSerializer(_decimal_text, return_type=str)
]
Money = Annotated[int, BeforeValidator(_money)]
Version = Annotated[int, Field(ge=1, le=MAX_INT32)]
FormSymbol = Literal[DOCUMENT_SYMBOLS]  # type: ignore[valid-type]
"""The ký hiệu of a numbered document the product knows (app.forms_numbered)."""
Count = Annotated[int, Field(ge=0, le=MAX_INT32)]  # positions, pages, copies, base versions
Sequence = Annotated[int, Field(ge=0, le=MAX_INT64)]  # the server's change numbers, byte sizes


class WireModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
