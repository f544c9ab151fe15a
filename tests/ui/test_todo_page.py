""""Việc cần làm" in the real window: the overdue steps of a case listed, one row opening the
case at "Kết quả xử lý" with the step's button under the keyboard, the status bar's count
of overdue steps kept after a write and after a sync, and the case list filtered by it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QToolBar

from app.db import unit_of_work
from app.readmodel import count_cases
from app.rows import CaseFilter
from app.services.follow_through.todo import SCOPES, due_case_ids, overdue_count
from app.ui.case_tab import CaseTab
from app.ui.outcome import decision_dialog
from app.ui.sync.controller import SyncController
from app.ui.vn_format import vn_today
from tests.sync.support import Laptop, LiveServer
from tests.ui.outcome_support import TIMEOUT, message_box, roadside_case, settle, type_day
from tests.ui.test_main_window import close_window, open_window
from tests.vn_input import type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def cases(demo_db, actor):
    """One case 20 days past the roadside with nothing decided (its steps overdue), one of
    yesterday (its decision due within the week)."""
    today = vn_today()
    late = roadside_case(demo_db.sessions, actor, today - timedelta(days=20))
    fresh = roadside_case(demo_db.sessions, actor, today - timedelta(days=1))
    with unit_of_work(demo_db.sessions) as s:
        overdue = overdue_count(s, today)
    demo_db.close()
    return late, fresh, overdue


@pytest.fixture
def window(qtbot, demo_db, cases):
    w = open_window(qtbot, demo_db.data_dir)
    w.resize(1366, 768)
    yield w
    close_window(w)


def todo_rows(page) -> list[tuple[str, str, str]]:
    m = page.model
    return [(m.index(r, 1).data(), m.index(r, 2).data(), m.index(r, 4).data()) for r in range(m.rowCount())]


def test_overdue_steps_are_listed_counted_and_open_their_case(qtbot, window, cases, monkeypatch):
    late, fresh, overdue = cases
    assert overdue == 3  # the seizure decision, the sanction decision, the goods' term
    qtbot.waitUntil(lambda: window.overdue.isVisible(), timeout=TIMEOUT)
    assert window.overdue.text() == "⚠ 3 việc quá hạn"

    qtbot.mouseClick(window.overdue, LEFT)  # the count opens the page
    page = window.todo_page
    assert window.tabs.currentWidget() is page
    page.scope.setCurrentIndex(page.scope.findData("overdue"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=TIMEOUT)
    rows = todo_rows(page)
    assert {who for *_rest, who in rows} == {"Nguyễn Thị Ánh"}
    assert all(left.startswith("quá hạn") for left, _what, _who in rows)
    assert any(what.startswith("Ra quyết định xử phạt (hạn") for _left, what, _who in rows)
    assert page.counter.text() == "3 việc"

    page.scope.setCurrentIndex(page.scope.findData("week"))  # the fresh case's decision
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1 and all(
        not left.startswith("quá hạn") for left, _w, _c in todo_rows(page)), timeout=TIMEOUT)

    # the overdue sanction decision: Enter on its row opens the case at its button
    page.scope.setCurrentIndex(page.scope.findData("overdue"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=TIMEOUT)
    row = next(r for r, (_l, what, _c) in enumerate(todo_rows(page)) if what.startswith("Ra quyết định xử phạt"))
    page.table.setFocus()
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), CaseTab), timeout=TIMEOUT)
    tab = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: tab.outcome.view is not None and tab.outcome.isVisible(), timeout=TIMEOUT)
    assert tab.case_id == str(late)
    button = tab.outcome.actions.buttons["decision"]
    qtbot.waitUntil(lambda: window.focusWidget() is button, timeout=TIMEOUT)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button, timeout=TIMEOUT)
    qtbot.keyClick(button, Qt.Key.Key_Space)  # the action is one key away
    qtbot.waitUntil(lambda: tab.outcome.actions.open_dialog is not None, timeout=TIMEOUT)
    dialog = tab.outcome.actions.open_dialog
    assert dialog.objectName() == "decision_dialog_xu_phat" and dialog.isVisible()

    # a sanction decision made: the count in the status bar follows
    monkeypatch.setattr(decision_dialog, "ask_and_print", lambda *a: None)  # no printer here
    type_day(qtbot, dialog.decided_on, vn_today() - timedelta(days=19))
    type_text(dialog.pay_account, "7111.0.1054321")
    dialog.ask_issue()
    box = message_box(qtbot, "issue_decision_confirm")
    with qtbot.waitSignal(tab.outcome.recorded, timeout=60000):
        qtbot.mouseClick(next(b for b in box.buttons() if b.text().replace("&", "") == "Ra quyết định"), LEFT)
    settle(qtbot, tab.outcome)
    with unit_of_work(window.db.sessions) as s:
        now_overdue = overdue_count(s, vn_today())
    assert now_overdue != 3
    qtbot.waitUntil(lambda: window.overdue.text() == f"⚠ {now_overdue} việc quá hạn" or (
        now_overdue == 0 and not window.overdue.isVisible()), timeout=TIMEOUT)


def test_the_case_list_filters_by_what_is_due(qtbot, window, cases):
    late, fresh, _overdue = cases
    page = window.list_page
    qtbot.waitUntil(lambda: page.counter.text() == "2 vụ việc", timeout=TIMEOUT)
    page.due.setCurrentIndex(page.due.findData("overdue"))
    qtbot.waitUntil(lambda: page.counter.text() == "1 vụ việc", timeout=TIMEOUT)
    assert page.model.case_id(0) == late
    page.due.setCurrentIndex(page.due.findData("all"))
    qtbot.waitUntil(lambda: page.counter.text() == "2 vụ việc", timeout=TIMEOUT)
    # the list's plain-SQL scopes and the service's agree, scope by scope
    today = vn_today()
    with unit_of_work(window.db.sessions) as s:
        expected = {scope: len(due_case_ids(s, today, scope)) for scope in SCOPES}
        counted = {scope: count_cases(s, CaseFilter(due=scope, today=today)) for scope in SCOPES}
    assert counted == expected and expected["overdue"] == 1 and expected["all"] == 2


@pytest.fixture
def no_auto_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SyncController, "START_DELAY", 3600.0)


def test_the_overdue_count_follows_a_sync(qtbot, tmp_path: Path, server: LiveServer, no_auto_start):
    unit = server.new_unit("Đội Quản lý thị trường số 5")
    mine = Laptop.set_up(tmp_path / "mine")
    mine.enrol(server, unit, "Máy anh Vi Văn Toàn")
    mine.close()
    colleague = Laptop.set_up(tmp_path / "colleague")
    colleague.enrol(server, unit, "Máy chị Hà Thị Lụa")
    colleague.sync()  # the number blocks its biên bản take their numbers from
    roadside_case(colleague.db.sessions, colleague.actor(), vn_today() - timedelta(days=20))
    colleague.sync()
    colleague.close()

    window = open_window(qtbot, mine.data)
    try:
        qtbot.wait(300)
        assert not window.overdue.isVisible()
        bar = window.findChild(QToolBar, "main_toolbar")
        button = bar.widgetForAction(window.sync.sync_action)
        with qtbot.waitSignal(window.sync.controller.finished, timeout=60000):
            qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
        qtbot.waitUntil(lambda: window.overdue.isVisible(), timeout=TIMEOUT)
        assert window.overdue.text() == "⚠ 3 việc quá hạn"
    finally:
        close_window(window)
