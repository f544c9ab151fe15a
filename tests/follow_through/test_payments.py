"""Paying a fine: a partial payment then the rest, the late amount exact to the đồng, and
the receipts refused at their field with nothing written."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.db import unit_of_work
from app.errors import RecordLocked, ValidationFailed
from app.models import IssuedDocument
from app.models.outcome import Payment
from app.services.follow_through import payments, steps, todo
from app.services.follow_through.case_path import late_accrued
from app.services.follow_through.due import due_items
from app.services.follow_through.entries import PaymentEntry, StepEntry
from app.services.follow_through.records import void_record
from tests.follow_through.support import finalised_case, sanction


@pytest.fixture
def fine(demo_db, actor):
    """A fine of 7.333.333 đồng decided 16 Jan 2026, received Tuesday 20 Jan: the last day
    to pay is Friday 30 Jan (10 days, holidays included)."""
    with unit_of_work(demo_db.sessions) as s:
        case_id = finalised_case(s, actor, date(2026, 1, 12))
        decision = sanction(s, case_id, actor, 7_333_333, date(2026, 1, 16), date(2026, 1, 20))
        return case_id, decision.id


def test_partial_payment_then_the_rest_with_the_late_amount_to_the_dong(demo_db, actor, fine):
    case_id, decision_id = fine
    with unit_of_work(demo_db.sessions) as s:
        on_time = payments.amount_due(s, decision_id, date(2026, 1, 31))
        assert (on_time.principal, on_time.late, on_time.due_on) == (7_333_333, 0, date(2026, 1, 30))
        # paid on 15 Feb: 31 Jan … 14 Feb are 15 days late on the whole fine
        # 7.333.333 × 15 × 0,05 % = 54.999,9975 → 55.000 đồng
        due = payments.amount_due(s, decision_id, date(2026, 2, 15))
        assert (due.unpaid, due.late, due.total) == (7_333_333, 55_000, 7_388_333)
        first = payments.record_payment(s, case_id, PaymentEntry(
            decision_id, "0012345", date(2026, 2, 15), "3.000.000", channel="ngan_hang"), actor)
        assert (first.amount, first.late_amount) == (3_000_000, 55_000)
        # the rest on 1 March: 15 Feb … 28 Feb are 14 days on the 4.333.333 still unpaid
        # (7.333.333 × 15 + 4.333.333 × 14) × 0,05 % = 85.333,33 → 85.333, of which 55.000 paid
        rest = payments.amount_due(s, decision_id, date(2026, 3, 1))
        assert (rest.paid, rest.unpaid, rest.late, rest.late_accrued) == (
            3_000_000, 4_333_333, 30_333, 85_333)
        second = payments.record_payment(s, case_id, PaymentEntry(
            decision_id, "0012399", date(2026, 3, 1), rest.unpaid), actor)
        assert (second.amount, second.late_amount) == (4_333_333, 30_333)
        after = payments.amount_due(s, decision_id, date(2026, 6, 1))
        assert (after.unpaid, after.late, after.late_paid) == (0, 0, 85_333)
        # the same fine paid at once on each day would owe the same late amount
        assert late_accrued(7_333_333, date(2026, 1, 30), [(date(2026, 2, 15), 3_000_000)],
                            date(2026, 3, 1)) == 85_333
        assert {r.what for r in todo.todo(s, date(2026, 6, 1))} == {"tang_vat"}
        assert steps.path_missing(s, case_id, date(2026, 6, 1)) == [
            "Tang vật “Thuốc lá điếu nhãn hiệu Esse (nhập lậu)” còn 500 bao chưa xử lý.",
            "Tang vật “Đường cát trắng không rõ nguồn gốc” còn 250 kg chưa xử lý."]


def test_paid_within_the_term_costs_nothing_late(demo_db, actor, fine):
    case_id, decision_id = fine
    with unit_of_work(demo_db.sessions) as s:
        paid = payments.record_payment(s, case_id, PaymentEntry(
            decision_id, "BL-01", date(2026, 1, 30), 7_333_333, channel="cong_dvc"), actor)
        assert paid.late_amount == 0
        # the day after the last day is the first day of delay, counted only from the next
        assert late_accrued(1_000_000, date(2026, 1, 30), [], date(2026, 1, 31)) == 0
        assert late_accrued(1_000_000, date(2026, 1, 30), [], date(2026, 2, 1)) == 500


def test_a_postponement_moves_the_day_late_payment_starts(demo_db, actor, fine):
    case_id, decision_id = fine
    with unit_of_work(demo_db.sessions) as s:
        steps.record_step(s, case_id, StepEntry("hoan_thi_hanh", date(2026, 1, 28),
                                               due_on=date(2026, 2, 28), document_no="01/QĐ-HTH",
                                               summary="Đối tượng gặp khó khăn đột xuất"), actor)
        due = payments.amount_due(s, decision_id, date(2026, 3, 5))
        # 1 … 4 March: 4 days × 7.333.333 × 0,05 % = 14.666,67 → 14.667
        assert (due.due_on, due.late) == (date(2026, 2, 28), 14_667)
        steps.record_step(s, case_id, StepEntry("giam_phat", date(2026, 2, 2), amount="1.333.333",
                                               document_no="02/QĐ-GP"), actor)
        assert payments.amount_due(s, decision_id, date(2026, 3, 5)).principal == 6_000_000
        # the 31 days postponed are not counted in the year to enforce (Đ74 k2): 16 Jan 2027
        # becomes Tuesday 16 Feb 2027
        items = {i.what: i for i in due_items(s, case_id)}
        assert items["thoi_hieu"].due_on == date(2027, 2, 16)
        assert items["nop_phat"].label == "Hạn nộp tiền phạt: còn 6.000.000 đồng"


def test_bad_receipts_are_refused_at_their_field_and_nothing_is_written(demo_db, actor, fine):
    case_id, decision_id = fine
    with unit_of_work(demo_db.sessions) as s:
        cases = {
            "too much": (PaymentEntry(decision_id, "BL-1", date(2026, 2, 15), "8.000.000"),
                         {"amount": "Lớn hơn số tiền phạt còn phải nộp (7.333.333 đồng)."}),
            "late too much": (PaymentEntry(decision_id, "BL-1", date(2026, 2, 15), 1_000_000,
                                          late_amount=60_000),
                              {"late_amount": "Lớn hơn tiền chậm nộp phải nộp đến ngày 15/02/2026 "
                                              "(55.000 đồng)."}),
            "before the decision": (PaymentEntry(decision_id, "BL-1", date(2026, 1, 15), 1_000_000),
                                    {"paid_on": "Không được trước ngày ra quyết định (16/01/2026)."}),
            "in the future": (PaymentEntry(decision_id, "BL-1", date(2099, 1, 1), 1_000_000),
                              {"paid_on": "Ngày không được ở tương lai."}),
            "no receipt number, amount typed wrong": (
                PaymentEntry(decision_id, " ", date(2026, 2, 1), "1.5"),
                {"receipt_no": "Chưa nhập số biên lai, chứng từ.",
                 "amount": "Dấu chấm chỉ dùng để tách hàng nghìn (VD 1.500); phần lẻ viết sau "
                           "dấu phẩy (VD 1,5)."}),
            "no decision chosen": (PaymentEntry("", "BL-1", date(2026, 2, 1), 1_000_000, channel="x"),
                                   {"channel": "Chọn nơi nộp."}),
        }
        for name, (form, errors) in cases.items():
            with pytest.raises(ValidationFailed) as err:
                payments.record_payment(s, case_id, form, actor)
            assert err.value.errors == errors, name
        assert s.scalar(select(func.count()).select_from(Payment)) == 0


def test_a_second_receipt_after_paying_in_full_and_a_duplicate_number(demo_db, actor, fine):
    case_id, decision_id = fine
    with unit_of_work(demo_db.sessions) as s:
        first = payments.record_payment(
            s, case_id, PaymentEntry(decision_id, "BL-7", date(2026, 1, 29), 7_333_333), actor)
        with pytest.raises(ValidationFailed) as err:
            payments.record_payment(
                s, case_id, PaymentEntry(decision_id, "BL-7", date(2026, 2, 2), 1), actor)
        assert err.value.errors == {
            "receipt_no": "Biên lai, chứng từ số BL-7 đã được ghi cho vụ việc này.",
            "amount": "Quyết định đã nộp đủ tiền phạt."}
        # a mistaken receipt is made void with its reason and the money is due again
        void_record(s, "payment", first.id, "Ghi nhầm số tiền của vụ khác", actor)
        assert payments.amount_due(s, decision_id, date(2026, 1, 30)).unpaid == 7_333_333
        assert first.status == "void" and first.version == 2


def test_a_decision_with_receipts_is_voided_only_after_them(demo_db, actor, fine):
    case_id, decision_id = fine
    with unit_of_work(demo_db.sessions) as s:
        paid = payments.record_payment(
            s, case_id, PaymentEntry(decision_id, "BL-9", date(2026, 1, 29), 1_000_000), actor)
        with pytest.raises(RecordLocked, match="hủy các bản ghi đó trước"):
            void_record(s, "decision", decision_id, "Ghi sai mức phạt", actor)
        void_record(s, "payment", paid.id, "Biên lai của quyết định khác", actor)
        decision = void_record(s, "decision", decision_id, "Ghi sai mức phạt", actor)
        document = s.get(IssuedDocument, decision.document_id)
        assert (decision.status, document.status, document.void_reason) == (
            "void", "void", "Ghi sai mức phạt")
        # the case waits for a decision again, its term still counted from the BB-VPHC
        assert "quyet_dinh" in {r.what for r in todo.todo(s, date(2026, 2, 1), "overdue")}
