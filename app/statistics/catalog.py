"""The catalogue data a report needs, read from resources/catalogs (the same files on the
laptop and the server): the report's violation groups and subgroups
(``report_groups.json``: which violation kinds each gathers), the legal acts' violation kind
(a violation recorded by its act only), and the names of goods categories, communes and
forces."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.paths import resources_dir

OTHER_SUBGROUP = "gltm_khac"  # a violation kind no subgroup names
NO_VIOLATION = ""  # the group key of a case without a violation


def _read(name: str) -> dict[str, Any]:
    path = resources_dir() / "catalogs" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Subgroup:
    code: str
    name: str
    group: str
    group_name: str
    violation_kinds: tuple[str, ...]


@cache
def subgroups() -> tuple[Subgroup, ...]:
    """The report's columns of violations, in the order the catalogue lists them."""
    return tuple(Subgroup(i["code"], i["name"], i["group"], i["group_name"],
                          tuple(i["violation_kinds"])) for i in _read("report_groups")["items"])


@cache
def groups() -> tuple[tuple[str, str], ...]:
    """(code, name) of each violation group, in order."""
    seen: dict[str, str] = {}
    for s in subgroups():
        seen.setdefault(s.group, s.group_name)
    return tuple(seen.items())


@cache
def subgroup_of_kind() -> dict[str, str]:
    """violation kind → subgroup code."""
    return {kind: s.code for s in subgroups() for kind in s.violation_kinds}


@cache
def group_of_subgroup() -> dict[str, str]:
    return {s.code: s.group for s in subgroups()}


@cache
def subgroup_for(kind: str) -> str:
    if not kind:
        return NO_VIOLATION
    return subgroup_of_kind().get(kind, OTHER_SUBGROUP)


@cache
def group_for(kind: str) -> str:
    return group_of_subgroup().get(subgroup_for(kind), NO_VIOLATION)


@cache
def act_kinds() -> dict[str, str]:
    """legal act code → its violation kind."""
    return {i["code"]: i.get("violation_kind") or "" for i in _read("legal_acts")["items"]}


@cache
def _names(catalog: str) -> dict[str, str]:
    return {i["code"]: i["name"] for i in _read(catalog)["items"]}


def goods_name(code: str) -> str:
    return _names("goods_categories").get(code, code) if code else "Không xác định mặt hàng"


def commune_name(code: str) -> str:
    return _names("communes").get(code, code) if code else "Không xác định địa bàn"


def force_name(code: str) -> str:
    return _names("forces").get(code, code)


@cache
def forces() -> tuple[tuple[str, str], ...]:
    return tuple(_names("forces").items())


def subgroup_name(code: str) -> str:
    for s in subgroups():
        if s.code == code:
            return s.name
    return "Không phát hiện vi phạm"


def group_name(code: str) -> str:
    return dict(groups()).get(code, "Không phát hiện vi phạm")
