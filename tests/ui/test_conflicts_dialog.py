"""The "Dữ liệu cần xử lý" dialog over conflicts and refusals kept the way sync keeps them
(app.sync.outbox.keep_conflict / mark_failed) for a real subject and real cases."""

from __future__ import annotations

import base64
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.models import Case, Subject, SyncConflict, SyncState
from app.models.sync_state import CONFLICT, REJECTED
from app.services.case_entry import CaseEntry
from app.services.cases import save_case
from app.services.settings import ensure_device_id
from app.sync import codec, outbound, outbox
from app.sync.credentials import Credentials
from app.ui.sync.conflicts_dialog import ConflictsDialog
from tests.tip_data import add_tips
from tests.ui.test_main_window import click_button, close_window, message_box, open_window

SERVER_ADDRESS = "Số 8 đường Bắc Sơn, phường Đông Kinh, tỉnh Lạng Sơn"
SERVER_CONTENTS = "Đoàn kiểm tra đã niêm phong toàn bộ hàng hóa trên xe"
PULL_REASON = "Bản ghi đã được sửa trên máy chủ trong khi máy này cũng có thay đổi chưa gửi."
FINAL_REASON = "Vụ việc đã được hoàn tất trên máy chủ, không nhận thay đổi."
ID_REASON = "Số định danh cá nhân phải có đủ 12 chữ số (đang có 10)."
TIP_REASON = "Tin báo đã được Chi cục đóng, không nhận thay đổi trạng thái."


def build_problems(db, actor) -> dict:
    """A subject edited on both sides, a case finalised on the server, two refused records."""
    tip_id = add_tips(db)[0]
    with unit_of_work(db.sessions) as s:
        case = save_case(s, sample_case_entry(s), actor)
        refused = save_case(s, CaseEntry(place_address="Chợ cửa khẩu Tân Thanh"), actor)
        subject = case.subject
        local = codec.subject_payload(subject)
        server = dict(local, address=SERVER_ADDRESS, phone="0912000555")
        outbox.keep_conflict(s, entity="subject", record_id=subject.id, title=f"Đối tượng {subject.name}",
                             local_version=subject.version, local_payload=local,
                             server_version=subject.version + 2, server_payload=server,
                             reason=PULL_REASON, detected_on="pull")
        outbox.mark_failed(s, subject.id, "subject", subject.version, CONFLICT, "", "Xung đột với bản trên máy chủ.")
        local_case = outbound.case_payloads(s, [case.id])[case.id]
        server_case = dict(local_case, status="finalised", contents=SERVER_CONTENTS,
                           finalised_at=local_case["ended_at"], finalised_by="Hoàng Văn Thắng")
        outbox.keep_conflict(s, entity="case", record_id=case.id, title=outbox.title_of("case", case),
                             local_version=case.version, local_payload=local_case,
                             server_version=case.version + 1, server_payload=server_case,
                             reason=FINAL_REASON, detected_on="push")
        outbox.mark_failed(s, case.id, "case", case.version, CONFLICT, "", FINAL_REASON)
        outbox.mark_failed(s, refused.id, "case", refused.version, REJECTED, "subject.id_number", ID_REASON)
        outbox.mark_failed(s, tip_id, "tip", 4, REJECTED, "status", TIP_REASON)
        return {"subject": subject.id, "local_subject": local, "server_subject": server,
                "case": case.id, "server_case": server_case, "local_contents": local_case["contents"], "case_version": case.version,
                "refused": refused.id}


def open_dialog(qtbot) -> ConflictsDialog:
    host = QWidget()
    qtbot.addWidget(host)
    dialog = ConflictsDialog(host)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.conflict_list.rowCount() == 2, timeout=30000)
    return dialog


def fields_shown(dialog) -> dict[str, tuple[str, str]]:
    t = dialog.fields
    return {t.item(r, 0).text(): (t.item(r, 1).text(), t.item(r, 2).text()) for r in range(t.rowCount())}


def resolve_with(qtbot, dialog, button, action: str) -> None:
    assert button.isEnabled()
    with qtbot.waitSignal(dialog.resolved, timeout=30000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        click_button(qtbot, message_box(qtbot, "resolve_confirm"), action)
    qtbot.waitUntil(lambda: dialog.conflict_list.rowCount() == 1, timeout=30000)


@pytest.fixture
def problems(demo_db, actor):
    return build_problems(demo_db, actor)


def test_keep_the_servers_subject(qtbot, tasks, demo_db, problems):
    dialog = open_dialog(qtbot)
    assert dialog.windowTitle() == "Dữ liệu cần xử lý"
    assert dialog.tabs.tabText(0) == "Xung đột (2)" and dialog.tabs.tabText(1) == "Bị máy chủ từ chối (2)"
    assert [dialog.conflict_list.item(r, 0).text() for r in range(2)] == ["Đối tượng", "Vụ việc"]
    dialog.conflict_list.selectRow(0)
    assert dialog.conflict_list.item(0, 1).text() == "Đối tượng Nguyễn Thị Ánh"
    shown = fields_shown(dialog)
    assert shown["Địa chỉ"] == (problems["local_subject"]["address"], SERVER_ADDRESS)
    assert shown["Địa chỉ"][0].startswith("Thôn Pò Mã, ")
    assert shown["Điện thoại"] == ("—", "0912000555")
    assert set(shown) == {"Địa chỉ", "Điện thoại"}
    assert dialog.reason.text() == PULL_REASON
    assert "phiên bản máy này: 1, phiên bản máy chủ: 3" in dialog.heading.text()

    resolve_with(qtbot, dialog, dialog.keep_server, "Giữ bản trên máy chủ")
    with unit_of_work(demo_db.sessions) as s:
        row = s.query(SyncConflict).filter_by(record_id=problems["subject"]).one()
        assert (row.resolution, row.resolved_by) == ("server", "Hoàng Văn Thắng") and row.resolved_at
        subject = s.get(Subject, problems["subject"])
        assert codec.subject_payload(subject) == problems["server_subject"]
        assert subject.version == 3
        state = s.get(SyncState, problems["subject"])
        assert (state.state, state.server_version, state.failed_version) == ("ok", 3, None)
        assert not outbox.is_pending(subject, state)
    assert dialog.conflict_list.item(0, 0).text() == "Vụ việc"


def test_keep_this_laptops_subject(qtbot, tasks, demo_db, problems):
    dialog = open_dialog(qtbot)
    dialog.conflict_list.selectRow(0)
    assert dialog.keep_local.isEnabled()
    assert dialog.locked_note.isHidden()
    resolve_with(qtbot, dialog, dialog.keep_local, "Giữ bản của máy này")
    with unit_of_work(demo_db.sessions) as s:
        row = s.query(SyncConflict).filter_by(record_id=problems["subject"]).one()
        assert row.resolution == "local"
        subject = s.get(Subject, problems["subject"])
        assert subject.version == 4 and subject.address != SERVER_ADDRESS  # above the server's 3
        state = s.get(SyncState, problems["subject"])
        assert (state.state, state.server_version, state.failed_version) == ("ok", 3, None)
        device = ensure_device_id(s)
        creds = Credentials("https://qltt.invalid", device, "", "", "", base64.b64encode(bytes(32)).decode())
        sent = {o.id: o for o in outbox.next_batch(s, creds, 50)}
        assert sent[subject.id].version == 4 and sent[subject.id].record["base_version"] == 3


def test_a_case_finalised_on_the_server_can_only_be_taken(qtbot, tasks, demo_db, problems):
    dialog = open_dialog(qtbot)
    dialog.conflict_list.selectRow(1)
    shown = fields_shown(dialog)
    assert shown["Trạng thái"] == ("Bản nháp", "Đã hoàn tất")
    assert shown["Nội dung kiểm tra"] == (problems["local_contents"], SERVER_CONTENTS)
    assert shown["Người hoàn tất"] == ("—", "Hoàng Văn Thắng")
    assert shown["Hoàn tất lúc"][0] == "—" and shown["Hoàn tất lúc"][1].count("/") == 2
    assert not dialog.keep_local.isEnabled()
    assert "đã hoàn tất và bị khóa" in dialog.keep_local.toolTip()
    assert not dialog.locked_note.isHidden() and "lập bản đính chính" in dialog.locked_note.text()

    resolve_with(qtbot, dialog, dialog.keep_server, "Giữ bản trên máy chủ")
    with unit_of_work(demo_db.sessions) as s:
        ins = s.get(Case, problems["case"])
        assert (ins.status, ins.contents, ins.version) == ("finalised", SERVER_CONTENTS, problems["case_version"] + 1)
        mine = outbound.case_payloads(s, [ins.id])[ins.id]
        assert {k: mine[k] for k in ("status", "contents", "finalised_by", "place_address", "tip_ref")} == {
            k: problems["server_case"][k] for k in ("status", "contents", "finalised_by", "place_address", "tip_ref")}
        assert datetime.fromisoformat(mine["finalised_at"]) == datetime.fromisoformat(
            problems["server_case"]["finalised_at"])
        assert [g["name"] for g in mine["goods"]] == [g["name"] for g in problems["server_case"]["goods"]]
        assert s.get(SyncState, problems["case"]).server_version == problems["case_version"] + 1


def test_refused_records_listed_and_the_case_opens(qtbot, demo_db, actor):
    problems = build_problems(demo_db, actor)
    demo_db.close()
    window = open_window(qtbot, demo_db.data_dir)
    try:
        window.show_sync_problems()
        dialog = window.findChild(ConflictsDialog)
        qtbot.waitUntil(lambda: dialog.refused_list.rowCount() == 2, timeout=30000)
        rows = [[dialog.refused_list.item(r, c).text() for c in range(4)] for r in range(2)]
        assert rows[0][0] == "Vụ việc" and rows[0][1].startswith("Vụ số 2")
        assert rows[0][2:] == ["Đối tượng › Số định danh", ID_REASON]
        assert rows[1][0] == "Tin báo" and rows[1][2:] == ["Trạng thái", TIP_REASON]
        dialog.tabs.setCurrentIndex(1)
        dialog.refused_list.selectRow(1)
        assert not dialog.open_case_button.isEnabled()  # a tip has no case to open
        dialog.refused_list.selectRow(0)
        assert dialog.open_case_button.isEnabled()
        dialog.open_case_button.click()
        qtbot.waitUntil(lambda: window.current_case_tab() is not None
                        and window.current_case_tab().case_id == str(problems["refused"]), timeout=30000)
        assert not dialog.isVisible()
    finally:
        close_window(window)


def test_no_problems_says_so(qtbot, tasks):
    dialog = ConflictsDialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tabs.tabText(0) == "Xung đột (0)", timeout=30000)
    assert dialog.heading.text() == "Không có xung đột nào cần xử lý."
    assert not dialog.keep_local.isEnabled() and not dialog.keep_server.isEnabled()
    assert dialog.refused_list.rowCount() == 0 and not dialog.open_case_button.isEnabled()
