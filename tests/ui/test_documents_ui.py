"""Issuing from the documents dialog and printing through QPrinter to a PDF file."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from app.db import unit_of_work
from app.demo import sample_case_form
from app.documents.issuing import document_pdf, issue_document
from app.services.cases import finalise_case, save_case
from app.ui import documents_dialog
from app.ui.printing import PrintJob, make_printer


@pytest.fixture
def case_id(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        cid = save_case(s, sample_case_form(s), actor).id
        finalise_case(s, cid, actor)
    return str(cid)


def test_print_job_writes_every_page_on_a4(qtbot, tasks, demo_db, actor, case_id, tmp_path):
    with unit_of_work(demo_db.sessions) as s:
        doc = issue_document(s, case_id, "BB-TG", actor)
        pdf = document_pdf(s, doc.document_id)
    printer = make_printer(copies=doc.copies, title=doc.number)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    job = PrintJob(printer, pdf)
    with qtbot.waitSignal(job.finished_ok, timeout=30000) as done:
        job.start()
    job.wait()
    assert done.args == [doc.page_count]
    pages = PdfReader(out).pages
    assert len(pages) == doc.page_count
    for page in pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(w - 595.3) < 2 and abs(h - 841.9) < 2
    assert printer.copyCount() == doc.copies == 2


def test_dialog_previews_issues_and_lists_the_document(qtbot, tasks, case_id, monkeypatch):
    printed = []
    monkeypatch.setattr(documents_dialog, "ask_and_print",
                        lambda parent, pdf, copies, title: printed.append((len(pdf), copies, title)))
    dialog = documents_dialog.DocumentsDialog(case_id, "Nguyễn Thị Ánh")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.forms.count() == 9, timeout=30000)
    codes = [dialog.forms.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.forms.count())]
    dialog.forms.setCurrentRow(codes.index("BB-KT"))
    qtbot.waitUntil(lambda: "Bản xem trước" in dialog.info.text() and "trang" in dialog.info.text(), timeout=30000)
    assert len(dialog.pages.findChildren(QLabel)) >= 2
    assert dialog.issue_button.isEnabled()
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.docs.rowCount() == 1, timeout=30000)
    assert dialog.docs.item(0, 0).text() == "20030001/BB-KT"
    assert printed and printed[0][1] == 2 and printed[0][2] == "Biên bản 20030001/BB-KT"
    qtbot.waitUntil(lambda: "Đã lập biên bản số 20030001/BB-KT" in dialog.info.text(), timeout=30000)
    assert not dialog.issue_button.isEnabled()  # the frozen document is shown, not re-issued


def test_number_blocks_dialog_lists_and_adds_blocks(qtbot, tasks):
    from app.ui.number_blocks_dialog import NumberBlocksDialog

    dialog = NumberBlocksDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    from app.services.numbering import SYMBOLS

    count = len(SYMBOLS)  # the set-up gave every symbol (biên bản and decisions) 0001–0499
    qtbot.waitUntil(lambda: dialog.table.rowCount() == count, timeout=30000)
    assert {dialog.table.item(r, 0).text() for r in range(count)} >= {"BB-KT", "BB-TG", "BB-CHS", "QĐ-XPHC"}
    dialog.symbol.setCurrentIndex(dialog.symbol.findData("BB-KT"))
    dialog.year.setValue(2031)
    dialog.first.setValue(500)
    dialog.last.setValue(520)
    dialog.add_block()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == count + 1 or dialog.error.isVisible(), timeout=30000)
    assert not dialog.error.isVisible(), dialog.error.text()
    assert [dialog.table.item(0, c).text() for c in range(6)] == ["BB-KT", "2031", "0500", "0520", "0500", "21"]
    dialog.add_block()  # the same range again overlaps: refused, next to the form
    qtbot.waitUntil(dialog.error.isVisible, timeout=30000)
    assert "trùng với dãy đã có" in dialog.error.text()
    assert dialog.table.rowCount() == count + 1
