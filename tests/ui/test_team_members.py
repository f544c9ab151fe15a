"""Team members picked from the unit's officers (name, chức vụ and số hiệu filled in, the
officer linked), while a member from another force is still typed by hand."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from app.db import unit_of_work
from app.models import Case, Officer
from app.ui.widgets.person_line import PersonLine
from tests.ui.helpers import open_cell, type_cell
from tests.ui.test_main_window import new_case_tab, shortcut, window  # noqa: F401 (fixture)
from tests.vn_input import type_text


def test_pick_a_member_from_the_units_officers(qtbot, window, demo_db):  # noqa: F811
    tab = new_case_tab(qtbot, window)
    editor = tab.editor
    editor.nav.setCurrentRow(2)
    members = editor.team.members
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)

    cell = open_cell(members, 1, "full_name")
    assert isinstance(cell, PersonLine)
    type_text(cell, "nong thi")  # no diacritics, as typed in a hurry
    popup = cell.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    offers = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert offers == ["Nông Thị Hạnh — Kiểm soát viên thị trường, 20-QLTT-0123"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: members.table.state() != QAbstractItemView.State.EditingState)
    picked = members.row(1)
    assert (picked.full_name, picked.position_title, picked.badge_no) == (
        "Nông Thị Hạnh", "Kiểm soát viên thị trường", "20-QLTT-0123")
    assert picked.officer_id is not None

    # a border guard joins: nobody to pick, the name and title are typed by hand
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, members, 2, "full_name", "Lò Văn Sáng")
    type_cell(qtbot, members, 2, "position_title", "Đội trưởng Đồn Biên phòng Tân Thanh")
    guest = members.row(2)
    assert (guest.full_name, guest.badge_no, guest.officer_id) == ("Lò Văn Sáng", "", None)

    # retyping a picked officer's name breaks the link (it is someone else now)
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    cell = open_cell(members, 3, "full_name")
    type_text(cell, "0148")  # the số hiệu finds the officer too
    popup = cell.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: members.table.state() != QAbstractItemView.State.EditingState)
    assert members.row(3).full_name == "Lương Đức Minh" and members.row(3).officer_id
    type_cell(qtbot, members, 3, "full_name", "Lương Đức Mạnh")
    assert members.row(3).officer_id is None

    shortcut(qtbot, window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: tab.case_id is not None and not tab.dirty, timeout=30000)
    with unit_of_work(demo_db.sessions) as s:
        ins = s.get(Case, uuid.UUID(tab.case_id))
        saved = {m.full_name: m for m in ins.members if m.deleted_at is None}
        hanh = s.get(Officer, saved["Nông Thị Hạnh"].officer_id)
        assert (hanh.full_name, hanh.badge_no) == ("Nông Thị Hạnh", "20-QLTT-0123")
        assert saved["Nông Thị Hạnh"].badge_no == "20-QLTT-0123"
        assert saved["Lò Văn Sáng"].officer_id is None
        assert saved["Lò Văn Sáng"].position_title == "Đội trưởng Đồn Biên phòng Tân Thanh"
        assert saved["Lương Đức Mạnh"].officer_id is None
