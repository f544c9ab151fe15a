"""The province reads a case's follow-through from the wire payloads its feed holds
(app.services.follow_through.plain_facts); the laptop from its tables. Both hand the same
facts to the same functions: what is due, the stage, the money, the timeline and the
goods must come out identical, whether the payloads are typed or stored JSON."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from app.db import unit_of_work
from app.errors import ValidationFailed
from app.models import IssuedDocument
from app.services.follow_through import case_path as cp
from app.services.follow_through import goods, payments, records, steps
from app.services.follow_through.deadlines import DEFAULT_RULES
from app.services.follow_through.due import items_of
from app.services.follow_through.entries import GoodsDispositionEntry, PaymentEntry, StepEntry
from app.services.follow_through.facts import read_case
from app.services.follow_through.plain_facts import EVENTS, case_facts, record
from app.services.follow_through.progress import stage, timeline
from app.sync import outbound, wire
from app.sync.bindings import binding
from tests.follow_through.support import finalised_case, sanction

ON = date(2026, 3, 20)


def _payload_facts(s, case_id, as_json: bool):  # type: ignore[no-untyped-def]
    """The case's facts as the server builds them from the payloads it was sent."""
    def shape(kind: str, payload: dict) -> dict:
        typed = wire.kind(kind).payload.model_validate(payload)
        return json.loads(wire.canonical_json(typed)) if as_json else typed.model_dump()

    case = shape("case", outbound.case_payloads(s, [case_id])[case_id])
    doc_ids = list(s.scalars(select(IssuedDocument.id).where(IssuedDocument.inspection_id == case_id)))
    docs = [shape("issued_document", p) for p in
            binding("issued_document").payloads(s, doc_ids, None).values()]  # type: ignore[misc]
    found = {}
    for kind in EVENTS:
        model = binding(kind).model
        rows = {r.id: r for r in s.scalars(select(model).where(model.case_id == case_id))}
        payloads = binding(kind).payloads(s, list(rows), None)  # type: ignore[misc]
        found[kind] = [record({**shape(kind, p), "id": str(rid) if as_json else rid},
                              rows[rid].created_at.isoformat() if as_json else rows[rid].created_at)
                       for rid, p in payloads.items()]
    return case_facts(case_id, case, documents=docs, records=found)


def test_the_payloads_give_the_laptops_due_items_stage_money_and_timeline(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        case_id = finalised_case(s, actor, date(2026, 1, 12))
        decision = sanction(s, case_id, actor, 7_333_333, date(2026, 1, 16), date(2026, 1, 20))
        payments.record_payment(s, case_id, PaymentEntry(
            decision.id, "0012345", date(2026, 2, 15), "3.000.000", channel="ngan_hang"), actor)
        wrong = payments.record_payment(s, case_id, PaymentEntry(
            decision.id, "0012346", date(2026, 2, 16), "1.000.000"), actor)
        records.void_record(s, "payment", wrong.id, "Ghi nhầm số biên lai", actor)
        held = goods.held_goods(s, case_id, ON)
        goods.dispose_goods(s, case_id, GoodsDispositionEntry(held[0].item_id, "tich_thu", date(2026, 2, 1),
                                                  appraised_value="12.500.000"), actor)
        goods.dispose_goods(s, case_id, GoodsDispositionEntry(held[0].item_id, "ban", date(2026, 3, 2),
                                                  quantity="200", sold_value="4.000.000"), actor)
        steps.record_step(s, case_id, StepEntry("hoan_thi_hanh", date(2026, 2, 20),
                                               due_on=date(2026, 4, 30)), actor)
        laptop = read_case(s, case_id)
        assert laptop is not None
        for as_json in (False, True):
            province = _payload_facts(s, case_id, as_json)
            assert items_of(province, DEFAULT_RULES) == items_of(laptop, DEFAULT_RULES)
            assert stage(province, DEFAULT_RULES, ON) == stage(laptop, DEFAULT_RULES, ON)
            assert timeline(province) == timeline(laptop)
            assert cp.money(province, cp.sanction(province), DEFAULT_RULES, ON) == \
                cp.money(laptop, cp.sanction(laptop), DEFAULT_RULES, ON)
            assert cp.held_until(province, DEFAULT_RULES) == cp.held_until(laptop, DEFAULT_RULES)
            assert {k: (v.held, v.confiscated) for k, v in cp.stock(province).items()} == \
                {k: (v.held, v.confiscated) for k, v in cp.stock(laptop).items()}
            assert (province.report_on, province.started_on, province.violations) == (
                laptop.report_on, laptop.started_on, laptop.violations)
        words = [e.words for e in timeline(laptop)]
        assert "Nộp 3.000.000 đồng và 55.000 đồng tiền chậm nộp qua ngân hàng" in words
        assert any(w.endswith("— đã hủy: Ghi nhầm số biên lai") for w in words)


def test_the_same_checks_refuse_the_same_receipt_on_the_payloads(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        case_id = finalised_case(s, actor, date(2026, 1, 12))
        decision = sanction(s, case_id, actor, 2_000_000, date(2026, 1, 16), date(2026, 1, 20))
        province = _payload_facts(s, case_id, as_json=True)
    too_much = PaymentEntry(str(decision.id), "BL-77", date(2026, 1, 25), "2.500.000")
    with pytest.raises(ValidationFailed) as refused:
        payments.check_payment(province, too_much, DEFAULT_RULES)
    assert refused.value.errors == {"amount": "Lớn hơn số tiền phạt còn phải nộp (2.000.000 đồng)."}
    early = PaymentEntry(str(decision.id), "BL-78", date(2026, 1, 14), "500.000")
    with pytest.raises(ValidationFailed) as refused:
        payments.check_payment(province, early, DEFAULT_RULES)
    assert refused.value.errors == {"paid_on": "Không được trước ngày ra quyết định (16/01/2026)."}
