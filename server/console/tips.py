"""The hotline desk (tin báo, QĐ 195/QĐ-BCĐ389): enter a tip, assign it to a unit, follow
its deadline and the result the team sends back through sync.

The tip itself is a record of the feed (``server.admin.service``); how it came in is kept in
``tip_intake`` and who gave it in ``tip_informant``: neither ever enters a payload, so the
informant never leaves the server. Only the hotline role reads the informant, and each
reading is written to the audit log.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationFailed
from app.vntime import vn
from server.admin import service as admin
from server.console import audit
from server.console.models import TipIntake
from server.console.scope import Viewer, readable_records
from server.models import SyncRecord, TipInformant, Unit

CHANNELS = {"phone": "Điện thoại (đường dây nóng)", "email": "Thư điện tử",
            "letter": "Thư, đơn", "in_person": "Trực tiếp", "other": "Khác"}
STATUSES = {"new": "Mới tiếp nhận", "assigned": "Đã giao đội", "in_progress": "Đội đang xác minh",
            "done": "Đã có kết quả", "dismissed": "Không xử lý"}
INFORMANT_MODES = {"none": "Không cho biết", "named": "Có tên (giữ bí mật)",
                   "anonymous": "Ẩn danh"}


@dataclass
class TipView:
    id: uuid.UUID
    data: dict[str, Any]
    unit: Unit | None
    intake: TipIntake | None
    version: int

    @property
    def received_at(self) -> datetime:
        return datetime.fromisoformat(self.data["received_at"])

    @property
    def overdue(self) -> bool:
        return (self.intake is not None and self.data["status"] not in ("done", "dismissed")
                and self.intake.deadline < vn(datetime.now().astimezone()).date())


@dataclass(frozen=True)
class NewTip:
    channel: str
    received_at: datetime
    summary: str
    place_address: str = ""
    suspect: str = ""
    goods: str = ""
    informant_mode: str = "none"
    informant_name: str = ""
    informant_contact: str = ""
    deadline: date | None = None


def add(session: Session, viewer: Viewer, tip: NewTip) -> uuid.UUID:
    viewer.require("tips.write")
    errors = {}
    if tip.channel not in CHANNELS:
        errors["channel"] = "Chọn kênh tiếp nhận."
    if tip.informant_mode not in INFORMANT_MODES:
        errors["informant_mode"] = "Chọn cách ghi người cung cấp tin."
    if tip.informant_mode == "named" and not tip.informant_name.strip():
        errors["informant_name"] = "Ghi tên người cung cấp tin, hoặc chọn «Ẩn danh»."
    if tip.deadline is None:
        errors["deadline"] = "Ghi hạn xử lý."
    elif tip.deadline < vn(tip.received_at).date():
        errors["deadline"] = "Hạn xử lý không được trước ngày tiếp nhận."
    if not tip.summary.strip():
        errors["summary"] = "Ghi nội dung tin báo."
    if errors:
        raise ValidationFailed(errors)
    named = tip.informant_mode == "named"
    row = admin.add_tip(
        session, summary=tip.summary.strip(), received_at=tip.received_at,
        place_address=tip.place_address.strip(), suspect=tip.suspect.strip(),
        goods=tip.goods.strip(), informant_name=tip.informant_name.strip() if named else "",
        informant_contact=tip.informant_contact.strip() if named else "")
    assert tip.deadline is not None
    session.add(TipIntake(tip_id=row.id, channel=tip.channel, deadline=tip.deadline,
                          anonymous=tip.informant_mode == "anonymous",
                          received_by=viewer.username))
    audit.record(session, viewer, "tip_added", target_id=row.id, detail=tip.summary[:80])
    return row.id


def assign(session: Session, viewer: Viewer, tip_id: uuid.UUID, unit_code: str) -> None:
    viewer.require("tips.assign")
    one(session, viewer, tip_id)  # in scope
    admin.assign_tip(session, tip_id, unit_code)
    audit.record(session, viewer, "tip_assigned", target_id=tip_id, detail=unit_code)


def _view(session: Session, row: SyncRecord) -> TipView:
    unit = session.get(Unit, row.unit_id) if row.unit_id else None
    return TipView(row.id, json.loads(row.payload), unit, session.get(TipIntake, row.id),
                   row.version)


def listing(session: Session, viewer: Viewer, status: str = "", limit: int = 200) -> list[TipView]:
    stmt = readable_records(viewer, "tip", "tips.read")
    if status:
        stmt = stmt.where(SyncRecord.status == status)
    rows = session.scalars(stmt.order_by(SyncRecord.created_at.desc()).limit(limit))
    return [_view(session, r) for r in rows]


def one(session: Session, viewer: Viewer, tip_id: uuid.UUID) -> TipView:
    row = session.scalar(readable_records(viewer, "tip", "tips.read")
                         .where(SyncRecord.id == tip_id))
    if row is None:
        raise NotFound("Không có tin báo này trong phạm vi của bạn.")
    return _view(session, row)


def reveal_informant(session: Session, viewer: Viewer, tip_id: uuid.UUID,
                     reason: str) -> TipInformant | None:
    viewer.require("informant.read")
    if len(reason.strip()) < 5:
        raise ValidationFailed({"ly_do": "Hãy ghi lý do xem (ít nhất 5 ký tự)."})
    one(session, viewer, tip_id)
    audit.record(session, viewer, "view_informant", target_id=tip_id,
                 detail="Người cung cấp tin", reason=reason.strip())
    return session.scalar(select(TipInformant).where(TipInformant.tip_id == tip_id))
