"""A case saved from the editor's tab (its Save button, its own form, the window's operation
runner) is the case every other path makes: its biên bản prints the issuing agency, its
violations keep the criminal-signs flag of prohibited goods."""

from __future__ import annotations

import io
import uuid

from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.documents.issuing import document_pdf, issue_document
from app.models import AuditEvent, Case, GoodsCategory, Violation
from app.services.cases import finalise_case
from app.services.catalog_lookup import load_catalogs_for_ui
from app.services.settings import current_unit
from app.ui.case_tab import CaseTab
from tests.vn_input import type_text


def _tab(qtbot, demo_db) -> CaseTab:
    with unit_of_work(demo_db.sessions) as s:
        catalogs = load_catalogs_for_ui(s)
    tab = CaseTab(catalogs)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _save(qtbot, tab: CaseTab) -> None:
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.case_id is not None and not tab.dirty, timeout=30000)


def test_a_biên_bản_of_a_case_saved_from_the_editor_names_its_agency(qtbot, tasks, demo_db, actor):
    tab = _tab(qtbot, demo_db)
    with unit_of_work(demo_db.sessions) as s:
        tab.load_new(sample_case_entry(s))  # a case as the sections hold it once typed in
    type_text(tab.editor.basis.place_address, "Bãi xe cửa khẩu Tân Thanh")
    _save(qtbot, tab)

    with unit_of_work(demo_db.sessions) as s:
        unit = current_unit(s)
        assert unit is not None
        name, parent = unit.name, unit.parent_name
        case = s.get(Case, uuid.UUID(tab.case_id))
        assert case is not None and case.unit_id == unit.id
        assert case.place_address == "Bãi xe cửa khẩu Tân Thanh"
        finalise_case(s, tab.case_id, actor)
    with unit_of_work(demo_db.sessions) as s:
        issued = issue_document(s, tab.case_id, "BB-KT", actor)
        pdf = document_pdf(s, issued.document_id)
    first_page = " ".join((PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or "").split())
    header = first_page[: first_page.index("BIÊN BẢN")]  # the two header blocks, above the title
    assert parent.upper() == "CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH LẠNG SƠN"
    assert parent.upper() in header  # CƠ QUAN CHỦ QUẢN
    assert name.upper() in header  # TÊN CƠ QUAN: "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header


def _with_firecrackers(s) -> object:
    form = sample_case_entry(s)
    form.goods[1].category_code = "phao_no"  # prohibited goods: pháo nổ
    form.goods[1].name = "Pháo nổ loại hộp 36 quả"
    form.violations[0].criminal_signs = True  # raised: the inspector may clear it with a reason
    return form


def _stored_violation(db, case_id: str) -> tuple[bool, str, list[tuple[str, str, str]]]:
    with unit_of_work(db.sessions) as s:
        v = s.scalars(select(Violation).where(Violation.inspection_id == uuid.UUID(case_id))).one()
        events = [(e.actor, e.action, e.detail) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == str(v.id)))]
        return v.criminal_signs, v.criminal_signs_cleared, events


def _untick(tab: CaseTab) -> None:
    table = tab.editor.violations.table
    item = table.table.item(0, table.column_of("criminal_signs"))
    item.setCheckState(Qt.CheckState.Unchecked)  # the inspector clicks the ticked box


def test_prohibited_goods_keep_the_flag_unless_cleared_with_a_reason(qtbot, tasks, demo_db, actor, monkeypatch):
    from app.ui.case_editor import violations_section

    tab = _tab(qtbot, demo_db)
    with unit_of_work(demo_db.sessions) as s:
        assert s.get(GoodsCategory, "phao_no").prohibited
        tab.load_new(_with_firecrackers(s))
    assert tab.editor.violations.criminal_note.isVisibleTo(tab.editor.violations)
    monkeypatch.setattr(violations_section, "ask_clearing_reason", lambda parent: "")
    _untick(tab)  # no reason given: the box ticks itself again
    assert tab.editor.form().violations[0].criminal_signs is True

    reason = "Pháo nổ là hàng mẫu 01 hộp, đã có kết luận giám định không đủ định lượng"
    monkeypatch.setattr(violations_section, "ask_clearing_reason", lambda parent: reason)
    _untick(tab)
    assert tab.editor.form().violations[0].criminal_signs is False
    _save(qtbot, tab)
    flag, kept, events = _stored_violation(demo_db, tab.case_id)
    assert (flag, kept) == (False, reason)
    assert events == [(actor.officer_name, "clear_criminal_signs", reason)]
    # the saved case comes back to the editor with its reason; saving again logs nothing new
    assert tab.editor.form().violations[0].criminal_signs_cleared == reason
    type_text(tab.editor.basis.place_address, "Kho hàng thôn Nà Lừa")
    _save(qtbot, tab)
    assert _stored_violation(demo_db, tab.case_id)[2] == events


def test_a_flag_unticked_without_a_reason_is_stored_raised(qtbot, tasks, demo_db, actor):
    from app.services.cases import get_case_entry, save_case

    with unit_of_work(demo_db.sessions) as s:
        form = _with_firecrackers(s)
        form.violations[0].criminal_signs = False  # unticked, skipping the editor's question
        case_id = str(save_case(s, form, actor).id)
        assert form.violations[0].criminal_signs is True  # the caller's form says so too
    assert _stored_violation(demo_db, case_id)[:2] == (True, "")
    with unit_of_work(demo_db.sessions) as s:
        form = get_case_entry(s, case_id)
        form.goods[1].category_code = ""  # no prohibited goods any more
        form.violations[0].criminal_signs = False
        form.violations[0].criminal_signs_cleared = "không cần"
        save_case(s, form, actor)
    assert _stored_violation(demo_db, case_id)[:2] == (False, "")  # the inspector's own call
