"""The province's figures: the hand-built data set recorded on a laptop, synced to the server
(SQLite, and PostgreSQL when THUCDIA_TEST_PG_URL is set), projected from the change feed,
give the very figures the laptop gives; member agencies' template, versions, the combined
report with a row per force, and frozen reports."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest

from app.db import unit_of_work
from app.errors import ValidationFailed
from app.statistics import engine, local
from app.statistics.periods import ReportCalendar, parse_period, same_period_last_year
from app.statistics.summary import summary
from server.statistics import feed, members, reports
from tests.server.conftest import Api
from tests.statistics.dataset import build
from tests.statistics.test_figures import Q1_2024, Q1_2025, nonzero
from tests.sync.support import Laptop

CAL = ReportCalendar()
GROUPINGS = ("unit", "subgroup", "goods", "commune", "group", "unit_subgroup")


class _Province:
    """What Laptop.enrol needs of a server: its address and an enrolment code."""

    def __init__(self, api: Api) -> None:
        self.url, self.api = api.base_url, api

    def enrolment_code(self, unit_code: str) -> str:
        from server.devices.service import make_code

        return self.api.db.transact(lambda s: make_code(s, unit_code, self.api.settings.enrol_code_ttl)).code


def synced_team(api: Api, root, unit_name: str, device: str, make):  # type: ignore[no-untyped-def]
    """A team's laptop with the data ``make(session)`` records, enrolled with a new unit of
    the server and synced, the server's facts caught up: (laptop, what make returned, the
    unit's code)."""
    code = api.new_unit(unit_name)
    laptop = Laptop.set_up(root)
    with unit_of_work(laptop.db.sessions) as s:
        made = make(s)
    laptop.enrol(_Province(api), code, device)
    assert not laptop.sync().mismatched
    api.db.transact(feed.catch_up)
    return laptop, made, code


@pytest.fixture(scope="module")
def synced(api: Api, tmp_path_factory: pytest.TempPathFactory):
    """The data set on a laptop, synced to the server; the server's facts caught up."""
    laptop, ds, code = synced_team(api, tmp_path_factory.mktemp("team"), "Đội Quản lý thị trường số 3",
                                   "Máy Đội 3", build)
    yield laptop, ds, code
    laptop.close()


def _server_figures(api: Api, key: str, unit_id=None) -> engine.Figures:
    period = parse_period(CAL, key)
    return api.db.transact(lambda s: engine.compute(
        s, period, same_period_last_year(CAL, period), GROUPINGS, unit_id and [unit_id]),
        write=False)


def _laptop_figures(laptop: Laptop, key: str) -> engine.Figures:
    period = parse_period(CAL, key)
    with unit_of_work(laptop.db.sessions) as s:
        local.refresh(s)
        return engine.compute(s, period, same_period_last_year(CAL, period), GROUPINGS)


def _unit_id(api: Api, code: str):
    from server.models import Unit

    return api.db.transact(lambda s: s.query(Unit).filter_by(code=code).one().id, write=False)


@pytest.mark.parametrize("key", ["quy:2025-1", "thang:2025-04", "tet:2025", "tuan:2025-01-01"])
def test_the_server_gives_the_laptops_figures(api, synced, key):
    laptop, _, code = synced
    on_server = _server_figures(api, key, _unit_id(api, code))
    on_laptop = _laptop_figures(laptop, key)
    assert on_server.current == on_laptop.current
    assert on_server.previous == on_laptop.previous
    if key == "quy:2025-1":
        assert nonzero(on_server.total()) == nonzero(Q1_2025)
        assert nonzero(on_server.total(previous=True)) == Q1_2024


def test_a_correction_pulled_or_pushed_later_is_caught_up(api, synced):
    laptop, ds, code = synced
    from datetime import date

    from app.services.follow_through.entries import PaymentEntry
    from app.services.follow_through.payments import record_payment

    with unit_of_work(laptop.db.sessions) as s:
        from app.services.settings import current_actor

        record_payment(s, ds.cases["A"], PaymentEntry(None, "BL-0003", date(2025, 3, 31), 1_000,
                                                     purpose="truy_thu_thue"), current_actor(s))
    laptop.sync()
    assert api.db.transact(feed.behind, write=False)
    api.db.transact(feed.catch_up)
    assert not api.db.transact(feed.behind, write=False)
    total = _server_figures(api, "quy:2025-1", _unit_id(api, code)).total()
    assert total["thu_nop_ngan_sach"] == 29_001_000
    assert _laptop_figures(laptop, "quy:2025-1").total()["thu_nop_ngan_sach"] == 29_001_000


def _fill(template: bytes, rows: dict[str, dict[str, int]], agency: dict[str, str]) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(template))
    ws = book[members.SHEET]
    heads = [c.value for c in ws[members.FIRST_ROW]]  # the hidden row of codes
    for row in ws.iter_rows(min_row=members.FIRST_ROW + 1):
        force = row[0].value
        if force in rows:
            row[2].value = agency.get(force, "")
            for code, value in rows[force].items():
                row[heads.index(code)].value = value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_member_agencies_template_versions_and_the_combined_report(api, synced):
    period = parse_period(CAL, "quy:2025-1")
    template = members.template_xlsx(period)
    sheet = openpyxl.load_workbook(io.BytesIO(template))[members.SHEET]
    assert sheet[members.KEY_CELL].value == "quy:2025-1"
    assert [sheet.cell(r, 2).value for r in range(7, 13)] == [
        "Công an", "Hải quan", "Bộ đội Biên phòng", "Thuế", "Kiểm lâm", "UBND xã/phường"]
    bad = _fill(template, {"cong_an": {"vu_khoi_to": "ba"}}, {})
    with pytest.raises(ValidationFailed) as err:
        api.db.transact(lambda s: members.import_template(s, bad, "Trần Thu Hà", CAL))
    assert list(err.value.errors.values()) == [
        "Ô E7: Số vụ khởi tố: phải là số nguyên, không âm (đã nhập «ba»)."]
    filled = _fill(template, {
        "cong_an": {"vu_kiem_tra": 40, "vu_khoi_to": 12, "bi_can": 17, "vu_xu_ly_hanh_chinh": 25,
                    "tien_phat_quyet_dinh": 310_000_000, "thu_nop_ngan_sach": 295_500_000},
        "hai_quan": {"vu_kiem_tra": 9, "vu_xu_ly_hanh_chinh": 9, "thu_nop_ngan_sach": 1_250_000_000},
    }, {"cong_an": "Công an tỉnh Lạng Sơn"})
    rows = api.db.transact(lambda s: members.import_template(s, filled, "Trần Thu Hà", CAL))
    assert [(r.force_code, r.agency, r.version) for r in rows] == [
        ("cong_an", "Công an tỉnh Lạng Sơn", 1), ("hai_quan", "Hải quan", 1)]
    fixed = _fill(template, {"cong_an": {"vu_kiem_tra": 40, "vu_khoi_to": 13, "bi_can": 18,
                                         "vu_xu_ly_hanh_chinh": 24,
                                         "tien_phat_quyet_dinh": 310_000_000,
                                         "thu_nop_ngan_sach": 295_500_000}},
                  {"cong_an": "Công an tỉnh Lạng Sơn"})
    again = api.db.transact(lambda s: members.import_template(s, fixed, "Trần Thu Hà", CAL))
    assert again[0].version == 2
    assert again[0].change_note == ("Số vụ khởi tố: 12 → 13; Số bị can: 17 → 18; "
                                    "Số vụ xử lý vi phạm hành chính: 25 → 24")
    with pytest.raises(ValidationFailed) as err:
        api.db.transact(lambda s: members.import_template(s, fixed, "Trần Thu Hà", CAL))
    assert err.value.errors["figures"] == "Số liệu không thay đổi so với bản đã gửi."

    report = api.db.transact(lambda s: reports.province_report(
        s, period, cal=CAL, compare=True, combined=True), write=False)
    forces = {f.force: f for f in report.forces}
    assert forces["quan_ly_thi_truong"].current["vu_xu_ly"] >= 3
    assert forces["cong_an"].current["vu_xu_ly"] == 37 and forces["cong_an"].label == "Công an tỉnh Lạng Sơn"
    assert forces["bien_phong"].current is None  # not submitted
    text = summary(report)
    assert text.startswith("Quý I năm 2025 (từ ngày 1/1/2025 đến ngày 31/3/2025), các sở, ngành "
                           "thành viên Ban Chỉ đạo 389 đã kiểm tra ")
    own = report.total.current
    assert (f"trong đó số vụ khởi tố điều tra: {own['vu_khoi_to'] + 13} vụ, "
            f"{own['bi_can'] + 18} bị can; số vụ xử lý vi phạm hành chính: "
            f"{own['vu_xu_ly_hanh_chinh'] + 24 + 9} vụ") in text


def test_a_submitted_report_is_frozen_and_a_correction_is_a_new_version(api, synced):
    from app.statistics.pdf import write_pdf
    from app.statistics.xlsx import write_xlsx

    _, _, code = synced
    period = parse_period(CAL, "thang:2025-03")

    def make():
        return api.db.transact(lambda s: reports.province_report(s, period, cal=CAL,
                                                                 unit_code=code), write=False)

    first = make()
    row = api.db.transact(lambda s: reports.freeze(s, first, write_xlsx(first), write_pdf(first),
                                                   "Nguyễn Văn Thành", code))
    assert row.version == 1 and reports.Frozen(row).intact()
    with pytest.raises(ValidationFailed) as err:
        api.db.transact(lambda s: reports.freeze(s, first, b"x", b"y", "Nguyễn Văn Thành", code))
    assert err.value.errors["figures"] == "Số liệu giống bản 1 đã gửi; không cần lập bản mới."
    laptop, ds, _ = synced
    from datetime import date

    from app.services.follow_through.entries import PaymentEntry
    from app.services.follow_through.payments import record_payment
    from app.services.settings import current_actor

    with unit_of_work(laptop.db.sessions) as s:
        record_payment(s, ds.cases["E"], PaymentEntry(None, "BL-0320", date(2025, 3, 20), 500_000,
                                                     purpose="truy_thu_thue"), current_actor(s))
    laptop.sync()
    api.db.transact(feed.catch_up)
    second = make()
    with pytest.raises(ValidationFailed) as err:
        api.db.transact(lambda s: reports.freeze(s, second, b"x", b"y", "Nguyễn Văn Thành", code))
    assert err.value.errors["reason"] == "Bản sửa đổi cần ghi lý do sửa."
    row2 = api.db.transact(lambda s: reports.freeze(
        s, second, write_xlsx(second), write_pdf(second), "Nguyễn Văn Thành", code,
        reason="Bổ sung biên lai nộp phạt ngày 20/3"))
    assert row2.version == 2
    assert "Thu nộp ngân sách: " in row2.changes and "→" in row2.changes
    kept = api.db.transact(lambda s: [(r.version, json.loads(r.figures)["total"]["current"]
                                       ["thu_nop_ngan_sach"]) for r in reports.versions(s, period.key, code)],
                           write=False)
    assert kept[1][1] - kept[0][1] == 500_000


def test_server_command_line_report(api, synced, tmp_path: Path, capsys):
    from server.cli import main

    _, _, code = synced
    xlsx = tmp_path / "q1.xlsx"
    assert main(["--database-url", api.db.url, "report", "--period", "quy:2025-1", "--unit", code,
                 "--compare", "--xlsx", str(xlsx), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"]["label"] == "Quý I năm 2025"
    assert data["total"]["current"]["vu_khoi_to"] == 1
    assert data["summary"].startswith("Quý I năm 2025 (từ ngày 1/1/2025 đến ngày 31/3/2025), "
                                      "Đội Quản lý thị trường số 3")
    assert openpyxl.load_workbook(xlsx).sheetnames[0] == "Tổng hợp"
    assert main(["--database-url", api.db.url, "report", "--period", "quy:2025-7"]) == 2
    assert "Quý phải từ 1 đến 4." in capsys.readouterr().err
