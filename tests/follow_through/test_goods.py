"""Seized goods item by item: returned, confiscated then sold or destroyed, what is still
held and until when, and the quantities refused when larger than what is left."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db import unit_of_work
from app.documents.decisions import issue_decision
from app.errors import RecordLocked, ValidationFailed
from app.models.outcome import GoodsDisposition
from app.services.follow_through import goods, progress
from app.services.follow_through.decisions import draft_decision, save_decision
from app.services.follow_through.due import due_items
from app.services.follow_through.entries import DecisionEntry, GoodsDispositionEntry
from app.services.follow_through.records import void_record
from tests.follow_through.support import at_vn, finalised_case, sanction


@pytest.fixture
def seized(demo_db, actor):
    """500 bao of smuggled Esse and 250 kg of sugar seized on 5 March 2026."""
    with unit_of_work(demo_db.sessions) as s:
        case_id = finalised_case(s, actor, date(2026, 3, 5))
        held = goods.held_goods(s, case_id, date(2026, 3, 6))
        return case_id, {h.name.split()[0]: h.item_id for h in held}


def test_held_until_the_term_to_decide_then_disposed_of(demo_db, actor, seized):
    case_id, item = seized
    with unit_of_work(demo_db.sessions) as s:
        held = goods.held_goods(s, case_id, date(2026, 3, 20))
        # seized Thursday 5 March: 7 working days → Monday 16 March; overdue on the 20th
        assert [(h.name, h.held, h.held_until, h.overdue) for h in held] == [
            ("Thuốc lá điếu nhãn hiệu Esse (nhập lậu)", Decimal(500), date(2026, 3, 16), True),
            ("Đường cát trắng không rõ nguồn gốc", Decimal(250), date(2026, 3, 16), True)]
        with pytest.raises(ValidationFailed) as err:
            goods.dispose_goods(s, case_id, GoodsDispositionEntry(item["Thuốc"], "tich_thu", date(2026, 3, 10)), actor)
        assert err.value.errors == {"action": "Chưa có quyết định xử phạt hoặc quyết định tịch "
                                              "thu (MQĐ14) đã ban hành."}
        sanction(s, case_id, actor, 20_000_000, date(2026, 3, 12), date(2026, 3, 12))
        goods.dispose_goods(s, case_id, GoodsDispositionEntry(item["Thuốc"], "tich_thu", date(2026, 3, 12),
                                                  appraised_value="11.000.000"), actor)
        goods.dispose_goods(s, case_id, GoodsDispositionEntry(item["Đường"], "tra_lai", date(2026, 3, 13),
                                                  quantity="250", document_no="20030002/BB-TL"), actor)
        sold = goods.dispose_goods(s, case_id, GoodsDispositionEntry(
            item["Thuốc"], "ban", date(2026, 4, 20), quantity="300", sold_value="6.900.000",
            receipt_no="BL-ĐG-0042", agency="Trung tâm Dịch vụ đấu giá tài sản tỉnh Lạng Sơn"), actor)
        assert (sold.quantity, sold.sold_value, sold.unit_id) == (Decimal(300), 6_900_000, actor.unit_id)
        left = goods.held_goods(s, case_id, date(2026, 4, 21))
        # after the decision: the internal term to dispose of them (30 days, a setting)
        assert [(h.held, h.confiscated, h.held_until) for h in left] == [
            (Decimal(0), Decimal(200), date(2026, 4, 11))]
        with pytest.raises(ValidationFailed) as err:
            goods.dispose_goods(s, case_id, GoodsDispositionEntry(item["Thuốc"], "tieu_huy", date(2026, 4, 22),
                                                      quantity="250"), actor)
        assert err.value.errors == {"quantity": "Lớn hơn số lượng còn lại (200 bao)."}
        goods.dispose_goods(s, case_id, GoodsDispositionEntry(item["Thuốc"], "tieu_huy", date(2026, 4, 22),
                                                  document_no="05/QĐ-TH"), actor)
        assert goods.held_goods(s, case_id, date(2026, 4, 23)) == []
        words = [e.words for e in progress.progress(s, case_id, date(2026, 4, 23)).timeline
                 if e.kind == "goods_disposition"]
        assert words == ["Tịch thu Thuốc lá điếu nhãn hiệu Esse (nhập lậu): 500 bao",
                         "Trả lại Đường cát trắng không rõ nguồn gốc: 250 kg",
                         "Bán Thuốc lá điếu nhãn hiệu Esse (nhập lậu): 300 bao, thu 6.900.000 đồng "
                         "(Trung tâm Dịch vụ đấu giá tài sản tỉnh Lạng Sơn)",
                         "Tiêu hủy Thuốc lá điếu nhãn hiệu Esse (nhập lậu): 200 bao"]
        confiscation = s.scalar(select(GoodsDisposition).where(GoodsDisposition.action == "tich_thu"))
        with pytest.raises(RecordLocked, match="hủy bản ghi đó trước"):
            void_record(s, "goods_disposition", confiscation.id, "Ghi nhầm", actor)


def test_quantities_and_fields_refused_with_nothing_written(demo_db, actor, seized):
    case_id, item = seized
    with unit_of_work(demo_db.sessions) as s:
        cases = {
            "more than held": (GoodsDispositionEntry(item["Đường"], "tra_lai", date(2026, 3, 6), quantity="300"),
                               {"quantity": "Lớn hơn số lượng còn lại (250 kg)."}),
            "sold before confiscation": (
                GoodsDispositionEntry(item["Thuốc"], "ban", date(2026, 3, 6), sold_value=5_000_000),
                {"quantity": "Tang vật chưa bị tịch thu hoặc đã xử lý hết phần tịch thu."}),
            "handed over to nobody": (GoodsDispositionEntry(item["Thuốc"], "chuyen_giao", date(2026, 3, 6)),
                                      {"agency": "Ghi cơ quan tiếp nhận."}),
            "before the seizure": (GoodsDispositionEntry(item["Đường"], "xu_ly_ngay", date(2026, 3, 4)),
                                   {"done_on": "Không được trước ngày tạm giữ (05/03/2026)."}),
            "no item": (GoodsDispositionEntry(None, "tra_lai", date(2026, 3, 6), quantity="0"),
                        {"seized_item_id": "Chọn tang vật trong biên bản tạm giữ của vụ việc."}),
        }
        for name, (form, errors) in cases.items():
            with pytest.raises(ValidationFailed) as err:
                goods.dispose_goods(s, case_id, form, actor)
            assert err.value.errors == errors, name
        assert s.scalar(select(func.count()).select_from(GoodsDisposition)) == 0


def test_the_seizure_decision_s_own_term_sets_until_when(demo_db, actor, seized):
    """The Đội trưởng's Quyết định tạm giữ (MQĐ20) holds the goods 10 days from the seizure
    on 5 March: until 14 March as printed, instead of the term to decide."""
    case_id, _item = seized
    with unit_of_work(demo_db.sessions) as s:
        d = draft_decision(s, case_id, "tam_giu", actor)
        save_decision(s, d.id, DecisionEntry(
            decided_on=date(2026, 3, 5), place="Lạng Sơn", signer_name=d.signer_name,
            signer_title_code=d.signer_title_code, subject_kind=d.subject_kind, reason=d.reason,
            held_days=10, held_place=d.held_place), actor)
        issue_decision(s, d.id, actor, now=at_vn(date(2026, 3, 5), 17))
        assert {h.held_until for h in goods.held_goods(s, case_id, date(2026, 3, 6))} == {
            date(2026, 3, 14)}
        items = {i.what: i.due_on for i in due_items(s, case_id)}
        assert "tam_giu" not in items and items["tang_vat"] == date(2026, 3, 14)


def test_quantities_are_written_with_the_measure_units_name():
    """A seized item keeps its unit's code as the picker stored it; the timeline, the audit
    log and the refusals write the unit's name."""
    from decimal import Decimal

    from app.services.follow_through.case_path import quantity_words

    assert quantity_words(Decimal("100"), "chiec") == "100 chiếc"
    assert quantity_words(Decimal("12.5"), "thung") == "12,5 thùng"
    assert quantity_words(Decimal("250"), "kg") == "250 kg"
