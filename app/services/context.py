"""Who is acting: the officer at the keyboard on this device."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    officer_name: str
    device_id: str
