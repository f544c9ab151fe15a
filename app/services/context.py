"""Who is acting: the officer signed in on this device, for their unit."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    officer_name: str
    device_id: str
    unit_id: uuid.UUID | None = None  # None: the unit set up on this laptop (app.services.case_write)
