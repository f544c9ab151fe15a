"""The ký hiệu of every numbered form is in the one list the laptop's numbering, the wire
schema and the provincial server share (app.forms_numbered): a form added without it could
not be leased a block of numbers, nor be pushed."""

from __future__ import annotations

from app.documents.forms import DECISIONS, FORMS
from app.forms_numbered import BIEN_BAN_SYMBOLS, DECISION_SYMBOLS, DOCUMENT_SYMBOLS
from app.services.numbering import SYMBOLS
from app.sync.wire import LeaseRequest


def test_every_numbered_form_is_in_the_shared_list_and_nothing_else_is():
    printed = {spec.symbol for spec in FORMS.values() if spec.symbol}
    decided = {spec.symbol for spec in DECISIONS.values() if spec.symbol}
    assert printed == set(BIEN_BAN_SYMBOLS)
    assert decided == set(DECISION_SYMBOLS) == {"QĐ-XPHC", "QĐ-TG"}
    assert printed | decided == set(DOCUMENT_SYMBOLS) == set(SYMBOLS)
    assert LeaseRequest.model_json_schema()["properties"]["symbol"]["enum"] == list(DOCUMENT_SYMBOLS)
