"""What an inspector sees on a 1366×768 laptop: the status bar's message, unit and sync
state side by side, and every column of the issued-documents list, "In lại" included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.documents.issuing import issue_document, void_document
from app.services.cases import finalise_case, save_case
from app.ui.documents_dialog import DocumentsDialog
from tests.ui.test_main_window import close_window, open_window

SCREEN = QRect(0, 0, 1366, 768)
LONG_REASON = "Ghi nhầm biển số xe và tên người điều khiển phương tiện, lập lại biên bản khác"


@pytest.fixture
def window(qtbot, demo_db):
    demo_db.close()
    w = open_window(qtbot, demo_db.data_dir)
    w.resize(SCREEN.size())
    yield w
    close_window(w)


def in_window(widget, window) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def test_status_bar_message_unit_and_sync_never_overlap(qtbot, window):
    bar, unit, sync = window.statusBar(), window.status_label, window.sync.indicator
    qtbot.waitUntil(lambda: "Đội Quản lý thị trường" in unit.text(), timeout=30000)
    bar.showMessage("Đồng bộ xong: nhận 12 bản ghi, gửi 3 bản ghi, không có xung đột.", 60000)
    qtbot.wait(50)
    assert unit.isVisible() and sync.isVisible()  # a message hides neither
    unit_box, sync_box = in_window(unit, window), in_window(sync, window)
    assert not unit_box.intersects(sync_box) and unit_box.right() < sync_box.left()
    assert sync.width() >= sync.sizeHint().width()  # the sync state is read whole
    # the unit's name and the file's name are read whole; a long folder path gives way
    assert unit.visible_text().startswith("Đội Quản lý thị trường số 3 · dữ liệu")
    assert unit.visible_text().endswith("data/thucdia.sqlite3") and unit.toolTip() == unit.text()
    # QStatusBar draws its message left of its permanent widgets: the message has that room
    message_room = unit_box.left() - in_window(bar, window).left()
    assert message_room >= bar.fontMetrics().horizontalAdvance(bar.currentMessage())

    window.resize(900, 600)  # narrower: the unit's text gives way further, nothing overlaps
    qtbot.wait(50)
    unit_box, sync_box = in_window(unit, window), in_window(sync, window)
    assert not unit_box.intersects(sync_box) and sync.width() >= sync.sizeHint().width()
    assert unit.visible_text().count("…") == 1 and len(unit.visible_text()) < len(unit.text())


def test_issued_documents_show_every_column(qtbot, tasks, demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        case_id = str(save_case(s, sample_case_entry(s), actor).id)
        finalise_case(s, case_id, actor)
        first = issue_document(s, case_id, "BB-KT", actor)
        issue_document(s, case_id, "BB-VPHC", actor)
        void_document(s, first.document_id, LONG_REASON, actor)
    dialog = DocumentsDialog(case_id, "Nguyễn Thị Ánh")
    qtbot.addWidget(dialog)
    dialog.show()
    assert SCREEN.contains(QRect(SCREEN.topLeft(), dialog.size()))  # fits the laptop's screen
    table, header = dialog.docs, dialog.docs.horizontalHeader()
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=30000)
    qtbot.wait(50)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Số", "Mẫu", "Lập lúc", "Trạng thái", "In lại"]
    assert table.horizontalScrollBar().maximum() == 0  # nothing is off to the right
    assert header.sectionViewportPosition(4) + header.sectionSize(4) <= table.viewport().width()
    for col in range(table.columnCount()):
        assert header.sectionSize(col) >= header.sectionSizeHint(col), headers[col]  # header text whole
        if col != 3:
            assert header.sectionSize(col) >= table.sizeHintForColumn(col), headers[col]
    statuses = {table.item(r, 3).text() for r in range(2)}
    assert statuses == {"Đã lập", f"Đã hủy: {LONG_REASON}"}
    void_row = next(r for r in range(2) if table.item(r, 3).text() != "Đã lập")
    assert table.item(void_row, 3).toolTip() == f"Đã hủy: {LONG_REASON}"  # cut to the width, whole on hover
    assert header.sectionSize(3) >= table.fontMetrics().horizontalAdvance("Đã lập")
