"""Reports (issue #12): the team's year report over 100,000 cases on SQLite, and the
province's over 1,000,000 cases on PostgreSQL, each against one plain GROUP BY count of the
same event rows in the same run. Target: ≤ 3× that baseline; the province's also ≤ 2 s.

The fact rows are generated set-based (INSERT … SELECT over a generated sequence, one
statement per kind of event), not through the projection: the bench measures the report.
The SQLite file is cached in benchmarks/out; the PostgreSQL database
(``THUCDIA_BENCH_PG_URL``, default a local ``thucdia_bench_stats``) keeps its rows between
runs, checked by a marker table. Cases spread over 2022–2025; the year report is 2025
compared with 2024 (about half the rows).
"""

from __future__ import annotations

import os
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from common import OUT, Result, median_ms, paired_ms, print_table

GENERATION = 5  # bump when the generated rows change
PG_URL = os.environ.get("THUCDIA_BENCH_PG_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/thucdia_bench_stats")
START = date(2022, 1, 1)
DAYS = 1461  # 2022–2025


def _uuid_sql(dialect: str, prefix: int, expr: str) -> str:
    if dialect == "sqlite":
        return f"printf('%016x%016x', {prefix}, {expr})"
    return f"(lpad(to_hex({prefix}), 16, '0') || lpad(to_hex({expr}), 16, '0'))::uuid"


def _unit_sql(dialect: str, expr: str) -> str:
    return _uuid_sql(dialect, 1, expr)


def _day_sql(dialect: str, offset: str) -> str:
    if dialect == "sqlite":
        return f"date('{START.isoformat()}', '+' || ({offset}) || ' days')"
    return f"(date '{START.isoformat()}' + ({offset})::int)"


def _bool(dialect: str, expr: str) -> str:
    return f"({expr})" if dialect != "sqlite" else f"(CASE WHEN {expr} THEN 1 ELSE 0 END)"


def unit_ids(units: int) -> list[uuid.UUID]:
    return [uuid.UUID(f"{1:016x}{u:016x}") for u in range(1, units + 1)]


def generate(con: Any, dialect: str, cases: int, units: int) -> None:
    """Fill the fact tables with ``cases`` cases of ``units`` units (set-based)."""
    from sqlalchemy import text

    from app.statistics import catalog
    from app.statistics.upgrades import LINK_PREVIOUS, month_of_day

    kinds = ["", *catalog.subgroup_of_kind()]
    goods = [g for g, _ in catalog._names("goods_categories").items()]
    communes = [c["code"] for c in catalog._read("communes")["items"]
                if c.get("province_code") == "20"][:200]
    con.execute(text("CREATE TEMPORARY TABLE lk (what VARCHAR(8), k INTEGER, code VARCHAR(40))"))
    con.execute(text("INSERT INTO lk VALUES (:w, :k, :c)"),
                [{"w": w, "k": k, "c": c} for w, values in (("kind", kinds), ("goods", goods),
                                                            ("commune", communes))
                 for k, c in enumerate(values)])
    seq = (f"WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < {cases - 1}) "
           "SELECT i FROM s" if dialect == "sqlite"
           else f"SELECT generate_series(0::bigint, {cases - 1}) AS i")
    con.execute(text(f"""
        CREATE TEMPORARY TABLE gen AS
        SELECT i, {_uuid_sql(dialect, 2, 'i')} AS case_id, {_unit_sql(dialect, f'i % {units} + 1')} AS unit_id,
               (SELECT code FROM lk WHERE what = 'commune' AND k = (i * 31) % {len(communes)}) AS commune,
               (SELECT code FROM lk WHERE what = 'kind' AND k = CASE WHEN i % 100 < 15 THEN 0
                    ELSE 1 + (i * 7) % {len(kinds) - 1} END) AS kind,
               (SELECT code FROM lk WHERE what = 'goods' AND k = (i * 13) % {len(goods)}) AS goods,
               (i * 7919) % {DAYS} AS off,
               CASE WHEN i % 5 = 0 THEN 'organisation' ELSE 'individual' END AS skind,
               {_uuid_sql(dialect, 3, f'i % {max(1, cases * 9 // 10)}')} AS subject_id
        FROM ({seq}) AS s"""))
    con.execute(text(f"""
        INSERT INTO stat_case (case_id, unit_id, force, commune_code, found_on, status, deleted,
            counted, has_violation, joint, subject_id, subject_kind, subject_name, place,
            violation_kind, legal_act_code, goods_category)
        SELECT case_id, unit_id, 'quan_ly_thi_truong', commune, {_day_sql(dialect, 'off')},
               'finalised', {_bool(dialect, '1 = 0')}, {_bool(dialect, '1 = 1')},
               {_bool(dialect, "kind <> ''")}, {_bool(dialect, 'i % 10 = 0')}, subject_id, skind,
               'Đối tượng số ' || i, '', kind, '', goods
        FROM gen"""))
    events = [  # figure, condition on i, days after found, n, amount
        ("kiem_tra", "1 = 1", "0", "1", "0"),
        ("vi_pham", "kind <> ''", "0", "1", "0"),
        ("doi_tuong_ca_nhan", "kind <> '' AND skind = 'individual'", "0", "1", "0"),
        ("doi_tuong_to_chuc", "kind <> '' AND skind = 'organisation'", "0", "1", "0"),
        ("hang_tam_giu", "i % 5 < 2", "0", "1", "(i % 97 + 1) * 1000000"),
        ("xu_ly_hanh_chinh", "kind <> '' AND i % 100 < 70", "i % 20", "1", "0"),
        ("phat_quyet_dinh", "kind <> '' AND i % 100 < 70", "i % 20", "1", "(i % 47 + 1) * 500000"),
        ("phat_da_nop", "kind <> '' AND i % 100 < 60", "15 + i % 30", "1", "(i % 47 + 1) * 500000"),
        ("cham_nop", "kind <> '' AND i % 100 < 6", "40 + i % 30", "1", "(i % 13 + 1) * 1000"),
        ("chuyen_dieu_tra", "kind <> '' AND i % 100 >= 96", "3", "1", "0"),
        ("khoi_to", "kind <> '' AND i % 100 >= 97", "30", "1", "0"),
        ("bi_can", "kind <> '' AND i % 100 >= 97", "30", "1 + i % 3", "0"),
        ("tra_lai", "kind <> '' AND i % 100 = 96", "30", "1", "0"),
        ("tich_thu_da_ban", "kind <> '' AND i % 20 = 1", "i % 20", "1", "(i % 89 + 1) * 1000000"),
        ("tich_thu_chua_xu_ly", "kind <> '' AND i % 20 = 2", "i % 20", "1", "(i % 89 + 1) * 1000000"),
        ("ban_tich_thu", "kind <> '' AND i % 20 = 1", "60", "1", "(i % 89 + 1) * 800000"),
        ("truy_thu_thue", "kind <> '' AND i % 50 = 3", "45", "1", "(i % 31 + 1) * 2000000"),
    ]
    for figure, cond, delta, n, amount in events:
        subject = "subject_id" if figure.startswith("doi_tuong") else "NULL"
        con.execute(text(f"""
            INSERT INTO stat_event (case_id, figure, day, n, amount, unit_id, force, commune_code,
                violation_kind, goods_category, subject_kind, joint, subject_id)
            SELECT case_id, '{figure}', {_day_sql(dialect, f'off + {delta}')}, {n}, {amount},
                   unit_id, 'quan_ly_thi_truong', commune, kind, goods, skind,
                   {_bool(dialect, 'i % 10 = 0')}, {subject}
            FROM gen WHERE {cond}"""))
    con.execute(text(LINK_PREVIOUS))
    con.execute(text("DROP TABLE gen"))
    con.execute(text("DROP TABLE lk"))
    month = month_of_day(dialect)
    nil = _uuid_sql(dialect, 0, "0")
    for table, dims in (("stat_month", "violation_kind, force"), ("stat_month_commune", "commune_code"),
                        ("stat_month_goods", "goods_category")):
        con.execute(text(f"""
            INSERT INTO {table} (month, figure, unit_id, {dims}, joint, n, amount)
            SELECT {month}, figure, coalesce(unit_id, {nil}), {dims}, joint, sum(n), sum(amount)
            FROM stat_event GROUP BY {month}, figure, coalesce(unit_id, {nil}), {dims}, joint"""))


def _prepare(url: str, cases: int, units: int) -> Any:
    from sqlalchemy import create_engine, inspect, text

    from app.statistics.facts import metadata

    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        from sqlalchemy import event

        from app.sqlite import apply_pragmas

        event.listen(engine, "connect", lambda con, _record: apply_pragmas(con))
    marker = f"{GENERATION}:{cases}:{units}"
    with engine.begin() as con:
        if (inspect(con).has_table("bench_marker")
                and con.execute(text("SELECT what FROM bench_marker")).scalar() == marker):
            return engine
        metadata.drop_all(con)
        con.execute(text("DROP TABLE IF EXISTS bench_marker"))
    t0 = time.perf_counter()
    with engine.begin() as con:
        metadata.create_all(con)
        from app.statistics.facts import stat_event

        for index in stat_event.indexes:  # made once the rows are in: much faster
            index.drop(con)
        generate(con, engine.dialect.name, cases, units)
        for index in stat_event.indexes:
            index.create(con)
        con.execute(text("CREATE TABLE bench_marker (what VARCHAR(40))"))
        con.execute(text("INSERT INTO bench_marker VALUES (:m)"), {"m": marker})
    with engine.connect() as con:  # what autovacuum does to a live database (visibility map)
        con.execution_options(isolation_level="AUTOCOMMIT")
        con.execute(text("VACUUM ANALYZE" if engine.dialect.name != "sqlite" else "ANALYZE"))
    print(f"  generated {cases:,} cases in {time.perf_counter() - t0:.0f} s", flush=True)
    return engine


def _measure(engine: Any, label: str, units: int, only: bool, repeat: int,
             absolute_ms: float | None = None) -> list[Result]:
    from sqlalchemy import text
    from sqlalchemy.orm import Session

    from app.statistics.periods import ReportCalendar, parse_period
    from app.statistics.report import Scope, build_report

    ids = unit_ids(units)
    scope = Scope("Đội Quản lý thị trường số 3", "Chi cục Quản lý thị trường tỉnh Lạng Sơn",
                  "Lạng Sơn", {u: f"Đội Quản lý thị trường số {i}" for i, u in enumerate(ids, 1)},
                  (ids[0],) if only else None)
    cal = ReportCalendar()
    period = parse_period(cal, "nam:2025")
    with Session(engine) as s:
        rows = s.execute(text("SELECT count(*) FROM stat_event WHERE day BETWEEN :a AND :b"),
                         {"a": date(2024, 1, 1), "b": date(2025, 12, 31)}).scalar()
        where = " AND unit_id = :u" if only else ""
        params: dict[str, Any] = {"a": date(2024, 1, 1), "b": date(2025, 12, 31)}
        if only:
            params["u"] = ids[0].hex if engine.dialect.name == "sqlite" else ids[0]
        report, base = paired_ms(
            lambda: build_report(s, scope, period, compare=True, calendar=cal),
            lambda: s.execute(text(
                f"SELECT unit_id, count(*) FROM stat_event WHERE day BETWEEN :a AND :b{where} "
                "GROUP BY unit_id"), params).all(), repeat=repeat)
        made = build_report(s, scope, period, compare=True, calendar=cal)
        assert made.total.current["vu_kiem_tra"] > 0
        from app.statistics.pdf import write_pdf
        from app.statistics.xlsx import write_xlsx

        files = median_ms(lambda: (write_xlsx(made), write_pdf(made)), repeat=3, warmup=1)
    ratio_ok = report <= 3 * base
    ok = ratio_ok and (absolute_ms is None or report <= absolute_ms)
    target = "≤ 3× baseline" + (f", ≤ {absolute_ms / 1000:.0f} s" if absolute_ms else "")
    return [
        Result(f"{label}: year report vs GROUP BY count ({rows:,} event rows)", report, "ms",
               base, target, ok),
        Result(f"{label}: XLSX + PDF of that report", files, "ms"),
    ]


def run() -> list[Result]:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "statistics-team-100k.sqlite3"
    results = _measure(_prepare(f"sqlite:///{Path(path).as_posix()}", 100_000, 1),
                       "team, 100k cases, SQLite", 1, True, repeat=15)
    try:
        _ensure_pg_database(PG_URL)
        engine = _prepare(PG_URL, 1_000_000, 20)
    except Exception as exc:  # no PostgreSQL here: say so in the table
        results.append(Result(f"province, 1M cases, PostgreSQL: not run ({type(exc).__name__})",
                              0, "ms"))
        return results
    results += _measure(engine, "province, 1M cases, PostgreSQL", 20, False, repeat=5,
                        absolute_ms=2000)
    return results


def _ensure_pg_database(url: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    admin = parsed.set(drivername="postgresql", database="postgres").render_as_string(
        hide_password=False)
    with psycopg.connect(admin, autocommit=True) as con:
        if not con.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                           (parsed.database,)).fetchone():
            con.execute(f'CREATE DATABASE "{parsed.database}"')


if __name__ == "__main__":
    print_table(run())
