"""The case list as a new user meets it: a fresh data folder asks for the unit (nothing
assumed), demo data appears in the list at once, and search stays within the filters and
says how many cases matched, not how many rows fit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from app.db import unit_of_work
from app.demo import generate_demo
from app.readmodel import COUNT_CAP, count_matches, search_cases
from app.rows import CaseFilter
from app.ui.main_window import MainWindow
from app.ui.ops import reset_task_manager
from app.ui.setup_dialog import FirstStartDialog
from app.ui.vn_format import VN_TZ
from tests.signin import PASSWORD
from tests.ui.helpers import error_text, tick
from tests.ui.test_main_window import close_window, open_window
from tests.vn_input import type_keys, type_text


def first_start_dialog(qtbot) -> FirstStartDialog:
    found = {}

    def shown() -> bool:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, FirstStartDialog) and w.isVisible():
                found["d"] = w
                return True
        return False

    qtbot.waitUntil(shown, timeout=30000)
    return found["d"]


def open_new_laptop(qtbot, data_dir, name: str = "Hoàng Văn Thắng") -> MainWindow:
    """A fresh data folder: the sign-in page asks for the first officer's account."""
    reset_task_manager()
    window = MainWindow(data_dir)
    window.show()
    qtbot.waitExposed(window)
    window.open_database()
    page = window.signin
    assert page.title.text() == "Thiết lập máy: tài khoản cán bộ đầu tiên" and window.toolbar.isHidden()
    type_text(page.name, name)
    type_keys(page.password, PASSWORD)
    type_keys(page.again, "khác hẳn")
    qtbot.keyClick(page.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10000)
    assert page.error.text() == "Hai lần nhập mật khẩu không khớp." and not (data_dir.root / "keys.json").exists()
    type_keys(page.password, PASSWORD)
    type_keys(page.again, PASSWORD)
    with qtbot.waitSignal(window.ready, timeout=30000):
        qtbot.keyClick(page.again, Qt.Key.Key_Return)
    return window


def test_first_start_asks_for_province_and_team_then_lists_the_demo_cases(qtbot, data_dir):
    window = open_new_laptop(qtbot, data_dir)
    try:
        dialog = first_start_dialog(qtbot)
        province = dialog.findChild(QComboBox, "setup:province_code")
        team = dialog.findChild(QLineEdit, "setup:team_code")
        assert province.currentText() == "— Chọn tỉnh/thành phố —" and province.currentData() == ""
        assert team.text() == "" and "00 nếu Chi cục ban hành" in team.placeholderText()

        type_text(dialog.findChild(QLineEdit, "setup:unit_name"), "Đội Quản lý thị trường số 3")
        type_text(dialog.findChild(QLineEdit, "setup:agency_code"), "20")
        officer = dialog.findChild(QLineEdit, "setup:officer_name")
        assert officer.text() == "Hoàng Văn Thắng" and officer.isReadOnly()  # the account just made
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: error_text(dialog, "province_code") is not None, timeout=30000)
        assert error_text(dialog, "province_code") == "Chọn tỉnh/thành phố."
        assert error_text(dialog, "team_code") == "Mã Đội gồm 2 chữ số, 00 nếu văn bản do Chi cục ban hành."
        assert error_text(dialog, "unit_name") is None and dialog.isVisible()

        # the list showed the empty file; loading demo data fills it without typing anything
        assert window.list_page.counter.text() == "0 vụ việc"
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.list_page.counter.text() == "300 vụ việc", timeout=60000)
        assert window.list_page.model.rowCount() == 200  # the first page; more as it scrolls
        assert not dialog.isVisible()
    finally:
        close_window(window)


@pytest.fixture
def many_cases(demo_db):
    with unit_of_work(demo_db.sessions) as s:
        generate_demo(s, 1500, seed=7)
    return demo_db


def test_search_within_the_filters_counts_every_match(qtbot, many_cases):
    window = open_window(qtbot, many_cases.data_dir)
    page = window.list_page
    try:
        with unit_of_work(many_cases.sessions) as s:  # what the inspector will be shown
            everything = count_matches(s, "xa")
            drafts = count_matches(s, "xa", CaseFilter(status="draft"))
        assert everything > COUNT_CAP > drafts > 50

        type_text(page.search, "xa")
        qtbot.waitUntil(lambda: page.counter.text().startswith("Tìm thấy hơn"), timeout=30000)
        assert page.counter.text() == "Tìm thấy hơn 1.000 vụ việc, hiện 50 vụ khớp nhất"

        page.status.setCurrentIndex(page.status.findData("draft"))
        grouped = f"{drafts:,}".replace(",", ".")
        want = f"Tìm thấy {grouped} vụ việc, hiện 50 vụ khớp nhất"
        qtbot.waitUntil(lambda: page.counter.text() == want, timeout=30000)
        statuses = {page.model.index(r, 7).data() for r in range(page.model.rowCount())}
        assert statuses == {"Nháp"} and page.model.rowCount() == 50

        # a date range narrows the search too: the last week's drafts only
        today = date.today()
        page.date_from.setDate(QDate(today - timedelta(days=7)))
        page.date_to.setDate(QDate(today))
        tick(qtbot, page.use_dates)
        with unit_of_work(many_cases.sessions) as s:
            week = search_cases(s, "xa", 50, page.current_filter())
        assert 0 < len(week) < 50
        want = f"Tìm thấy {len(week)} vụ việc (xếp theo mức độ khớp)"
        qtbot.waitUntil(lambda: page.counter.text() == want, timeout=30000)
        assert [page.model.case_id(r) for r in range(page.model.rowCount())] == [r.id for r in week]
        for r in week:
            assert r.status == "draft" and r.started_at.astimezone(VN_TZ).date() >= today - timedelta(days=7)
    finally:
        close_window(window)
