"""Shared helpers of the benchmarks: timing, the result table, cached demo databases.

Every target is a ratio to a baseline measured in the same run (this machine is shared
and noisy) or an absolute bound named in an issue.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
sys.path.insert(0, str(ROOT))


@dataclass
class Result:
    name: str
    value: float
    unit: str
    baseline: float | None = None
    target: str = ""
    ok: bool | None = None

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None


def median_ms(fn: Callable[[], object], repeat: int = 15, warmup: int = 2) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def paired_ms(measured: Callable[[], object], baseline: Callable[[], object],
              repeat: int = 15, warmup: int = 2) -> tuple[float, float]:
    """The medians of ``measured`` and of ``baseline``, run by turns, so a slow spell of the
    machine falls on both alike and their ratio holds still."""
    for _ in range(warmup):
        measured()
        baseline()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, out in ((measured, times[0]), (baseline, times[1])):
            t0 = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def print_table(results: list[Result]) -> None:
    head = ("benchmark", "value", "baseline", "ratio", "target", "ok")
    if not results:
        return
    rows = []
    for r in results:
        rows.append((
            r.name,
            f"{r.value:,.1f} {r.unit}",
            f"{r.baseline:,.1f} {r.unit}" if r.baseline is not None else "",
            f"{r.ratio:.2f}×" if r.ratio is not None else "",
            r.target,
            "" if r.ok is None else ("yes" if r.ok else "NO"),
        ))
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(head)]
    line = " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))
    print(line)
    print("-+-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def demo_database(cases: int) -> Path:
    """A data directory holding ``cases`` demo cases, built once and cached in benchmarks/out.

    Beyond 100,000 cases the 100k database is replicated in SQL (new ids, new numbers),
    which takes seconds instead of minutes.
    """
    from app.db import head_revision
    from app.security.keys import DataKey

    target = OUT / f"data-{cases}-{head_revision()}"
    if (target / "thucdia.sqlite3").exists():
        return target
    OUT.mkdir(parents=True, exist_ok=True)
    base = 100_000
    if cases > base:
        src = demo_database(base)
        shutil.copytree(src, target)
        _replicate(target / "thucdia.sqlite3", cases // base)
        return target
    from app.db import unit_of_work
    from app.demo import generate_demo
    from app.paths import DataDir
    from app.services.startup import open_database

    tmp = target.with_suffix(".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    key = DataKey.generate()
    db = open_database(DataDir(tmp), key)
    db.sign_in("6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b", "Hoàng Văn Thắng")
    with unit_of_work(db.sessions) as s:
        generate_demo(s, cases, seed=cases)
    db.close()
    decrypt_in_place(tmp / "thucdia.sqlite3", key.database)  # the cache is plain: the baseline
    tmp.rename(target)
    return target


BENCH_PASSWORD = "Mật khẩu đo hiệu năng 2026"


def decrypt_in_place(path: Path, key: bytes) -> None:
    from app.sqlite import connect

    plain = path.with_name(path.name + ".plain")
    con = connect(path, key)
    con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    con.execute("SELECT sqlcipher_export('plain')")
    con.execute("DETACH DATABASE plain")
    con.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    plain.replace(path)


def encrypted_database(plain_dir: Path) -> Path:
    """The same data as ``plain_dir``, as the app keeps it: SQLCipher under a data key wrapped
    for one officer (password BENCH_PASSWORD, argon2id at its production cost) in keys.json."""
    from app.security.signin import create_first_account
    from app.security.upgrade import encrypt_file

    target = plain_dir.with_name(plain_dir.name + "-encrypted")
    if (target / "keys.json").exists():
        return target
    tmp = target.with_suffix(".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(plain_dir, tmp)
    signed = create_first_account(tmp, "Hoàng Văn Thắng", BENCH_PASSWORD, BENCH_PASSWORD,
                                  officer_id="6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b")
    encrypt_file(tmp / "thucdia.sqlite3", signed.key.database)
    tmp.rename(target)
    return target


def bench_key(data_dir: Path):
    """The data key of an encrypted_database (the officer's password unwraps it)."""
    from app.security.keyfile import KeyFile

    keys = KeyFile.load(data_dir)
    return keys.unlock(keys.names()[0][0], BENCH_PASSWORD)


SYNCED = ("subject", "inspection", "inspection_member", "witness", "finding", "inspected_goods",
          "violation", "seizure", "seized_item")
ID_COLUMNS = {"id", "subject_id", "inspection_id", "seizure_id"}


def _replicate(db_path: Path, factor: int) -> None:
    """Append ``factor - 1`` copies of every case: fresh random ids (mapped for foreign
    keys through a temporary table) and new case numbers."""
    con = sqlite3.connect(db_path)
    n = con.execute("SELECT max(local_no) FROM inspection").fetchone()[0]
    original = {t: con.execute(f"SELECT max(rowid) FROM {t}").fetchone()[0] or 0 for t in SYNCED}
    con.execute("CREATE TEMP TABLE idmap (old TEXT PRIMARY KEY, new TEXT NOT NULL)")
    for k in range(1, factor):
        con.execute("DELETE FROM idmap")
        for table in SYNCED:
            con.execute(f"INSERT INTO idmap SELECT id, lower(hex(randomblob(16))) FROM {table} "
                        f"WHERE rowid <= {original[table]}")
        for table in SYNCED:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            exprs = [
                f"(SELECT new FROM idmap WHERE old = {table}.{c})" if c in ID_COLUMNS
                else f"local_no + {n * k}" if c == "local_no" else c
                for c in cols
            ]
            con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(exprs)} "
                        f"FROM {table} WHERE rowid <= {original[table]}")
        con.execute("INSERT INTO case_search(rowid, body) SELECT rowid + ?, body FROM case_search WHERE rowid <= ?",
                    (n * k, n))
        con.commit()
    con.close()
