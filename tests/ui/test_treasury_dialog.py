"""The Kho bạc a unit's fines are paid into, set from the window ("Dãy số biên bản" ▸ "Kho
bạc nhận tiền phạt…"): a wrong account is refused beside its field and nothing is kept; a
right one is kept and offered on the next decision to sanction."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.db import unit_of_work
from app.services.follow_through.decisions import draft_decision
from app.services.settings import Treasury, treasury
from app.ui.outcome.treasury_dialog import TreasuryDialog
from app.ui.vn_format import vn_today
from tests.ui.helpers import error_text
from tests.ui.outcome_support import TIMEOUT, roadside_case
from tests.ui.test_main_window import close_window, open_window
from tests.vn_input import type_text


def test_the_treasury_is_set_from_the_window(qtbot, demo_db, actor):
    case_id = roadside_case(demo_db.sessions, actor, vn_today() - timedelta(days=2))
    demo_db.close()
    window = open_window(qtbot, demo_db.data_dir)
    try:
        assert window.treasury_action in window.toolbar.widgetForAction(window.blocks_action).menu().actions()
        window.treasury_action.trigger()
        qtbot.waitUntil(lambda: window.findChild(TreasuryDialog) is not None, timeout=TIMEOUT)
        dialog = window.findChild(TreasuryDialog)
        qtbot.waitExposed(dialog)
        name = dialog.findChild(QLineEdit, "treasury_name")
        account = dialog.findChild(QLineEdit, "treasury_account")
        type_text(name, "Kho bạc Nhà nước khu vực VII")
        type_text(dialog.findChild(QLineEdit, "treasury_address"), "Số 2 đường Lê Lợi, phường Lạng Sơn")
        type_text(account, "7111.0.105432l")  # an "l" for a "1"
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: error_text(dialog, "account") is not None, timeout=TIMEOUT)
        assert error_text(dialog, "account") == "Số tài khoản chỉ gồm chữ số (có thể có dấu chấm, gạch nối)."
        assert error_text(dialog, "name") is None
        assert dialog.isVisible()
        with unit_of_work(window.db.sessions) as s:
            assert treasury(s) == Treasury()
        type_text(account, "7111.0.1054321")
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
        with unit_of_work(window.db.sessions) as s:
            assert treasury(s) == Treasury("Kho bạc Nhà nước khu vực VII",
                                           "Số 2 đường Lê Lợi, phường Lạng Sơn", "7111.0.1054321")
            assert draft_decision(s, case_id, "xu_phat", actor).pay_account == "7111.0.1054321"
    finally:
        close_window(window)
