"""What every stage of a sync works with (app.sync.engine runs them; app.sync.uploads and
app.sync.numbers are stages of their own): the local database, the device's credentials,
the attachments folder, the cancel switch, and the report the stages fill in."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.errors import SyncError
from app.sync.credentials import Credentials

Progress = Callable[[str, int, int], None]  # (stage in words, done, total)


@dataclass(frozen=True)
class SyncContext:
    sessions: sessionmaker[Session]
    creds: Credentials
    attachments_dir: Path
    cancel: threading.Event

    def stop_if_cancelled(self) -> None:
        if self.cancel.is_set():
            raise SyncError("offline", "Đồng bộ đã dừng; sẽ tiếp tục lần sau.")


@dataclass
class SyncReport:
    pushed: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    pulled: int = 0
    pull_conflicts: int = 0
    parked: int = 0
    uploaded: int = 0
    uploaded_bytes: int = 0
    numbers_reported: int = 0
    blocks_leased: int = 0
    resynced: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        p = self.pushed
        if not (sum(p.values()) or self.pulled or self.uploaded or self.blocks_leased
                or self.numbers_reported or self.mismatched or self.pull_conflicts):
            return "không có gì mới"
        parts = [
            f"gửi {p['applied']} mới, {p['duplicate']} đã có",
            f"nhận {self.pulled}",
        ]
        if p["conflict"] or self.pull_conflicts:
            parts.append(f"{p['conflict'] + self.pull_conflicts} xung đột")
        if p["rejected"]:
            parts.append(f"{p['rejected']} bị từ chối")
        if self.uploaded:
            parts.append(f"{self.uploaded} tệp đính kèm")
        if self.blocks_leased:
            parts.append(f"{self.blocks_leased} dãy số mới")
        if self.mismatched:
            parts.append("số liệu chưa khớp: " + ", ".join(self.mismatched))
        return "; ".join(parts)
