"""The case list's read model: list pages, counts and ranked search in plain SQL.

It runs on a driver connection (sqlcipher3, the stdlib ``sqlite3`` API) so the first page of cases can be shown
before SQLAlchemy (≈0.6 s to import) has loaded; it reads the tables the ORM writes
(app/models) and the full-text index kept by app.models.case_index. Functions accept a
``sqlite3.Connection`` or a SQLAlchemy ``Session`` (its connection is used).

Search runs on ``case_search``, an FTS5 table of *folded* text (diacritics removed,
đ→d; PITFALLS: FTS5's own ``remove_diacritics`` keeps đ). Its rowid is the case's
``local_no``, so a ranked match joins straight to the case.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from app.rows import CaseFilter, CaseRow
from app.text import fold

_ROW_SQL = """
SELECT i.id, i.local_no, i.started_at, i.status, coalesce(s.name, ''), i.place_address,
       coalesce(c.name, ''),
       (SELECT count(*) FROM violation v WHERE v.inspection_id = i.id AND v.deleted_at IS NULL),
       (SELECT coalesce(sum(si.estimated_value), 0) FROM seized_item si
          JOIN seizure z ON si.seizure_id = z.id
         WHERE z.inspection_id = i.id AND si.deleted_at IS NULL AND z.deleted_at IS NULL)
FROM inspection i
LEFT JOIN subject s ON i.subject_id = s.id
LEFT JOIN commune c ON i.commune_code = c.code
"""
SORT_COLUMNS = {
    "local_no": "i.local_no",
    "started_at": "i.started_at",
    "status": "i.status",
    "subject_name": "s.name",
    "commune_name": "c.name",
}


def _con(db: Any) -> sqlite3.Connection:
    if hasattr(db, "get_bind"):  # a SQLAlchemy Session: its own driver connection
        return db.connection().connection.driver_connection
    return db  # a driver connection (sqlcipher3: the stdlib's API, not its class)


def _stamp(value: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite (naive UTC text)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _row(r: tuple) -> CaseRow:
    started = datetime.fromisoformat(r[2]).replace(tzinfo=UTC) if r[2] else None
    return CaseRow(uuid.UUID(r[0]), r[1], started, r[3], r[4], r[5], r[6], r[7], r[8])


def _where(f: CaseFilter) -> tuple[str, list[Any]]:
    conds, params = ["i.deleted_at IS NULL"], []
    if f.status:
        conds.append("i.status = ?")
        params.append(f.status)
    if f.started_from:
        conds.append("i.started_at >= ?")
        params.append(_stamp(f.started_from))
    if f.started_to:
        conds.append("i.started_at <= ?")
        params.append(_stamp(f.started_to))
    if f.commune_code:
        conds.append("i.commune_code = ?")
        params.append(f.commune_code)
    if f.due:
        due, due_params = _due_condition(f.due, f.today or date.today())
        conds.append(f"EXISTS (SELECT 1 FROM case_due d WHERE d.case_id = i.id{due})")
        params += due_params
    return " WHERE " + " AND ".join(conds), params


def _due_condition(scope: str, today: date) -> tuple[str, list[Any]]:
    """The scopes of app.services.follow_through.todo in plain SQL (the list shows before
    SQLAlchemy has loaded); tests/ui/test_todo_page.py keeps the two in step."""
    day = today.isoformat()
    if scope == "overdue":
        return " AND d.waiting = 0 AND d.due_on < ?", [day]
    if scope == "today":
        return " AND d.due_on = ?", [day]
    if scope == "week":
        return " AND d.due_on BETWEEN ? AND ?", [day, (today + timedelta(days=6)).isoformat()]
    return "", []


def count_cases(db: Any, f: CaseFilter = CaseFilter()) -> int:
    where, params = _where(f)
    return _con(db).execute("SELECT count(*) FROM inspection i" + where, params).fetchone()[0]


def fetch_case_rows(
    db: Any,
    f: CaseFilter = CaseFilter(),
    *,
    sort: str = "started_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[CaseRow]:
    where, params = _where(f)
    direction = "DESC" if descending else "ASC"
    order = f" ORDER BY {SORT_COLUMNS[sort]} {direction}, i.local_no DESC LIMIT ? OFFSET ?"
    rows = _con(db).execute(_ROW_SQL + where + order, [*params, limit, offset])
    return [_row(r) for r in rows]


def fetch_case_rows_by_ids(db: Any, ids: list[uuid.UUID]) -> list[CaseRow]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = _con(db).execute(_ROW_SQL + f" WHERE i.id IN ({marks})", [i.hex for i in ids])
    by_id = {r.id: r for r in map(_row, rows)}
    return [by_id[i] for i in ids if i in by_id]


def fts_query(query: str) -> str:
    """A folded FTS5 query: every word must match, the last one as a prefix."""
    words = fold(query).split()
    if not words:
        return ""
    return " ".join([f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*'])


# BM25 costs ~3 µs per matching case (FTS5 reads each one's size and positions), so a
# broad query ("thuoc la", 12,000 of 100,000 cases) took 40 ms. Ranking the newest
# CANDIDATES matches instead keeps every query under ~10 ms; for a query that broad the
# most recent cases are the ones an inspector is after, and narrower queries (every one
# with fewer matches) are ranked over all their matches exactly as before.
CANDIDATES = 2000


def _live_match(f: CaseFilter) -> tuple[str, list[Any]]:
    """The condition a search hit must meet: a live case that passes the list's filters,
    checked per match by the case's ``local_no`` (one index lookup each)."""
    where, params = _where(f)
    return (" AND EXISTS (SELECT 1 FROM inspection i" + where + " AND i.local_no = case_search.rowid)",
            params)


def search_cases(db: Any, query: str, limit: int = 50, f: CaseFilter = CaseFilter()) -> list[CaseRow]:
    """The top ``limit`` cases matching ``query`` and the filter ``f``, best (BM25) first,
    newest on ties."""
    q = fts_query(query)
    if not q:
        return []
    # Unfiltered, the candidates are the newest matches and a deleted case is dropped after
    # ranking (the common case, as fast as before); a filter is checked per match before
    # the candidate cut, so a narrow filter still finds its cases among older matches.
    # Measured on 100,000 cases: "thuoc la" (39,762 matches) within one month's finalised
    # cases takes ~50 ms, unfiltered ~6 ms.
    live, params = _live_match(f) if f != CaseFilter() else ("", [])
    sql = (
        "WITH matches AS (SELECT rowid AS n, bm25(case_search) AS r FROM case_search "
        "WHERE case_search MATCH ?" + live + " ORDER BY rowid DESC LIMIT ?), "
        "hits AS (SELECT n, r FROM matches ORDER BY r, n DESC LIMIT ?) "
        + _ROW_SQL
        + " JOIN hits ON hits.n = i.local_no WHERE i.deleted_at IS NULL ORDER BY hits.r, hits.n DESC"
    )
    return [_row(r) for r in _con(db).execute(sql, (q, *params, CANDIDATES, limit))]


# Counting every match of a broad query reads each one (and its case); past COUNT_CAP the
# list says "hơn COUNT_CAP" instead of reading on.
COUNT_CAP = 1000


def count_matches(db: Any, query: str, f: CaseFilter = CaseFilter(), cap: int = COUNT_CAP) -> int:
    """How many live cases match ``query`` and ``f``, counted up to ``cap + 1``
    (a result above ``cap`` means "more than ``cap``")."""
    q = fts_query(query)
    if not q:
        return 0
    live, params = _live_match(f)
    sql = ("SELECT count(*) FROM (SELECT 1 FROM case_search WHERE case_search MATCH ?" + live
           + " LIMIT ?)")
    return _con(db).execute(sql, (q, *params, cap + 1)).fetchone()[0]


def search_cases_like(db: Any, query: str, limit: int = 50) -> list[CaseRow]:
    """The naive alternative, kept for the benchmark: a LIKE scan of the same folded text,
    newest first (without an index the whole table is read for every query)."""
    words = fold(query).split()
    where = " AND ".join("cs.body LIKE ?" for _ in words) or "1"
    sql = (_ROW_SQL + " JOIN case_search cs ON cs.rowid = i.local_no WHERE i.deleted_at IS NULL AND "
           + where + " ORDER BY i.started_at DESC LIMIT ?")
    return [_row(r) for r in _con(db).execute(sql, [*(f"%{w}%" for w in words), limit])]
