"""Roles of the console as named sets of verbs (ODK Central's way) and a row scope each.

A verb is what a page or a form needs (``cases.read``, ``tips.write``…); the scope says which
rows: ``all`` units, the staff member's own ``unit``, or ``none`` (no case or tip rows at
all). :mod:`server.console.scope` is the one place that turns these into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass

ALL, UNIT, NONE = "all", "unit", "none"


@dataclass(frozen=True)
class Role:
    code: str
    label: str
    verbs: frozenset[str]
    scope: str
    needs_unit: bool = False
    needs_totp: bool = False


def _role(code: str, label: str, verbs: str, scope: str, **kw: bool) -> Role:
    return Role(code, label, frozenset(verbs.split()), scope, **kw)


ROLES: dict[str, Role] = {
    r.code: r
    for r in (
        _role("admin", "Quản trị", "staff.manage devices.read devices.manage catalogs.read "
              "catalogs.manage audit.read needs.read", ALL, needs_totp=True),
        _role("leader", "Lãnh đạo Chi cục", "cases.read cases.decide personal.read tips.read "
              "devices.read needs.read audit.read catalogs.read", ALL),
        _role("team_lead", "Đội trưởng", "cases.read cases.decide personal.read tips.read "
              "devices.read needs.read", UNIT, needs_unit=True),
        _role("team_officer", "Cán bộ đội", "cases.read personal.read tips.read", UNIT,
              needs_unit=True),
        _role("bcd389", "Văn phòng thường trực BCĐ 389", "cases.read tips.read", ALL),
        _role("hotline", "Cán bộ tiếp nhận tin báo", "tips.read tips.write tips.assign "
              "informant.read", ALL),
        _role("member", "Cơ quan thành viên", "", NONE),
        _role("viewer", "Chỉ xem", "cases.read tips.read catalogs.read", ALL),
    )
}


def role(code: str) -> Role:
    return ROLES[code]
