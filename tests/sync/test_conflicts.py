"""A subject of the registry is shared: two laptops of a team may correct it. A change made
on a version the server has moved past is kept as a conflict, both versions side by side,
never an overwrite; a person chooses, and the next sync carries the choice."""

from __future__ import annotations

import uuid

import pytest

from app.db import unit_of_work
from app.sync import conflicts
from tests.sync.helpers import edit_case_subject, new_case, server_record, subject_row
from tests.sync.support import Laptop

OLD_ADDRESS = "Thôn Bản Moòng, xã Tân Thanh, tỉnh Lạng Sơn"
A_PHONE = "0987 161 616"
B_ADDRESS = "Số 8 ngõ Khau Phạ, thôn Nà Cạn, xã Tân Thanh, tỉnh Lạng Sơn"


def _team(server, unit, laptops, tmp_path) -> tuple[Laptop, Laptop, uuid.UUID, uuid.UUID]:
    """Two laptops that both hold subject v1 (made on A with A's case)."""
    a = Laptop.set_up(tmp_path / "a")
    b = Laptop.set_up(tmp_path / "b")
    laptops += [a, b]
    a.enrol(server, unit, "Máy anh Phùng Văn Lợi")
    b.enrol(server, unit, "Máy chị Mạc Thị Duyên")
    case_id = new_case(a, "Hà Thị Xuân", id_number="020186003311", address=OLD_ADDRESS)
    a.sync()
    b.sync()
    subject_id = uuid.UUID(str(a.scalar("select subject_id from inspection where id = :c", c=case_id.hex)))
    assert subject_row(b, subject_id)["address"] == OLD_ADDRESS
    return a, b, case_id, subject_id


def _both_edit(a: Laptop, b: Laptop, case_id: uuid.UUID, subject_id: uuid.UUID) -> None:
    """A adds the phone number and syncs first; B corrects the address on its own case."""
    edit_case_subject(a, case_id, phone=A_PHONE)
    a.sync()
    new_case(b, "", subject_id=str(subject_id), address=B_ADDRESS, place="Chợ phiên xã Tân Thanh")


def _open(laptop: Laptop) -> list[conflicts.ConflictRow]:
    with unit_of_work(laptop.db.sessions) as s:
        return conflicts.open_conflicts(s)


def _resolve(laptop: Laptop, conflict_id: uuid.UUID, keep: str) -> None:
    with unit_of_work(laptop.db.sessions) as s:
        conflicts.resolve(s, conflict_id, keep, laptop.actor())


def test_a_stale_edit_is_kept_as_a_conflict_and_keeping_mine_reaches_the_server(
        server, unit, laptops, tmp_path):
    a, b, case_id, subject_id = _team(server, unit, laptops, tmp_path)
    _both_edit(a, b, case_id, subject_id)

    report = b.sync()
    assert report.pushed["conflict"] == 1
    assert "1 xung đột" in report.summary()
    version, payload = server_record(server, subject_id)
    assert (payload["address"], payload["phone"]) == (OLD_ADDRESS, A_PHONE)  # not overwritten
    assert subject_row(b, subject_id)["address"] == B_ADDRESS  # nor here
    (row,) = _open(b)
    assert (row.entity, row.record_id, row.kind) == ("subject", subject_id, "Đối tượng")
    assert row.server_version == version and row.can_keep_local
    diffs = {d.field: (d.local, d.server) for d in row.differences}
    assert diffs == {"address": (B_ADDRESS, OLD_ADDRESS), "phone": ("—", A_PHONE)}
    assert "phiên bản" in row.reason

    b.sync()  # the conflict stays until a person chooses; nothing moves meanwhile
    assert len(_open(b)) == 1
    assert server_record(server, subject_id)[1]["address"] == OLD_ADDRESS

    _resolve(b, row.id, "local")
    assert _open(b) == []
    assert b.sync().pushed["applied"] >= 1
    _, payload = server_record(server, subject_id)
    assert payload["address"] == B_ADDRESS
    a.sync()
    assert subject_row(a, subject_id)["address"] == B_ADDRESS
    assert b.scalar("select resolution from sync_conflict") == "local"


def test_keeping_the_server_version_makes_the_local_record_equal_to_it(
        server, unit, laptops, tmp_path):
    a, b, case_id, subject_id = _team(server, unit, laptops, tmp_path)
    _both_edit(a, b, case_id, subject_id)
    b.sync()
    (row,) = _open(b)

    _resolve(b, row.id, "server")
    mine = subject_row(b, subject_id)
    version, payload = server_record(server, subject_id)
    assert (mine["address"], mine["phone"], mine["version"]) == (OLD_ADDRESS, A_PHONE, version)
    report = b.sync()
    assert report.pushed["conflict"] == 0 and report.mismatched == []
    assert server_record(server, subject_id) == (version, payload)  # nothing pushed over it
    assert _open(b) == []


def test_a_pulled_change_to_a_record_edited_here_meanwhile_is_kept_as_a_conflict(
        server, unit, laptops, tmp_path, monkeypatch):
    a, b, case_id, subject_id = _team(server, unit, laptops, tmp_path)
    new_case(a, "Nông Thị Huệ", id_number="020186009911")  # changes that come first in B's pull
    a.sync()
    edit_case_subject(a, case_id, phone=A_PHONE)
    a.sync()

    monkeypatch.setattr("app.sync.engine.PULL_PAGE", 1)
    edited: list[str] = []

    def meanwhile(stage: str, _done: int, _total: int) -> None:
        # the inspector saves a case (correcting the subject) while the sync is pulling
        if stage == "Nhận dữ liệu" and not edited:
            edited.append(stage)
            new_case(b, "", subject_id=str(subject_id), address=B_ADDRESS)

    report = b.engine().run(meanwhile)
    assert edited
    assert report.pull_conflicts == 1
    assert subject_row(b, subject_id)["address"] == B_ADDRESS  # the pull did not overwrite it
    (row,) = _open(b)
    diffs = {d.field: (d.local, d.server) for d in row.differences}
    assert diffs == {"address": (B_ADDRESS, OLD_ADDRESS), "phone": ("—", A_PHONE)}
    assert server_record(server, subject_id)[1]["phone"] == A_PHONE

    b.sync()  # the edit waits for the person's choice; it is not pushed over A's
    assert server_record(server, subject_id)[1]["address"] == OLD_ADDRESS
    _resolve(b, row.id, "local")
    b.sync()
    assert server_record(server, subject_id)[1]["address"] == B_ADDRESS


def test_a_conflict_cannot_be_resolved_twice(server, unit, laptops, tmp_path):
    from app.errors import NotFound

    a, b, case_id, subject_id = _team(server, unit, laptops, tmp_path)
    _both_edit(a, b, case_id, subject_id)
    b.sync()
    (row,) = _open(b)
    _resolve(b, row.id, "server")
    with pytest.raises(NotFound):
        _resolve(b, row.id, "local")
