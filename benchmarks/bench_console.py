"""Benchmark of the web console on PostgreSQL: ``python benchmarks/bench_console.py``.

Needs a PostgreSQL server the benchmark may create databases on: ``THUCDIA_BENCH_PG_URL``
(else ``THUCDIA_TEST_PG_URL``, as .ci/run exports it); without one it reports nothing.

The province (1,000,000 cases, benchmarks/console_data.py) is built once and kept; each run
works on a file copy of it, served by ``python -m server serve --workers 4`` in its own
process, as in a province.

1. Server time (the ``Server-Timing`` header every answer carries) of the case list's first
   page, a search by a person's name and a search for a goods word in a third of the
   cases, signed in as the Chi cục's leader (every unit's cases): median of 15. Baseline in
   the same run: the plain indexed query the page runs (the same SELECT of the index's
   columns, with the same LIKE filters for a search), sent by psycopg on an open
   connection. Target: ≤ 300 ms each.
2. Load: 50 console users (their own process, each signed in, one click every 1–3 s:
   the list, a search, the next page, a case) while 200 laptops (copies of a 20-case demo
   laptop, fresh ids, each enrolled in a unit of its own) sync at once from 50 threads.
   Target: no error, and every laptop's case held by the server exactly once; p50/p95 of
   the console's answers (client and server time) and of the syncs reported.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import console_data as data  # noqa: E402
from common import ROOT, Result, print_table  # noqa: E402

CASES = 1_000_000
TARGET_MS = 300.0
USERS = 50
LAPTOPS = 200
LAPTOP_CASES = 20
WORKERS = 4
THREADS = 50
CONNECTIONS = 12  # per worker: 4 × 12 stays well under PostgreSQL's 100 (the machine is shared)
REPEAT = 15
NAME_QUERY = "luong thi thao"
GOODS_QUERY = "thuoc la"


def pg_url() -> str | None:
    url = os.environ.get("THUCDIA_BENCH_PG_URL") or os.environ.get("THUCDIA_TEST_PG_URL")
    if not url:
        return None
    try:
        import psycopg

        psycopg.connect(data._admin_dsn(url), connect_timeout=3).close()
    except Exception:  # noqa: BLE001  (no server: the benchmark says so and is skipped)
        return None
    return url


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- the server in its own process, with several workers -------------------------------------


class Served:
    def __init__(self, url: str, workers: int) -> None:
        from tests.sync.support import free_port

        self.url, self.port = url, free_port()
        env = dict(os.environ, PYTHONPATH=str(ROOT), THUCDIA_DB_CONNECTIONS=str(CONNECTIONS))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server", "--database-url", url, "serve", "--port",
             str(self.port), "--workers", str(workers)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import httpx

        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(self.base + "/login", timeout=5).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("the server did not start")
            time.sleep(0.3)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=60)


def signed_in(base: str, username: str):  # type: ignore[no-untyped-def]
    import httpx

    web = httpx.Client(base_url=base, timeout=120)
    form = web.get("/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    answer = web.post("/login", data={"username": username, "password": data.PASSWORD,
                                      "csrf": token})
    assert answer.status_code == 303, (username, answer.status_code)
    return web


def server_ms(response) -> float:  # type: ignore[no-untyped-def]
    value = response.headers["server-timing"]  # app;dur=12.3
    return float(value.split("dur=")[1])


# --- 1: the list and a search against the plain indexed query ----------------------------------


def _plain(url: str, words: list[str]) -> float:
    import psycopg

    from server.db import make_engine

    dsn = make_engine(url).url.set(drivername="postgresql").render_as_string(
        hide_password=False)
    where = "".join(" AND folded LIKE %s" for _ in words)
    sql = ("SELECT id, unit_id, status, commune_code, started_at, subject_name, place "
           f"FROM console_case WHERE NOT deleted{where} "
           "ORDER BY started_at DESC, id DESC LIMIT 51")
    with psycopg.connect(dsn) as con:
        times = []
        for i in range(REPEAT + 2):
            t0 = time.perf_counter()
            con.execute(sql, [f"%{w}%" for w in words]).fetchall()
            con.rollback()
            if i >= 2:
                times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def bench_pages(served: Served, url: str, cases: int) -> list[Result]:
    web = signed_in(served.base, data.staff_names(1)[0])  # canbo00: the Chi cục's leader
    out = []
    for label, query in (("case list, first page", ""),
                         (f"search by name «{NAME_QUERY}»", NAME_QUERY),
                         (f"search «{GOODS_QUERY}» (a goods word of 1 in 3 cases)",
                          GOODS_QUERY)):
        times, rows = [], 0
        for i in range(REPEAT + 2):
            answer = web.get("/ho-so", params={"q": query} if query else None)
            assert answer.status_code == 200, answer.status_code
            rows = answer.text.count('<td><a href="/ho-so/')
            if i >= 2:
                times.append(server_ms(answer))
        value = statistics.median(times)
        base = _plain(url, query.split())
        out.append(Result(f"console {label}, {cases:,} cases, PG ({rows} rows shown)",
                          value, "ms", base, f"≤ {TARGET_MS:g} ms server time",
                          value <= TARGET_MS))
    web.close()
    return out


# --- 2: console users and laptops at once -------------------------------------------------------


def console_users(base: str, users: list[str], ready: Path, stop: Path, out: Path) -> None:
    """Run in a process of its own: every user signs in, then clicks until ``stop`` exists."""
    sessions = [signed_in(base, u) for u in users]
    ready.write_text("1")
    names = [n for _, n in data.people()]
    lock = threading.Lock()
    seen: list[dict] = []

    def one(k: int) -> None:
        web, rng = sessions[k], random.Random(k)
        cursor, case, clicks = "", "", 0
        while not stop.exists():
            step, clicks = clicks % 4, clicks + 1
            if step == 0:
                path, params = "/ho-so", {}
            elif step == 1:
                path, params = "/ho-so", {"q": rng.choice(names)}
            elif step == 2 and cursor:
                path, params = "/ho-so", {"sau": cursor}
            else:
                path, params = (f"/ho-so/{case}", {}) if case else ("/ho-so", {})
            t0 = time.perf_counter()
            try:
                answer = web.get(path, params=params)
                took, status = (time.perf_counter() - t0) * 1000, answer.status_code
                server = server_ms(answer)
                text = answer.text
            except Exception as exc:  # noqa: BLE001  (counted as an error)
                took, status, server, text = 0.0, repr(exc), 0.0, ""
            found = re.search(r'sau=([^"&]+)', text)
            cursor = unquote(found.group(1)) if found else ""
            ids = [t.split('"')[0] for t in text.split('<td><a href="/ho-so/')[1:]]
            case = rng.choice(ids) if ids else case
            with lock:
                seen.append({"user": k, "status": status, "ms": took, "server": server})
            time.sleep(rng.uniform(1.0, 3.0))

    with ThreadPoolExecutor(len(sessions)) as pool:
        list(pool.map(one, range(len(sessions))))
    out.write_text(json.dumps(seen))


def bench_load(served: Served, work: Path, cases: int) -> list[Result]:
    import multiprocessing

    from bench_sync import _case_ids, copy_laptop, fresh_ids, laptop_with_cases, open_laptop
    from sqlalchemy import select

    from server.admin.service import create_unit
    from server.db import Database
    from server.devices.service import make_code

    db = Database(served.url, connections=4)
    template = laptop_with_cases(LAPTOP_CASES, 0)
    laptops = []
    try:
        log(f"… enrolling {LAPTOPS} laptops")
        for k in range(LAPTOPS):
            code = f"L{k:03d}"
            db.transact(lambda s, c=code, k=k: create_unit(
                s, code=c, name=f"Tổ công tác lưu động số {k + 1}", agency_code="20",
                team_code=f"{k % 100:02d}", province_code="20"))
            root = copy_laptop(template, work / f"may-{k:03d}")
            fresh_ids(root / "thucdia.sqlite3")
            laptop = open_laptop(root)
            from datetime import timedelta

            enrol = db.transact(lambda s, c=code: make_code(s, c, timedelta(minutes=30))).code
            from app.sync.enrolment import enrol as enrol_laptop

            laptop.creds = enrol_laptop(laptop.db.sessions, served.base,
                                        enrol, device_name=f"Máy {k:03d}")
            laptops.append(laptop)
        ready, stop, out = work / "ready", work / "stop", work / "users.json"
        users = multiprocessing.get_context("spawn").Process(
            target=console_users,
            args=(served.base, data.staff_names(USERS), ready, stop, out))
        users.start()
        while not ready.exists():
            assert users.is_alive(), "the console users did not sign in"
            time.sleep(0.2)
        log(f"… {USERS} console users clicking; {LAPTOPS} laptops syncing")
        errors: list[str] = []

        def sync(laptop) -> float:  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            try:
                laptop.sync()
            except Exception as exc:  # noqa: BLE001  (counted)
                errors.append(repr(exc))
            return (time.perf_counter() - t0) * 1000

        t0 = time.perf_counter()
        with ThreadPoolExecutor(THREADS) as pool:
            sync_times = list(pool.map(sync, laptops))
        wall = time.perf_counter() - t0
        stop.write_text("1")
        users.join(timeout=120)
        clicks = json.loads(out.read_text())
        local = {str(lp.creds.device_id): set(_case_ids(lp)) for lp in laptops}

        from server.models import SyncRecord

        held = db.transact(lambda s: s.execute(
            select(SyncRecord.id, SyncRecord.origin_device).where(
                SyncRecord.entity == "case",
                SyncRecord.origin_device.in_([uuid.UUID(d) for d in local]))).all(),
            write=False)
    finally:
        for laptop in laptops:
            laptop.close()
        db.dispose()
    by_device: dict[str, set[str]] = {}
    for rid, origin in held:
        by_device.setdefault(str(origin), set()).add(str(rid))
    lost = sum(len(ids - by_device.get(d, set())) for d, ids in local.items())
    extra = len(held) - sum(len(ids) for ids in local.values())
    failed = [c for c in clicks if c["status"] != 200]
    why = ", ".join(f"{n}× {status}" for status, n in Counter(
        str(c["status"]) for c in failed).items()) or "none"
    sync_why = ", ".join(sorted(set(errors)))[:200] or "none"
    ok_ms = [c["ms"] for c in clicks if c["status"] == 200]
    ok_server = [c["server"] for c in clicks if c["status"] == 200]
    label = (f"{USERS} console users + {LAPTOPS} laptops syncing, {WORKERS} workers, "
             f"{cases:,} cases (wall {wall:.0f} s)")
    q = statistics.quantiles
    return [
        Result(f"console p50 while loaded: {label}", statistics.median(ok_ms), "ms", None,
               "report only"),
        Result(f"console p95 while loaded ({len(clicks)} requests)", q(ok_ms, n=20)[18], "ms",
               None, "report only"),
        Result("console p95 server time while loaded", q(ok_server, n=20)[18], "ms", None,
               "report only"),
        Result(f"laptop sync p50 while loaded ({LAPTOP_CASES} cases each)",
               statistics.median(sync_times), "ms", None, "report only"),
        Result("laptop sync p95 while loaded", q(sync_times, n=20)[18], "ms", None,
               "report only"),
        Result(f"errors: console {len(failed)} ({why}), sync {len(errors)} ({sync_why}); "
               f"cases lost={lost} duplicated={extra}", float(len(failed) + len(errors) + lost + abs(extra)),
               "errors", None, "0", not failed and not errors and lost == 0 and extra == 0),
    ]


def run(cases: int = CASES) -> list[Result]:
    import logging

    logging.getLogger("thucdia").setLevel(logging.WARNING)
    url = pg_url()
    if url is None:
        log("bench_console: no PostgreSQL (THUCDIA_BENCH_PG_URL or THUCDIA_TEST_PG_URL): skipped")
        return []
    template = data.province(url, cases, USERS, log)
    name = f"{template}_run"
    run_url = data.copy_of(url, template, name)
    served = Served(run_url, WORKERS)
    try:
        results = bench_pages(served, run_url, cases)
        with tempfile.TemporaryDirectory(prefix="bench-console-") as tmp:
            results += bench_load(served, Path(tmp), cases)
    finally:
        served.close()
        data.drop(url, name)
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=CASES)
    args = parser.parse_args()
    results = run(args.cases)
    print_table(results)
    return 0 if all(r.ok is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
