"""Issuing biên bản from a stored case: numbers, freezing, reprint, void, concurrency."""

from __future__ import annotations

import hashlib
import multiprocessing
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.documents.issuing import (
    IssueRefused,
    case_documents,
    document_pdf,
    form_choices,
    issue_correction,
    issue_document,
    reprint,
    void_document,
)
from app.models import IssuedDocument
from app.paths import DataDir
from app.services.cases import finalise_case, save_case
from app.services.numbering import NumberingError, add_block
from app.services.settings import current_actor, current_unit


def _finalised_case(db, actor, *, finalise=True, org=False):
    with unit_of_work(db.sessions) as s:
        form = sample_case_entry(s)
        case_id = save_case(s, form, actor).id
        if finalise:
            finalise_case(s, case_id, actor)
    return case_id


def _issue(db, case_id, code, actor, **kw):
    with unit_of_work(db.sessions) as s:
        return issue_document(s, case_id, code, actor, **kw)


def test_issue_numbers_freezes_and_reads_back(demo_db, actor):
    case_id = _finalised_case(demo_db, actor)
    first = _issue(demo_db, case_id, "BB-KT", actor)
    second = _issue(demo_db, case_id, "BB-KT", actor, corrects=first.document_id)
    tg = _issue(demo_db, case_id, "BB-TG", actor)
    assert (first.number, second.number, tg.number) == ("20030001/BB-KT", "20030002/BB-KT", "20030001/BB-TG")
    with unit_of_work(demo_db.sessions) as s:
        pdf = document_pdf(s, first.document_id)
        rows = case_documents(s, case_id)
    assert hashlib.sha256(pdf).hexdigest() == first.sha256
    text = " ".join((p.extract_text() or "") for p in PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert "20030001/BB-KT" in " ".join(text.split())
    assert "Nguyễn Thị Ánh" in text
    assert [r.number for r in rows] == ["20030001/BB-KT", "20030002/BB-KT", "20030001/BB-TG"]


def test_draft_case_and_missing_parts_refuse_with_reasons(demo_db, actor):
    draft = _finalised_case(demo_db, actor, finalise=False)
    with pytest.raises(IssueRefused) as err:
        _issue(demo_db, draft, "BB-KT", actor)
    assert "chưa hoàn tất" in str(err.value)
    with unit_of_work(demo_db.sessions) as s:
        choices = {c.code: c for c in form_choices(s, draft)}
    assert not choices["BB-KT"].available and choices["BB-KT"].reason == "Vụ việc chưa hoàn tất"
    with unit_of_work(demo_db.sessions) as s:  # nothing was numbered by the refusals
        assert s.scalars(select(IssuedDocument)).all() == []


def test_reprint_gives_the_same_bytes_and_void_keeps_the_number(demo_db, actor):
    case_id = _finalised_case(demo_db, actor)
    doc = _issue(demo_db, case_id, "BB-KT", actor)
    with unit_of_work(demo_db.sessions) as s:
        again = reprint(s, doc.document_id, actor)
    assert hashlib.sha256(again).hexdigest() == doc.sha256
    with unit_of_work(demo_db.sessions) as s:
        void_document(s, doc.document_id, "Máy in kẹt giấy, bản in hỏng", actor)
    with unit_of_work(demo_db.sessions) as s:
        fixed = issue_correction(s, doc.document_id, actor)
    assert fixed.number == "20030002/BB-KT"  # the spoiled number is never reused
    with unit_of_work(demo_db.sessions) as s:
        rows = {r.number: r for r in case_documents(s, case_id)}
        assert rows["20030001/BB-KT"].status == "void" and rows["20030001/BB-KT"].reprints == 1
        assert s.get(IssuedDocument, fixed.document_id).corrects_id == doc.document_id
    with pytest.raises(IssueRefused), unit_of_work(demo_db.sessions) as s:
        reprint(s, doc.document_id, actor)


def test_no_block_or_used_up_block_refuses_clearly(demo_db, actor):
    case_id = _finalised_case(demo_db, actor)
    with pytest.raises(NumberingError) as err:
        _issue(demo_db, case_id, "BB-KT", actor, now=datetime(2031, 3, 1, 3, 0, tzinfo=UTC))
    assert "chưa được cấp dãy số BB-KT cho năm 2031" in str(err.value)
    with unit_of_work(demo_db.sessions) as s:
        add_block(s, current_unit(s), "BB-KT", 2031, 7, 8)
    at = datetime(2031, 3, 1, 3, 0, tzinfo=UTC)
    a = _issue(demo_db, case_id, "BB-KT", actor, now=at)
    b = _issue(demo_db, case_id, "BB-KT", actor, now=at, corrects=a.document_id)
    assert (a.number, b.number) == ("20030007/BB-KT", "20030008/BB-KT")
    assert any("Chỉ còn 0 số BB-KT năm 2031" in w for w in b.warnings)
    with pytest.raises(NumberingError) as err:
        _issue(demo_db, case_id, "BB-KT", actor, now=at, corrects=b.document_id)
    assert "Đã dùng hết dãy số BB-KT năm 2031" in str(err.value)


def test_sequence_restarts_on_the_first_of_january_vietnam_time(demo_db, actor):
    case_id = _finalised_case(demo_db, actor)
    with unit_of_work(demo_db.sessions) as s:
        unit = current_unit(s)
        add_block(s, unit, "BB-KT", 2030, 1, 50)
        add_block(s, unit, "BB-KT", 2031, 1, 50)
    # 31/12/2030 23:30 in Vietnam is still 2030; 16:40 UTC on 31/12 is 23:40 local
    late = _issue(demo_db, case_id, "BB-KT", actor, now=datetime(2030, 12, 31, 16, 40, tzinfo=UTC))
    late2 = _issue(demo_db, case_id, "BB-KT", actor, now=datetime(2030, 12, 31, 16, 50, tzinfo=UTC),
                   corrects=late.document_id)
    # 17:05 UTC on 31/12 is already 00:05 on 1/1/2031 in Vietnam
    new_year = _issue(demo_db, case_id, "BB-KT", actor, now=datetime(2030, 12, 31, 17, 5, tzinfo=UTC),
                      corrects=late2.document_id)
    assert (late.number, late2.number, new_year.number) == ("20030001/BB-KT", "20030002/BB-KT", "20030001/BB-KT")
    with unit_of_work(demo_db.sessions) as s:
        years = {d.year for d in s.scalars(select(IssuedDocument))}
    assert years == {2030, 2031}


def test_fine_outside_the_range_and_above_competence_warns(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        form = sample_case_entry(s)
        form.violations[0].proposed_fine = "250.000.000"
        case_id = save_case(s, form, actor).id
        finalise_case(s, case_id, actor)
    result = _issue(demo_db, case_id, "BB-VPHC", actor)
    assert any("nằm ngoài khung" in w for w in result.warnings)
    assert any("vượt thẩm quyền xử phạt của" in w for w in result.warnings)


def _issue_many(args):
    root, case_id, first_id, count = args
    from tests.signin import open_signed_in

    db = open_signed_in(DataDir(root))
    numbers = []
    for _ in range(count):
        with unit_of_work(db.sessions) as s:
            numbers.append(issue_document(s, case_id, "BB-KT", current_actor(s), corrects=first_id).number)
    db.close()
    return numbers


def test_two_processes_issuing_at_once_never_share_a_number(demo_db, actor):
    case_id = _finalised_case(demo_db, actor)
    first = _issue(demo_db, case_id, "BB-KT", actor)  # then corrections of it, from two processes
    root = str(demo_db.data_dir.root)
    demo_db.close()
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        a, b = pool.map(_issue_many, [(root, case_id, first.document_id, 6)] * 2)
    numbers = a + b
    assert len(set(numbers)) == 12
    assert sorted(numbers) == [f"2003{n:04d}/BB-KT" for n in range(2, 14)]


CRASH_MID_ISSUE = """
import os, sys
from app.db import unit_of_work
from app.paths import DataDir
from app.documents.issuing import issue_document
from app.services.settings import current_actor
from tests.signin import open_signed_in

db = open_signed_in(DataDir(sys.argv[1]))
with unit_of_work(db.sessions) as s:
    issue_document(s, sys.argv[2], "BB-KT", current_actor(s))
    s.flush()
    os._exit(3)  # the power goes out after the PDF is made, before the commit
"""


def test_a_crash_mid_issue_leaves_no_document_and_no_lost_number(demo_db, actor):
    import subprocess
    import sys

    case_id = _finalised_case(demo_db, actor)
    root = str(demo_db.data_dir.root)
    demo_db.close()
    crashed = subprocess.run([sys.executable, "-c", CRASH_MID_ISSUE, root, str(case_id)], timeout=120)
    assert crashed.returncode == 3
    from tests.signin import open_signed_in

    db = open_signed_in(DataDir(root))
    try:
        with unit_of_work(db.sessions) as s:
            assert s.scalars(select(IssuedDocument)).all() == []  # nothing half-issued
            number = issue_document(s, case_id, "BB-KT", current_actor(s)).number
        assert number == "20030001/BB-KT"  # the number was never printed, so it is given again
    finally:
        db.close()


def test_a_second_document_of_a_form_is_a_replacement_or_a_correction_never_a_second_click(demo_db, actor):
    from app.documents.issuing import FormAlreadyIssued, check_before_issue
    from app.errors import ValidationFailed

    case_id = _finalised_case(demo_db, actor)
    first = _issue(demo_db, case_id, "BB-KT", actor)
    with pytest.raises(FormAlreadyIssued) as err:
        _issue(demo_db, case_id, "BB-KT", actor)
    assert "Vụ việc đã có biên bản số 20030001/BB-KT" in str(err.value)
    with pytest.raises(ValidationFailed) as reason_missing:
        _issue(demo_db, case_id, "BB-KT", actor, replaces=first.document_id, replace_reason="  ")
    assert reason_missing.value.errors == {"void_reason": "Ghi lý do hủy biên bản (VD in hỏng, ghi sai)."}
    with unit_of_work(demo_db.sessions) as s:  # the refusals numbered and voided nothing
        assert [(r.number, r.status) for r in case_documents(s, case_id)] == [("20030001/BB-KT", "issued")]
        check = check_before_issue(s, case_id, "BB-KT")
    assert (check.existing_id, check.existing_number) == (first.document_id, "20030001/BB-KT")

    replacement = _issue(demo_db, case_id, "BB-KT", actor, replaces=first.document_id,
                         replace_reason="Ghi sai biển số xe")
    correction = _issue(demo_db, case_id, "BB-KT", actor, corrects=replacement.document_id)
    with unit_of_work(demo_db.sessions) as s:
        rows = [(r.number, r.status, r.void_reason) for r in case_documents(s, case_id)]
        assert s.get(IssuedDocument, replacement.document_id).corrects_id == first.document_id
        assert s.get(IssuedDocument, correction.document_id).corrects_id == replacement.document_id
    assert rows == [("20030001/BB-KT", "void", "Ghi sai biển số xe"), ("20030002/BB-KT", "issued", ""),
                    ("20030003/BB-KT", "issued", "")]
    tg = _issue(demo_db, case_id, "BB-TG", actor)  # another form is not a second copy
    assert tg.number == "20030001/BB-TG"


def test_the_warnings_shown_before_a_number_are_those_reported_after_it(demo_db, actor):
    from app.documents.issuing import check_before_issue
    from app.services.case_checks import warnings_of_case

    with unit_of_work(demo_db.sessions) as s:
        form = sample_case_entry(s)  # goods worth 16.250.000 đồng
        form.violations[0].legal_act_code = "98/2020-D15-K1-a"  # "… trị giá dưới 3.000.000 đồng"
        form.violations[0].proposed_fine = "1.500.000"  # its range is 500.000 – 1.000.000
        case_id = save_case(s, form, actor).id
        by_field = warnings_of_case(s, case_id)
        finalise_case(s, case_id, actor)
    assert by_field == {
        "violations.0.legal_act_code": "Trị giá hàng hóa 16.250.000 đồng không thuộc mức của điểm a khoản 1 "
        "Điều 15 Nghị định số 98/2020/NĐ-CP (dưới 3.000.000 đồng): kiểm tra lại điểm, khoản áp dụng hoặc trị giá hàng.",
        "violations.0.proposed_fine": "Mức phạt đề xuất 1.500.000 đồng nằm ngoài khung của điểm a khoản 1 Điều 15 "
        "Nghị định số 98/2020/NĐ-CP đối với cá nhân: 500.000 đồng – 1.000.000 đồng.",
    }
    with unit_of_work(demo_db.sessions) as s:
        before = check_before_issue(s, case_id, "BB-VPHC")
    assert before.existing_id is None and before.warnings == list(by_field.values())
    assert _issue(demo_db, case_id, "BB-VPHC", actor).warnings == before.warnings
