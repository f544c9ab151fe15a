"""Foundation targets (issue: start-up, search, memory), measured against baselines.

- start-up: process start → main window shown (its sign-in page), vs a bare PySide6
  QMainWindow script (≤ 2×), and after the password is submitted (argon2id, then the
  encrypted database opened) the first page of the case list shown within 1 s with 100k cases;
- search: ranked top 50 over 100k cases, median ≤ 20 ms and ≥ 5× faster than a LIKE scan
  of the same folded text; growth at 300k;
- memory: RSS with 100k cases and the list open ≤ 250 MB.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from common import (
    BENCH_PASSWORD,
    ROOT,
    Result,
    bench_key,
    demo_database,
    encrypted_database,
    median_ms,
    print_table,
)

PY = sys.executable
QUERIES = ("nguyen thi", "dong dang", "thuoc la esse", "hoang van thang", "12c", "tan thanh", "duong cat trang")


def _spawn_until(args: list[str], words: tuple[str, ...], env: dict[str, str]) -> tuple[dict[str, float], float, str]:
    """Seconds from spawn to each of ``words`` on stdout; peak RSS in MB while it runs."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    seen: dict[str, float] = {}
    last = ""
    rss = 0.0
    assert proc.stdout is not None
    for line in proc.stdout:
        word = line.split()[0] if line.split() else ""
        if word in words and word not in seen:
            seen[word] = time.perf_counter() - t0
            last = line.strip()
            if word == "ready":
                time.sleep(2.0)  # let the full open (ORM, catalogues) finish before reading RSS
                rss = psutil.Process(proc.pid).memory_info().rss / 2**20
        if len(seen) == len(words):
            break
    proc.wait(timeout=30)
    return seen, rss, last


def bench_startup(data_dir, runs: int = 5) -> list[Result]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               THUCDIA_STARTUP_PROBE="3000", THUCDIA_STARTUP_PROBE_PASSWORD=BENCH_PASSWORD)
    bare, shown, ready, rss = [], [], [], []
    for _ in range(runs):
        seen, _r, _l = _spawn_until([PY, str(ROOT / "benchmarks" / "bare_qt.py")], ("shown",), env)
        bare.append(seen["shown"])
        seen, r, last = _spawn_until([PY, "-m", "app", "--data-dir", str(data_dir), "gui"],
                                     ("shown", "signin", "ready"), env)
        shown.append(seen["shown"])
        ready.append(seen["ready"] - seen["signin"])
        rss.append(r)
    b, s, rd = (statistics.median(x) * 1000 for x in (bare, shown, ready))
    return [
        Result("start-up: sign-in window shown", s, "ms", b, "≤ 2× bare QMainWindow", s <= 2 * b),
        Result("after sign-in: first page of 100k cases (argon2id + encrypted open)", rd, "ms", None,
               "≤ 1000 ms", rd <= 1000),
        Result(f"memory: RSS, 100k cases, list open ({last.split(' ', 1)[-1]})", max(rss), "MB", None,
               "≤ 250 MB", max(rss) <= 250),
    ]


def bench_search(data_dir, label: str, *, target: bool = True) -> list[Result]:
    from app.db import make_engine, make_session_factory
    from app.readmodel import search_cases, search_cases_like

    key = bench_key(data_dir).database if (data_dir / "keys.json").exists() else None
    engine = make_engine(data_dir / "thucdia.sqlite3", key)
    sessions = make_session_factory(engine)
    fts, like = [], []
    with sessions() as s:
        for q in QUERIES:
            assert search_cases(s, q), f"no hit for {q!r}"
            fts.append(median_ms(lambda q=q: search_cases(s, q, 50), repeat=9))
            like.append(median_ms(lambda q=q: search_cases_like(s, q, 50), repeat=5))
    engine.dispose()
    f, lk = statistics.median(fts), statistics.median(like)
    name = f"search: ranked top 50, {label} (median of {len(QUERIES)} queries)"
    if not target:  # the issue asks only how it grows
        return [Result(name, f, "ms", lk, "report only", None)]
    return [Result(name, f, "ms", lk, "≤ 20 ms, ≤ 0.2× LIKE scan", f <= 20 and lk / f >= 5)]


def run() -> list[Result]:
    d100 = encrypted_database(demo_database(100_000))
    results = bench_startup(d100)
    results += bench_search(d100, "100k cases")
    results += bench_search(encrypted_database(demo_database(300_000)), "300k cases", target=False)
    return results


if __name__ == "__main__":
    print_table(run())
