"""Benchmark of sync: ``python benchmarks/bench_sync.py [--cases N] [--devices N]``.

Everything runs for real: a provincial server in its own process, as in a province
(``python -m server serve`` on 127.0.0.1 over a SQLite file, tests/sync/support.ServerProcess),
laptops with their own data directories and SQLite files,
enrolled with one-time codes, synced by the app's SyncEngine over HTTP.

1. Initial sync of 10,000 demo cases (their items included) and 200 photos of 200 KB: the
   push from laptop A, then the pull of all of it by laptop B of the same unit. Baseline,
   measured in the same run over the same HTTP stack (uvicorn + httpx, the peer in its own
   process too, benchmarks/sink.py):
   - push: one POST carrying the very JSON bytes of every push batch plus the photos' bytes
     to a route that reads the body, then parsing that JSON and one ``executemany`` of what
     the server keeps (a row per record with its JSON, a row per photo) into a fresh file;
   - pull: one POST answered with the very JSON of the pulled pages, parsed, then one
     ``executemany`` per table of the very rows laptop B now holds (cases, subjects, items,
     attachments, search index; the laptop's schema and indexes) into a fresh file.
   Both files use the app's pragmas (WAL, synchronous=FULL). Target: sync ≤ 3× baseline.
2. A sync with nothing to do, on laptop A after its initial sync: median of 9, ≤ 50 ms.
3. 200 devices (copies of one 50-case laptop, ids rewritten, each enrolled with its own
   code) syncing at once against one server from a pool of threads: p50/p95 per sync, and
   a check that the server holds every case exactly once under the device that made it.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402
from common import OUT, SYNCED, Result, print_table  # noqa: E402

CASES = 10_000
PHOTOS = 200
PHOTO_BYTES = 200 * 1024
RATIO_TARGET = 3.0
NOOP_TARGET_MS = 50.0
NOOP_RUNS = 9
DEVICES = 200
DEVICE_CASES = 50
UNIT_DEVICES = 1  # a unit per device: the pulls are its own echoes (part 1 covers a colleague's pull)
THREADS = 50


# --- data, built once and cached in benchmarks/out --------------------------------------------


def _cached(name: str, build) -> Path:
    from app.db import head_revision

    target = OUT / f"{name}-{head_revision()}"
    if (target / "thucdia.sqlite3").exists():
        return target
    tmp = target.with_suffix(".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    build(tmp)
    tmp.rename(target)
    return target


def laptop_with_cases(cases: int, photos: int) -> Path:
    """A data directory: ``cases`` demo cases and ``photos`` photos attached to drafts."""

    def build(root: Path) -> None:
        from sqlalchemy import select

        from app.db import unit_of_work
        from app.demo import generate_demo
        from app.models import Case
        from app.paths import DataDir
        from app.services.attachments import add_attachment
        from app.services.settings import current_actor
        from tests.signin import make_key_file, open_signed_in

        data = DataDir(root)
        make_key_file(data.root)
        db = open_signed_in(data)
        with unit_of_work(db.sessions) as s:
            generate_demo(s, cases, seed=cases)
        rng = random.Random(cases)
        with unit_of_work(db.sessions) as s:
            actor = current_actor(s)
            drafts = s.scalars(select(Case.id).where(Case.status == "draft")
                               .order_by(Case.local_no).limit(photos)).all()
            for i, case_id in enumerate(drafts):
                add_attachment(s, data.attachments, case_id, rng.randbytes(PHOTO_BYTES),
                               f"anh-tang-vat-{i:03d}.jpg", actor, caption="Ảnh tang vật")
        db.close()

    return _cached(f"sync-{cases}-{photos}-encrypted", build)


def copy_laptop(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


def open_laptop(root: Path):
    from app.paths import DataDir
    from tests.signin import open_signed_in
    from tests.sync.support import Laptop

    data = DataDir(root)
    return Laptop(data, open_signed_in(data, full_check=False))


def fresh_ids(db_path: Path) -> None:
    """Give every synced row of a copied laptop a new random id (foreign keys follow)."""
    from app.paths import DataDir
    from tests.signin import connect_file

    con = connect_file(db_path, DataDir(db_path.parent))
    con.execute("CREATE TEMP TABLE idmap (old TEXT PRIMARY KEY, new TEXT NOT NULL)")
    for table in SYNCED:
        con.execute(f"INSERT INTO idmap SELECT id, lower(hex(randomblob(16))) FROM {table}")  # noqa: S608
    for table in SYNCED:
        cols = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
        for col in sorted(cols & {"id", "subject_id", "inspection_id", "seizure_id"}):
            con.execute(f"UPDATE {table} SET {col} = (SELECT new FROM idmap WHERE old = {col}) "  # noqa: S608
                        f"WHERE {col} IN (SELECT old FROM idmap)")
    # the outbox's marks (kept by triggers on inserts and version changes) follow the ids
    con.execute("UPDATE sync_dirty SET record_id = (SELECT new FROM idmap WHERE old = record_id) "
                "WHERE record_id IN (SELECT old FROM idmap)")
    con.commit()
    con.close()


# --- HTTP accounting and the baseline's trivial routes ------------------------------------------


class Sink:
    """The baseline's peer (benchmarks/sink.py) in its own process, like the server: it
    reads each body whole and answers ``answer`` (written to a file it reads per request)."""

    def __init__(self, work: Path) -> None:
        from tests.sync.support import free_port

        self.port = free_port()
        self.answer_file = work / "sink-answer.json"
        self.proc = None

    @property
    def answer(self) -> bytes:
        return self.answer_file.read_bytes()

    @answer.setter
    def answer(self, data: bytes) -> None:
        self.answer_file.write_bytes(data)

    def __enter__(self) -> Sink:
        import socket
        import subprocess

        self.answer = b"{}"
        script = Path(__file__).resolve().parent / "sink.py"
        self.proc = subprocess.Popen([sys.executable, str(script), str(self.port),
                                      str(self.answer_file)])
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.05)

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=15)


def _bulk_file(path: Path) -> sqlite3.Connection:
    from app.sqlite import apply_pragmas

    con = sqlite3.connect(path, isolation_level=None)
    apply_pragmas(con)
    return con


def baseline_push(sink: Sink, bodies: list[bytes], photos: list[tuple[str, bytes]], path: Path) -> float:
    """One POST of the push JSON plus the photos, one executemany of what the server keeps."""
    t0 = time.perf_counter()
    payload = b"[" + b",".join(bodies) + b"]" + b"".join(data for _, data in photos)
    with httpx.Client() as client:
        client.post(f"http://127.0.0.1:{sink.port}/push", content=payload).raise_for_status()
    records = [r for body in bodies for r in json.loads(body)["records"]]
    con = _bulk_file(path)
    con.execute("CREATE TABLE record (id TEXT PRIMARY KEY, entity TEXT NOT NULL, "
                "version INTEGER NOT NULL, payload TEXT NOT NULL)")
    con.execute("CREATE TABLE blob (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL)")
    con.execute("BEGIN")
    con.executemany("INSERT INTO record VALUES (?, ?, ?, ?)",
                    [(r["id"], r["entity"], r["version"],
                      json.dumps(r["payload"], ensure_ascii=False, separators=(",", ":")))
                     for r in records])
    con.executemany("INSERT INTO blob VALUES (?, ?)", photos)
    con.execute("COMMIT")
    con.close()
    return (time.perf_counter() - t0) * 1000


PULLED_TABLES = (*SYNCED, "attachment")


def baseline_pull(sink: Sink, pages: list[bytes], source: Path, path: Path) -> float:
    """One POST answered with the pulled pages' JSON (parsed), one executemany per table of
    the rows the pulling laptop holds (search index included), into its own schema."""
    from app.paths import DataDir
    from tests.signin import connect_file

    src = connect_file(source, DataDir(source.parent))
    own = (*PULLED_TABLES, "sync_dirty", "stat_dirty")  # the laptop's triggers mark both
    schema = [sql for (sql,) in src.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name IN ({}) AND sql IS NOT NULL "
        "ORDER BY type = 'index', type = 'trigger'".format(",".join("?" * len(own))), own)]
    schema.append("CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize='unicode61', prefix='2 3')")
    rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in PULLED_TABLES}  # noqa: S608
    search = src.execute("SELECT rowid, body FROM case_search").fetchall()
    src.close()
    sink.answer = b"[" + b",".join(pages) + b"]"
    t0 = time.perf_counter()
    with httpx.Client() as client:
        response = client.post(f"http://127.0.0.1:{sink.port}/pull", content=b"{}")
        response.raise_for_status()
        json.loads(response.content)
    con = _bulk_file(path)
    con.execute("PRAGMA foreign_keys=OFF")
    for sql in schema:
        con.execute(sql)
    con.execute("BEGIN")
    for table, data in rows.items():
        if data:
            con.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(data[0]))})", data)  # noqa: S608
    con.executemany("INSERT INTO case_search(rowid, body) VALUES (?, ?)", search)
    con.execute("COMMIT")
    con.close()
    return (time.perf_counter() - t0) * 1000


# --- 1 and 2: initial push and pull, then a sync with nothing to do -----------------------------


def bench_initial(work: Path, cases: int, photos: int) -> list[Result]:
    from tests.sync.support import Laptop, LinkRecorder, ServerProcess

    cached = laptop_with_cases(cases, photos)
    server = ServerProcess(f"sqlite:///{(work / 'province-1.sqlite3').as_posix()}").start()
    try:
        unit = server.new_unit()
        a = open_laptop(copy_laptop(cached, work / "a"))
        b = Laptop.set_up(work / "b")
        a.enrol(server, unit, "Máy A")
        b.enrol(server, unit, "Máy B")
        counting = LinkRecorder()
        t0 = time.perf_counter()
        pushed = a.sync(transport=counting)
        push_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        pulled = b.sync(transport=counting)
        pull_ms = (time.perf_counter() - t0) * 1000
        assert pushed.pushed["applied"] >= cases and pushed.uploaded == photos, pushed.summary()
        assert pulled.pulled >= cases, pulled.summary()
        for table in PULLED_TABLES:  # the colleague's laptop holds every row of every case
            sql = f"SELECT count(*) FROM {table}"  # noqa: S608
            assert a.scalar(sql) == b.scalar(sql), (table, a.scalar(sql), b.scalar(sql))
        photo_files = [(p.name, p.read_bytes()) for p in sorted(a.data.attachments.iterdir())]
        with Sink(work) as sink:
            base_push = baseline_push(sink, [j for j, _, _ in counting.pushed], photo_files,
                                      work / "bulk-push.sqlite3")
            base_pull = baseline_pull(sink, [j for j, _, _ in counting.pulled], b.data.database,
                                      work / "bulk-pull.sqlite3")
        noop = []
        for _ in range(NOOP_RUNS):
            t0 = time.perf_counter()
            a.sync()
            noop.append((time.perf_counter() - t0) * 1000)
        a.close()
        b.close()
    finally:
        server.close()
    mb = (sum(len(j) for j, _, _ in counting.pushed) + photos * PHOTO_BYTES) / 1e6
    pulled_mb = sum(len(j) for j, _, _ in counting.pulled) / 1e6
    link_mb = ((sum(n for _, n, _ in counting.pushed) + photos * PHOTO_BYTES) / 1e6,
               sum(n for _, n, _ in counting.pulled) / 1e6)
    label = f"{cases // 1000}k cases + {photos} photos"
    total, base = push_ms + pull_ms, base_push + base_pull
    return [
        Result(f"sync push: {label} ({mb:.0f} MB, {link_mb[0]:.0f} MB on the link)", push_ms, "ms",
               base_push, "report only"),
        Result(f"sync pull: {label} ({pulled_mb:.0f} MB, {link_mb[1]:.0f} MB on the link)", pull_ms,
               "ms", base_pull,
               "report only"),
        Result(f"sync push + pull: {label}", total, "ms", base,
               f"≤ {RATIO_TARGET:g}× POST + executemany", total <= RATIO_TARGET * base),
        Result(f"sync, nothing to do ({cases // 1000}k cases, median of {NOOP_RUNS})",
               statistics.median(noop), "ms", None, f"≤ {NOOP_TARGET_MS:g} ms",
               statistics.median(noop) <= NOOP_TARGET_MS),
    ]


# --- 3: many devices at once --------------------------------------------------------------------


def bench_devices(work: Path, devices: int, per_device: int) -> list[Result]:
    from sqlalchemy import func, select

    from server.models import SyncRecord
    from tests.sync.support import ServerProcess

    template = laptop_with_cases(per_device, 0)
    server = ServerProcess(f"sqlite:///{(work / 'province-2.sqlite3').as_posix()}").start()
    laptops = []
    try:
        units = [server.new_unit() for _ in range(-(-devices // UNIT_DEVICES))]
        for k in range(devices):
            root = copy_laptop(template, work / f"device-{k:03d}")
            fresh_ids(root / "thucdia.sqlite3")
            laptop = open_laptop(root)
            laptop.enrol(server, units[k // UNIT_DEVICES], f"Máy {k:03d}")
            laptops.append(laptop)
        start = threading.Barrier(min(THREADS, devices))

        def one(laptop) -> float:
            if laptops.index(laptop) < THREADS:
                start.wait()
            t0 = time.perf_counter()
            laptop.sync()
            return (time.perf_counter() - t0) * 1000

        t0 = time.perf_counter()
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            times = list(pool.map(one, laptops))
        wall = time.perf_counter() - t0
        local = {lp.creds.device_id: {uuid.UUID(str(r)) for r in _case_ids(lp)} for lp in laptops}
        rows = server.db.transact(lambda s: s.execute(
            select(SyncRecord.id, SyncRecord.origin_device).where(SyncRecord.entity == "case")
        ).all(), write=False)
        total = server.db.transact(lambda s: s.scalar(
            select(func.count()).select_from(SyncRecord).where(SyncRecord.entity == "case")), write=False)
    finally:
        for laptop in laptops:
            laptop.close()
        server.close()
    held: dict[str, set[uuid.UUID]] = {}
    for rid, origin in rows:
        held.setdefault(str(origin), set()).add(rid)
    lost = sum(len(ids - held.get(dev, set())) for dev, ids in local.items())
    duplicated = (total - len({rid for rid, _ in rows})) + sum(
        len(ids - local.get(dev, set())) for dev, ids in held.items())
    ok = lost == 0 and duplicated == 0 and total == devices * per_device
    q = statistics.quantiles(times, n=20)
    label = (f"{devices} devices × {per_device} cases at once ({THREADS} threads in one process: "
             f"GIL, 2 cores; wall {wall:.0f} s)")
    return [
        Result(f"sync p50: {label}", statistics.median(times), "ms", None, "report only"),
        Result(f"sync p95: {label}", q[18], "ms", None, "report only"),
        Result(f"sync at once: server holds {total} cases, lost={lost} duplicated={duplicated}",
               float(total), "cases", None, "lost=0 duplicated=0", ok),
    ]


def _case_ids(laptop) -> list[str]:
    from sqlalchemy import select

    from app.db import unit_of_work
    from app.models import Case

    with unit_of_work(laptop.db.sessions) as s:
        return [str(i) for i in s.scalars(select(Case.id).where(
            Case.origin_device == laptop.creds.device_id))]


def run(cases: int = CASES, photos: int = PHOTOS, devices: int = DEVICES) -> list[Result]:
    import logging

    logging.getLogger("thucdia").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        work = Path(tmp)
        results = bench_initial(work, cases, photos)
        if devices:
            results += bench_devices(work, devices, DEVICE_CASES)
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=CASES)
    parser.add_argument("--photos", type=int, default=PHOTOS)
    parser.add_argument("--devices", type=int, default=DEVICES)
    args = parser.parse_args()
    results = run(args.cases, args.photos, args.devices)
    print_table(results)
    return 0 if all(r.ok is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
