"""Canonical JSON for frozen snapshot dataclasses, and the NFC/tz normalisation they share.

The JSON is canonical (sorted keys, no whitespace, UTF-8 kept as is) so that its SHA-256 is a
stable fingerprint of the content: the QR code on every printed page carries that hash.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
import unicodedata
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


class Record:
    """Base of the snapshot dataclasses: strings NFC, sequences tuples, datetimes aware UTC."""

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            fixed = _normalise(value)
            if fixed is not value:
                object.__setattr__(self, f.name, fixed)


def _normalise(value: Any) -> Any:
    if isinstance(value, str):
        out = unicodedata.normalize("NFC", value)
        return value if out == value else out
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value if value.tzinfo is UTC else value.astimezone(UTC)
    if isinstance(value, list | tuple):
        return tuple(_normalise(v) for v in value)
    return value


# Field metadata: a field added after documents were issued is left out of the JSON while it
# is None, so the snapshots (and fingerprints) of the documents that never use it stay as
# they were.
OMIT_IF_NONE = {"omit_if_none": True}


@cache
def _field_names(cls: type) -> tuple[tuple[str, bool], ...]:
    return tuple((f.name, bool(f.metadata.get("omit_if_none"))) for f in dataclasses.fields(cls))


def to_plain(obj: Any) -> Any:
    """Dataclasses → dicts, dates → ISO text, Decimals → text. Tuples → lists."""
    if obj is None or isinstance(obj, str | int | float):
        return obj
    if isinstance(obj, Record):
        out = {}
        for name, omit in _field_names(type(obj)):
            value = getattr(obj, name)
            if value is not None or not omit:
                out[name] = to_plain(value)
        return out
    if isinstance(obj, datetime):
        return obj.astimezone(UTC).isoformat()
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, Decimal):
        return format(obj, "f")
    if isinstance(obj, tuple | list):
        return [to_plain(v) for v in obj]
    return obj


def dumps(obj: Any) -> str:
    """Canonical JSON text of a snapshot dataclass."""
    return json.dumps(to_plain(obj), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_plain(tp: Any, value: Any) -> Any:
    """Rebuild a value of type ``tp`` (a snapshot annotation) from its plain JSON form."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return from_plain(inner, value)
    if origin is tuple:
        inner = typing.get_args(tp)[0]
        return tuple(from_plain(inner, v) for v in value)
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)  # type: ignore[arg-type]
        kwargs = {
            f.name: from_plain(hints[f.name], value[f.name])
            for f in dataclasses.fields(tp)
            if f.name in value
        }
        return tp(**kwargs)
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is date:
        return date.fromisoformat(value)
    if tp is Decimal:
        return Decimal(value)
    if tp is bool:
        return bool(value)
    if tp is int:
        return int(value)
    return value


def loads(cls: type[T], text: str) -> T:
    return from_plain(cls, json.loads(text))  # type: ignore[no-any-return]
