"""Plain values that cross from the database thread to the UI (no SQLAlchemy here).

Kept in a module of their own so the window can import them before the ORM is loaded.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
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
