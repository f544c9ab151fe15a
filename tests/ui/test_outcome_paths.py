"""Signs of a crime: the file handed to the police through "Kết quả xử lý", their answer
recorded with the accused (the case's subject linked, a new person typed), an accused
without a name refused at the table's cell with nothing written; and the other paths of a
case: giải trình asked for with its term, the seizure decision (MQĐ20) issued."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.db import unit_of_work
from app.models import IssuedDocument
from app.models.outcome import Accused, CriminalReferral
from app.services.catalog_lookup import load_catalogs_for_ui
from app.services.follow_through.deadlines import working_days_after
from app.ui.outcome import decision_dialog
from app.ui.vn_format import day_text, vn_today
from tests.ui.helpers import error_text, type_cell
from tests.ui.outcome_support import (
    TIMEOUT,
    message_box,
    open_outcome,
    press,
    roadside_case,
    settle,
    submit,
)
from tests.vn_input import type_text

LEFT = Qt.MouseButton.LeftButton
POLICE = "Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn"


@pytest.fixture
def catalogs(demo_db):
    with unit_of_work(demo_db.sessions) as s:
        return load_catalogs_for_ui(s)


def test_referral_and_the_prosecution_with_its_accused(qtbot, tasks, demo_db, actor, catalogs):
    case_id = roadside_case(demo_db.sessions, actor, vn_today() - timedelta(days=10))
    tab, page = open_outcome(qtbot, catalogs, case_id)
    assert not page.actions.buttons["answer"].isEnabled()

    dialog = press(qtbot, page, "refer")
    type_text(dialog.agency, POLICE)
    type_text(dialog.document_no, "03/QĐ-CHS")
    submit(qtbot, page, dialog)
    assert page.stage.text() == f"Đã chuyển {POLICE}, chờ kết quả"
    waiting = next(r for r in range(page.due.rowCount()) if page.due.item(r, 1).text().startswith("Chờ kết quả"))
    assert page.due.item(waiting, 2).text() == "đang chờ"  # on the police: never overdue
    assert not page.actions.buttons["refer"].isEnabled()

    dialog = press(qtbot, page, "answer")
    assert POLICE in dialog.intro.text()
    dialog.answer.set_value("khoi_to")
    type_text(dialog.answer_no, "15/QĐ-KTVA")
    qtbot.mouseClick(dialog.from_subject, LEFT)  # the case's subject, linked
    assert dialog.accused.rows()[0].full_name == "Nguyễn Thị Ánh"
    qtbot.mouseClick(dialog.accused.add_button, LEFT)
    type_cell(qtbot, dialog.accused, 1, "birth_year", "1990")  # a second person, name forgotten
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.waitUntil(lambda: error_text(dialog, "accused") is not None, timeout=TIMEOUT)
    assert error_text(dialog, "accused") == "Dòng 2, Họ tên: Chưa nhập họ tên bị can."
    assert dialog.isVisible()
    with unit_of_work(demo_db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(Accused)) == 0
        assert s.scalars(select(CriminalReferral.answer)).one() == "cho"

    type_cell(qtbot, dialog.accused, 1, "full_name", "Lò Văn Pảo")
    submit(qtbot, page, dialog)
    assert page.stage.text() == "Đã khởi tố vụ án hình sự"
    words = [page.timeline.item(r, 1).text() for r in range(page.timeline.rowCount())]
    assert words[-3:] == ["Cơ quan điều tra quyết định khởi tố", "Bị can Nguyễn Thị Ánh", "Bị can Lò Văn Pảo"]
    with unit_of_work(demo_db.sessions) as s:
        people = {a.full_name: (a.subject_id is not None, a.birth_year) for a in s.scalars(select(Accused))}
    assert people == {"Nguyễn Thị Ánh": (True, 1986), "Lò Văn Pảo": (False, 1990)}


def test_explanation_asked_then_the_seizure_decision(qtbot, tasks, demo_db, actor, catalogs, monkeypatch):
    printed = []
    monkeypatch.setattr(decision_dialog, "ask_and_print", lambda parent, pdf, copies, title: printed.append(title))
    today = vn_today()
    case_id = roadside_case(demo_db.sessions, actor, today - timedelta(days=1))
    tab, page = open_outcome(qtbot, catalogs, case_id)

    dialog = press(qtbot, page, "explanation")
    assert dialog.step.value() == "giai_trinh_yeu_cau"
    dialog.hearing.setChecked(True)  # a hearing: 2 working days
    submit(qtbot, page, dialog)
    due = working_days_after(today - timedelta(days=1), 2)  # from the BB-VPHC
    assert any(item.label == "Hạn đối tượng gửi giải trình" and item.due_on == due for item in page.view.due)
    assert any(w.startswith("Đối tượng yêu cầu giải trình") and day_text(due) in w
               for w in (page.timeline.item(r, 1).text() for r in range(page.timeline.rowCount())))

    dialog = press(qtbot, page, "seizure_decision")
    assert dialog.objectName() == "decision_dialog_tam_giu"
    assert dialog.held_place.text() == "Kho tang vật Đội Quản lý thị trường số 3"
    dialog.held_days.setValue(10)
    dialog.ask_issue()
    box = message_box(qtbot, "issue_decision_confirm")
    with qtbot.waitSignal(page.recorded, timeout=60000):
        qtbot.mouseClick(next(b for b in box.buttons() if b.text().replace("&", "") == "Ra quyết định"), LEFT)
    settle(qtbot, page)
    assert len(printed) == 1 and printed[0].endswith("/QĐ-TG")
    with unit_of_work(demo_db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(IssuedDocument)
                        .where(IssuedDocument.form_code == "MQĐ20")) == 1
    assert not page.actions.buttons["seizure_decision"].isEnabled()
    assert all(item.what != "tam_giu" for item in page.view.due)


def test_ended_without_sanction_or_by_a_confiscation_made_on_paper(qtbot, tasks, demo_db, actor, catalogs):
    yesterday = vn_today() - timedelta(days=1)
    case_id = roadside_case(demo_db.sessions, actor, yesterday)
    tab, page = open_outcome(qtbot, catalogs, case_id)
    dialog = press(qtbot, page, "no_sanction")
    dialog.reason_code.set_value("khac")
    qtbot.mouseClick(dialog.confirm_button, LEFT)  # "Lý do khác" without saying which
    qtbot.waitUntil(lambda: error_text(dialog, "reason") is not None, timeout=TIMEOUT)
    assert error_text(dialog, "reason") == "Ghi rõ lý do không xử phạt."
    dialog.reason_code.set_value("het_thoi_hieu")
    submit(qtbot, page, dialog)
    assert page.stage.text() == "Không xử phạt"
    assert page.timeline.item(page.timeline.rowCount() - 1, 1).text() == "Không xử phạt"

    other = roadside_case(demo_db.sessions, actor, yesterday)
    tab, page = open_outcome(qtbot, catalogs, other)
    dialog = press(qtbot, page, "confiscate")
    assert dialog.objectName() == "decision_dialog_tich_thu"
    type_text(dialog.number, "07/QĐ-TTTV")
    type_text(dialog.reason, "Không xác định được người vi phạm, hết thời hạn thông báo")
    type_text(dialog.confiscated, "11.500.000")
    submit(qtbot, page, dialog)
    assert page.stage.text() == "Quyết định tịch thu tang vật (không ra quyết định xử phạt)"
    last = page.timeline.rowCount() - 1
    assert page.timeline.item(last, 3).text() == "07/QĐ-TTTV"
