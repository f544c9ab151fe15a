"""The province of the console benchmark: 1,000,000 cases on PostgreSQL, built once.

How it is built (``build``):

1. ``alembic upgrade head``; twelve units of Lạng Sơn; the staff accounts of the load test
   (through the server's own services).
2. 1,000 demo cases (benchmarks/bench_sync.laptop_with_cases: the app's demo generator) are
   pushed by a real laptop through the real server, so their feed rows (``sync_record``) and
   the console's index rows (``console_case``, by the index's own catch-up) are exactly what
   production holds.
3. The rest are copied from those by set-based SQL — two ``INSERT … SELECT`` over
   ``generate_series``, no row passes through Python: a new id (``gen_random_uuid()``), the
   next feed sequence, one of the twelve units, a start time stepping back 94 s a case
   (1,000,000 cases span about three years), and a subject name from 6,000 combinations of
   family, middle and given names, replaced in the payload JSON, its SHA-256
   (``sha256()`` in SQL) and the index's folded search text alike. The trigram index is
   dropped for the copy and built again after it; then ``VACUUM ANALYZE``.

The database is kept as a template (``thucdia_bench_console_<cases>_g<GENERATOR>``), named
by the generator's version, with a marker file under benchmarks/out; a newer server schema
is brought to it by the server's own migrations (as a province's database would be), and
each run works on a copy (``CREATE DATABASE … TEMPLATE``, a file copy) and drops it, so runs
never change the cached cases. Bump GENERATOR when the build changes.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT  # noqa: E402

GENERATOR = 1
TEMPLATE_CASES = 1000
UNITS = 12
SECONDS_APART = 94
PASSWORD = "mat-khau-ban-do-2026"
FAMILY = ("Nguyễn Nguyen", "Trần Tran", "Lê Le", "Phạm Pham", "Hoàng Hoang", "Vũ Vu",
          "Đặng Dang", "Bùi Bui", "Đỗ Do", "Hồ Ho", "Ngô Ngo", "Dương Duong", "Lý Ly",
          "Nông Nong", "Hà Ha", "Lường Luong", "Vi Vi", "Lục Luc", "Chu Chu", "Lăng Lang")
MIDDLE = ("Văn Van", "Thị Thi", "Đức Duc", "Minh Minh", "Quốc Quoc", "Thu Thu", "Ngọc Ngoc",
          "Hữu Huu", "Thanh Thanh", "Kim Kim")
GIVEN = ("An An", "Bình Binh", "Cường Cuong", "Dũng Dung", "Đào Dao", "Giang Giang", "Hà Ha",
         "Hải Hai", "Hạnh Hanh", "Hiếu Hieu", "Hoa Hoa", "Hùng Hung", "Hương Huong",
         "Khánh Khanh", "Lan Lan", "Linh Linh", "Long Long", "Mai Mai", "Minh Minh", "Nam Nam",
         "Nga Nga", "Phúc Phuc", "Quân Quan", "Sơn Son", "Tâm Tam", "Thảo Thao",
         "Thắng Thang", "Trang Trang", "Tuấn Tuan", "Yến Yen")


def people() -> list[tuple[str, str]]:
    """(name, folded name) of every combination, in a fixed order."""
    out = []
    for f in FAMILY:
        for m in MIDDLE:
            for g in GIVEN:
                parts = [w.split(" ") for w in (f, m, g)]
                out.append((" ".join(p[0] for p in parts), " ".join(p[1].lower() for p in parts)))
    return out


def staff_names(users: int) -> list[str]:
    return [f"canbo{i:02d}" for i in range(users)]


def _admin_dsn(url: str, database: str = "postgres") -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql", database=database).render_as_string(
        hide_password=False)


def _url_of(url: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=database).render_as_string(hide_password=False)


def exists(pg: str, name: str) -> bool:
    import psycopg

    with psycopg.connect(_admin_dsn(pg), autocommit=True) as con:
        return con.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() \
            is not None


def province(pg: str, cases: int, users: int, log) -> str:  # type: ignore[no-untyped-def]
    """The name of the template database holding ``cases`` cases (built when missing)."""
    from server.db import migrate

    name = f"thucdia_bench_console_{cases}_g{GENERATOR}"
    marker = OUT / f"{name}.json"
    if marker.exists() and exists(pg, name):
        migrate(_url_of(pg, name))
        _projections_current(_url_of(pg, name))
        return name
    import psycopg

    with psycopg.connect(_admin_dsn(pg), autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{name}"')
    started = time.perf_counter()
    build(_url_of(pg, name), cases, users, log)
    OUT.mkdir(parents=True, exist_ok=True)
    marker.write_text(json.dumps({"database": name, "cases": cases, "generator": GENERATOR,
                                  "seconds": round(time.perf_counter() - started)}))
    return name


def copy_of(pg: str, template: str, name: str) -> str:
    """A fresh copy of the template for one run (file copy: seconds, not a rebuild)."""
    import psycopg

    with psycopg.connect(_admin_dsn(pg), autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
    return _url_of(pg, name)


def drop(pg: str, name: str) -> None:
    import psycopg

    with psycopg.connect(_admin_dsn(pg), autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def build(url: str, cases: int, users: int, log) -> None:  # type: ignore[no-untyped-def]
    from server.admin.service import create_unit
    from server.console import staff
    from server.db import Database, migrate

    migrate(url)
    db = Database(url)
    try:
        for k in range(1, UNITS + 1):
            db.transact(lambda s, k=k: create_unit(
                s, code=f"B{k:02d}", name=f"Đội Quản lý thị trường số {k}", agency_code="20",
                team_code=f"{k:02d}", province_code="20"))
        for i, username in enumerate(staff_names(users)):
            role, unit = (("leader", None) if i % 5 == 0
                          else ("team_lead" if i % 5 == 1 else "team_officer",
                                f"B{i % UNITS + 1:02d}"))
            db.transact(lambda s, u=username, r=role, n=unit: staff.create(
                s, u, r, PASSWORD, unit_code=n))
        log(f"… pushing {TEMPLATE_CASES} demo cases through the server")
        _templates(url, db)
        log(f"… copying them to {cases:,} cases in SQL")
        t0 = time.perf_counter()
        _copy(url, cases - TEMPLATE_CASES)
        log(f"… copied in {time.perf_counter() - t0:.0f} s")
    finally:
        db.dispose()


def _templates(url: str, db) -> None:  # type: ignore[no-untyped-def]
    import tempfile

    from bench_sync import copy_laptop, laptop_with_cases, open_laptop

    from server.console import index
    from tests.sync.support import ServerProcess

    cached = laptop_with_cases(TEMPLATE_CASES, 0)
    server = ServerProcess(url).start()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-console-") as tmp:
            lap = open_laptop(copy_laptop(cached, Path(tmp) / "may"))
            lap.enrol(server, "B01", "Máy mẫu")
            report = lap.sync()
            lap.close()
        assert report.pushed["applied"] >= TEMPLATE_CASES, report.summary()
    finally:
        server.close()
    db.transact(index.catch_up)


def _projections_current(url: str) -> None:
    """The statistics' and the due steps' cursors at the feed's end: the copied cases carry
    no follow-through, and this benchmark measures the list and the search (the reports and
    the due items have their own: bench_statistics, bench_follow). A province's server fills
    them once after its upgrade (``python -m server catch-up``)."""
    import psycopg

    from server.db import make_engine

    dsn = make_engine(url).url.set(drivername="postgresql").render_as_string(
        hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as con:
        con.execute("UPDATE console_cursor SET sequence = (SELECT coalesce(max(sequence), 0) "
                    "FROM sync_record) WHERE name IN ('statistics', 'outcomes')")


def _copy(url: str, copies: int) -> None:
    import psycopg

    from server.db import make_engine

    dsn = make_engine(url).url.set(drivername="postgresql").render_as_string(
        hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as con:
        con.execute("SET work_mem = '256MB'")
        con.execute("""CREATE TEMP TABLE tpl AS
            SELECT (row_number() OVER (ORDER BY r.sequence) - 1)::int AS k, r.payload,
                   r.status, r.version, r.origin_device, c.status AS shown, c.commune_code,
                   c.subject_name, c.place, c.folded, ''::text AS folded_name
            FROM sync_record r JOIN console_case c ON c.id = r.id WHERE r.entity = 'case'""")
        from app.text import fold

        for k, name in con.execute("SELECT k, subject_name FROM tpl").fetchall():
            con.execute("UPDATE tpl SET folded_name = %s WHERE k = %s", (fold(name), k))
        templates = con.execute("SELECT count(*) FROM tpl").fetchone()[0]
        con.execute("CREATE TEMP TABLE person (k int PRIMARY KEY, name text, folded text)")
        with con.cursor() as cur:
            cur.executemany("INSERT INTO person VALUES (%s, %s, %s)",
                            [(k, n, f) for k, (n, f) in enumerate(people())])
        con.execute("CREATE TEMP TABLE team AS SELECT (row_number() OVER (ORDER BY code) - 1)::int"
                    " AS k, id FROM unit")
        units = con.execute("SELECT count(*) FROM team").fetchone()[0]
        base = con.execute("SELECT max(sequence) FROM sync_record").fetchone()[0]
        con.execute(
            "CREATE TEMP TABLE gen AS SELECT g AS n, gen_random_uuid() AS id, "
            "(g %% %s)::int AS tk, (g %% %s)::int AS pk, (g %% %s)::int AS uk, "
            "now() - make_interval(secs => g * %s) AS started_at "
            "FROM generate_series(1, %s) AS g",
            (templates, len(people()), units, SECONDS_APART, copies))
        con.execute("DROP INDEX IF EXISTS ix_console_case_folded_trgm")
        con.execute(
            "INSERT INTO sync_record (id, entity, unit_id, origin_device, changed_by, version, "
            "status, payload, payload_hash, sequence, created_at, updated_at, received_at) "
            "SELECT id, 'case', unit_id, origin_device, origin_device, version, status, payload, "
            "encode(sha256(convert_to(payload, 'UTF8')), 'hex'), sequence, started_at, "
            "started_at, now() FROM (SELECT gen.id, team.id AS unit_id, tpl.origin_device, "
            "tpl.version, tpl.status, gen.started_at, %s + gen.n AS sequence, "
            "replace(tpl.payload, '\"name\":\"' || tpl.subject_name || '\"', "
            "'\"name\":\"' || person.name || '\"') AS payload "
            "FROM gen JOIN tpl ON tpl.k = gen.tk JOIN person ON person.k = gen.pk "
            "JOIN team ON team.k = gen.uk) AS made", (base,))
        con.execute(
            "INSERT INTO console_case (id, unit_id, status, commune_code, started_at, "
            "subject_name, place, folded, deleted) "
            "SELECT gen.id, team.id, tpl.shown, tpl.commune_code, gen.started_at, person.name, "
            "tpl.place, replace(tpl.folded, tpl.folded_name, person.folded), false "
            "FROM gen JOIN tpl ON tpl.k = gen.tk JOIN person ON person.k = gen.pk "
            "JOIN team ON team.k = gen.uk")
        con.execute("UPDATE sequence_counter SET value = (SELECT max(sequence) FROM "
                    "sync_record) WHERE name = 'feed'")
        con.execute("UPDATE console_cursor SET sequence = (SELECT max(sequence) FROM "
                    "sync_record) WHERE name = 'cases'")
        con.execute("UPDATE console_cursor SET sequence = (SELECT max(sequence) FROM "
                    "sync_record) WHERE name IN ('statistics', 'outcomes')")  # see _projections_current
        if con.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone():
            con.execute("CREATE INDEX ix_console_case_folded_trgm ON console_case "
                        "USING gin (folded gin_trgm_ops)")
        con.execute("VACUUM ANALYZE sync_record")
        con.execute("VACUUM ANALYZE console_case")
