"""What an office PC at 1366×768 shows of the follow-through: "Việc cần làm" over demo cases
followed two years through the services, and a case's "Kết quả xử lý" midway (decision
delivered, part paid, a receipt voided, the cigarettes confiscated, the sugar still held) —
every column and button read whole. The window is grabbed as it is drawn; with
THUCDIA_SCREENSHOTS=1 the grabs are copied into docs/ (the README shows them)."""

from __future__ import annotations

import os
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QWidget

from app.db import unit_of_work
from app.demo import generate_demo
from app.documents.decisions import issue_decision
from app.services.follow_through.decisions import draft_decision, record_delivery, save_decision
from app.services.follow_through.entries import (
    DecisionEntry,
    DecisionLineEntry,
    GoodsDispositionEntry,
    PaymentEntry,
)
from app.services.follow_through.goods import dispose_goods, held_goods
from app.services.follow_through.payments import record_payment
from app.services.follow_through.records import void_record
from app.ui.case_tab import CaseTab
from app.ui.vn_format import vn_today
from tests.ui.outcome_support import TIMEOUT, roadside_case
from tests.ui.test_main_window import close_window, open_window

DOCS = Path(__file__).resolve().parents[2] / "docs"
WANTED = os.environ.get("THUCDIA_SCREENSHOTS", "") == "1"


def midway_case(sessions, actor):
    """A case a month past the roadside, as an office leaves it midway."""
    d0 = vn_today() - timedelta(days=30)
    case_id = roadside_case(sessions, actor, d0)
    with unit_of_work(sessions) as s:
        draft = draft_decision(s, case_id, "xu_phat", actor)
        lines = tuple(DecisionLineEntry(ln["violation_id"], ln["legal_act_code"], ln["fine"]) for ln in draft.lines)
        form = DecisionEntry(d0 + timedelta(days=2), draft.place, draft.signer_name, draft.signer_title_code,
                            draft.subject_kind, lines, pay_account="7111.0.1054321")
        save_decision(s, draft.id, form, actor)
        issue_decision(s, draft.id, actor)
        record_delivery(s, draft.id, "truc_tiep", d0 + timedelta(days=3), actor)
        cigarettes, _sugar = held_goods(s, case_id, vn_today())
        dispose_goods(s, case_id, GoodsDispositionEntry(cigarettes.item_id, "tich_thu", d0 + timedelta(days=4)), actor)
        wrong = record_payment(s, case_id, PaymentEntry(draft.id, "BL-0012345", d0 + timedelta(days=9),
                                                       "300.000"), actor)
        void_record(s, "payment", wrong.id, "Ghi nhầm số tiền trên biên lai", actor)
        record_payment(s, case_id, PaymentEntry(draft.id, "BL-0012346", d0 + timedelta(days=9), "3.000.000",
                                               channel="ngan_hang"), actor)
    return case_id


@pytest.fixture
def office(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        generate_demo(s, 150 if WANTED else 40, outcomes=True)
    case_id = midway_case(demo_db.sessions, actor)
    demo_db.close()
    return case_id


@pytest.fixture
def window(qtbot, demo_db, office):
    w = open_window(qtbot, demo_db.data_dir)
    w.resize(1366, 768)
    yield w
    close_window(w)


def shot(widget: QWidget, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 20_000  # a drawn window, not a blank one
    if WANTED:
        shutil.copy(path, DOCS / name)


def whole_texts(root: QWidget) -> list[str]:
    """The visible buttons whose text does not fit them."""
    cut = []
    for b in root.findChildren(QAbstractButton):
        if b.isVisible() and b.text():
            need = b.fontMetrics().horizontalAdvance(b.text().replace("&", "")) + 12
            if need > b.width():
                cut.append(b.text())
    return cut


def no_sideways_scroll(table) -> bool:
    return table.horizontalScrollBar().maximum() == 0


def test_todo_and_outcome_pages_at_1366x768(qtbot, window, office, tmp_path):
    page = window.todo_page
    qtbot.waitUntil(lambda: window.overdue.isVisible(), timeout=TIMEOUT)
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and "(" in page.scope.currentText(), timeout=TIMEOUT)
    qtbot.wait(100)
    assert no_sideways_scroll(page.table)
    header = page.table.horizontalHeader()
    for col in range(page.model.columnCount()):
        assert header.sectionSize(col) >= page.table.sizeHintForColumn(col) or col == 2, col
    assert whole_texts(window) == []
    shot(window, tmp_path, "screenshot-todo.png")

    window.open_outcome(office, "payment")
    tab = window.tabs.currentWidget()
    assert isinstance(tab, CaseTab)
    outcome = tab.outcome
    qtbot.waitUntil(lambda: outcome.view is not None and outcome.isVisible(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.focusWidget() is outcome.actions.buttons["payment"], timeout=TIMEOUT)
    qtbot.wait(100)
    assert outcome.stage.text() == "Quá hạn nộp phạt: còn 5.000.000 đồng"
    assert [outcome.held.item(r, 1).text() for r in range(outcome.held.rowCount())] == [
        "đã tịch thu, chờ xử lý 500 bao", "tạm giữ 250 kg"]
    for table in (outcome.due, outcome.held, outcome.timeline):
        assert no_sideways_scroll(table)
    assert outcome.timeline.verticalScrollBar().maximum() == 0  # the whole story on one screen
    assert whole_texts(outcome) == []
    shot(window, tmp_path, "screenshot-outcome.png")


def test_case_list_and_editor_at_1366x768(qtbot, window, office, tmp_path):
    """The first screen an inspector sees, and a case open in the editor: the four fixed
    tabs named whole, the list with no sideways scroll, every button's words whole."""
    assert [window.tabs.tabText(i) for i in range(4)] == [
        "Danh sách vụ việc", "Tin báo", "Việc cần làm", "Báo cáo"]
    window.tabs.setCurrentWidget(window.list_page)
    page = window.list_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 20, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.overdue.isVisible(), timeout=TIMEOUT)
    qtbot.wait(100)
    bar = window.tabs.tabBar()
    for i in range(4):
        assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(bar.tabText(i)), i
    assert no_sideways_scroll(page.table)
    assert whole_texts(window) == []
    shot(window, tmp_path, "screenshot-list.png")

    window.open_case(office)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, CaseTab)
    qtbot.waitUntil(lambda: tab.case_id == str(office), timeout=TIMEOUT)
    tab.editor.nav.setCurrentRow(3)  # 4. Hàng hóa kiểm tra
    qtbot.wait(100)
    assert tab.editor.nav.currentItem().text() == "4. Hàng hóa kiểm tra"
    assert whole_texts(window) == []
    shot(window, tmp_path, "screenshot-case.png")
