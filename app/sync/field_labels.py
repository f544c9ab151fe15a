"""Vietnamese labels for the wire fields a person sees in a conflict or a refusal.

The words are each record kind's own (app.sync.wire.kinds, app.sync.wire.labels); Qt-free
so the conflicts view, the command line and tests share them. A field path
from the server ("subject.id_number", "seizures.0.items.3.quantity") reads as
"Đối tượng › Số định danh" and "Tạm giữ (dòng 1) › Tang vật (dòng 4) › Số lượng". A field
without a label keeps its wire name: nothing is hidden from the user.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from app.sync import wire
from app.sync.wire import labels
from app.sync.wire.kinds import find as find_kind
from app.vntime import vn

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")



def _merged() -> dict[str, str]:
    """Every kind's words for its fields in one table, for a path without its kind: the
    kinds a person pushes first (their words win a name two kinds share), then the rest."""
    out = dict(labels.COMMON)
    for k in (*wire.pushable(), *wire.kinds()):
        for name, word in k.labels.items():
            out.setdefault(name, word)
    return out


def _values() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for k in wire.kinds():
        for name, words in k.values.items():
            out.setdefault(name, {}).update(words)
    return out


def field_label(path: str, entity: str | None = None) -> str:
    """A wire field or dotted path as Vietnamese words, in the words of ``entity``'s kind
    when given (app.sync.wire.kinds); unknown names are kept as they are."""
    if not path:
        return ""
    kind = find_kind(entity) if entity else None
    words = _merged() if kind is None else {**_merged(), **labels.COMMON, **kind.labels}
    parts: list[str] = []
    for segment in path.split("."):
        if segment.isdigit() and parts:
            parts[-1] = f"{parts[-1]} (dòng {int(segment) + 1})"
        else:
            parts.append(words.get(segment, segment))
    return " › ".join(parts)


def value_text(field: str, value: str) -> str:
    """A coded value ("finalised", "organisation") in words for the field it belongs to;
    ISO dates as dd/mm/yyyy and timestamps in Vietnam time."""
    if ISO_TIME.match(value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        return f"{vn(moment):%d/%m/%Y %H:%M}" if moment.tzinfo else f"{moment:%d/%m/%Y %H:%M}"
    if ISO_DATE.match(value):
        try:
            return f"{date.fromisoformat(value):%d/%m/%Y}"
        except ValueError:
            return value
    return _values().get(field.rsplit(".", 1)[-1], {}).get(value, value)
