"""Officers sign in offline, lock and switch, through the real window.

The window opens on the sign-in page; the case typed but not saved is still in its tab
after a lock; a wrong password is refused (then a growing wait); picking another officer
on the lock page with the one-time code the Chi cục gave makes them set a password and
act from then on: the team leader of a new case and the actor of every save are theirs.
Idle time and a suspend lock the window.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db import unit_of_work
from app.models import AuditEvent, Officer
from app.security.keyfile import KeyFile
from app.ui.main_window import FIRST_CASE_TAB
from tests.signin import PASSWORD
from tests.ui.test_main_window import close_window, new_case_tab, open_window, shortcut, sign_in
from tests.vn_input import type_keys, type_text

HANH = "Nông Thị Hạnh"


def _give_code(demo_db) -> str:
    """The Chi cục's one-time code for Hạnh, an officer of the unit with no password yet
    (python -m server open-laptop --one-time-code does the same with the escrow key)."""
    with unit_of_work(demo_db.sessions) as s:
        hanh = s.scalar(select(Officer).where(Officer.full_name == HANH))
        officer_id = str(hanh.id)
    keys = KeyFile.load(demo_db.data_dir.root)
    code = keys.issue_one_time_code(demo_db.key, officer_id, HANH)
    keys.save()
    return code


def _actors(demo_db, case_id: str) -> list[str]:
    with unit_of_work(demo_db.sessions) as s:
        return list(s.scalars(select(AuditEvent.actor).where(AuditEvent.entity_id == case_id)
                              .order_by(AuditEvent.at)))


def test_lock_keeps_the_unsaved_case_and_a_switch_changes_who_acts(qtbot, demo_db):
    code = _give_code(demo_db)
    demo_db.close()
    window = open_window(qtbot, demo_db.data_dir)
    page = window.signin
    try:
        assert window.windowTitle() == "Thực Địa — Hoàng Văn Thắng"
        tab = new_case_tab(qtbot, window)
        assert tab.editor.form().members[0].full_name == "Hoàng Văn Thắng"
        type_text(tab.editor.basis.place_address, "Bãi xe thôn Nà Lừa")
        qtbot.waitUntil(lambda: tab.dirty)

        shortcut(qtbot, window, Qt.Key.Key_L)  # Ctrl+L: lock
        assert window.stack.currentWidget() is page and window.toolbar.isHidden()
        assert page.title.text() == "Máy đang khóa" and page.officer.currentText() == "Hoàng Văn Thắng"
        assert not page.form.isRowVisible(page.again) and page.submit.text() == "Mở khóa"
        type_keys(page.password, "Mật khẩu sai")
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.error.text() == "Mật khẩu không đúng.", timeout=10000)
        assert window.stack.currentWidget() is page

        sign_in(qtbot, window)  # the password only: the officer is picked already
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=10000)
        assert window.tabs.currentWidget() is tab and tab.dirty
        assert tab.editor.form().place_address == "Bãi xe thôn Nà Lừa"  # survived the lock
        with qtbot.waitSignal(tab.saved, timeout=30000):
            shortcut(qtbot, window, Qt.Key.Key_S)
        thang_case = tab.case_id

        shortcut(qtbot, window, Qt.Key.Key_L)
        page.officer.setCurrentIndex(page.officer.findText(HANH))
        assert page.submit.text() == "Đổi người dùng"
        type_keys(page.password, code.lower())
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.title.text() == "Đặt mật khẩu mới", timeout=10000)
        type_keys(page.password, "Hạnh đổi mật khẩu")
        type_keys(page.again, "Hạnh đổi mật khẩu")
        qtbot.keyClick(page.again, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=10000)
        assert window.windowTitle() == f"Thực Địa — {HANH}"
        assert not KeyFile.load(demo_db.data_dir.root).accounts[page.officer.currentData()].one_time

        shortcut(qtbot, window, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: window.tabs.count() == FIRST_CASE_TAB + 2
                        and bool(window.tabs.widget(FIRST_CASE_TAB + 1).editor.form().members), timeout=30000)
        second = window.tabs.widget(FIRST_CASE_TAB + 1)
        assert second.editor.form().members[0].full_name == HANH  # she leads what she opens
        type_text(second.editor.basis.place_address, "Chợ cửa khẩu Tân Thanh")
        with qtbot.waitSignal(second.saved, timeout=30000):
            shortcut(qtbot, window, Qt.Key.Key_S)
        assert set(_actors(demo_db, str(second.case_id))) == {HANH}
        assert set(_actors(demo_db, str(thang_case))) == {"Hoàng Văn Thắng"}
    finally:
        close_window(window)


def test_idle_time_and_a_suspend_lock_the_window(qtbot, demo_db):
    demo_db.close()
    window = open_window(qtbot, demo_db.data_dir)
    try:
        assert window.idle.minutes == 10  # the default
        window.idle.start(minutes=0.003)  # ~0.2 s for the test
        qtbot.waitUntil(lambda: window.locked, timeout=5000)
        assert window.stack.currentWidget() is window.signin
        sign_in(qtbot, window)
        qtbot.waitUntil(lambda: not window.locked, timeout=30000)
        window.idle.start(minutes=10)
        assert not window.locked
        window.idle.clock = lambda: time.time() + 3600  # the next heartbeat finds an hour gone
        window.idle.beat()
        assert window.locked and window.stack.currentWidget() is window.signin
    finally:
        close_window(window)


def test_wrong_passwords_cost_a_growing_wait_never_the_data(qtbot, demo_db):
    demo_db.close()
    window = open_window(qtbot, demo_db.data_dir)
    page = window.signin
    try:
        shortcut(qtbot, window, Qt.Key.Key_L)
        seen: dict[str, object] = {}

        def refused() -> bool:  # the message and the button as the officer sees them together
            seen.update(text=page.error.text(), enabled=page.submit.isEnabled())
            return seen["text"] != ""

        for attempt in range(3):
            type_keys(page.password, f"sai lần {attempt}")
            qtbot.keyClick(page.password, Qt.Key.Key_Return)
            qtbot.waitUntil(refused, timeout=10000)
            if attempt < 2:
                assert seen == {"text": "Mật khẩu không đúng.", "enabled": True}
                page.error.clear()
        assert seen == {"text": "Mật khẩu không đúng. Thử lại sau 2 giây.", "enabled": False}
        qtbot.waitUntil(page.submit.isEnabled, timeout=5000)
        sign_in(qtbot, window, PASSWORD)
        qtbot.waitUntil(lambda: not window.locked, timeout=30000)
        assert window.stack.currentWidget() is window.tabs
    finally:
        close_window(window)


def test_a_laptop_from_before_encryption_sets_a_password_then_is_encrypted(qtbot, tmp_path):
    from app.paths import DataDir
    from app.sqlite import is_plain
    from app.ui.main_window import MainWindow
    from app.ui.ops import reset_task_manager
    from tests.earlier_release import SUBJECTS, make_earlier_release

    make_earlier_release(tmp_path / "ThucDia")
    data = DataDir(tmp_path / "ThucDia")
    reset_task_manager()
    window = MainWindow(data)
    window.show()
    qtbot.waitExposed(window)
    window.open_database()
    page = window.signin
    try:
        assert page.title.text() == "Đặt mật khẩu để mã hóa dữ liệu của máy"
        assert page.officer.currentText() == "Hoàng Văn Thắng"  # who that release had at the keyboard
        type_keys(page.password, PASSWORD)
        type_keys(page.again, PASSWORD)
        with qtbot.waitSignal(window.ready, timeout=30000):
            qtbot.keyClick(page.again, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.list_page.model.total == len(SUBJECTS), timeout=30000)
        qtbot.waitUntil(lambda: window.db is not None, timeout=30000)
        assert not is_plain(data.database) and window.db.encrypted_now
        assert window.windowTitle() == "Thực Địa — Hoàng Văn Thắng"
    finally:
        close_window(window)


def test_a_colleague_without_an_account_gets_a_one_time_code_then_signs_in(qtbot, demo_db):
    from PySide6.QtWidgets import QApplication, QInputDialog

    from tests.ui.test_main_window import message_box

    demo_db.close()
    window = open_window(qtbot, demo_db.data_dir)
    page = window.signin
    try:
        window.colleague_action.trigger()  # the menu beside "Khóa máy"
        found = {}

        def asked() -> bool:
            found["d"] = next((w for w in QApplication.topLevelWidgets()
                               if isinstance(w, QInputDialog) and w.isVisible()), None)
            return found["d"] is not None

        qtbot.waitUntil(asked, timeout=10000)
        dialog = found["d"]
        assert "Hoàng Văn Thắng" not in dialog.comboBoxItems()  # he has his account
        dialog.setTextValue(HANH)
        dialog.accept()
        box = message_box(qtbot, "colleague_code")
        code = box.text().rsplit(": ", 1)[1]
        box.accept()
        shortcut(qtbot, window, Qt.Key.Key_L)
        page.officer.setCurrentIndex(page.officer.findText(HANH))
        type_keys(page.password, code)
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.title.text() == "Đặt mật khẩu mới", timeout=10000)
        type_keys(page.password, "Mật khẩu của Hạnh")
        type_keys(page.again, "Mật khẩu của Hạnh")
        qtbot.keyClick(page.again, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.windowTitle() == f"Thực Địa — {HANH}", timeout=10000)
    finally:
        close_window(window)
