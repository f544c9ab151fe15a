"""What the province sends besides cases: catalogue updates and the unit's officers."""

from __future__ import annotations

import json

from app.paths import resources_dir
from tests.sync.support import Laptop


def test_a_newer_catalogue_and_a_new_officer_reach_the_laptop(server, unit, laptops, tmp_path):
    laptop = Laptop.set_up(tmp_path / "a", cases=1, seed=41)
    laptops.append(laptop)
    laptop.enrol(server, unit, "Máy Đội 3")
    laptop.sync()
    shipped = json.loads((resources_dir() / "catalogs" / "goods_categories.json").read_text("utf-8"))
    update = shipped | {"version": shipped["version"] + 1}
    update["items"] = [*shipped["items"], {"code": "pin_xe_dien", "name": "Pin xe điện đã qua sử dụng",
                                           "prohibited": False, "group": "buon_lau"}]
    path = tmp_path / "goods_categories.json"
    path.write_text(json.dumps(update, ensure_ascii=False), encoding="utf-8")

    from server.admin.service import create_officer, import_catalog

    server.db.transact(lambda s: import_catalog(s, path))
    server.db.transact(lambda s: create_officer(
        s, unit, full_name="Hoàng Thị Thu Trang", position="Kiểm soát viên thị trường",
        badge_no="20-QLTT-0417"))
    report = laptop.sync()
    assert report.pulled >= 2 and not report.mismatched
    assert laptop.scalar("select name from goods_category where code = 'pin_xe_dien'") == \
        "Pin xe điện đã qua sử dụng"
    assert laptop.scalar("select version from catalog_version where name = 'goods_categories'") == \
        shipped["version"] + 1
    assert laptop.scalar("select badge_no from officer where full_name = 'Hoàng Thị Thu Trang'") == \
        "20-QLTT-0417"
    again = laptop.sync()  # nothing new: nothing applied twice
    assert again.pulled == 0 and again.resynced == []


def test_a_sync_with_nothing_new_says_so(server, unit, laptops, tmp_path):
    laptop = Laptop.set_up(tmp_path / "quiet", cases=2, seed=42)
    laptops.append(laptop)
    laptop.enrol(server, unit, "Máy Đội 3")
    assert "gửi 4 mới" in laptop.sync().summary()
    assert laptop.sync().summary() == "không có gì mới"
