"""Cases saved under the earlier hand-made commune list still name their commune once the
2025 list (all 3,321 communes, tools/make_communes.py) replaces it."""

from __future__ import annotations

import json
import sqlite3

from alembic import command
from sqlalchemy import select

from app.catalogs import CATALOGS, load_catalogs, read_catalog
from app.db import _alembic_config, make_engine, make_session_factory, unit_of_work
from app.demo import ensure_demo_unit, sample_case_form
from app.models import Commune
from app.paths import DataDir
from app.services.cases import get_case_form, save_case
from app.services.settings import current_actor, ensure_device_id
from app.services.startup import open_database

# communes as the earlier list (catalogue version 1) coded them
EARLIER = [
    {"code": "06196", "name": "xã Ba Sơn", "kind": "xã", "province_code": "20", "border": True},
    {"code": "01537", "name": "xã Lý Quốc", "kind": "xã", "province_code": "04", "border": True},
    {"code": "01561", "name": "xã Vinh Quý", "kind": "xã", "province_code": "04", "border": False},
    {"code": "05977", "name": "phường Đông Kinh", "kind": "phường", "province_code": "20",
     "border": False},
]


def _load_as_at_0005(session, name: str) -> None:
    """Load a catalogue as the earlier release held it: version 1, in the columns of schema
    0005 (the legal acts' field maximum and the titles' competence came with migration 0008;
    a title's competence was then an amount, share × 1.000.000 đồng), by plain SQL since the
    mapped classes know today's columns."""
    doc = read_catalog(name)
    table = CATALOGS[name].__table__.name
    columns = {row[1] for row in session.connection().exec_driver_sql(f"PRAGMA table_info({table})")}
    rows = []
    for item in doc["items"]:
        row = {k: v for k, v in item.items() if k in columns}
        if name == "officer_titles":
            row["fine_limit"] = item["fine_share_percent"] * 1_000_000
        rows.append(row)
    keys = sorted({k for row in rows for k in row})
    names = ", ".join(f'"{k}"' for k in keys)
    session.connection().exec_driver_sql(
        f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in keys)})",
        [tuple(row.get(k) for k in keys) for row in rows])
    session.connection().exec_driver_sql(
        "INSERT INTO catalog_version (name, version) VALUES (?, 1)", (name,))


def _installation_of_the_earlier_release(data: DataDir, tmp_path) -> dict[str, str]:
    """A data folder at schema 0005 with the earlier communes, and one case per commune saved
    through the editor's service; returns case id → the commune name the editor showed."""
    data.ensure()
    command.upgrade(_alembic_config(data.database), "0005")
    earlier = tmp_path / "earlier-catalogs"
    earlier.mkdir()
    (earlier / "provinces.json").write_text(json.dumps(read_catalog("provinces")), encoding="utf-8")
    (earlier / "communes.json").write_text(json.dumps(
        {"catalog": "communes", "version": 1, "source": "danh sách soạn tay", "items": EARLIER}),
        encoding="utf-8")
    engine = make_engine(data.database)
    sessions = make_session_factory(engine)
    with unit_of_work(sessions) as s:
        load_catalogs(s, earlier)
        for name in CATALOGS:
            if name not in ("provinces", "communes"):
                _load_as_at_0005(s, name)
        ensure_device_id(s)
        ensure_demo_unit(s)
    shown = {}
    for commune in EARLIER:
        with unit_of_work(sessions) as s:
            form = sample_case_form(s)
            form.commune_code = commune["code"]
            form.subject.commune_code = commune["code"]
            shown[str(save_case(s, form, current_actor(s)).id)] = commune["name"]
    engine.dispose()
    return shown


def test_cases_keep_their_commune_when_the_2025_list_replaces_the_earlier_one(tmp_path):
    data = DataDir(tmp_path / "data")
    shown = _installation_of_the_earlier_release(data, tmp_path)
    database = open_database(data)  # the new release starts: migration 0006, catalogue v2
    try:
        assert database.catalogs_loaded["communes"] == 3321
        with unit_of_work(database.sessions) as s:
            for case_id, name in shown.items():
                form = get_case_form(s, case_id)
                commune = s.get(Commune, form.commune_code)
                assert commune is not None and commune.name.lower() == name.lower(), case_id
                assert form.subject.commune_code == form.commune_code
            codes = {get_case_form(s, c).commune_code: n for c, n in shown.items()}
            # moved to the 2025 codes; Đông Kinh's code was right and stays
            assert codes == {"06202": "xã Ba Sơn", "01558": "xã Lý Quốc",
                             "01537": "xã Vinh Quý", "05977": "phường Đông Kinh"}
            # a code that does not exist in the 2025 list is gone from the catalogue
            assert s.get(Commune, "06196") is None
            assert s.scalar(select(Commune.name).where(Commune.code == "01561")) == "xã Hạ Lang"
        con = sqlite3.connect(data.database)
        try:  # the search index still finds the case by its commune
            hits = con.execute("SELECT count(*) FROM case_search WHERE case_search MATCH 'ba son'")
            assert hits.fetchone()[0] == 1
        finally:
            con.close()
    finally:
        database.close()
