"""What reaches whom: a team's cases reach every laptop of the team and no other unit;
a tip the Chi cục assigns reaches the assigned unit only, without its informant."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db import unit_of_work
from app.errors import RecordLocked
from app.models import Tip
from app.readmodel import search_cases
from app.services.cases import get_case_entry, save_case
from app.services.settings import current_actor
from tests.sync.helpers import new_case
from tests.sync.support import Laptop


def test_a_case_reaches_the_team_with_its_seizure_subject_and_search(server, unit, laptops, tmp_path):
    other_unit = server.new_unit("Đội Quản lý thị trường số 5")
    a = Laptop.set_up(tmp_path / "a", cases=4, seed=11)
    b = Laptop.set_up(tmp_path / "b")
    c = Laptop.set_up(tmp_path / "c")
    laptops += [a, b, c]
    a.enrol(server, unit, "Máy anh Nông Văn Thạch")
    b.enrol(server, unit, "Máy chị Hà Thị Nhung")
    c.enrol(server, other_unit, "Máy Đội 5")
    case_id = new_case(a, "Vi Thị Hồng Nhung", id_number="020186007788",
                       place="Bãi hàng thôn Khuổi Mạ")

    report = a.sync()
    assert report.pushed["applied"] >= 5 and report.pushed["rejected"] == 0
    assert b.sync().pulled >= 5
    c.sync()

    with unit_of_work(b.db.sessions) as s:
        form = get_case_entry(s, case_id)
        assert form.subject.name == "Vi Thị Hồng Nhung"
        assert form.subject.id_number == "020186007788"
        assert form.place_address == "Bãi hàng thôn Khuổi Mạ"
        assert [i.name for i in form.seizures[0].items] == [
            "Thuốc lá điếu nhãn hiệu Esse (nhập lậu)", "Đường cát trắng không rõ nguồn gốc"]
        assert [i.quantity for i in form.seizures[0].items] == ["500", "250"]
        assert len(form.violations) == 1
        found = search_cases(s, "vi thi hong nhung")  # typed without diacritics
        assert [r.id for r in found] == [case_id]
        assert [r.id for r in search_cases(s, "khuoi ma")] == [case_id]
        # a colleague's draft is read here, not changed
        with pytest.raises(RecordLocked):
            save_case(s, form, current_actor(s))
    assert b.scalar("select count(*) from inspection") == 5
    assert server.count("case", unit) == 5

    # the other unit's laptop holds none of it
    assert c.scalar("select count(*) from inspection") == 0
    assert c.scalar("select count(*) from subject") == 0
    with unit_of_work(c.db.sessions) as s:
        assert search_cases(s, "vi thi hong nhung") == []
    assert server.count("case", other_unit) == 0


def test_a_tip_reaches_the_assigned_unit_only_without_its_informant(server, unit, laptops, tmp_path):
    from server.admin.service import add_tip, assign_tip

    other_unit = server.new_unit("Đội Quản lý thị trường số 6")
    mine = Laptop.set_up(tmp_path / "mine")
    theirs = Laptop.set_up(tmp_path / "theirs")
    laptops += [mine, theirs]
    mine.enrol(server, unit)
    theirs.enrol(server, other_unit)
    mine.sync()
    theirs.sync()

    tip_id = server.db.transact(lambda s: add_tip(
        s, summary="Xe tải biển 12C-456.78 chở pháo nổ qua đường mòn thôn Bản Chắt lúc rạng sáng",
        informant_name="Lăng Thị Mai", informant_contact="0912 345 678",
        place_address="Đường mòn thôn Bản Chắt", suspect="Chủ xe không rõ", goods="Pháo nổ",
    ).id)
    theirs.sync()  # an unassigned tip reaches nobody
    assert theirs.scalar("select count(*) from tip") == 0
    server.db.transact(lambda s: assign_tip(s, tip_id, unit))

    assert mine.sync().pulled >= 1
    theirs.sync()
    with unit_of_work(mine.db.sessions) as s:
        tip = s.scalar(select(Tip).where(Tip.id == tip_id))
        assert tip is not None
        assert tip.summary.startswith("Xe tải biển 12C-456.78 chở pháo nổ")
        assert (tip.goods, tip.status) == ("Pháo nổ", "assigned")
        stored = " ".join(str(v) for v in vars(tip).values())
        assert "Lăng Thị Mai" not in stored and "0912 345 678" not in stored
    assert theirs.scalar("select count(*) from tip") == 0
