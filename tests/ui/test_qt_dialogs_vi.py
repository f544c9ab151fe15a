"""Qt's own dialogs in Vietnamese: the print dialog, the save dialog and the standard
buttons read from resources/translations/qtbase_vi.qm (Qt ships no Vietnamese), and the
reason asked before voiding a biên bản has Vietnamese buttons of its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.documents.issuing import issue_document
from app.services.cases import finalise_case, save_case
from app.ui.application import install_translator
from app.ui.documents_dialog import DocumentsDialog
from app.ui.printing import make_printer
from tests.ui.test_draft_lifecycle import reason_dialog
from tests.vn_input import type_text

ENGLISH = {"OK", "Cancel", "Print", "&Print", "Printer", "Properties", "P&roperties", "&Save", "Save",
           "&Cancel", "Copies", "Copies:", "Options", "&Options >>", "Print range", "Print all",
           "Pages from", "Collate", "Reverse", "Output Settings", "&Name:", "Location:", "Type:",
           "Look in:", "&Look in:", "File &name:", "Files of &type:", "Page &Set:", "Paper", "Orientation", "Portrait", "Landscape"}


@pytest.fixture
def vietnamese(qapp):
    translator = install_translator(QApplication.instance(), "vi")
    assert translator is not None, "resources/translations/qtbase_vi.qm did not load"
    try:
        yield translator
    finally:
        QApplication.removeTranslator(translator)
        translator.deleteLater()


def shown_texts(dialog: QWidget) -> set[str]:
    texts = {w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisibleTo(dialog)}
    texts |= {w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)}
    texts |= {w.title() for w in dialog.findChildren(QGroupBox) if w.isVisibleTo(dialog)}
    for tabs in dialog.findChildren(QTabWidget):
        texts |= {tabs.tabText(i) for i in range(tabs.count())}
    return {t for t in texts if t}


def test_the_print_dialog_reads_in_vietnamese(qtbot, vietnamese):
    host = QWidget()
    qtbot.addWidget(host)
    printer = make_printer(2, "Biên bản 20030001/BB-KT")  # outlives the dialog
    dialog = QPrintDialog(printer, host)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = shown_texts(dialog)
    assert {"&In", "Hủy", "Th&uộc tính", "Máy in", "&Tên:", "&Tùy chọn >>"} <= texts
    options = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "&Tùy chọn >>")
    qtbot.mouseClick(options, Qt.MouseButton.LeftButton)  # the copies and page range
    texts = shown_texts(dialog)
    assert {"Số bản:", "Phạm vi in", "In tất cả", "In theo bộ", "&Nhóm trang:", "&Tùy chọn <<"} <= texts
    assert not texts & ENGLISH, texts & ENGLISH
    dialog.reject()


def test_the_save_dialog_and_standard_buttons_read_in_vietnamese(qtbot, vietnamese):
    host = QWidget()
    qtbot.addWidget(host)
    dialog = QFileDialog(host, "Lưu PDF", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = shown_texts(dialog)
    assert {"&Lưu", "Hủy", "Tê&n tệp:", "&Loại tệp:", "&Thư mục:"} <= texts
    assert not texts & ENGLISH, texts & ENGLISH
    dialog.reject()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["Đồng ý", "Hủy"]
    assert QCoreApplication.translate("QPlatformTheme", "Save") == "Lưu"


def test_voiding_asks_for_the_reason_with_vietnamese_buttons(qtbot, tasks, demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        case_id = str(save_case(s, sample_case_entry(s), actor).id)
        finalise_case(s, case_id, actor)
        number = issue_document(s, case_id, "BB-KT", actor).number
    dialog = DocumentsDialog(case_id, "Nguyễn Thị Ánh")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.docs.rowCount() == 1, timeout=30000)
    dialog.docs.selectRow(0)
    qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)
    ask = reason_dialog(qtbot, "void_reason")
    assert {b.text() for b in ask.findChildren(QAbstractButton)} == {"&Hủy biên bản", "&Quay lại"}
    qtbot.mouseClick(ask.confirm_button, Qt.MouseButton.LeftButton)
    assert ask.error.text() == "Ghi lý do hủy biên bản." and ask.isVisible()
    type_text(ask.reason, "Ghi nhầm biển số xe")
    qtbot.mouseClick(ask.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.docs.item(0, 3) is not None
                    and dialog.docs.item(0, 3).text() == "Đã hủy: Ghi nhầm biển số xe", timeout=30000)
    assert dialog.docs.item(0, 0).text() == number
