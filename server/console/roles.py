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
    needs_force: bool = False  # a member agency's account names its force


def _role(code: str, label: str, verbs: str, scope: str, **kw: bool) -> Role:
    return Role(code, label, frozenset(verbs.split()), scope, **kw)


ROLES: dict[str, Role] = {
    r.code: r
    for r in (
        _role("admin", "Quản trị", "staff.manage devices.read devices.manage catalogs.read "
              "catalogs.manage audit.read needs.read", ALL, needs_totp=True),
        _role("leader", "Lãnh đạo Chi cục", "cases.read cases.decide outcome.write "
              "personal.read tips.read devices.read needs.read audit.read catalogs.read "
              "reports.read reports.submit members.read", ALL),
        _role("team_lead", "Đội trưởng", "cases.read cases.decide outcome.write personal.read "
              "tips.read devices.read needs.read reports.read reports.submit", UNIT,
              needs_unit=True),
        _role("team_officer", "Cán bộ đội", "cases.read outcome.write personal.read tips.read "
              "reports.read", UNIT, needs_unit=True),
        _role("bcd389", "Văn phòng thường trực BCĐ 389", "cases.read tips.read reports.read "
              "reports.submit members.read members.write", ALL),
        _role("hotline", "Cán bộ tiếp nhận tin báo", "tips.read tips.write tips.assign "
              "informant.read", ALL),
        _role("member", "Cơ quan thành viên", "members.write", NONE, needs_force=True),
        _role("viewer", "Chỉ xem", "cases.read tips.read catalogs.read reports.read", ALL),
    )
}
"""Who records the follow-through in the console (``outcome.write``): the Chi cục's leaders
for every unit, the team leaders and officers for their own unit's cases, as they do on
the team's laptops; closing or reopening a file and voiding a record also need
``cases.decide`` (leaders and team leaders). Reports: the standing office of the BCĐ 389,
the leaders and the viewers see the province, a team its own unit; the standing office,
the leaders and the team leaders submit (freeze) them. A member agency (``member``)
enters its own force's figures only (``members.write`` bound to its ``force_code``); the
standing office enters them for any force (figures received on paper)."""


def role(code: str) -> Role:
    return ROLES[code]
