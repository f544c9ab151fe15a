"""A finalised case as an officer leaves it after the roadside, and the hands that work its
"Kết quả xử lý" page: open a case tab on it, press an action, fill a dialog, wait for the
page to read the record back."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.documents.issuing import issue_document
from app.services.cases import finalise_case, save_case
from app.ui.case_tab import CaseTab
from app.ui.outcome.fields import DayField
from app.ui.outcome.page import OutcomePage
from app.vntime import VN_TZ

TIMEOUT = 30000


def at_vn(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), VN_TZ)


def roadside_case(sessions, actor, on: date) -> uuid.UUID:
    """The sample case (500 bao thuốc lá Esse and 250 kg đường seized, one violation of Điều
    15, fine proposed 8.000.000 đồng) inspected and finalised on ``on``, with its BB-VPHC and
    BB-TG issued that day."""
    with unit_of_work(sessions) as s:
        case_id = save_case(s, sample_case_entry(s, now=at_vn(on, 12)), actor).id
        finalise_case(s, case_id, actor)
        issue_document(s, case_id, "BB-VPHC", actor, now=at_vn(on, 11))
        issue_document(s, case_id, "BB-TG", actor, now=at_vn(on, 11))
    return case_id


def open_outcome(qtbot, catalogs, case_id: uuid.UUID) -> tuple[CaseTab, OutcomePage]:
    """A case tab on ``case_id`` at its "Kết quả xử lý", once the page has read the case."""
    tab = CaseTab(catalogs)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.load_case(case_id)
    qtbot.waitUntil(lambda: tab.outcome.case_id is not None, timeout=TIMEOUT)
    tab.show_outcome()
    page = tab.outcome
    qtbot.waitUntil(lambda: page.view is not None, timeout=TIMEOUT)
    return tab, page


def press(qtbot, page: OutcomePage, key: str) -> QDialog:
    """Click an action's button; the dialog it opens."""
    button = page.actions.buttons[key]
    assert button.isEnabled(), button.toolTip()
    page.actions.open_dialog = None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.actions.open_dialog is not None and page.actions.open_dialog.isVisible(),
                    timeout=TIMEOUT)
    return page.actions.open_dialog


def type_day(qtbot, field: DayField, day: date) -> None:
    """A day typed into a date field, digit by digit, as the officer types it."""
    edit = field.edit
    edit.setFocus()
    if field.is_empty():
        qtbot.keyClick(edit, Qt.Key.Key_N)  # today, then the digits over it
    edit.setSelectedSection(edit.Section.DaySection)
    qtbot.keyClicks(edit, day.strftime("%d%m%Y"))
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert field.day() == day, (field.day(), day)


def submit(qtbot, page: OutcomePage, dialog: QDialog) -> None:
    """Press the dialog's action; wait until the record is written and the page read again."""
    with qtbot.waitSignal(page.recorded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    settle(qtbot, page)


def settle(qtbot, page: OutcomePage) -> None:
    """Wait until the page's reads in flight have come back."""
    from app.ui.ops import task_manager

    qtbot.waitUntil(lambda: task_manager().pending == 0, timeout=TIMEOUT)


def message_box(qtbot, name: str) -> QMessageBox:
    found: dict[str, QMessageBox] = {}

    def visible() -> bool:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible():
                found["box"] = w
                return True
        return False

    qtbot.waitUntil(visible, timeout=TIMEOUT)
    return found["box"]


def qdate(day: date) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))
