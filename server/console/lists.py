"""The choices of the case list's filters, from the catalogues the reports use
(app.statistics.catalog): goods categories, violation groups with their kinds, and the
words of a list opened from a report's figure."""

from __future__ import annotations

import uuid
from functools import cache

from app.statistics import catalog
from app.statistics.figures import BY_CODE
from server.console.cases import FigureCases


@cache
def goods() -> tuple[tuple[str, str], ...]:
    """(code, name) of every goods category, by name."""
    items = catalog._read("goods_categories")["items"]
    return tuple(sorted(((i["code"], i["name"]) for i in items), key=lambda x: x[1]))


@cache
def violation_groups() -> tuple[tuple[str, str], ...]:
    """("nhom:<group>", name) of each violation group followed by its kinds
    ("hanhvi:<subgroup>", "— name"), in the report's order."""
    out: list[tuple[str, str]] = []
    for code, name in catalog.groups():
        out.append((f"nhom:{code}", name))
        out += [(f"hanhvi:{s.code}", f"— {s.name}") for s in catalog.subgroups() if s.group == code]
    return tuple(out)


@cache
def violation_tags() -> frozenset[str]:
    return frozenset(code for code, _ in violation_groups())


def _value_words(dim: str, value: str, units: dict[uuid.UUID, str]) -> str:
    if dim == "unit_id":
        return units.get(uuid.UUID(value), "đơn vị khác")
    return {"force": catalog.force_name, "commune_code": catalog.commune_name,
            "goods_category": catalog.goods_name, "group": catalog.group_name,
            "subgroup": catalog.subgroup_name}[dim](value)


def drill_words(b: FigureCases, units: dict[uuid.UUID, str]) -> str:
    """"Số vụ xử lý vi phạm hành chính — Quý III năm 2026 — Đội QLTT số 1"."""
    parts = [BY_CODE[b.figure].label if b.figure else "Các vụ có số liệu", b.period.label]
    parts += [_value_words(dim, value, units) for dim, value in b.where]
    return " — ".join(parts)
