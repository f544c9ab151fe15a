"""One case from the roadside to its closed file, worked on by the field laptop and the
office PC through the real provincial server: each sees the other's steps, its own
"Việc cần làm" follows, and the closed file refuses further records everywhere. A
colleague's payment pulled before its case waits (parked) and is applied once the case
arrives."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.db import unit_of_work
from app.errors import RecordLocked
from app.models import ParkedChange
from app.services.follow_through import due, goods, payments, progress, steps, todo
from app.services.follow_through.entries import GoodsDispositionEntry, PaymentEntry
from app.services.settings import current_actor
from app.sync import inbox
from tests.follow_through.support import finalised_case, sanction
from tests.sync.support import Laptop

pytestmark = pytest.mark.usefixtures("server")


def _items(laptop: Laptop, case_id) -> list[tuple]:
    with unit_of_work(laptop.db.sessions) as s:
        return [(i.what, i.due_on, i.action) for i in due.due_items(s, case_id)]


def _read_model(laptop: Laptop, case_id) -> list[tuple]:
    """The case's rows of the Việc cần làm view, in the order of its due items."""
    with unit_of_work(laptop.db.sessions) as s:
        rows = [(r.what, r.due_on, r.action) for r in todo.todo(s, date(2026, 10, 1), "all")
                if r.case_id == case_id]
    return sorted(rows, key=lambda r: due.WHAT.index(r[0]))


def test_roadside_to_closure_across_a_laptop_the_server_and_the_office(server, unit, laptops, tmp_path):
    field = Laptop.set_up(tmp_path / "field")
    office = Laptop.set_up(tmp_path / "office")
    laptops += [field, office]
    field.enrol(server, unit, "Máy hiện trường")
    office.enrol(server, unit, "Máy văn phòng Đội")
    field.sync()  # the number blocks the province leases to this laptop

    # Monday 5 Oct 2026 on the border road: the case, its BB-VPHC, goods seized
    with unit_of_work(field.db.sessions) as s:
        actor = current_actor(s)
        case_id = finalised_case(s, actor, date(2026, 10, 5))
    expected = [("tam_giu", date(2026, 10, 6), "seizure_decision"),
                ("quyet_dinh", date(2026, 10, 14), "decision"),
                ("tang_vat", date(2026, 10, 14), "goods")]
    assert _items(field, case_id) == expected
    field.sync()
    office.sync()
    assert _items(office, case_id) == expected == _read_model(office, case_id)

    # the office decides (8.000.000 đồng, received on the 9th: pay by the 19th); 2 tr paid
    with unit_of_work(office.db.sessions) as s:
        actor = current_actor(s)
        decision = sanction(s, case_id, actor, 8_000_000, date(2026, 10, 9), date(2026, 10, 9))
        payments.record_payment(s, case_id, PaymentEntry(decision.id, "0000451", date(2026, 10, 15),
                                                        "2.000.000"), actor)
        decision_id = decision.id
    office.sync()
    field.sync()
    assert _items(field, case_id) == [
        ("tang_vat", date(2026, 11, 8), "goods"),
        ("nop_phat", date(2026, 10, 19), "payment"),
        # a year from the decision is Saturday 9 Oct 2027: the limit to enforce is Monday 11
        ("thoi_hieu", date(2027, 10, 11), "enforce")] == _read_model(field, case_id)

    # the field team confiscates the tobacco and returns the sugar
    with unit_of_work(field.db.sessions) as s:
        actor = current_actor(s)
        held = {h.unit: h for h in goods.held_goods(s, case_id, date(2026, 10, 10))}
        goods.dispose_goods(s, case_id, GoodsDispositionEntry(held["bao"].item_id, "tich_thu",
                                                  date(2026, 10, 10)), actor)
        goods.dispose_goods(s, case_id, GoodsDispositionEntry(held["kg"].item_id, "tra_lai", date(2026, 10, 10),
                                                  document_no="20030001/BB-TL"), actor)
    field.sync()
    office.sync()

    # the rest paid late on the 26th: 20–25 Oct, 6 days × 6.000.000 × 0,05 % = 18.000 đồng
    with unit_of_work(office.db.sessions) as s:
        actor = current_actor(s)
        owed = payments.amount_due(s, decision_id, date(2026, 10, 26))
        assert (owed.unpaid, owed.late) == (6_000_000, 18_000)
        payments.record_payment(s, case_id, PaymentEntry(decision_id, "0000502", date(2026, 10, 26),
                                                        owed.unpaid), actor)
        tobacco = goods.held_goods(s, case_id, date(2026, 11, 2))[0]
        goods.dispose_goods(s, case_id, GoodsDispositionEntry(tobacco.item_id, "ban", date(2026, 11, 2),
                                                  sold_value="9.500.000", receipt_no="ĐG-0917"), actor)
    office.sync()
    field.sync()
    assert _items(field, case_id) == [("dong_ho_so", date(2026, 12, 2), "close")]

    with unit_of_work(field.db.sessions) as s:
        steps.close_case(s, case_id, date(2026, 11, 5), current_actor(s), "Đã thi hành xong")
    field.sync()
    office.sync()
    with unit_of_work(office.db.sessions) as s:
        state = progress.progress(s, case_id, date(2026, 11, 6))
        assert (state.closed, state.stage, state.due, state.counts_as) == (
            True, "Đã kết thúc hồ sơ", [], "hanh_chinh")
        assert [(e.on, e.words, e.document) for e in state.timeline if e.kind == "payment"] == [
            (date(2026, 10, 15), "Nộp 2.000.000 đồng tại Kho bạc", "0000451"),
            (date(2026, 10, 26), "Nộp 6.000.000 đồng và 18.000 đồng tiền chậm nộp tại Kho bạc",
             "0000502")]
        with pytest.raises(RecordLocked, match="đã kết thúc"):
            payments.record_payment(s, case_id, PaymentEntry(decision_id, "0000999",
                                                            date(2026, 11, 6), 1), current_actor(s))
    assert _read_model(office, case_id) == [] == _read_model(field, case_id)
    for entity, count in (("decision", 1), ("payment", 2), ("goods_disposition", 3),
                          ("case_step", 1)):
        assert server.count(entity, unit) == count, entity


def test_a_payment_pulled_before_its_case_waits_and_is_applied_later(server, unit, laptops,
                                                                    tmp_path):
    field = Laptop.set_up(tmp_path / "field")
    colleague = Laptop.set_up(tmp_path / "colleague")
    laptops += [field, colleague]
    field.enrol(server, unit, "Máy hiện trường")
    colleague.enrol(server, unit, "Máy của đồng nghiệp")
    with unit_of_work(field.db.sessions) as s:
        actor = current_actor(s)
        case_id = finalised_case(s, actor, date(2026, 10, 5))
        decision = sanction(s, case_id, actor, 5_000_000, date(2026, 10, 7), date(2026, 10, 7))
        payments.record_payment(s, case_id, PaymentEntry(decision.id, "BL-88", date(2026, 10, 12),
                                                        5_000_000), actor)
    field.sync()
    # a page of the colleague's feed brings the decision and the payment before their case:
    # both wait, parked with the reason; the next sync brings the case and applies them
    with colleague.engine().client() as client:
        feed = client.changes(0, 500, mine=False).changes
    early = [c for c in feed if c.entity in ("decision", "payment")]
    with unit_of_work(colleague.db.sessions) as s:
        outcome = inbox.apply_page(s, early, str(colleague.creds.device_id))
        reasons = {p.entity: p.reason for p in s.scalars(select(ParkedChange))}
    assert (outcome.applied, outcome.parked) == (0, 2)
    assert reasons == {"decision": "Vụ việc của bản ghi (quyết định) chưa về máy.",
                       "payment": "Vụ việc của bản ghi (nộp tiền) chưa về máy."}
    assert colleague.sync().parked == 0
    with unit_of_work(colleague.db.sessions) as s:
        assert s.scalar(select(ParkedChange.record_id)) is None
    assert _items(colleague, case_id) == _items(field, case_id) == [
        ("tang_vat", date(2026, 11, 6), "goods")] == _read_model(colleague, case_id)
