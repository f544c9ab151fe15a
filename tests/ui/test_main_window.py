"""The whole app driven like an inspector: a real window over a real SQLite file.

Create a case with a subject, two goods and a seizure (Vietnamese typed through the
input-method helper), see it in the list, find it without diacritics, get a visible error
on a bad ID, finalise it and see it locked; recover an unsaved draft after a crash.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db import unit_of_work
from app.models import EditorRecovery
from app.ui.main_window import FIRST_CASE_TAB, MainWindow
from app.ui.ops import reset_task_manager, task_manager
from tests.signin import PASSWORD
from tests.ui.helpers import error_text, pick, pick_cell, tick, type_cell
from tests.vn_input import type_keys, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def sign_in(qtbot, window: MainWindow, password: str = PASSWORD, officer: str | None = None) -> None:
    """Pick the officer (the first, or the one signed in when locked) and type the password
    into the sign-in page, then press Enter, as an officer does."""
    page = window.signin
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page and page.submit.isEnabled(), timeout=30000)
    if officer is not None:
        page.officer.setCurrentIndex(page.officer.findText(officer))
    type_keys(page.password, password)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)


def open_window(qtbot, data_dir) -> MainWindow:
    reset_task_manager()
    window = MainWindow(data_dir)  # closed by close_window (not qtbot: its close would prompt)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.open_database()
    with qtbot.waitSignal(window.ready, timeout=30000):
        sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.catalogs is not None and window.new_action.isEnabled(), timeout=30000)
    return window


def close_window(window: MainWindow) -> None:
    """Close without the "save changes?" prompt, as after a test."""
    task_manager().wait_idle()
    for i in range(window.tabs.count() - 1, FIRST_CASE_TAB - 1, -1):
        window.tabs.widget(i).dirty = False
    window.close()
    window.deleteLater()
    reset_task_manager()


@pytest.fixture
def window(qtbot, demo_db):
    demo_db.close()
    w = open_window(qtbot, demo_db.data_dir)
    yield w
    close_window(w)


def shortcut(qtbot, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl+key as the user presses it: the window must be the active one (a closed popup,
    e.g. a picker's completion list, may have left no window active)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, key, CTRL)


def message_box(qtbot, name: str) -> QMessageBox:
    box = {}

    def found():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible():
                box["w"] = w
                return True
        return False

    qtbot.waitUntil(found, timeout=30000)
    return box["w"]


def click_button(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text.replace("&", ""))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def new_case_tab(qtbot, window):
    shortcut(qtbot, window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: window.tabs.count() == FIRST_CASE_TAB + 1
                    and bool(window.tabs.widget(FIRST_CASE_TAB).editor.form().members), timeout=30000)
    return window.tabs.widget(FIRST_CASE_TAB)


def test_record_find_and_finalise_a_case(qtbot, window):
    tab = new_case_tab(qtbot, window)
    editor = tab.editor
    assert editor.form().members[0].full_name == "Hoàng Văn Thắng"  # the officer signed in leads

    editor.nav.setCurrentRow(0)
    type_text(editor.basis.surprise_ground, "Tin báo về xe tải chở thuốc lá điếu nhập lậu")
    type_text(editor.basis.place_address, "Bãi xe thôn Nà Lừa")
    pick(qtbot, editor.basis.commune, "dong dang")
    qtbot.mouseClick(editor.basis.ended_at.now_button, Qt.MouseButton.LeftButton)

    editor.nav.setCurrentRow(1)
    subject = editor.subject
    type_text(subject.w["name"], "Nguyễn Thị Ánh")
    type_text(subject.w["id_number"], "0201860012")  # two digits short
    type_text(subject.w["address"], "Thôn Pò Mã, xã Đồng Đăng, tỉnh Lạng Sơn")

    editor.nav.setCurrentRow(2)
    members = editor.team.members
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, members, 1, "full_name", "Nông Thị Hạnh")
    type_cell(qtbot, members, 1, "position_title", "Kiểm soát viên thị trường")
    type_cell(qtbot, members, 1, "badge_no", "20-QLTT-0123")

    editor.nav.setCurrentRow(3)
    goods = editor.goods.goods
    for row, (name, unit, qty, value) in enumerate(
        [("Thuốc lá điếu Esse nhập lậu", "bao", "500", "11500000"),
         ("Đường cát trắng không rõ nguồn gốc", "kg", "250", "4750000")]
    ):
        qtbot.mouseClick(goods.add_button, Qt.MouseButton.LeftButton)
        type_cell(qtbot, goods, row, "name", name)
        pick_cell(qtbot, goods, row, "unit", unit)
        type_cell(qtbot, goods, row, "quantity", qty)
        type_cell(qtbot, goods, row, "estimated_value", value)

    editor.nav.setCurrentRow(5)
    seizure = editor.seizure
    tick(qtbot, seizure.enabled)
    qtbot.mouseClick(seizure.copy_button, Qt.MouseButton.LeftButton)
    type_text(seizure.storage_place, "Kho tang vật Đội Quản lý thị trường số 3")

    editor.nav.setCurrentRow(6)
    type_text(editor.results.contents, "Kiểm tra hàng hóa trên xe và hóa đơn, chứng từ kèm theo")

    # Ctrl+S with the bad ID: a Vietnamese message next to the field, nothing saved
    shortcut(qtbot, window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: error_text(editor, "subject.id_number") is not None, timeout=30000)
    assert error_text(editor, "subject.id_number") == "Số định danh cá nhân phải có đủ 12 chữ số (đang có 10)."
    assert editor.nav.currentRow() == 1
    assert tab.dirty and editor.form().id is None

    type_text(subject.w["id_number"], "020186001234")
    shortcut(qtbot, window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not tab.dirty, timeout=30000)
    assert tab.state.text().startswith("Đã lưu lúc")
    assert window.tabs.tabText(FIRST_CASE_TAB) == "Nguyễn Thị Ánh — xã Đồng Đăng, Lạng Sơn"

    # the list shows it; Ctrl+F then a diacritic-free query finds it
    page = window.list_page
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30000)
    assert page.model.rows[0].subject_name == "Nguyễn Thị Ánh"
    assert page.model.rows[0].seized_value == 16_250_000
    shortcut(qtbot, window, Qt.Key.Key_F)
    assert page.search.hasFocus()
    type_text(page.search, "nguyen thi anh")
    qtbot.waitUntil(lambda: page.model.query == "nguyen thi anh" and page.counter.text().startswith("Tìm thấy 1"),
                    timeout=30000)
    type_text(page.search, "duong cat trang")
    qtbot.waitUntil(lambda: page.model.query == "duong cat trang" and page.model.rowCount() == 1, timeout=30000)
    type_text(page.search, "tran van binh")
    qtbot.waitUntil(lambda: page.model.query == "tran van binh" and page.model.rowCount() == 0, timeout=30000)

    # Ctrl+Enter: confirm what will be locked, then the case is read-only
    window.tabs.setCurrentIndex(FIRST_CASE_TAB)
    shortcut(qtbot, window, Qt.Key.Key_Return)
    box = message_box(qtbot, "finalise_confirm")
    assert "Tạm giữ 2 tang vật" in box.text() and "Đối tượng: Nguyễn Thị Ánh" in box.text()
    click_button(qtbot, box, "Hoàn tất và khóa")
    qtbot.waitUntil(lambda: editor.is_locked(), timeout=30000)
    assert editor.banner.isVisible()
    assert subject.w["name"].isReadOnly()
    assert not tab.save_button.isVisible() and tab.documents_button.isVisible()
    type_text(subject.w["name"], "Tên khác")
    assert editor.form().subject.name == "Nguyễn Thị Ánh"
    window.tabs.setCurrentIndex(0)
    page.search.clear()  # the clear button of the search box
    qtbot.waitUntil(lambda: page.model.query == "" and bool(page.model.rows), timeout=30000)
    assert page.model.rows[0].status == "finalised"


def test_unsaved_draft_comes_back_after_a_crash(qtbot, demo_db):
    demo_db.close()
    first = open_window(qtbot, demo_db.data_dir)
    tab = new_case_tab(qtbot, first)
    tab.editor.nav.setCurrentRow(1)
    type_text(tab.editor.subject.w["name"], "Trần Văn Bình")
    type_text(tab.editor.subject.w["address"], "Thôn Bản Vàng, xã Hoàng Văn Thụ")

    def journalled() -> bool:
        with task_manager().sessions() as s:
            row = s.get(EditorRecovery, tab.recovery_key)
            return row is not None and "Thôn Bản Vàng" in row.payload

    qtbot.waitUntil(journalled, timeout=30000)  # autosave fires ~3 s after the last keystroke
    # the window dies without saving (no close event, no prompt): a crash or power cut
    task_manager().wait_idle()
    first.hide()
    first.deleteLater()
    reset_task_manager()

    second = open_window(qtbot, demo_db.data_dir)
    box = message_box(qtbot, "recovery_prompt")
    assert "Trần Văn Bình" in box.text()
    click_button(qtbot, box, "Khôi phục")
    qtbot.waitUntil(lambda: second.tabs.count() == FIRST_CASE_TAB + 1, timeout=30000)
    restored = second.tabs.widget(FIRST_CASE_TAB)
    form = restored.editor.form()
    assert form.subject.name == "Trần Văn Bình"
    assert form.subject.address == "Thôn Bản Vàng, xã Hoàng Văn Thụ"
    assert restored.dirty and "khôi phục" in restored.state.text()
    shortcut(qtbot, second, Qt.Key.Key_S)  # saving it clears the journal
    qtbot.waitUntil(lambda: not restored.dirty, timeout=30000)
    with unit_of_work(task_manager().sessions) as s:
        assert s.query(EditorRecovery).count() == 0
    close_window(second)
