"""A case with criminal signs handed to the police: waiting (never overdue), prosecuted
with its accused, or not prosecuted and back on the administrative path with its new
term; closing the file when its path is complete, reopening it by a recorded correction."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.db import unit_of_work
from app.errors import RecordLocked, ValidationFailed
from app.models import Case
from app.models.outcome import Accused, CriminalReferral
from app.services.follow_through import goods, payments, progress, referrals, steps, todo
from app.services.follow_through.due import due_items
from app.services.follow_through.entries import (
    AccusedEntry,
    AnswerEntry,
    GoodsDispositionEntry,
    PaymentEntry,
    ReferralEntry,
)
from tests.follow_through.support import finalised_case, sanction

POLICE = "Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn"


def _refer(s, actor, on: date) -> tuple:
    case_id = finalised_case(s, actor, on)
    ref = referrals.refer_case(s, case_id, ReferralEntry(on, POLICE, "12/QĐ-CHS"), actor)
    return case_id, ref


def test_waiting_for_the_police_is_shown_but_never_overdue(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        case_id, ref = _refer(s, actor, date(2026, 5, 4))
        assert [(i.what, i.due_on, i.waiting, i.action) for i in due_items(s, case_id)] == [
            ("cho_tra_loi", None, True, "answer")]
        assert todo.overdue_count(s, date(2026, 12, 1)) == 0
        row = todo.todo(s, date(2026, 12, 1), "all")[0]
        assert (row.label, row.overdue) == (
            f"Chờ kết quả giải quyết của {POLICE} (chuyển hồ sơ ngày 04/05/2026)", False)
        assert progress.progress(s, case_id, date(2026, 12, 1)).stage == \
            f"Đã chuyển {POLICE}, chờ kết quả"


def test_not_prosecuted_returns_to_the_administrative_path_with_five_working_days(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        case_id, ref = _refer(s, actor, date(2026, 3, 2))
        referrals.record_answer(s, ref.id, AnswerEntry(
            "khong_khoi_to", date(2026, 4, 24), "07/QĐ-KKT", returned_on=date(2026, 4, 28)), [], actor)
        items = {i.what: i for i in due_items(s, case_id)}
        # file back Tuesday 28 April; 30/4 and 1/5 off: Wed 29, Mon 4, Tue 5, Wed 6, Thu 7 May
        assert items["quyet_dinh"].due_on == date(2026, 5, 7)
        assert items["quyet_dinh"].label == \
            "Ra quyết định xử phạt (hạn 5 ngày làm việc từ khi nhận lại hồ sơ)"
        state = progress.progress(s, case_id, date(2026, 5, 5))
        assert state.counts_as == "hanh_chinh"
        assert state.stage == "Cơ quan điều tra không khởi tố, trả hồ sơ: chờ ra quyết định xử phạt"
        overdue = todo.todo(s, date(2026, 5, 8), "overdue")
        assert {(r.what, r.days_left) for r in overdue} >= {("quyet_dinh", -1)}


def test_prosecuted_with_its_accused(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        case_id, ref = _refer(s, actor, date(2026, 6, 1))
        subject_id = s.get(Case, case_id).subject_id
        referrals.record_answer(s, ref.id, AnswerEntry("khoi_to", date(2026, 6, 20), "15/QĐ-KTVA"), [
            AccusedEntry("Nguyễn Thị Ánh", 1986, "020186001234", subject_id=subject_id),
            AccusedEntry("Hoàng Văn Páo", 1979, address="Thôn Nà Lừa, xã Đồng Đăng, tỉnh Lạng Sơn"),
        ], actor)
        people = list(s.scalars(select(Accused).order_by(Accused.full_name)))
        assert [(p.full_name, p.subject_id, p.referral_id, p.unit_id) for p in people] == [
            ("Hoàng Văn Páo", None, ref.id, actor.unit_id),
            ("Nguyễn Thị Ánh", subject_id, ref.id, actor.unit_id)]
        state = progress.progress(s, case_id, date(2026, 6, 21))
        assert (state.counts_as, state.stage) == ("hinh_su", "Đã khởi tố vụ án hình sự")
        # no decision is due; the goods go to the police with the file
        assert [i.what for i in due_items(s, case_id)] == ["tang_vat"]
        for h in goods.held_goods(s, case_id, date(2026, 6, 22)):
            goods.dispose_goods(s, case_id, GoodsDispositionEntry(h.item_id, "chuyen_giao", date(2026, 6, 22),
                                                      agency=POLICE), actor)
        assert [i.what for i in due_items(s, case_id)] == ["dong_ho_so"]
        closed = steps.close_case(s, case_id, date(2026, 6, 25), actor)
        assert closed.step == "dong_ho_so" and due_items(s, case_id) == []
        assert progress.progress(s, case_id, date(2026, 6, 26)).stage == "Đã kết thúc hồ sơ"


def test_an_accused_without_a_name_is_refused_and_nothing_is_written(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        _case_id, ref = _refer(s, actor, date(2026, 6, 1))
        with pytest.raises(ValidationFailed) as err:
            referrals.record_answer(s, ref.id, AnswerEntry("khoi_to", date(2026, 6, 20)), [
                AccusedEntry("Lò Văn Sùng"), AccusedEntry("  ", 1990)], actor)
        assert err.value.errors == {"accused.1.full_name": "Chưa nhập họ tên bị can."}
        with pytest.raises(ValidationFailed) as err:
            referrals.record_answer(s, ref.id, AnswerEntry("", date(2026, 5, 30)), [], actor)
        assert err.value.errors == {
            "answer": "Chọn kết quả: khởi tố hoặc không khởi tố.",
            "answer_on": "Không được trước ngày chuyển hồ sơ (01/06/2026)."}
        assert s.scalar(select(func.count()).select_from(Accused)) == 0
        assert s.get(CriminalReferral, ref.id).answer == "cho"


def test_closing_an_incomplete_case_says_what_is_missing_then_reopening(demo_db, actor):
    with unit_of_work(demo_db.sessions) as s:
        case_id = finalised_case(s, actor, date(2026, 7, 6))
        with pytest.raises(ValidationFailed) as err:
            steps.close_case(s, case_id, date(2026, 7, 20), actor)
        assert err.value.errors == {"case_id": (
            "Chưa kết thúc được hồ sơ: Chưa có quyết định xử phạt (hoặc quyết định không xử phạt, "
            "quyết định tịch thu). Tang vật “Thuốc lá điếu nhãn hiệu Esse (nhập lậu)” còn 500 bao "
            "chưa xử lý. Tang vật “Đường cát trắng không rõ nguồn gốc” còn 250 kg chưa xử lý.")}
        decision = sanction(s, case_id, actor, 8_000_000, date(2026, 7, 10), date(2026, 7, 10))
        payments.record_payment(s, case_id, PaymentEntry(decision.id, "BL-1", date(2026, 7, 15),
                                                        5_000_000), actor)
        for h in goods.held_goods(s, case_id, date(2026, 7, 16)):
            goods.dispose_goods(s, case_id, GoodsDispositionEntry(h.item_id, "tra_lai", date(2026, 7, 16)), actor)
        assert steps.path_missing(s, case_id, date(2026, 7, 20)) == [
            "Còn 3.000.000 đồng tiền phạt chưa nộp."]
        # a year after the decision it can no longer be enforced (Đ74): the path is complete
        assert steps.path_missing(s, case_id, date(2027, 7, 13)) == []
        payments.record_payment(s, case_id, PaymentEntry(decision.id, "BL-2", date(2026, 7, 20),
                                                        3_000_000), actor)
        closed = steps.close_case(s, case_id, date(2026, 7, 21), actor, "Đã thi hành xong")
        with pytest.raises(RecordLocked, match="đã kết thúc"):
            payments.record_payment(s, case_id, PaymentEntry(decision.id, "BL-3", date(2026, 7, 22),
                                                            1), actor)
        with pytest.raises(ValidationFailed) as err:
            steps.reopen_case(s, case_id, " ", date(2026, 7, 22), actor)
        assert err.value.errors == {"reason": "Ghi lý do mở lại hồ sơ."}
        steps.reopen_case(s, case_id, "Kho bạc báo biên lai BL-2 ghi sai số tiền", date(2026, 7, 23),
                          actor)
        words = [e.words for e in progress.progress(s, case_id, date(2026, 7, 23)).timeline]
        assert words[-2:] == ["Kết thúc hồ sơ: Đã thi hành xong",
                              "Mở lại hồ sơ: Kho bạc báo biên lai BL-2 ghi sai số tiền"]
        assert closed.recorded_by == actor.officer_name
