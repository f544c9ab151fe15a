"""Tips as the provincial server delivers them: assigned to the demo unit, already confirmed
by the server (so any local change makes them pending). Names and places are invented."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from app.db import unit_of_work
from app.models import Commune, Tip, Unit
from app.services.settings import current_unit
from app.sync import outbox

TIPS = (
    ("new", "Xe tải biển 12C nghi chở thuốc lá điếu nhập lậu qua đường mòn Khuổi Khỉn vào ban đêm, "
            "tập kết tại kho sau nhà dân trước khi đưa về xuôi.",
     "Kho sau nhà số 14, thôn Nà Lừa", "Lò Văn Khải (chủ kho)", "Thuốc lá điếu Esse, Jet"),
    ("assigned", "Cửa hàng bán mỹ phẩm không rõ nguồn gốc, nhãn toàn chữ nước ngoài.",
     "Ki-ốt 27 chợ Đông Kinh", "Hộ kinh doanh Hà Thị Nguyệt", "Kem dưỡng da, son môi"),
    ("in_progress", "Cơ sở sang chiết phân bón giả nhãn hiệu.",
     "Xưởng cuối ngõ 5, khối 3", "Công ty TNHH Nông Phát Lạng Sơn", "Phân bón NPK"),
)


def add_tips(db, *, server_version: int = 3) -> list[uuid.UUID]:
    """Three tips of the demo unit (newest first in TIPS order) and one of another team."""
    now = datetime.now(UTC).replace(microsecond=0)
    ids: list[uuid.UUID] = []
    with unit_of_work(db.sessions) as s:
        unit = current_unit(s)
        commune = s.scalars(select(Commune).where(Commune.province_code == "20").order_by(Commune.code)).first()
        other = Unit(name="Đội Quản lý thị trường số 5", province_code="20", agency_code="20", team_code="05")
        s.add(other)
        s.flush()
        for i, (status, summary, place, suspect, goods) in enumerate(TIPS):
            tip = Tip(unit_id=unit.id, received_at=now - timedelta(days=i, hours=2), summary=summary,
                      place_address=place, commune_code=commune.code if commune and i == 0 else None,
                      suspect=suspect, goods=goods, status=status, version=server_version)
            s.add(tip)
            s.flush()
            outbox.confirm(s, tip.id, "tip", server_version)
            ids.append(tip.id)
        foreign = Tip(unit_id=other.id, received_at=now, summary="Tin báo của đội khác", status="assigned",
                      version=1)
        s.add(foreign)
        s.flush()
        outbox.confirm(s, foreign.id, "tip", 1)
    return ids
