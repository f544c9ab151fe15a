"""A finalised case is immutable everywhere: a change to it, even from its own laptop
(here forced past the service with raw SQL), is refused by the server as a conflict; the
server keeps the finalised version, "keep mine" is refused, "keep the server's" restores it."""

from __future__ import annotations

import pytest

from app.db import unit_of_work
from app.errors import Conflict
from app.services.cases import finalise_case, get_case_entry
from app.services.settings import current_actor
from app.sync import conflicts
from tests.sync.helpers import new_case, server_record
from tests.sync.support import Laptop

PLACE = "Bãi xe thôn Nà Lừa"
FORGED = "Địa điểm bị sửa sau khi đã hoàn tất"


def test_a_change_to_a_finalised_case_is_refused_and_the_server_version_restored(
        server, unit, laptops, tmp_path):
    a = Laptop.set_up(tmp_path / "a")
    b = Laptop.set_up(tmp_path / "b")
    laptops += [a, b]
    a.enrol(server, unit, "Máy anh Tô Văn Khoa")
    b.enrol(server, unit)
    case_id = new_case(a, "Hứa Thị Mận", id_number="020186008822", place=PLACE)
    with unit_of_work(a.db.sessions) as s:
        finalise_case(s, case_id, current_actor(s))
    a.sync()
    version, payload = server_record(server, case_id)
    assert (payload["status"], payload["place_address"]) == ("finalised", PLACE)

    # the service refuses, so tamper below it: a new version with another place
    with unit_of_work(a.db.sessions) as s:
        s.connection().exec_driver_sql(
            "UPDATE inspection SET place_address = ?, version = version + 1 WHERE id = ?",
            (FORGED, case_id.hex))
    report = a.sync()
    assert report.pushed["conflict"] == 1
    assert server_record(server, case_id) == (version, payload)  # the server kept its version
    b.sync()
    with unit_of_work(b.db.sessions) as s:
        assert get_case_entry(s, case_id).place_address == PLACE

    with unit_of_work(a.db.sessions) as s:
        (row,) = conflicts.open_conflicts(s)
    assert (row.entity, row.record_id, row.can_keep_local) == ("case", case_id, False)
    assert "Vụ việc đã hoàn tất không thể sửa" in row.reason
    assert {d.field: (d.local, d.server) for d in row.differences}["place_address"] == (FORGED, PLACE)

    with unit_of_work(a.db.sessions) as s, pytest.raises(Conflict) as refused:
        conflicts.resolve(s, row.id, "local", current_actor(s))
    assert "không thể thay bằng bản của máy này" in str(refused.value)
    with unit_of_work(a.db.sessions) as s:
        conflicts.resolve(s, row.id, "server", current_actor(s))
    with unit_of_work(a.db.sessions) as s:
        form = get_case_entry(s, case_id)
        assert (form.place_address, form.version, form.status) == (PLACE, version, "finalised")
        assert conflicts.open_conflicts(s) == []
    report = a.sync()
    assert report.pushed["conflict"] == 0 and report.mismatched == []
    assert server_record(server, case_id) == (version, payload)
