"""The "Tin báo" tab: the unit's tips, their follow-up saved and queued for sync, and a case
opened from a tip and linked back to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.db import unit_of_work
from app.models import Tip
from app.services.settings import ensure_device_id
from app.sync import outbox
from app.ui.main_window import FIRST_CASE_TAB
from app.ui.tips_page import TipsPage
from app.vntime import VN_TZ
from tests.tip_data import add_tips
from tests.ui.test_main_window import close_window, open_window
from tests.vn_input import type_text


def pending(sessions) -> int:
    with unit_of_work(sessions) as s:
        return outbox.pending_count(s, ensure_device_id(s))


def shown_page(qtbot) -> TipsPage:
    host = QWidget()
    qtbot.addWidget(host)
    page = TipsPage(host, host)
    with qtbot.waitSignal(page.title_changed, timeout=30000) as title:
        page.refresh()
    assert title.args == ["Tin báo (2 mới)"]
    return page


def cell(page: TipsPage, row: int, col: int) -> str:
    return page.model.index(row, col).data()


def test_page_lists_tips_and_saves_a_follow_up(qtbot, tasks, demo_db):
    ids = add_tips(demo_db)
    page = shown_page(qtbot)
    assert page.model.rowCount() == 3 and page.counter.text() == "3 tin báo"
    with unit_of_work(demo_db.sessions) as s:
        received = s.get(Tip, ids[0]).received_at
    assert cell(page, 0, 0) == received.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")
    assert [cell(page, r, 6) for r in range(3)] == ["Mới", "Đã giao", "Đang xử lý"]
    assert cell(page, 0, 4) == "Lò Văn Khải (chủ kho)" and cell(page, 0, 5) == "Thuốc lá điếu Esse, Jet"
    assert page.model.index(0, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert page.heading.text().startswith("Tin báo số TB-") and "Kho sau nhà số 14" in page.summary.text()
    assert page.create_button.isEnabled() and not page.open_button.isEnabled()
    assert pending(demo_db.sessions) == 0

    page.status.setCurrentIndex(page.status.findData("done"))
    type_text(page.note, "Đã kiểm tra kho, không phát hiện hàng lậu")
    with qtbot.waitSignal(page.title_changed, timeout=30000) as title:
        page.save_button.click()
    assert title.args == ["Tin báo (1 mới)"]
    assert cell(page, 0, 6) == "Đã xử lý"
    with unit_of_work(demo_db.sessions) as s:
        tip = s.get(Tip, ids[0])
        assert (tip.status, tip.note, tip.version) == ("done", "Đã kiểm tra kho, không phát hiện hàng lậu", 4)
    assert pending(demo_db.sessions) == 1


def test_dismissing_needs_a_reason(qtbot, tasks, demo_db):
    ids = add_tips(demo_db)
    page = shown_page(qtbot)
    page.table.selectRow(1)
    page.status.setCurrentIndex(page.status.findData("dismissed"))
    page.note.setPlainText("")
    page.save_button.click()
    qtbot.waitUntil(lambda: not page.error.isHidden(), timeout=30000)
    assert page.error.text() == "Ghi lý do không xử lý tin báo."
    with unit_of_work(demo_db.sessions) as s:
        assert s.get(Tip, ids[1]).status == "assigned"
    assert pending(demo_db.sessions) == 0


def test_case_opened_from_a_tip_is_linked_once_saved(qtbot, demo_db):
    ids = add_tips(demo_db)
    demo_db.close()
    window = open_window(qtbot, demo_db.data_dir)
    try:
        page = window.tips_page
        assert window.tabs.widget(1) is page
        qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Tin báo (2 mới)", timeout=30000)
        window.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: page.current() is not None and page.current().id == ids[0], timeout=30000)
        page.create_button.click()
        qtbot.waitUntil(lambda: window.tabs.count() == FIRST_CASE_TAB + 1
                        and bool(window.tabs.widget(FIRST_CASE_TAB).editor.form().members), timeout=30000)
        tab = window.tabs.widget(FIRST_CASE_TAB)
        form = tab.editor.form()
        ref = page.current().ref
        assert form.basis_kind == "surprise" and form.tip_ref == ref
        assert form.surprise_ground.startswith(f"Tin báo số {ref} nhận ngày ")
        assert form.place_address == "Kho sau nhà số 14, thôn Nà Lừa"
        tab.save()
        qtbot.waitUntil(lambda: page.model.rows[0].case_id is not None, timeout=30000)
        row = page.model.rows[0]
        assert (row.status, row.case_title, str(row.case_id)) == ("in_progress", "Vụ số 1", tab.case_id)
        qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Tin báo (1 mới)", timeout=30000)
        window.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: page.open_button.isEnabled(), timeout=30000)
        assert not page.create_button.isEnabled() and page.case_label.text() == "Vụ số 1"
        page.open_button.click()
        assert window.tabs.currentWidget() is tab
    finally:
        close_window(window)
