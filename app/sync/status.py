"""What the status indicator and ``python -m app sync --status`` tell: one read, Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import ParkedChange
from app.services.settings import get_setting
from app.sync import credentials, outbox
from app.sync.engine import LAST_ERROR, LAST_SUCCESS, REVOKED


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str = ""
    unit_name: str = ""
    pending: int = 0
    conflicts: int = 0
    rejected: int = 0
    parked: int = 0
    last_success: datetime | None = None
    error_kind: str = ""
    error: str = ""
    revoked: bool = False

    @property
    def needs_attention(self) -> int:
        return self.conflicts + self.rejected

    def synced_ago(self, now: datetime | None = None) -> str:
        if self.last_success is None:
            return "chưa đồng bộ lần nào"
        minutes = int(((now or datetime.now(UTC)) - self.last_success).total_seconds() // 60)
        if minutes < 1:
            return "vừa đồng bộ"
        if minutes < 60:
            return f"đồng bộ {minutes} phút trước"
        if minutes < 48 * 60:
            return f"đồng bộ {minutes // 60} giờ trước"
        return f"đồng bộ {minutes // (24 * 60)} ngày trước"

    def headline(self, now: datetime | None = None) -> str:
        """One line in Vietnamese: the state a user must know first."""
        if not self.enrolled:
            return "Chưa đăng ký với máy chủ Chi cục"
        if self.revoked:
            return "Máy đã bị thu hồi quyền đồng bộ — dữ liệu trên máy vẫn được giữ"
        parts = [self.synced_ago(now).capitalize()]
        parts.append(f"{self.pending} bản ghi chờ gửi" if self.pending else "không còn gì chờ gửi")
        if self.needs_attention:
            parts.append(f"{self.needs_attention} cần xử lý")
        return " · ".join(parts)


def read_status(session: Session) -> SyncStatus:
    creds = credentials.load(session)
    if creds is None:
        return SyncStatus(enrolled=False, pending=0)
    conflicts, rejected = outbox.problem_counts(session)
    last = get_setting(session, LAST_SUCCESS)
    error = get_setting(session, LAST_ERROR) or ""
    kind, _, message = error.partition(":")
    parked = session.scalar(select(func.count()).select_from(ParkedChange)) or 0
    return SyncStatus(
        enrolled=True,
        server_url=creds.server_url,
        unit_name=creds.unit_name,
        pending=outbox.pending_count(session, creds.device_id),
        conflicts=conflicts,
        rejected=rejected,
        parked=int(parked),
        last_success=datetime.fromisoformat(last) if last else None,
        error_kind=kind,
        error=message,
        revoked=bool(get_setting(session, REVOKED)),
    )
