"""Enrolment takes on the server's unit, and keeps what the server leaves empty: the parent
line printed above the unit on every biên bản must not vanish."""

from __future__ import annotations

from tests.sync.support import Laptop


def _unit(laptop: Laptop) -> tuple[str, str, str, str]:
    row = laptop.scalar("SELECT name || '|' || parent_name || '|' || province_code || '|' || "
                        "agency_code FROM unit WHERE deleted_at IS NULL")  # the old one is a tombstone
    return tuple(str(row).split("|"))  # type: ignore[return-value]


def test_the_server_names_the_unit_and_the_set_up_fills_what_it_leaves_empty(server, laptops, tmp_path):
    from server.admin.service import create_unit

    server.db.transact(lambda s: create_unit(s, code="D07", name="Đội Quản lý thị trường số 7",
                                             agency_code="20", team_code="07"))
    bare = Laptop.set_up(tmp_path / "a")
    laptops.append(bare)
    bare.enrol(server, "D07", "Máy Đội 7")
    assert _unit(bare) == ("Đội Quản lý thị trường số 7",
                           "Chi cục Quản lý thị trường tỉnh Lạng Sơn", "20", "20")

    full = Laptop.set_up(tmp_path / "b")
    laptops.append(full)
    code = server.new_unit("Đội Quản lý thị trường số 2")  # with its own parent name
    full.enrol(server, code, "Máy Đội 2")
    name, parent, province, _ = _unit(full)
    assert name.startswith("Đội Quản lý thị trường số 2") and province == "20"
    assert parent == "Chi cục Quản lý thị trường tỉnh Lạng Sơn"
