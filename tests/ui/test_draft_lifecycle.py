"""Deleting a mistaken draft from its tab (confirmed, Enter keeps it) and amending a
finalised case with a reason the inspector types."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.models import Case, SyncState
from app.services.cases import finalise_case, save_case
from app.sync import outbox
from app.ui.main_window import FIRST_CASE_TAB
from app.ui.reason_dialog import ReasonDialog
from tests.ui.helpers import error_text
from tests.ui.test_main_window import click_button, close_window, message_box, open_window
from tests.vn_input import type_text

REASON = "Ghi sai số lượng thuốc lá: 500 bao, không phải 50 bao"


@pytest.fixture
def cases(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        draft = save_case(s, sample_case_entry(s), actor)
        done = save_case(s, sample_case_entry(s), actor)
        finalise_case(s, done.id, actor)
        return {"draft": draft.id, "draft_version": draft.version, "finalised": done.id}


@pytest.fixture
def window(qtbot, demo_db, cases):
    """The real window over the file holding ``cases``."""
    demo_db.close()
    w = open_window(qtbot, demo_db.data_dir)
    yield w
    close_window(w)


def open_tab(qtbot, window, case_id):
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.tabs.count() > FIRST_CASE_TAB
                    and window.tabs.currentWidget().case_id == str(case_id), timeout=30000)
    return window.tabs.currentWidget()


def reason_dialog(qtbot, name: str) -> ReasonDialog:
    found = {}

    def shown() -> bool:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, ReasonDialog) and w.objectName() == name and w.isVisible():
                found["d"] = w
                return True
        return False

    qtbot.waitUntil(shown, timeout=30000)
    return found["d"]


def test_delete_a_mistaken_draft(qtbot, window, demo_db, cases):
    page = window.list_page
    qtbot.waitUntil(lambda: page.counter.text() == "2 vụ việc", timeout=30000)
    finalised = open_tab(qtbot, window, cases["finalised"])
    assert finalised.delete_button.isHidden()  # a finalised case is amended, never deleted

    tab = open_tab(qtbot, window, cases["draft"])
    assert tab.delete_button.isVisible() and tab.delete_button.text().replace("&", "") == "Xóa bản nháp…"
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    box = message_box(qtbot, "delete_confirm")
    assert box.defaultButton().text() == "Quay lại"
    assert "Xóa bản nháp «Nguyễn Thị Ánh" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter keeps the draft
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    with unit_of_work(demo_db.sessions) as s:
        assert s.get(Case, cases["draft"]).deleted_at is None

    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    click_button(qtbot, message_box(qtbot, "delete_confirm"), "Xóa bản nháp")
    qtbot.waitUntil(lambda: window.tabs.count() == FIRST_CASE_TAB + 1, timeout=30000)  # its tab closed
    assert window.tabs.widget(FIRST_CASE_TAB) is finalised
    qtbot.waitUntil(lambda: page.counter.text() == "1 vụ việc", timeout=30000)
    assert page.model.case_id(0) == cases["finalised"]
    with unit_of_work(demo_db.sessions) as s:
        ins = s.get(Case, cases["draft"])
        assert ins.deleted_at is not None and ins.version == cases["draft_version"] + 1
        assert outbox.is_pending(ins, s.get(SyncState, ins.id))  # the deletion goes out with the next sync


def test_amendment_asks_for_its_reason(qtbot, window, demo_db, cases):
    tab = open_tab(qtbot, window, cases["finalised"])
    assert tab.amend_button.isVisible() and tab.amendment_note.isHidden()
    qtbot.mouseClick(tab.amend_button, Qt.MouseButton.LeftButton)
    dialog = reason_dialog(qtbot, "amend_reason")
    assert dialog.back_button.isDefault() and dialog.back_button.text() == "&Quay lại"
    assert dialog.confirm_button.text() == "&Lập bản đính chính"
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert error_text(dialog, "reason") == "Ghi lý do đính chính."
    assert dialog.isVisible() and window.tabs.count() == FIRST_CASE_TAB + 1

    type_text(dialog.reason, REASON)
    assert error_text(dialog, "reason") is None
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.tabs.count() == FIRST_CASE_TAB + 2
                    and window.tabs.currentWidget().case_id is not None, timeout=30000)
    amendment = window.tabs.currentWidget()
    assert amendment.case_id != str(cases["finalised"]) and not amendment.locked
    assert amendment.amendment_note.isVisible()
    assert amendment.amendment_note.text() == f"Bản đính chính. Lý do: {REASON}"
    with unit_of_work(demo_db.sessions) as s:
        ins = s.get(Case, uuid.UUID(amendment.case_id))
        assert (ins.amends_id, ins.amendment_reason) == (cases["finalised"], REASON)
