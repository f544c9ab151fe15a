"""Đối tượng on the provincial server: the repeat offenders of tests/statistics/dataset.py
recorded on a team's laptop, synced, projected from the change feed (SQLite, and
PostgreSQL when THUCDIA_TEST_PG_URL is set), give the laptop's answers for that team; the
whole province's count agrees with a count one by one of its facts; an amendment synced
later moves the subject on the server too."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import text

from app.db import unit_of_work
from app.services.cases import amend_case, finalise_case, get_case_entry, save_case
from app.services.settings import current_actor
from app.statistics import engine
from app.statistics.periods import ReportCalendar, parse_period, same_period_last_year
from server.statistics import feed
from tests.server.conftest import Api
from tests.server.test_statistics import _unit_id, synced_team
from tests.statistics.dataset import TAI, build_repeats, known
from tests.statistics.test_subjects import EVERY_PERIOD, REPEAT_ANSWERS, SHOWN

CAL = ReportCalendar()


@pytest.fixture(scope="module")
def team(api: Api, tmp_path_factory: pytest.TempPathFactory):
    laptop, cases, code = synced_team(api, tmp_path_factory.mktemp("team5"),
                                      "Đội Quản lý thị trường số 5", "Máy Đội 5", build_repeats)
    yield laptop, cases, _unit_id(api, code)
    laptop.close()


def _figures(api: Api, key: str, unit_id=None) -> engine.Figures:
    period = parse_period(CAL, key)
    return api.db.transact(lambda s: engine.compute(
        s, period, same_period_last_year(CAL, period), ("unit", "force"),
        unit_id and [unit_id]), write=False)


def _one_by_one(api: Api, key: str) -> tuple[int, int, int]:
    period = parse_period(CAL, key)

    def count(s):
        where = "figure LIKE 'doi_tuong%' AND day BETWEEN :a AND :b"
        params = {"a": period.start, "b": period.end}
        every = s.execute(text(f"SELECT count(DISTINCT subject_id) FROM stat_event WHERE {where}"),
                          params).scalar()
        kinds = dict(s.execute(text(f"SELECT figure, count(DISTINCT subject_id) FROM stat_event "
                                    f"WHERE {where} GROUP BY figure"), params).all())
        return every, kinds.get("doi_tuong_ca_nhan", 0), kinds.get("doi_tuong_to_chuc", 0)

    return api.db.transact(count, write=False)


def _shown(values: dict[str, int]) -> tuple[int, ...]:
    return tuple(values[k] for k in SHOWN)


def _province_agrees(api: Api) -> None:
    for key in EVERY_PERIOD:
        f = _figures(api, key)
        total = f.total()
        assert (total["doi_tuong"], total["ca_nhan"], total["to_chuc"]) == _one_by_one(api, key), key
        assert sum(line["doi_tuong"] for line in f.current["unit"].values()) >= total["doi_tuong"]


def test_the_server_counts_a_repeat_offender_once(api, team):
    _, _, unit_id = team
    for key, expected in REPEAT_ANSWERS.items():
        f = _figures(api, key, unit_id)
        assert _shown(f.total()) == expected, key
        assert _shown(f.current["unit"][(str(unit_id),)]) == expected, key
    _province_agrees(api)


def test_an_amendment_synced_later_moves_the_subject_on_the_server(api, team):
    laptop, cases, unit_id = team
    with unit_of_work(laptop.db.sessions) as s:
        actor = current_actor(s)
        draft = amend_case(s, cases["bac_son_march"], "Ghi nhầm đối tượng: chủ hàng là ông Tài", actor)
        save_case(s, dataclasses.replace(get_case_entry(s, draft.id), subject=known(s, TAI)), actor)
        finalise_case(s, draft.id, actor)
    assert not laptop.sync().mismatched
    api.db.transact(feed.catch_up)
    assert _shown(_figures(api, "tu:2025-02-01:2025-03-31", unit_id).total()) == (3, 2, 2, 0)
    assert _shown(_figures(api, "thang:2025-03", unit_id).total()) == (1, 1, 1, 0)
    _province_agrees(api)


PREVIOUS_SQL = ("SELECT case_id, figure, subject_id, prev_day, prev_day_unit, prev_day_force "
                "FROM stat_event WHERE subject_id IS NOT NULL")


def test_the_upgrade_of_the_province_facts_gives_the_same_figures(api, team, fresh_url):
    """Migration 0011 on a province database whose facts were projected before it (the
    server's facts copied into a database of its own, taken back to 0010 and up again)."""
    from alembic import command
    from sqlalchemy import create_engine, insert, select
    from sqlalchemy.orm import Session

    from app.statistics.facts import FACT_TABLES
    from server.db import alembic_config, migrate

    facts = api.db.transact(lambda s: {  # event ids are the copy's own, as its inserts make them
        t.name: [{k: v for k, v in r.items() if not (t.name == "stat_event" and k == "id")}
                 for r in s.execute(select(t).order_by(*t.primary_key.columns)).mappings()]
        for t in FACT_TABLES}, write=False)
    migrate(fresh_url)
    copy = create_engine(fresh_url)
    try:
        with copy.begin() as con:
            for table in FACT_TABLES:
                if facts[table.name]:
                    con.execute(insert(table), facts[table.name])
            kept = sorted(map(tuple, con.execute(text(PREVIOUS_SQL)).all()), key=str)
        assert any(row[3] is not None for row in kept)
        cfg = alembic_config(fresh_url)
        command.downgrade(cfg, "0010")
        with copy.connect() as con:
            assert con.execute(text("SELECT count(*) FROM stat_event "
                                    "WHERE figure LIKE 'doi_tuong%'")).scalar() == 0
        command.upgrade(cfg, "head")
        with copy.connect() as con:
            assert sorted(map(tuple, con.execute(text(PREVIOUS_SQL)).all()), key=str) == kept
        with Session(copy) as s:
            for key in EVERY_PERIOD:
                period = parse_period(CAL, key)
                again = engine.compute(s, period, same_period_last_year(CAL, period), ("unit", "force"))
                assert again == _figures(api, key), key
    finally:
        copy.dispose()
