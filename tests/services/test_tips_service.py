"""Tips service on a real SQLite file: list, follow up (versioned, audited, pending for
sync), validation, and a case opened from a tip."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from app.db import unit_of_work
from app.errors import NotFound, ValidationFailed
from app.models import AuditEvent, SyncState, Tip
from app.services.cases import save_case
from app.services.settings import ensure_device_id
from app.services.tips import case_entry_from_tip, link_case, list_tips, tip_ref, update_tip
from app.sync import outbox
from tests.tip_data import add_tips


def _pending(db) -> int:
    with unit_of_work(db.sessions) as s:
        return outbox.pending_count(s, ensure_device_id(s))


def test_lists_this_units_tips_newest_first(demo_db):
    ids = add_tips(demo_db)
    with unit_of_work(demo_db.sessions) as s:
        rows = list_tips(s)
    assert [r.id for r in rows] == ids  # the other team's tip is not shown
    first = rows[0]
    assert first.ref == tip_ref(ids[0]) == f"TB-{ids[0].hex[:8].upper()}"
    assert first.suspect == "Lò Văn Khải (chủ kho)" and first.place_address == "Kho sau nhà số 14, thôn Nà Lừa"
    assert [r.unread for r in rows] == [True, True, False]
    assert [r.status for r in rows] == ["new", "assigned", "in_progress"]
    assert first.case_id is None and first.case_title == "" and first.version == 3


def test_update_bumps_version_audits_and_waits_for_sync(demo_db, actor):
    ids = add_tips(demo_db)
    assert _pending(demo_db) == 0
    with unit_of_work(demo_db.sessions) as s:
        row = update_tip(s, ids[0], "done", "  Đã kiểm tra kho, lập biên bản tạm giữ  ", None, actor)
    assert row.status == "done" and row.note == "Đã kiểm tra kho, lập biên bản tạm giữ" and not row.unread
    with unit_of_work(demo_db.sessions) as s:
        tip = s.get(Tip, ids[0])
        state = s.get(SyncState, ids[0])
        assert (tip.version, tip.status, state.server_version) == (4, "done", 3)  # pushed on base 3
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity_id == str(ids[0]))).one()
        assert (event.action, event.detail, event.actor) == ("tip_update", "new → done", actor.officer_name)
    assert _pending(demo_db) == 1

    with unit_of_work(demo_db.sessions) as s:  # the same values again: nothing to write or send
        update_tip(s, ids[0], "done", "Đã kiểm tra kho, lập biên bản tạm giữ", None, actor)
        assert s.get(Tip, ids[0]).version == 4
        assert len(s.scalars(select(AuditEvent).where(AuditEvent.entity_id == str(ids[0]))).all()) == 1


def test_invalid_follow_up_is_refused_and_nothing_changes(demo_db, actor):
    ids = add_tips(demo_db)
    with unit_of_work(demo_db.sessions) as s:
        with pytest.raises(ValidationFailed) as err:
            update_tip(s, ids[1], "closed", "", None, actor)
        assert err.value.errors == {"status": "Trạng thái tin báo không hợp lệ: closed."}
        with pytest.raises(ValidationFailed) as err:
            update_tip(s, ids[1], "dismissed", "   ", uuid.uuid4(), actor)
        assert err.value.errors == {"note": "Ghi lý do không xử lý tin báo.",
                                    "case_id": "Không tìm thấy vụ việc để liên kết với tin báo."}
        with pytest.raises(NotFound):
            update_tip(s, uuid.uuid4(), "done", "", None, actor)
        assert (s.get(Tip, ids[1]).status, s.get(Tip, ids[1]).version) == ("assigned", 3)
    assert _pending(demo_db) == 0


def test_case_from_a_tip_is_prefilled_and_linked(demo_db, actor):
    ids = add_tips(demo_db)
    with unit_of_work(demo_db.sessions) as s:
        form = case_entry_from_tip(s, ids[0])
        tip = s.get(Tip, ids[0])
        assert form.basis_kind == "surprise" and form.tip_ref == tip_ref(ids[0])
        assert form.surprise_ground.startswith(f"Tin báo số {tip_ref(ids[0])} nhận ngày ")
        assert "Xe tải biển 12C nghi chở thuốc lá" in form.surprise_ground
        assert form.surprise_ground.endswith("(đối tượng nghi vấn: Lò Văn Khải (chủ kho); "
                                             "hàng hóa: Thuốc lá điếu Esse, Jet)")
        assert form.place_address == "Kho sau nhà số 14, thôn Nà Lừa"
        assert form.commune_code == tip.commune_code and form.commune_code
        assert form.members and form.members[0].is_leader  # the officer signed in leads
        case = save_case(s, form, actor)
        row = link_case(s, ids[0], case.id, actor)
    assert (row.status, row.case_id, row.case_title) == ("in_progress", case.id, "Vụ số 1")
    with unit_of_work(demo_db.sessions) as s:
        again = link_case(s, ids[0], case.id, actor)  # saving the case again changes nothing
        assert again.version == row.version == 4
        done = update_tip(s, ids[0], "done", "Đã lập biên bản", None, actor)
        assert done.case_id == case.id  # None keeps the linked case
