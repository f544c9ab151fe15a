"""Commune names for the console: from the catalogue the app ships, then from the copy the
server distributes once an administrator imports a newer version."""

from __future__ import annotations

import json

from app.catalogs import read_catalog
from server.admin.service import import_catalog
from server.console import communes
from server.db import Database, migrate


def test_names_follow_the_servers_copy_of_the_catalogue(tmp_path):
    url = f"sqlite:///{(tmp_path / 'server.sqlite3').as_posix()}"
    migrate(url)
    db = Database(url)
    try:
        names = communes.names(db)
        assert names.name("06214") == "xã Na Sầm"
        assert names.name("05977") == "phường Đông Kinh"
        assert names.name("99999") == "mã xã 99999"  # unknown: the code, said as one
        lang_son = names.of_provinces({"20"})
        assert len(lang_son) == 65 and all(c.province_code == "20" for c in lang_son)
        assert [c.name for c in lang_son[:2]] == ["xã Ba Sơn", "xã Bắc Sơn"]  # by name

        shipped = read_catalog("communes")
        newer = dict(shipped, version=shipped["version"] + 1, items=[
            dict(i, name="xã Na Sầm Thượng") if i["code"] == "06214" else i
            for i in shipped["items"]])
        path = tmp_path / "communes.json"
        path.write_text(json.dumps(newer, ensure_ascii=False), encoding="utf-8")
        db.transact(lambda s: import_catalog(s, path))
        assert communes.names(db).name("06214") == "xã Na Sầm Thượng"
        assert communes.names(db).name("05977") == "phường Đông Kinh"
    finally:
        db.dispose()
