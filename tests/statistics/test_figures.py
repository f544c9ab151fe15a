"""The figures of the hand-built data set (tests/statistics/dataset.py), with the answers
written here: Quý I 2025 against Quý I 2024 (29 February 2024), Vietnam-time edges, a case
both seized and prosecuted counted once, partial payments either side of 31 March, a case
sent back unprosecuted counted as administrative, an amended case counted once."""

from __future__ import annotations

from datetime import date

from app.db import unit_of_work
from app.statistics import engine, local
from app.statistics.cases import cases_behind
from app.statistics.periods import ReportCalendar, parse_period, same_period_last_year
from app.statistics.wording import change_words, million_dong, millions

CAL = ReportCalendar()

Q1_2025 = {
    "vu_kiem_tra": 6,  # A (00:30 1/1), B (23:45 31/3), D, E, F, K once; not C, not the draft G
    "vu_vi_pham": 5,  # F found nothing
    "doi_tuong": 5, "ca_nhan": 4, "to_chuc": 1,  # E is a company
    "vu_xu_ly": 3,  # khởi tố D + hành chính A, E
    "vu_xu_ly_hanh_chinh": 2,  # A; E, sent back unprosecuted and fined
    "vu_chuyen_dieu_tra": 2,  # D, E
    "vu_khoi_to": 1,  # D, seized and prosecuted: once
    "bi_can": 2,
    "vu_tra_lai": 1,  # E
    "vu_lien_nganh": 1,  # D, with the commune police
    "tien_phat_quyet_dinh": 23_000_000,  # A 8.000.000 + E 15.000.000
    "tien_phat_da_nop": 20_000_000,  # A 5.000.000 on 20/1 (3.000.000 on 2/4 is Q2) + E
    "tien_cham_nop": 0,  # A's 12.000 late amount paid on 2/4
    "tien_ban_tich_thu": 9_000_000,
    "truy_thu_thue": 0,
    "thu_nop_ngan_sach": 29_000_000,
    "tri_gia_tam_giu": 61_500_000,  # A 11.500.000 + D 50.000.000
    "tri_gia_tich_thu": 11_500_000, "tich_thu_da_ban": 11_500_000,
    "tich_thu_tieu_huy": 0, "tich_thu_chuyen_giao": 0, "tich_thu_chua_xu_ly": 0,
}
Q1_2024 = {  # H, found on 29/2/2024, fined on 1/3 and paid on 5/3
    "vu_kiem_tra": 1, "vu_vi_pham": 1, "doi_tuong": 1, "ca_nhan": 1, "vu_xu_ly": 1,
    "vu_xu_ly_hanh_chinh": 1, "tien_phat_quyet_dinh": 6_000_000, "tien_phat_da_nop": 6_000_000,
    "thu_nop_ngan_sach": 6_000_000,
}


def figures(db, key: str, groupings=(), compare: bool = True) -> engine.Figures:
    with unit_of_work(db.sessions) as s:
        local.refresh(s)
        period = parse_period(CAL, key)
        return engine.compute(s, period, same_period_last_year(CAL, period) if compare else None,
                              groupings)


def nonzero(values: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in values.items() if v}


def test_quarter_against_the_same_quarter_last_year(laptop):
    db, _ = laptop
    f = figures(db, "quy:2025-1", ("unit", "subgroup", "goods", "group"))
    assert nonzero(f.total()) == nonzero(Q1_2025)
    assert nonzero(f.total(previous=True)) == Q1_2024
    assert change_words(f.total()["vu_xu_ly"], f.total(True)["vu_xu_ly"]) == "tăng 200,00 %"
    assert change_words(f.total()["thu_nop_ngan_sach"], f.total(True)["thu_nop_ngan_sach"]) \
        == "tăng 383,33 %"
    assert million_dong(f.total()["thu_nop_ngan_sach"]) == "29,000 triệu đồng"
    # every grouping adds up to the total
    for grouping in ("unit", "subgroup", "goods", "group"):
        rows = f.current[grouping].values()
        assert sum(r["vu_xu_ly"] for r in rows) == 3, grouping
        assert sum(r["thu_nop_ngan_sach"] for r in rows) == 29_000_000, grouping
    sub = f.current["subgroup"]
    assert nonzero(sub[("nhap_lau",)]) == {  # no đối tượng by subgroup: a subject may repeat
        "vu_kiem_tra": 2, "vu_vi_pham": 2, "vu_xu_ly": 1,
        "vu_xu_ly_hanh_chinh": 1, "tien_phat_quyet_dinh": 8_000_000,
        "tien_phat_da_nop": 5_000_000, "tien_ban_tich_thu": 9_000_000,
        "thu_nop_ngan_sach": 14_000_000, "tri_gia_tam_giu": 11_500_000,
        "tri_gia_tich_thu": 11_500_000, "tich_thu_da_ban": 11_500_000}  # A and K
    assert sub[("hang_cam",)]["vu_khoi_to"] == 1 and sub[("hang_cam",)]["bi_can"] == 2
    assert sub[("gia_mao_nhan",)]["vu_xu_ly_hanh_chinh"] == 1  # E
    assert sub[("",)]["vu_kiem_tra"] == 1  # F: no violation
    assert f.current["group"][("buon_lau",)]["vu_kiem_tra"] == 2
    assert "doi_tuong" not in sub[("nhap_lau",)]
    assert nonzero(f.current["unit"][next(iter(f.current["unit"]))]) == nonzero(Q1_2025)


def test_vietnam_time_decides_the_edges(laptop):
    db, _ = laptop
    april = figures(db, "thang:2025-04", compare=False).total()
    assert april["vu_kiem_tra"] == 1  # C: 00:10 on 1/4 in Vietnam, still 31/3 in UTC
    assert april["tien_phat_da_nop"] == 3_000_000 and april["tien_cham_nop"] == 12_000
    assert april["thu_nop_ngan_sach"] == 3_012_000
    week = figures(db, "tuan:2025-01-01", compare=False).total()
    assert week["vu_kiem_tra"] == 2  # I (23:59 on 31/12) and A (00:30 on Wednesday 1/1)
    assert figures(db, "tuan:2025-01-02", compare=False).total()["vu_kiem_tra"] == 0
    q4 = figures(db, "quy:2024-4", compare=False).total()
    assert q4["vu_kiem_tra"] == 1  # I, 23:59 on 31/12/2024


def test_february_against_a_leap_february(laptop):
    db, _ = laptop
    f = figures(db, "thang:2025-02")
    assert f.total()["vu_kiem_tra"] == 2  # D, F
    assert f.total(True)["vu_kiem_tra"] == 1  # H on 29/2/2024
    custom = figures(db, "tu:2025-02-01:2025-02-28")
    assert custom.total(True)["vu_kiem_tra"] == 1  # 28/2 a year back is 29/2/2024


def test_tet_campaign_and_year_to_date(laptop):
    db, _ = laptop
    tet = figures(db, "tet:2025")  # 15/12/2024 – 28/2/2025
    assert tet.total()["vu_kiem_tra"] == 5  # A, E, F, D and I (31/12/2024)
    assert tet.total(True)["vu_kiem_tra"] == 1  # H, in the campaign of Tết Giáp Thìn 2024
    ytd = figures(db, "tudaunam:2025-03-31")
    assert nonzero(ytd.total()) == nonzero(Q1_2025)


def test_each_figure_opens_into_its_cases(laptop):
    db, ds = laptop
    period = parse_period(CAL, "quy:2025-1")
    with unit_of_work(db.sessions) as s:
        handled = cases_behind(s, period, "vu_xu_ly")
        assert {c.case_id for c in handled} == {ds.cases[k] for k in ("A", "D", "E")}
        outcome = {c.case_id: c.outcome for c in handled}
        assert outcome[ds.cases["D"]] == "Khởi tố"
        assert outcome[ds.cases["E"]] == "Xử lý hành chính"
        found = cases_behind(s, period, "vu_kiem_tra")
        assert [c.case_id for c in found][0] == ds.cases["A"]  # in the order found
        assert ds.cases["K2"] in {c.case_id for c in found}
        assert ds.cases["K1"] not in {c.case_id for c in found}
        smuggled = cases_behind(s, period, "vu_kiem_tra", {"subgroup": "nhap_lau"})
        assert {c.case_id for c in smuggled} == {ds.cases["A"], ds.cases["K2"]}
        paid = cases_behind(s, period, "thu_nop_ngan_sach")
        assert {c.case_id: c.budget_paid for c in paid} == {
            ds.cases["A"]: 14_000_000, ds.cases["E"]: 15_000_000}
        assert {c.subject_name for c in cases_behind(s, period, "to_chuc")} == {
            "Công ty TNHH Thương mại Đồng Đăng"}


def test_a_voided_payment_leaves_the_figures_at_the_next_refresh(laptop, tmp_path):
    db, ds = laptop
    from app.models.outcome import Payment
    from app.services.follow_through.records import void_record
    from app.services.settings import current_actor

    with unit_of_work(db.sessions) as s:
        pay = s.query(Payment).filter_by(receipt_no="BL-0310").one()
        void_record(s, "payment", pay.id, "Ghi nhầm số biên lai", current_actor(s))
    try:
        assert figures(db, "quy:2025-1").total()["thu_nop_ngan_sach"] == 14_000_000
    finally:
        from app.services.follow_through.entries import PaymentEntry
        from app.services.follow_through.payments import record_payment

        with unit_of_work(db.sessions) as s:
            record_payment(s, ds.cases["E"], PaymentEntry(None, "BL-0310B", date(2025, 3, 10),
                                                         15_000_000, late_amount=0),
                           current_actor(s))
    assert figures(db, "quy:2025-1").total()["thu_nop_ngan_sach"] == 29_000_000


def test_money_words():
    assert millions(24_917_228_000) == "24.917,228"
    assert million_dong(1_500_000) == "1,500 triệu đồng"
    assert millions(1_234_567) == "1,235"
    assert change_words(54_199, 72_313) == "giảm 25,05 %"
    assert change_words(5, 0) == "cùng kỳ không có"
    assert change_words(7, 7) == "bằng cùng kỳ"
