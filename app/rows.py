"""Plain values that cross from the database thread to the UI (no SQLAlchemy here).

Kept in a module of their own so the window can import them before the ORM is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: uuid costs ~5 ms at start-up
    import uuid
    from datetime import datetime


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list."""

    id: uuid.UUID
    local_no: int
    started_at: datetime | None
    status: str
    subject_name: str
    place: str
    commune_name: str
    violation_count: int
    seized_value: int


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    started_from: datetime | None = None
    started_to: datetime | None = None
    commune_code: str | None = None


@dataclass(frozen=True)
class Choice:
    code: str
    label: str
    hint: str = ""  # extra words matched by type-ahead (folded)


@dataclass(frozen=True)
class ActChoice(Choice):
    fine_min: int = 0
    fine_max: int = 0
    org_multiplier: int = 2
    violation_kind: str = ""


@dataclass(frozen=True)
class OfficerChoice(Choice):
    """An officer of this laptop's unit, offered when the team is made up."""

    position: str = ""
    badge_no: str = ""

    @property
    def detail(self) -> str:
        return ", ".join(p for p in (self.position, self.badge_no) if p)


@dataclass(frozen=True)
class Catalogs:
    provinces: list[Choice] = field(default_factory=list)
    communes: list[Choice] = field(default_factory=list)
    goods_categories: list[Choice] = field(default_factory=list)
    prohibited_categories: frozenset[str] = frozenset()
    violation_kinds: list[Choice] = field(default_factory=list)
    legal_acts: list[ActChoice] = field(default_factory=list)
    measure_units: list[Choice] = field(default_factory=list)
    forces: list[Choice] = field(default_factory=list)
    nationalities: list[Choice] = field(default_factory=list)
    officer_titles: dict[str, int] = field(default_factory=dict)  # code → share of the field's maximum fine (%)
    officers: list[OfficerChoice] = field(default_factory=list)

    def officer(self, code: str) -> OfficerChoice | None:
        return next((o for o in self.officers if o.code == code), None)

    def act(self, code: str) -> ActChoice | None:
        return next((a for a in self.legal_acts if a.code == code), None)

    def commune_label(self, code: str) -> str:
        return next((c.label for c in self.communes if c.code == code), "")
