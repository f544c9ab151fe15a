"""Đối tượng counted once however often a subject is found (app.statistics.subjects): a
repeat offender reused from the subject registry as the editor reuses one (find_subjects),
found again in the period, before it and after it; a company found twice; an inspection of
a known subject that found nothing; an amendment that names another subject. Each answer
is written here, and every month and quarter is checked against a plain distinct count of
the facts. The tests run in this file's order: the amendment, then the migration."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import text

from app.db import _alembic_config, unit_of_work
from app.paths import DataDir
from app.services.cases import amend_case, finalise_case, get_case_entry, save_case
from app.services.settings import current_actor
from app.services.startup import Database
from app.statistics import engine, local
from app.statistics.periods import ReportCalendar, parse_period, same_period_last_year
from tests.signin import data_key, make_key_file, open_signed_in
from tests.statistics.dataset import TAI, build_repeats, known

CAL = ReportCalendar()
SHOWN = ("vu_vi_pham", "doi_tuong", "ca_nhan", "to_chuc")


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DataDir, Database, dict]]:
    data = DataDir(tmp_path_factory.mktemp("repeats"))
    make_key_file(data.root)
    db = open_signed_in(data)
    with unit_of_work(db.sessions) as s:
        cases = build_repeats(s)
    yield data, db, cases
    db.close()


def _figures(db: Database, key: str, groupings=("unit", "force")) -> engine.Figures:
    with unit_of_work(db.sessions) as s:
        local.refresh(s)
        period = parse_period(CAL, key)
        return engine.compute(s, period, same_period_last_year(CAL, period), groupings)


def _shown(values: dict[str, int]) -> tuple[int, ...]:
    return tuple(values[k] for k in SHOWN)


def _distinct(db: Database, key: str) -> tuple[int, int, int]:
    """Distinct subjects of the period counted one by one (đối tượng, cá nhân, tổ chức)."""
    period = parse_period(CAL, key)
    with unit_of_work(db.sessions) as s:
        rows = dict(s.execute(text(
            "SELECT figure, count(DISTINCT subject_id) FROM stat_event "
            "WHERE figure LIKE 'doi_tuong%' AND day BETWEEN :a AND :b GROUP BY figure"),
            {"a": period.start, "b": period.end}).all())
        every = s.execute(text(
            "SELECT count(DISTINCT subject_id) FROM stat_event "
            "WHERE figure LIKE 'doi_tuong%' AND day BETWEEN :a AND :b"),
            {"a": period.start, "b": period.end}).scalar()
    return every, rows.get("doi_tuong_ca_nhan", 0), rows.get("doi_tuong_to_chuc", 0)


REPEAT_ANSWERS = {  # vụ vi phạm, đối tượng, cá nhân, tổ chức
    "quy:2025-1": (5, 3, 2, 1),  # Hoa twice, Bắc Sơn twice, Tài
    "quy:2024-4": (1, 1, 1, 0),  # Hoa in November
    "thang:2025-02": (2, 2, 2, 0),  # Hoa again (last found in January), Tài
    "thang:2025-03": (1, 1, 0, 1),  # Bắc Sơn; Hoa's inspection on 1/3 found nothing
    "quy:2025-2": (1, 1, 1, 0),  # Hoa once more
    "nam:2025": (6, 3, 2, 1),
    "tu:2025-01-15:2025-03-31": (3, 3, 2, 1),  # Hoa 20/2, Tài, Bắc Sơn 28/3
    "tu:2024-11-15:2025-01-10": (3, 2, 1, 1),  # Hoa 15/11 and 10/1, Bắc Sơn 3/1
    }

EVERY_PERIOD = [f"thang:{y}-{m:02d}" for y, m in ((2024, 10), (2024, 11), (2024, 12))] + \
    [f"thang:2025-{m:02d}" for m in range(1, 6)] + \
    ["quy:2024-4", "quy:2025-1", "quy:2025-2", "nam:2024", "nam:2025", "6thang:2025",
     "tu:2025-01-15:2025-03-31", "tu:2025-02-01:2025-03-31", "tu:2024-11-15:2025-01-10"]


def test_a_subject_found_again_counts_once(laptop):
    _, db, _ = laptop
    for key, expected in REPEAT_ANSWERS.items():
        f = _figures(db, key)
        assert _shown(f.total()) == expected, key
        (unit,) = f.current["unit"].values()
        (force,) = f.current["force"].values()
        assert _shown(unit) == _shown(force) == expected, key
    assert _shown(_figures(db, "quy:2025-1").total(previous=True)) == (0, 0, 0, 0)
    assert _shown(_figures(db, "quy:2025-4").total(previous=True)) == (1, 1, 1, 0)


def test_every_period_agrees_with_a_count_one_by_one(laptop):
    _, db, _ = laptop
    for key in EVERY_PERIOD:
        total = _figures(db, key).total()
        assert (total["doi_tuong"], total["ca_nhan"], total["to_chuc"]) == _distinct(db, key), key


def test_an_amendment_naming_another_subject_is_counted_for_that_subject(laptop):
    _, db, cases = laptop
    assert _shown(_figures(db, "tu:2025-02-01:2025-03-31").total()) == (3, 3, 2, 1)
    with unit_of_work(db.sessions) as s:
        actor = current_actor(s)
        draft = amend_case(s, cases["bac_son_march"], "Ghi nhầm đối tượng: chủ hàng là ông Tài", actor)
        entry = get_case_entry(s, draft.id)
        save_case(s, dataclasses.replace(entry, subject=known(s, TAI)), actor)
        finalise_case(s, draft.id, actor)
    # Tài found on 12/2 and, by the amendment, on 28/3: once; Bắc Sơn no longer in March
    assert _shown(_figures(db, "tu:2025-02-01:2025-03-31").total()) == (3, 2, 2, 0)
    assert _shown(_figures(db, "thang:2025-03").total()) == (1, 1, 1, 0)
    assert _shown(_figures(db, "quy:2025-1").total()) == (5, 3, 2, 1)
    for key in EVERY_PERIOD:
        total = _figures(db, key).total()
        assert (total["doi_tuong"], total["ca_nhan"], total["to_chuc"]) == _distinct(db, key), key


def test_the_upgrade_of_filled_facts_gives_the_same_figures(laptop):
    """Migration 0011 rebuilt from 0010's facts (a subject on each vi_pham event) gives the
    previous days the writes keep, and the same figures."""
    data, db, _ = laptop
    before = {key: _figures(db, key, ("unit", "force", "group")) for key in EVERY_PERIOD}
    with unit_of_work(db.sessions) as s:
        local.refresh(s)
        kept = s.execute(text("SELECT case_id, figure, subject_id, prev_day, prev_day_unit, "
                              "prev_day_force FROM stat_event WHERE subject_id IS NOT NULL "
                              "ORDER BY case_id")).all()
    assert any(row.prev_day for row in kept)
    db.close()
    config = _alembic_config(data.database, data_key(data).database)
    command.downgrade(config, "0010")
    db2 = open_signed_in(data)  # the app migrates to head on opening
    try:
        with unit_of_work(db2.sessions) as s:
            again = s.execute(text("SELECT case_id, figure, subject_id, prev_day, prev_day_unit, "
                                   "prev_day_force FROM stat_event WHERE subject_id IS NOT NULL "
                                   "ORDER BY case_id")).all()
        assert again == kept
        for key, figures in before.items():
            assert _figures(db2, key, ("unit", "force", "group")) == figures, key
    finally:
        db2.close()
