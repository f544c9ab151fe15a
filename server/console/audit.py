"""The console's audit log: who did or saw what, when and why."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.console.models import AuditEntry
from server.console.scope import Viewer

PAGE = 200


def record(session: Session, viewer: Viewer | None, action: str, *,
           target_id: uuid.UUID | None = None, detail: str = "", reason: str = "") -> None:
    session.add(AuditEntry(
        staff_id=viewer.staff_id if viewer else None,
        username=viewer.username if viewer else "",
        action=action, target_id=target_id, detail=detail, reason=reason,
        address=viewer.address if viewer else "",
    ))
    session.flush()


def entries(session: Session, *, target_id: uuid.UUID | None = None,
            before: datetime | None = None, limit: int = PAGE) -> list[AuditEntry]:
    """Newest first; ``before`` pages on (the ``at`` of the last entry shown)."""
    stmt = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if target_id is not None:
        stmt = stmt.where(AuditEntry.target_id == target_id)
    if before is not None:
        stmt = stmt.where(AuditEntry.at < before)
    return list(session.scalars(stmt))


ACTIONS = {
    "sign_in": "Đăng nhập",
    "sign_out": "Đăng xuất",
    "totp_enrolled": "Bật xác thực hai bước",
    "view_id_number": "Xem số giấy tờ của đối tượng",
    "view_informant": "Xem người cung cấp tin",
    "view_document": "Mở biên bản (PDF)",
    "tip_added": "Ghi tin báo",
    "tip_assigned": "Giao tin báo",
    "enrol_code": "Tạo mã đăng ký máy",
    "device_revoked": "Thu hồi máy",
    "catalog_imported": "Nhập danh mục",
    "staff_created": "Tạo tài khoản",
    "staff_password": "Đặt lại mật khẩu",
    "staff_disabled": "Khóa tài khoản",
    "outcome_recorded": "Ghi bước xử lý vụ việc",
    "outcome_voided": "Hủy bản ghi xử lý vụ việc",
    "report_submitted": "Gửi báo cáo",
    "member_figures": "Nhận số liệu lực lượng thành viên",
}
