"""What is printed is what was typed, driven through the real window like an inspector.

A case with a unit picked from the list, Vietnamese numbers ("1500", "1.5" then "1,5"), a
wrong then a right tax code, and a fine outside its point's range; the warnings appear at
save and again before "Lập biên bản", with the choice to go back; a second BB-KT needs a
replacement with a typed reason; the PDFs read back hold the values as typed; a PDF is
saved under a file name that Linux and Windows accept, and a file error is in Vietnamese.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QPushButton

from app.ui import documents_dialog
from app.ui.documents_dialog import DocumentsDialog
from tests.ui.helpers import error_text, pick, pick_cell, tick, type_cell
from tests.ui.test_main_window import (
    click_button,
    close_window,
    message_box,
    new_case_tab,
    open_window,
    shortcut,
)
from tests.vn_input import type_text

RANGE = ("Mức phạt đề xuất 1.500.000 đồng nằm ngoài khung của điểm a khoản 1 Điều 15 Nghị định số "
         "98/2020/NĐ-CP đối với cá nhân: 500.000 đồng – 1.000.000 đồng.")
BAND = ("Trị giá hàng hóa 4.000.000 đồng không thuộc mức của điểm a khoản 1 Điều 15 Nghị định số "
        "98/2020/NĐ-CP (dưới 3.000.000 đồng)")


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def window(qtbot, demo_db):
    demo_db.close()
    w = open_window(qtbot, demo_db.data_dir)
    yield w
    close_window(w)


def fill_case(qtbot, editor) -> None:
    editor.nav.setCurrentRow(0)
    type_text(editor.basis.surprise_ground, "Tin báo về xe tải chở quần áo nhập lậu")
    type_text(editor.basis.place_address, "Bãi xe thôn Nà Lừa")
    pick(qtbot, editor.basis.commune, "dong dang")
    qtbot.mouseClick(editor.basis.ended_at.now_button, Qt.MouseButton.LeftButton)

    editor.nav.setCurrentRow(1)
    subject = editor.subject
    type_text(subject.w["name"], "Nguyễn Thị Ánh")
    type_text(subject.w["id_number"], "020186001234")
    type_text(subject.w["address"], "Thôn Pò Mã, xã Đồng Đăng, tỉnh Lạng Sơn")
    assert subject.tax_slot.label.text() == "Mã số thuế (nếu có)"
    type_text(subject.w["tax_code"], "0100109107")

    editor.nav.setCurrentRow(2)
    members = editor.team.members
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, members, 1, "full_name", "Nông Thị Hạnh")
    type_cell(qtbot, members, 1, "position_title", "Kiểm soát viên thị trường")
    type_cell(qtbot, members, 1, "badge_no", "20-QLTT-0123")

    editor.nav.setCurrentRow(3)
    goods = editor.goods.goods
    qtbot.mouseClick(goods.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, goods, 0, "name", "Áo sơ mi nam nhập lậu")
    pick_cell(qtbot, goods, 0, "unit", "cai")
    type_cell(qtbot, goods, 0, "quantity", "1500")
    type_cell(qtbot, goods, 0, "estimated_value", "2500000")
    assert goods.text_at(0, goods.column_of("unit")) == "cái"
    assert goods.text_at(0, goods.column_of("quantity")) == "1.500"  # shown as understood
    assert goods.text_at(0, goods.column_of("estimated_value")) == "2.500.000"

    qtbot.mouseClick(goods.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, goods, 1, "name", "Vải cuộn không rõ nguồn gốc")
    pick_cell(qtbot, goods, 1, "unit", "kg")
    type_cell(qtbot, goods, 1, "quantity", "1.5")  # a dot that is not a thousands separator
    assert error_text(editor, "goods") == (
        "Dòng 2, Số lượng: Dấu chấm chỉ dùng để tách hàng nghìn (VD 1.500); phần lẻ viết sau dấu phẩy (VD 1,5)."
    )
    assert goods.text_at(1, goods.column_of("quantity")) == "1.5"  # kept as typed, never guessed
    type_cell(qtbot, goods, 1, "quantity", "1,5")
    assert error_text(editor, "goods") is None
    type_cell(qtbot, goods, 1, "estimated_value", "1.500.000")

    editor.nav.setCurrentRow(4)
    violations = editor.violations.table
    qtbot.mouseClick(violations.add_button, Qt.MouseButton.LeftButton)
    pick_cell(qtbot, violations, 0, "legal_act_code", "15 k1 a")
    type_cell(qtbot, violations, 0, "proposed_fine", "1500000")

    editor.nav.setCurrentRow(5)
    seizure = editor.seizure
    tick(qtbot, seizure.enabled)
    qtbot.mouseClick(seizure.copy_button, Qt.MouseButton.LeftButton)
    type_text(seizure.storage_place, "Kho tang vật Đội Quản lý thị trường số 3")

    editor.nav.setCurrentRow(6)
    type_text(editor.results.contents, "Kiểm tra hàng hóa trên xe và hóa đơn, chứng từ kèm theo")


def issue_and_answer(qtbot, dialog: DocumentsDialog, code: str, answer: str) -> str:
    """Choose ``code``, press "Lập biên bản", answer the confirmation; returns its text."""
    codes = [dialog.forms.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.forms.count())]
    dialog.forms.setCurrentRow(codes.index(code))
    qtbot.waitUntil(lambda: dialog.issue_button.isEnabled(), timeout=30000)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    box = message_box(qtbot, "issue_confirm")
    text = box.text()
    assert box.defaultButton().text() == "&Quay lại"  # Enter goes back, never issues
    click_button(qtbot, box, answer)
    return text


def test_what_is_printed_is_what_was_typed(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setattr(documents_dialog, "ask_and_print", lambda *a: None)
    tab = new_case_tab(qtbot, window)
    editor = tab.editor
    fill_case(qtbot, editor)

    # the individual's tax code is checked like an organisation's
    shortcut(qtbot, window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: error_text(editor, "subject.tax_code") is not None, timeout=30000)
    assert error_text(editor, "subject.tax_code") == (
        "Mã số thuế sai chữ số kiểm tra (chữ số thứ 10): hãy đối chiếu lại giấy tờ.")
    assert editor.form().id is None
    type_text(editor.subject.w["tax_code"], "0100109106")

    # saved, with what will print wrong shown in the section and counted beside its name
    shortcut(qtbot, window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not tab.dirty, timeout=30000)
    assert "⚠ 2 điều cần xem lại trước khi in" in tab.state.text()
    note = editor.violations.warning_note
    assert not note.isHidden()
    assert f"⚠ Dòng 1, Mức phạt đề xuất (đồng): {RANGE}" in note.text()
    assert f"⚠ Dòng 1, Hành vi vi phạm (điểm, khoản, điều): {BAND}" in note.text()
    assert editor.nav.item(4).text() == "5. Vi phạm  ⚠ 2"
    assert editor.goods.goods.text_at(0, 3) == "1.500" and editor.goods.goods.text_at(1, 3) == "1,5"

    shortcut(qtbot, window, Qt.Key.Key_Return)
    click_button(qtbot, message_box(qtbot, "finalise_confirm"), "Hoàn tất và khóa")
    qtbot.waitUntil(lambda: editor.is_locked(), timeout=30000)

    qtbot.mouseClick(tab.documents_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(DocumentsDialog)
    qtbot.waitUntil(lambda: dialog.forms.count() == 9, timeout=30000)

    # before a number is taken: the same warnings, and "Quay lại" takes nothing
    shown = issue_and_answer(qtbot, dialog, "BB-KT", "&Quay lại")
    assert RANGE in shown and BAND in shown
    qtbot.waitUntil(lambda: dialog.issue_button.isEnabled(), timeout=30000)
    assert dialog.docs.rowCount() == 0

    issue_and_answer(qtbot, dialog, "BB-KT", "&Vẫn lập biên bản")
    qtbot.waitUntil(lambda: "Đã lập biên bản số 20030001/BB-KT" in dialog.info.text(), timeout=30000)
    kt = pdf_text(dialog.pdf)
    assert "Mã số thuế: 0100109106" in kt
    assert "Áo sơ mi nam nhập lậu cái 1.500" in kt and "Vải cuộn không rõ nguồn gốc kg 1,5" in kt
    assert "1.500.000 đồng (Một triệu năm trăm nghìn đồng)" in kt

    issue_and_answer(qtbot, dialog, "BB-TG", "&Vẫn lập biên bản")
    qtbot.waitUntil(lambda: "Đã lập biên bản số 20030001/BB-TG" in dialog.info.text(), timeout=30000)
    tg = pdf_text(dialog.pdf)
    assert "Cộng cái 1.500" in tg and "Cộng kg 1,5" in tg
    assert " cai " not in tg

    # a second BB-KT: a replacement, with the reason the inspector types
    shown = issue_and_answer(qtbot, dialog, "BB-KT", "Lập bản &thay thế…")
    assert "Vụ việc đã có biên bản số 20030001/BB-KT" in shown
    reason = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QInputDialog) and w.objectName() == "replace_reason" and w.isVisible())
    type_text(reason.findChild(QLineEdit), "Ghi sai mức phạt đề xuất")
    ok = next(b for b in reason.findChildren(QPushButton) if b.text() == "Hủy bản cũ và lập bản thay thế")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã lập biên bản số 20030002/BB-KT" in dialog.info.text(), timeout=30000)
    qtbot.waitUntil(lambda: dialog.docs.rowCount() == 3, timeout=30000)
    rows = {dialog.docs.item(r, 0).text(): dialog.docs.item(r, 3).text() for r in range(3)}
    assert rows == {"20030001/BB-KT": "Đã hủy: Ghi sai mức phạt đề xuất", "20030001/BB-TG": "Đã lập",
                    "20030002/BB-KT": "Đã lập"}

    # "Lưu PDF…": a file name both systems accept, the file is the biên bản
    suggested = []

    def save_as(where):
        def answer(_parent, _caption, name, _filter):
            suggested.append(name)
            return str(where(name)), "PDF (*.pdf)"
        return answer

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as(lambda name: tmp_path / name))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert suggested == ["20030002-BB-KT.pdf"]
    saved = (tmp_path / "20030002-BB-KT.pdf").read_bytes()
    assert "20030002/BB-KT" in pdf_text(saved) and "Mã số thuế: 0100109106" in pdf_text(saved)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as(lambda name: tmp_path / "không-có" / name))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = message_box(qtbot, "file_error")
    assert box.text() == (f"Không ghi được tệp {tmp_path / 'không-có' / '20030002-BB-KT.pdf'}: "
                          "thư mục không tồn tại hoặc tên tệp có ký tự không dùng được.")
    box.accept()
    dialog.accept()


def test_printing_to_a_file_names_it_safely_and_says_a_failure_in_vietnamese(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from app.documents.render import render
    from app.documents.sample import sample_snapshot
    from app.ui.printing import PrintJob, make_printer

    printer = make_printer(copies=2, title="Biên bản 20030001/BB-KT")
    assert printer.docName() == "Biên bản 20030001-BB-KT"  # Qt names the output file after it
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "không-có" / "Biên bản 20030001-BB-KT.pdf"
    printer.setOutputFileName(str(target))
    job = PrintJob(printer, bytes(render(sample_snapshot("BB-KT", items=3))))
    with qtbot.waitSignal(job.failed, timeout=30000) as failed:
        job.start()
    job.wait()
    assert failed.args == [f"Không ghi được tệp {target}: kiểm tra thư mục có tồn tại và cho ghi không."]
