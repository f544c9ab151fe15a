"""The keyboard on "Kết quả xử lý": every mnemonic (Alt+letter) of the page and of each
dialog is its own, Enter in a field moves on instead of writing, Esc is "Quay lại"."""

from __future__ import annotations

import re
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from sqlalchemy import func, select

from app.db import unit_of_work
from app.models.outcome import CaseStep
from app.services.catalog_lookup import load_catalogs_for_ui
from app.ui.vn_format import vn_today
from tests.ui.outcome_support import TIMEOUT, open_outcome, press, roadside_case

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(root: QWidget) -> list[str]:
    keys = []
    for w in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not w.isVisible() or (isinstance(w, QLabel) and w.buddy() is None):
            continue
        keys += [m.lower() for m in MNEMONIC.findall(w.text().replace("&&", ""))]
    return keys


def test_mnemonics_are_unique_and_enter_never_writes(qtbot, tasks, demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        catalogs = load_catalogs_for_ui(s)
    case_id = roadside_case(demo_db.sessions, actor, vn_today() - timedelta(days=3))
    tab, page = open_outcome(qtbot, catalogs, case_id)
    keys = mnemonics(tab)
    assert len(keys) == len(set(keys)), keys

    for action in ("decision", "seizure_decision", "confiscate", "no_sanction", "explanation", "step",
                   "goods", "refer", "close"):
        dialog = press(qtbot, page, action)
        keys = mnemonics(dialog)
        assert len(keys) == len(set(keys)), (action, keys)
        assert "q" in keys  # &Quay lại
        assert dialog.width() <= 1366 and dialog.height() <= 728, action  # within the laptop's screen
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=TIMEOUT)

    dialog = press(qtbot, page, "step")
    dialog.activateWindow()
    dialog.document_no.setFocus()
    qtbot.keyClick(dialog.document_no, Qt.Key.Key_Return)  # on to the next field, nothing written
    assert dialog.isVisible() and QApplication.focusWidget() is not dialog.document_no
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    with unit_of_work(demo_db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(CaseStep)) == 0
