"""The one place that scopes rows for the console (polar's ``get_readable_statement``).

Every list and every detail page starts from one of the ``readable_*`` statements below for
the signed-in :class:`Viewer`; a page never filters rows by role itself. A row a viewer's
statement does not return does not exist for that viewer: the detail pages answer 404.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Select, false, select

from server.console.models import CaseIndex
from server.console.roles import ALL, UNIT, Role, role
from server.errors import Forbidden
from server.models import Device, KeptConflict, SyncRecord, Unit


@dataclass(frozen=True)
class Viewer:
    """The signed-in staff member (the auth subject), plain data."""

    staff_id: uuid.UUID
    username: str
    full_name: str
    role_code: str
    unit_id: uuid.UUID | None
    address: str = ""
    csrf: str = ""
    force_code: str | None = None  # a member agency's force (role ``member``)

    @property
    def role(self) -> Role:
        return role(self.role_code)

    def can(self, verb: str) -> bool:
        return verb in self.role.verbs

    def require(self, verb: str) -> None:
        if not self.can(verb):
            raise Forbidden("Vai trò của bạn không được làm việc này.", f"Role lacks {verb}.")


def _by_unit(viewer: Viewer, column):
    scope = viewer.role.scope
    if scope == ALL:
        return None
    if scope == UNIT and viewer.unit_id is not None:
        return column == viewer.unit_id
    return false()


def _scoped(stmt: Select, viewer: Viewer, column) -> Select:
    clause = _by_unit(viewer, column)
    return stmt if clause is None else stmt.where(clause)


def readable_cases(viewer: Viewer) -> Select:
    viewer.require("cases.read")
    return _scoped(select(CaseIndex).where(CaseIndex.deleted.is_(False)), viewer,
                   CaseIndex.unit_id)


def readable_records(viewer: Viewer, entity: str, verb: str) -> Select:
    """Feed records of ``entity`` (case, issued_document, tip) the viewer may read."""
    viewer.require(verb)
    return _scoped(select(SyncRecord).where(SyncRecord.entity == entity), viewer,
                   SyncRecord.unit_id)


def readable_devices(viewer: Viewer) -> Select:
    viewer.require("devices.read")
    stmt = select(Device, Unit).join(Unit, Unit.id == Device.unit_id)
    return _scoped(stmt, viewer, Device.unit_id)


def readable_units(viewer: Viewer) -> Select:
    return _scoped(select(Unit).order_by(Unit.code), viewer, Unit.id)


def readable_conflicts(viewer: Viewer) -> Select:
    viewer.require("needs.read")
    stmt = (select(KeptConflict, Device.name, Unit.code)
            .join(Device, Device.id == KeptConflict.device_id)
            .join(Unit, Unit.id == Device.unit_id)
            .where(KeptConflict.resolved_at.is_(None)))
    return _scoped(stmt, viewer, Device.unit_id)


def unit_filter(viewer: Viewer) -> uuid.UUID | None:
    """The unit a UNIT-scoped viewer is bound to (for services that take a unit id)."""
    return viewer.unit_id if viewer.role.scope == UNIT else None


def report_units(viewer: Viewer) -> list[uuid.UUID] | None:
    """The units whose figures a viewer's reports count (None: every unit of the province;
    [] when the viewer's scope holds no unit)."""
    scope = viewer.role.scope
    if scope == ALL:
        return None
    if scope == UNIT and viewer.unit_id is not None:
        return [viewer.unit_id]
    return []


def member_forces(viewer: Viewer, forces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The member forces (code, name) whose figures a viewer enters and reads: a member
    agency its own force only, the BCĐ 389's standing office every one."""
    viewer.require("members.write")
    if viewer.role.needs_force:
        return [(code, name) for code, name in forces if code == viewer.force_code]
    return forces
