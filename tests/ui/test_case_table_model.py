"""The case list model on its own (no view): lazy pages, sorting, filters, search."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import text

from app.db import unit_of_work
from app.demo import generate_demo
from app.rows import CaseFilter
from app.ui.models.case_table import COLUMNS, PAGE, CaseTableModel
from app.ui.ops import task_manager


@pytest.fixture
def model(qtbot, tasks, demo_db):
    with unit_of_work(demo_db.sessions) as s:
        generate_demo(s, 450, seed=11)
    m = CaseTableModel()
    m.active = True
    with qtbot.waitSignal(m.loaded, timeout=30000) as blocker:
        m.reload()
    assert blocker.args == [450]
    return m


def _col(key):
    return [k for k, _ in COLUMNS].index(key)


def test_first_page_then_more_on_demand(qtbot, model):
    assert model.rowCount() == PAGE and model.total == 450
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE, timeout=30000)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=30000)
    assert not model.canFetchMore(QModelIndex())
    ids = [model.case_id(i) for i in range(450)]
    assert len(set(ids)) == 450  # no row twice across pages


def test_default_order_is_newest_first_and_sortable_by_subject(qtbot, model):
    starts = [model.rows[i].started_at for i in range(model.rowCount())]
    assert starts == sorted(starts, reverse=True)
    with qtbot.waitSignal(model.loaded, timeout=30000):
        model.sort(_col("subject_name"), Qt.SortOrder.AscendingOrder)
    names = [r.subject_name for r in model.rows]
    assert names == sorted(names)


def test_status_commune_and_date_filters(qtbot, model):
    with qtbot.waitSignal(model.loaded, timeout=30000):
        model.set_filter(CaseFilter(status="finalised"))
    assert model.total > 0 and all(r.status == "finalised" for r in model.rows)
    assert model.data(model.index(0, _col("status"))) == "Đã hoàn tất"
    assert not model.data(model.index(0, _col("status")), Qt.ItemDataRole.DecorationRole).isNull()
    commune = model.rows[0].commune_name
    code = _commune_code(model, commune)
    with qtbot.waitSignal(model.loaded, timeout=30000):
        model.set_filter(CaseFilter(commune_code=code))
    assert model.total > 0 and {r.commune_name for r in model.rows} == {commune}
    since = datetime.now(UTC) - timedelta(days=30)
    with qtbot.waitSignal(model.loaded, timeout=30000):
        model.set_filter(CaseFilter(started_from=since))
    assert 0 < model.total < 450 and all(r.started_at >= since for r in model.rows)


def _commune_code(model, name):
    """The code of the first listed case's commune (names repeat across provinces: "xã Tân
    Thành" is in several), read from that case."""
    from app.models import Case
    from app.ui.ops import task_manager

    with task_manager().sessions() as s:
        case = s.get(Case, model.case_id(0))
        assert case is not None and case.commune is not None and case.commune.name == name
        return case.commune_code


def test_search_replaces_paging_with_ranked_hits(qtbot, model):
    target = model.rows[5]
    from app.text import fold

    query = fold(target.subject_name)  # typed without diacritics
    with qtbot.waitSignal(model.loaded, timeout=30000):
        model.set_query(query)
    assert target.id in [r.id for r in model.rows]
    # every hit holds every word typed, whole or as the start of a word (a subject's or a
    # representative's name, an address)
    with task_manager().sessions() as s:
        for row in model.rows[:5]:
            body = s.scalar(text("SELECT body FROM case_search WHERE rowid = :n"), {"n": row.local_no})
            words = body.split()
            assert all(any(w.startswith(q) for w in words) for q in query.split()), row.subject_name
    assert not model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.loaded, timeout=30000):
        model.set_query("")
    assert model.rowCount() == PAGE


def test_money_and_time_are_shown_the_vietnamese_way(model):
    row = next(i for i, r in enumerate(model.rows) if r.seized_value >= 1000)
    text = model.data(model.index(row, _col("seized_value")))
    assert "." in text and "," not in text
    when = model.data(model.index(row, _col("started_at")))
    assert len(when) == 16 and when[2] == "/" and when[5] == "/"
