"""A case followed to its end through the real "Kết quả xử lý" page and its dialogs: the
sanction decision drafted, numbered and printed, its delivery, a partial payment with the
late amount the page computes and then the rest, the seized goods disposed of item by item,
and the file closed; a voided record struck through with its reason; and bad input told
beside its field with nothing written."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.db import unit_of_work
from app.models import IssuedDocument
from app.models.outcome import CaseDecision, CaseStep, GoodsDisposition, Payment
from app.services.catalog_lookup import load_catalogs_for_ui
from app.services.follow_through.payments import amount_due
from app.text import group_digits
from app.ui.outcome import decision_dialog
from app.ui.outcome.timeline import HTML_ROLE
from app.ui.vn_format import day_text, vn_today
from tests.ui.helpers import error_text
from tests.ui.outcome_support import (
    message_box,
    open_outcome,
    press,
    roadside_case,
    settle,
    submit,
    type_day,
)
from tests.vn_input import type_text

ACCOUNT = "7111.0.1054321"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def catalogs(demo_db):
    with unit_of_work(demo_db.sessions) as s:
        return load_catalogs_for_ui(s)


@pytest.fixture
def printed(monkeypatch):
    """What the decision dialog sends to the printer (no printer here)."""
    jobs: list[tuple[int, int, str]] = []
    monkeypatch.setattr(decision_dialog, "ask_and_print",
                        lambda parent, pdf, copies, title: jobs.append((len(pdf), copies, title)))
    return jobs


def timeline_words(page) -> list[str]:
    t = page.timeline
    return [t.item(r, 1).text() for r in range(t.rowCount())]


def due_labels(page) -> list[str]:
    return [d.label for d in page.view.due]


def issue_sanction(qtbot, page, decided_on) -> None:
    dialog = press(qtbot, page, "decision")
    assert dialog.objectName() == "decision_dialog_xu_phat"
    assert [w.fine.text() for w in dialog.lines] == ["8.000.000"]  # the fine the biên bản proposed
    assert dialog.total.text() == "Tổng tiền phạt: 8.000.000 đồng"
    type_day(qtbot, dialog.decided_on, decided_on)
    type_text(dialog.pay_account, ACCOUNT)
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    box = message_box(qtbot, "issue_decision_confirm")
    assert box.defaultButton().text().replace("&", "") == "Quay lại"  # Enter takes no number
    go = next(b for b in box.buttons() if b.text().replace("&", "") == "Ra quyết định")
    with qtbot.waitSignal(page.recorded, timeout=60000):
        qtbot.mouseClick(go, LEFT)
    settle(qtbot, page)


def test_a_case_followed_from_decision_to_closure(qtbot, tasks, demo_db, actor, catalogs, printed):
    today = vn_today()
    d0 = today - timedelta(days=40)
    case_id = roadside_case(demo_db.sessions, actor, d0)
    tab, page = open_outcome(qtbot, catalogs, case_id)
    assert page.stage.text() == "Chờ ra quyết định xử phạt"
    assert any(label.startswith("Ra quyết định xử phạt") for label in due_labels(page))
    assert page.due.item(1, 2).text().startswith("quá hạn")
    assert [page.held.item(r, 1).text() for r in range(page.held.rowCount())] == [
        "tạm giữ 500 bao", "tạm giữ 250 kg"]
    assert not page.actions.buttons["payment"].isEnabled()

    # the sanction decision, drafted from the case, numbered, printed
    issue_sanction(qtbot, page, d0 + timedelta(days=2))
    with unit_of_work(demo_db.sessions) as s:
        decision = s.scalars(select(CaseDecision).where(CaseDecision.case_id == case_id)).one()
        number, decision_id = decision.number, decision.id
        assert decision.status == "issued" and decision.pay_account == ACCOUNT
        assert s.get(IssuedDocument, decision.document_id).form_code == "MQĐ02"
    assert number.endswith("/QĐ-XPHC")
    assert printed == [(printed[0][0], printed[0][1], f"Quyết định {number}")] and printed[0][0] > 10_000
    assert timeline_words(page)[-1] == "Quyết định xử phạt vi phạm hành chính, phạt tiền 8.000.000 đồng"
    assert page.timeline.item(page.timeline.rowCount() - 1, 3).text() == number
    assert page.timeline.item(page.timeline.rowCount() - 1, 2).text() == actor.officer_name
    assert "Gửi quyết định xử phạt (trong 3 ngày làm việc)" in due_labels(page)
    assert not page.actions.buttons["decision"].isEnabled()  # one sanction decision a case

    # delivered in person
    dialog = press(qtbot, page, "deliver")
    type_day(qtbot, dialog.on, d0 + timedelta(days=3))
    submit(qtbot, page, dialog)
    assert "Gửi quyết định xử phạt (trong 3 ngày làm việc)" not in due_labels(page)

    # a partial payment after the due date: the late amount is shown and filled in
    paid_on = d0 + timedelta(days=20)
    dialog = press(qtbot, page, "payment")
    type_day(qtbot, dialog.paid_on, paid_on)
    with unit_of_work(demo_db.sessions) as s:
        due = amount_due(s, decision_id, paid_on)
    assert due.late > 0 and due.unpaid == 8_000_000
    qtbot.waitUntil(lambda: dialog.late_amount.text() == group_digits(due.late), timeout=30000)
    assert (f"Tiền chậm nộp tính đến ngày {day_text(paid_on)}: {group_digits(due.late)} đồng."
            in dialog.due_text.text())
    type_text(dialog.receipt_no, "BL-0012345")
    type_text(dialog.amount, "3.000.000")
    submit(qtbot, page, dialog)
    assert page.stage.text() == "Quá hạn nộp phạt: còn 5.000.000 đồng"

    # the rest today: what is due today, the late amount included, is filled in
    dialog = press(qtbot, page, "payment")
    with unit_of_work(demo_db.sessions) as s:
        rest = amount_due(s, decision_id, today)
    assert rest.unpaid == 5_000_000 and rest.late > due.late - 1
    qtbot.waitUntil(lambda: dialog.amount.text() == "5.000.000", timeout=30000)
    assert dialog.late_amount.text() == group_digits(rest.late)
    assert (f"Tổng phải nộp ngày {day_text(today)}: {group_digits(5_000_000 + rest.late)} đồng."
            in dialog.due_text.text())
    type_text(dialog.receipt_no, "BL-0012399")
    submit(qtbot, page, dialog)
    assert page.stage.text() == "Đã nộp đủ tiền phạt"
    assert not page.actions.buttons["payment"].isEnabled() or all(
        not label.startswith("Hạn nộp tiền phạt") for label in due_labels(page))

    # the goods, item by item: the cigarettes confiscated then destroyed, the sugar returned
    for item, action in ((0, "tich_thu"), (0, "tieu_huy"), (1, "tra_lai")):
        page.held.selectRow(item if action != "tra_lai" else page.held.rowCount() - 1)
        dialog = press(qtbot, page, "goods")
        dialog.action.set_value(action)
        type_day(qtbot, dialog.done_on, today - timedelta(days=1))
        if action == "tieu_huy":
            type_text(dialog.document_no, "05/BB-TH")
        submit(qtbot, page, dialog)
    assert page.held.rowCount() == 0 and page.nothing_held.isVisible()
    assert [w for w in timeline_words(page) if w.startswith(("Tịch thu", "Tiêu hủy", "Trả lại"))] == [
        "Tịch thu Thuốc lá điếu nhãn hiệu Esse (nhập lậu): 500 bao",
        "Tiêu hủy Thuốc lá điếu nhãn hiệu Esse (nhập lậu): 500 bao",
        "Trả lại Đường cát trắng không rõ nguồn gốc: 250 kg"]

    # complete: the file is closed, and nothing more can be recorded until it is reopened
    assert page.view.missing == []
    dialog = press(qtbot, page, "close")
    assert dialog.confirm_button.isEnabled()
    submit(qtbot, page, dialog)
    assert page.stage.text() == "Đã kết thúc hồ sơ" and page.view.closed
    assert page.view.due == [] and page.nothing_due.isVisible()
    assert not page.actions.buttons["goods"].isEnabled() and page.actions.buttons["reopen"].isEnabled()
    with unit_of_work(demo_db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(Payment).where(Payment.case_id == case_id)) == 2
        assert s.scalar(select(func.count()).select_from(GoodsDisposition)
                        .where(GoodsDisposition.case_id == case_id)) == 3
        steps = s.scalars(select(CaseStep.step).where(CaseStep.case_id == case_id)).all()
        assert steps == ["dong_ho_so"]


def test_a_voided_payment_is_struck_through_with_its_reason(qtbot, tasks, demo_db, actor, catalogs, printed):
    today = vn_today()
    d0 = today - timedelta(days=5)
    case_id = roadside_case(demo_db.sessions, actor, d0)
    tab, page = open_outcome(qtbot, catalogs, case_id)
    issue_sanction(qtbot, page, d0)
    dialog = press(qtbot, page, "payment")
    type_text(dialog.receipt_no, "BL-0000777")
    type_text(dialog.amount, "1.000.000")
    submit(qtbot, page, dialog)
    row = timeline_words(page).index("Nộp 1.000.000 đồng tại Kho bạc")
    page.timeline.selectRow(row)
    assert page.actions.buttons["void"].isEnabled()
    dialog = press(qtbot, page, "void")
    qtbot.mouseClick(dialog.confirm_button, LEFT)  # no reason typed
    qtbot.waitUntil(lambda: error_text(dialog, "void_reason") == "Ghi lý do hủy.", timeout=30000)
    type_text(dialog.reason, "Ghi nhầm số biên lai")
    submit(qtbot, page, dialog)
    t = page.timeline
    row = next(r for r in range(t.rowCount()) if t.item(r, 1).text() == "Nộp 1.000.000 đồng tại Kho bạc")
    assert t.item(row, 1).font().strikeOut()
    assert "Đã hủy: Ghi nhầm số biên lai" in t.item(row, 1).data(HTML_ROLE)
    with unit_of_work(demo_db.sessions) as s:
        payment = s.scalars(select(Payment).where(Payment.case_id == case_id)).one()
        assert (payment.status, payment.void_reason) == ("void", "Ghi nhầm số biên lai")
    assert page.stage.text() == "Chờ nộp phạt: còn 8.000.000 đồng"


def test_bad_input_is_told_beside_its_field_and_nothing_is_written(qtbot, tasks, demo_db, actor, catalogs, printed):
    yesterday = vn_today() - timedelta(days=1)
    case_id = roadside_case(demo_db.sessions, actor, yesterday)
    tab, page = open_outcome(qtbot, catalogs, case_id)

    # a signer whose competence does not cover the fine: refused at the signer, no number taken
    dialog = press(qtbot, page, "decision")
    type_text(dialog.pay_account, ACCOUNT)
    type_text(dialog.lines[0].fine, "40.000.000")
    dialog.signer.setCurrentIndex(dialog.signer.findText("Nông Thị Hạnh", flags=Qt.MatchFlag.MatchContains))
    qtbot.waitUntil(dialog.competence.isVisible, timeout=30000)
    assert "Kiểm soát viên thị trường" in dialog.competence.text()
    dialog.ask_issue()
    box = message_box(qtbot, "issue_decision_confirm")
    go = next(b for b in box.buttons() if b.text().replace("&", "") == "Ra quyết định")
    qtbot.mouseClick(go, LEFT)
    qtbot.waitUntil(lambda: error_text(dialog, "signer_title_code") is not None, timeout=30000)
    assert "vượt thẩm quyền" in error_text(dialog, "signer_title_code")
    assert dialog.isVisible()
    # an amount that is not a number: told at its line before anything runs
    type_text(dialog.lines[0].fine, "8.5")
    dialog.ask_issue()
    assert error_text(dialog, "lines.0") is not None
    with unit_of_work(demo_db.sessions) as s:
        decision = s.scalars(select(CaseDecision).where(CaseDecision.case_id == case_id)).one()
        assert (decision.status, decision.number, decision.fine_total) == ("draft", "", 8_000_000)
        assert s.scalar(select(func.count()).select_from(IssuedDocument)
                        .where(IssuedDocument.form_code == "MQĐ02")) == 0
    dialog.reject()
    settle(qtbot, page)

    # with the fine in the Đội trưởng's competence the decision is made; then a receipt
    # larger than what is due is refused at the amount
    issue_sanction(qtbot, page, yesterday)
    dialog = press(qtbot, page, "payment")
    type_text(dialog.receipt_no, "BL-0000999")
    type_text(dialog.amount, "9.000.000")
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.waitUntil(lambda: error_text(dialog, "amount") is not None, timeout=30000)
    assert "8.000.000" in error_text(dialog, "amount")
    assert dialog.isVisible()
    with unit_of_work(demo_db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(Payment).where(Payment.case_id == case_id)) == 0
