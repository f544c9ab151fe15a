"""The keyboard never traps: date fields, tables, sections, the case list's search box,
the finalise confirmation, saving in place and one tab per case."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.services.cases import save_case
from app.ui.main_window import FIRST_CASE_TAB
from tests.ui.test_case_editor import editor  # noqa: F401 (fixture)
from tests.ui.test_main_window import close_window, message_box, open_window, shortcut
from tests.vn_input import type_text

TAB, BACKTAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return
SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)
    QApplication.processEvents()


# -- date fields ------------------------------------------------------------------------------
def test_tab_leaves_an_empty_date_field_and_letters_do_not_stick(qtbot, editor):  # noqa: F811
    basis = editor.basis
    basis.ended_at.edit.setFocus()
    qtbot.keyClicks(basis.ended_at.edit, "ZZZ")
    assert basis.ended_at.edit.text() == "chưa nhập" and basis.ended_at.value() is None
    press(TAB)
    assert QApplication.focusWidget() is basis.ended_at.now_button  # "Bây giờ" is reachable
    press(TAB)
    assert QApplication.focusWidget() is basis.place_address
    press(BACKTAB, SHIFT)
    press(BACKTAB, SHIFT)
    assert QApplication.focusWidget() is basis.ended_at.edit


def test_n_fills_now_space_on_bay_gio_too_and_delete_empties(qtbot, editor):  # noqa: F811
    field = editor.seizure.seized_at
    editor.nav.setCurrentRow(5)
    editor.seizure.enabled.setChecked(True)
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_N)
    assert field.value() is not None and "phím N" in field.now_button.toolTip()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    assert field.value() is None and field.edit.text() == "chưa nhập"
    press(TAB)  # the ✕ button is skipped: Delete does its work
    assert QApplication.focusWidget() is field.now_button
    press(Qt.Key.Key_Space)
    assert field.value() is not None
    birth = editor.subject.w["birth_date"]  # a date without time: N is today
    editor.nav.setCurrentRow(1)
    birth.edit.setFocus()
    qtbot.keyClick(birth.edit, Qt.Key.Key_N)
    assert birth.value() == date.today()


# -- tables -------------------------------------------------------------------------------------
def test_tab_leaves_a_table_after_its_last_cell_and_comes_back_to_it(qtbot, editor):  # noqa: F811
    members = editor.team.members
    members.add_row()
    members.add_row()
    editor.focus_section(2)
    table = members.table
    assert QApplication.focusWidget() is table and (table.currentRow(), table.currentColumn()) == (0, 0)
    for _ in range(2 * table.columnCount() - 1):
        press(TAB)
    assert QApplication.focusWidget() is table
    assert (table.currentRow(), table.currentColumn()) == (1, table.columnCount() - 1)
    press(TAB)  # no wrap to the first row: on to the table's buttons
    assert QApplication.focusWidget() is members.add_button
    press(BACKTAB, SHIFT)
    assert QApplication.focusWidget() is table and table.currentRow() == 1
    table.setCurrentCell(0, 0)
    press(BACKTAB, SHIFT)  # before the first cell: out, back to the previous section's last field
    assert editor.nav.currentRow() == 1 and QApplication.focusWidget() is editor.subject.present
    editor.focus_section(2)
    table.setCurrentCell(0, 1)
    press(TAB, CTRL)  # Ctrl+Tab leaves from any cell
    assert QApplication.focusWidget() is members.add_button
    assert "QTableWidget:focus" in table.styleSheet()  # the table shows it has the keyboard


def test_tab_in_the_last_cell_editor_commits_and_leaves(qtbot, editor):  # noqa: F811
    goods = editor.goods.goods
    goods.add_row()
    editor.focus_section(3)
    table = goods.table
    last = table.columnCount() - 1
    table.setCurrentCell(0, last)
    type_text(table, "Hàng để trong thùng xe")
    assert table.state() == table.State.EditingState
    press(TAB)
    assert QApplication.focusWidget() is goods.add_button  # not back to the first cell
    assert editor.form().goods[0].note == "Hàng để trong thùng xe"


# -- sections -----------------------------------------------------------------------------------
def test_tab_after_a_sections_last_field_goes_to_the_next_section(qtbot, editor):  # noqa: F811
    editor.focus_section(0)
    assert QApplication.focusWidget() is editor.basis.by_surprise  # the checked basis
    editor.basis.vehicle_plate.setFocus()
    press(TAB)
    assert editor.nav.currentRow() == 1
    assert QApplication.focusWidget() is editor.subject.individual  # (no registry search here)
    press(BACKTAB, SHIFT)
    assert editor.nav.currentRow() == 0 and QApplication.focusWidget() is editor.basis.vehicle_plate
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert editor.nav.currentRow() == 1 and QApplication.focusWidget() is editor.subject.individual


# -- the window -----------------------------------------------------------------------------------
@pytest.fixture
def window_with_case(qtbot, demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        form = sample_case_entry(s)
        save_case(s, form, actor)
    demo_db.close()
    w = open_window(qtbot, demo_db.data_dir)
    qtbot.waitUntil(lambda: w.list_page.model.rowCount() == 1, timeout=30000)
    yield w, form.subject.name
    close_window(w)


def test_down_and_enter_from_the_search_box_open_the_case_once(qtbot, window_with_case):
    window, name = window_with_case
    page = window.list_page
    shortcut(qtbot, window, Qt.Key.Key_F)
    type_text(page.search, name.split()[-1])
    press(ENTER)  # before the results arrive: opens the first result when they do
    qtbot.waitUntil(lambda: window.tabs.count() == FIRST_CASE_TAB + 1, timeout=30000)
    tab = window.tabs.widget(FIRST_CASE_TAB)
    qtbot.waitUntil(lambda: tab.editor.form().subject.name == name, timeout=30000)
    window.tabs.setCurrentIndex(0)
    shortcut(qtbot, window, Qt.Key.Key_F)
    press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table and page.table.currentIndex().row() == 0
    press(TAB)  # a list of cases is left by Tab (arrows move in it), not walked cell by cell
    assert QApplication.focusWidget() is not page.table
    press(BACKTAB, SHIFT)
    assert QApplication.focusWidget() is page.table and page.table.currentIndex().row() == 0
    press(ENTER)  # the same case: its tab comes forward, no second tab
    assert window.tabs.count() == FIRST_CASE_TAB + 1 and window.tabs.currentIndex() == FIRST_CASE_TAB


def test_double_click_opens_one_tab_and_saving_stays_in_place(qtbot, window_with_case):
    window, name = window_with_case
    table = window.list_page.table
    rect = table.visualRect(table.model().index(0, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click:
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click, click
    qtbot.waitUntil(lambda: window.tabs.count() == FIRST_CASE_TAB + 1, timeout=30000)
    tab = window.tabs.widget(FIRST_CASE_TAB)
    qtbot.waitUntil(lambda: tab.editor.form().subject.name == name, timeout=30000)
    qtbot.wait(200)  # a second open would have added its tab by now
    assert window.tabs.count() == FIRST_CASE_TAB + 1
    qtbot.waitUntil(lambda: tab.photos.pending == 0, timeout=30000)  # saves wait for the photos

    case_editor = tab.editor
    case_editor.focus_section(6)
    type_text(case_editor.results.contents, "Kiểm tra hóa đơn kèm theo hàng")
    shortcut(qtbot, window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not tab.dirty, timeout=30000)
    assert case_editor.nav.currentRow() == 6
    assert window.focusWidget() is case_editor.results.contents
    case_editor.focus_section(3)
    goods = case_editor.goods.goods.table
    goods.setCurrentCell(0, 3)
    type_text(goods, "2")
    shortcut(qtbot, window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not tab.dirty, timeout=30000)
    assert case_editor.nav.currentRow() == 3 and window.focusWidget() is goods
    assert (goods.currentRow(), goods.currentColumn()) == (0, 3)
    assert case_editor.form().goods[0].quantity == "2"


def test_enter_on_the_finalise_confirmation_goes_back_alt_h_locks(qtbot, window_with_case):
    window, name = window_with_case
    window.list_page.table.setFocus()
    window.list_page.table.selectRow(0)
    press(ENTER)
    qtbot.waitUntil(lambda: window.tabs.count() == FIRST_CASE_TAB + 1, timeout=30000)
    tab = window.tabs.widget(FIRST_CASE_TAB)
    qtbot.waitUntil(lambda: tab.editor.form().subject.name == name, timeout=30000)
    shortcut(qtbot, window, Qt.Key.Key_Return)
    box = message_box(qtbot, "finalise_confirm")
    assert box.defaultButton().text() == "&Quay lại"
    QTest.keyClick(box, ENTER)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    qtbot.wait(200)  # a finalise would have started by now
    assert not tab.editor.is_locked() and tab.save_button.isVisible()
    shortcut(qtbot, window, Qt.Key.Key_Return)
    box = message_box(qtbot, "finalise_confirm")
    QTest.keyClick(box, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(tab.editor.is_locked, timeout=30000)
    assert tab.documents_button.text() == "Lập &biên bản, in… (Ctrl+P)"
