"""A case edited on both sides at the same version: the conflicts view shows each field
that differs (rows of its lists included) and merges the inspector's choice per field
into a new version that the next sync carries."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.models import Case, SyncConflict, SyncState
from app.models.sync_state import CONFLICT
from app.services.cases import get_case_entry, save_case
from app.sync import outbound, outbox
from app.ui.sync.conflicts_dialog import ConflictsDialog
from tests.ui.test_main_window import click_button, message_box

SERVER_PLACE = "Kho hàng số 5, thôn Nà Lừa"
SERVER_GOODS_NOTE = "Niêm phong tại chỗ"


@pytest.fixture
def same_version_conflict(demo_db, actor):
    """Pushed at version 2 while the server also reached version 2 with other edits."""
    with unit_of_work(demo_db.sessions) as s:
        case = save_case(s, sample_case_entry(s), actor)
        form = get_case_entry(s, case.id)
        form.goods[0].quantity = "480"  # the inspector recounted
        case = save_case(s, form, actor)
        local = outbound.case_payloads(s, [case.id])[case.id]
        server = copy.deepcopy(local)
        server["place_address"] = SERVER_PLACE
        server["goods"][0]["quantity"] = "500"
        server["goods"][0]["note"] = SERVER_GOODS_NOTE
        outbox.keep_conflict(s, entity="case", record_id=case.id, title=outbox.title_of("case", case),
                             local_version=case.version, local_payload=local,
                             server_version=case.version, server_payload=server,
                             reason="Bản ghi đã được sửa trên máy chủ.", detected_on="push")
        outbox.mark_failed(s, case.id, "case", case.version, CONFLICT, "", "Xung đột với bản trên máy chủ.")
        return {"case": case.id, "version": case.version, "local_place": local["place_address"],
                "goods_name": local["goods"][0]["name"], "local_note": local["goods"][0]["note"]}


def test_merge_a_case_field_by_field(qtbot, tasks, demo_db, same_version_conflict):
    facts = same_version_conflict
    dialog = ConflictsDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.conflict_list.rowCount() == 1, timeout=30000)
    dialog.conflict_list.selectRow(0)
    table = dialog.fields
    shown = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
             for r in range(table.rowCount())}
    assert shown == {
        "Địa điểm": (facts["local_place"], SERVER_PLACE),
        "Hàng hóa (dòng 1) › Số lượng": ("480", "500"),
        "Hàng hóa (dòng 1) › Ghi chú": (facts["local_note"] or "—", SERVER_GOODS_NOTE),
    }
    assert "phiên bản máy này: 2, phiên bản máy chủ: 2 · 3 nội dung khác nhau" in dialog.heading.text()
    assert dialog.merge_button.isVisible() and dialog.merge_button.isEnabled()

    # this laptop's recount, the server's address; the goods' lines move together
    quantity = table.combo_for("goods.0.quantity")
    note = table.combo_for("goods.0.note")
    assert quantity.currentText() == "Máy chủ"
    assert table.columnWidth(3) >= quantity.sizeHint().width()  # the choice is read whole
    quantity.setCurrentIndex(quantity.findData("local"))
    assert note.currentText() == "Máy này"  # one list, one choice
    assert table.combo_for("place_address").currentText() == "Máy chủ"

    with qtbot.waitSignal(dialog.resolved, timeout=30000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        box = message_box(qtbot, "resolve_confirm")
        assert "lấy từ máy này: Hàng hóa" in box.text() and box.defaultButton().text() == "Quay lại"
        click_button(qtbot, box, "Ghép")
    qtbot.waitUntil(lambda: dialog.conflict_list.rowCount() == 0, timeout=30000)

    with unit_of_work(demo_db.sessions) as s:
        merged = get_case_entry(s, facts["case"])
        assert merged.place_address == SERVER_PLACE
        assert merged.goods[0].name == facts["goods_name"] and merged.goods[0].quantity == "480"
        assert merged.goods[0].note == facts["local_note"]
        ins = s.get(Case, facts["case"])
        assert ins.version == facts["version"] + 1  # a new version on top of the server's
        state = s.get(SyncState, ins.id)
        assert state.server_version == facts["version"] and outbox.is_pending(ins, state)
        row = s.query(SyncConflict).filter_by(record_id=ins.id).one()
        assert row.resolution == "merged" and row.resolved_by == "Hoàng Văn Thắng"
