"""What encryption at rest costs (issue: a laptop that can be lost), plain vs encrypted
copies of the same 100k cases measured in the same run:

- search: ranked top 50 over 100k cases, encrypted within 10 % of plain;
- a biên bản of a stored case read and rendered to PDF (the preview), within 10 % of plain;
- opening the database: a connection with its key and the schema read (report), the whole
  open of the app's start-up (report), the officer's password unwrapping the data key with
  argon2id (report).
"""

from __future__ import annotations

import statistics
import time

from common import Result, bench_key, demo_database, encrypted_database, median_ms, print_table

QUERIES = ("nguyen thi", "dong dang", "thuoc la esse", "hoang van thang", "12c", "tan thanh", "duong cat trang")
WITHIN = 1.10


def _sessions(data_dir, key):
    from app.db import make_engine, make_session_factory

    engine = make_engine(data_dir / "thucdia.sqlite3", key)
    return engine, make_session_factory(engine)


def _interleaved(fns: dict[str, object], rounds: int) -> dict[str, float]:
    """Median ms of each function, run in turn so the machine's load hits all alike."""
    times: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()  # type: ignore[operator]
            times[name].append((time.perf_counter() - t0) * 1000)
    return {k: statistics.median(v) for k, v in times.items()}


def bench_search(plain, encrypted, key) -> Result:
    from app.readmodel import search_cases

    e1, s_plain = _sessions(plain, None)
    e2, s_enc = _sessions(encrypted, key.database)
    with s_plain() as p, s_enc() as e:
        for q in QUERIES:  # warm both caches alike
            search_cases(p, q, 50), search_cases(e, q, 50)
        per = [_interleaved({"plain": lambda q=q: search_cases(p, q, 50),
                             "enc": lambda q=q: search_cases(e, q, 50)}, 9) for q in QUERIES]
    e1.dispose(), e2.dispose()
    pl, en = statistics.median(x["plain"] for x in per), statistics.median(x["enc"] for x in per)
    return Result(f"search encrypted: ranked top 50, 100k cases (median of {len(QUERIES)})", en, "ms", pl,
                  "≤ 1.1× plain, same run", en <= WITHIN * pl)


def bench_preview(plain, encrypted, key) -> Result:
    from sqlalchemy import select

    from app.documents.issuing import preview_document
    from app.models import Case

    e1, s_plain = _sessions(plain, None)
    e2, s_enc = _sessions(encrypted, key.database)
    with s_plain() as p, s_enc() as e:
        case_id = p.scalar(select(Case.id).where(Case.status == "finalised").order_by(Case.local_no))
        t = _interleaved({"plain": lambda: preview_document(p, case_id, "BB-KT"),
                          "enc": lambda: preview_document(e, case_id, "BB-KT")}, 15)
    e1.dispose(), e2.dispose()
    return Result("BB-KT of a stored case, read + rendered (encrypted)", t["enc"], "ms", t["plain"],
                  "≤ 1.1× plain, same run", t["enc"] <= WITHIN * t["plain"])


def bench_open(plain, encrypted, key) -> list[Result]:
    from app.paths import DataDir
    from app.security.keyfile import KeyFile
    from app.services.startup import open_database
    from app.sqlite import connect

    def touch(path, k) -> None:
        con = connect(path, k)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        con.close()

    t = _interleaved({"plain": lambda: touch(plain / "thucdia.sqlite3", None),
                      "enc": lambda: touch(encrypted / "thucdia.sqlite3", key.database)}, 25)
    whole = median_ms(lambda: open_database(DataDir(encrypted), key, full_check=False).close(), repeat=5, warmup=1)
    keys = KeyFile.load(encrypted)
    officer = keys.names()[0][0]
    from common import BENCH_PASSWORD

    unwrap = median_ms(lambda: keys.unlock(officer, BENCH_PASSWORD), repeat=5, warmup=1)
    return [
        Result("open encrypted database: connect, key, schema read", t["enc"], "ms", t["plain"], "report only", None),
        Result("open encrypted database: the app's whole open (checks, catalogues)", whole, "ms", None,
               "report only", None),
        Result("sign-in: argon2id unwraps the data key (64 MiB, 3 passes)", unwrap, "ms", None, "report only", None),
    ]


def run() -> list[Result]:
    plain = demo_database(100_000)
    encrypted = encrypted_database(plain)
    key = bench_key(encrypted)
    return [bench_search(plain, encrypted, key), bench_preview(plain, encrypted, key),
            *bench_open(plain, encrypted, key)]


if __name__ == "__main__":
    print_table(run())
