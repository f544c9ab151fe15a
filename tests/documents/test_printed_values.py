"""What a biên bản prints is what was entered: catalogue names of units, quantities as
Vietnamese write them, an individual's tax code checked and printed on BB-KT."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.documents.issuing import document_pdf, issue_document
from app.errors import ValidationFailed
from app.services.cases import finalise_case, save_case


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def _issued_text(db, actor, form, code: str) -> str:
    with unit_of_work(db.sessions) as s:
        case_id = save_case(s, form, actor).id
        finalise_case(s, case_id, actor)
        return _text(document_pdf(s, issue_document(s, case_id, code, actor).document_id))


def test_units_print_by_their_catalogue_name_in_rows_and_totals(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        form = sample_case_entry(s)
    for item in form.seizures[0].items:
        item.unit, item.quantity = "cai", "1.500"
    text = _issued_text(demo_db, actor, form, "BB-TG")
    assert "Cộng cái 3.000" in text
    assert text.count(" cái 1.500 ") == 2
    assert " cai " not in text


def test_an_individuals_tax_code_is_checked_and_printed_on_bb_kt(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        form = sample_case_entry(s)
    form.subject.tax_code = "0100109107"
    with pytest.raises(ValidationFailed) as err, unit_of_work(demo_db.sessions) as s:
        save_case(s, form, actor)
    assert err.value.errors == {
        "subject.tax_code": "Mã số thuế sai chữ số kiểm tra (chữ số thứ 10): hãy đối chiếu lại giấy tờ."
    }
    form.subject.tax_code = "0100109106"
    assert "Mã số thuế: 0100109106" in _issued_text(demo_db, actor, form, "BB-KT")
