"""Benchmark of the document layer: ``python benchmarks/bench_documents.py [--runs N]``.

- every form, rendered from the sample case with a 50-line seizure, against a baseline measured
  in the same run: a plain ReportLab ``SimpleDocTemplate`` holding the same 50-row goods table
  (same cells, same style, same font) as a plain ``reportlab.platypus.Table``; target ≤ 1.5×;
- a 1,000-line Bảng kê, target ≤ 1 s;
- pypdfium2 rasterising one page at 100 dpi, target ≤ 50 ms.

Timings are medians; runs of the forms and the baseline are interleaved so that load on the
machine hits both alike.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import Result, print_table  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle  # noqa: E402

from app.documents.forms import FORMS  # noqa: E402
from app.documents.render import render  # noqa: E402
from app.documents.sample import sample_items, sample_snapshot  # noqa: E402
from app.documents.snapshot import DocumentSnapshot, GoodsLine  # noqa: E402
from app.documents.tables import COL_WIDTHS, goods_rows  # noqa: E402

ROWS = 50
RATIO_TARGET = 1.5
BIG_ITEMS = 1000
BIG_TARGET_MS = 1000.0
RASTER_TARGET_MS = 50.0


def baseline_pdf() -> bytes:
    """The same 50-row goods table as a plain ReportLab Table in a SimpleDocTemplate."""
    rows, style = goods_rows(sample_items(ROWS))
    plain = Table(rows, colWidths=COL_WIDTHS, repeatRows=1, splitInRow=0, hAlign="LEFT")
    plain.setStyle(TableStyle(style))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([plain])
    return buf.getvalue()


def big_annex() -> DocumentSnapshot:
    items = tuple(
        GoodsLine(
            name=f"Mặt hàng số {i:04d}",
            unit="chiếc",
            quantity=Decimal(i % 7 + 1),
            kind="Hàng tiêu dùng",
            condition="Mới, nguyên bao bì",
            estimated_value=1000 * i,
        )
        for i in range(1, BIG_ITEMS + 1)
    )
    snap = sample_snapshot("BANG-KE")
    assert snap.seizure is not None
    return dataclasses.replace(snap, seizure=dataclasses.replace(snap.seizure, items=items))


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def raster_ms(pdf: bytes, runs: int) -> float:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    times = []
    for _ in range(runs):
        for i in range(len(doc)):
            page = doc[i]
            t = time.perf_counter()
            page.render(scale=100 / 72).to_pil()
            times.append((time.perf_counter() - t) * 1000)
            page.close()
    doc.close()
    return statistics.median(times)


def run(runs: int = 15) -> list[Result]:
    snaps = {code: sample_snapshot(code, items=ROWS) for code in FORMS}
    baseline_pdf()
    for s in snaps.values():
        render(s)  # warm-up: fonts, caches, imports
    base: list[float] = []
    forms: dict[str, list[float]] = {code: [] for code in snaps}
    for _ in range(runs):
        for code, s in snaps.items():
            base.append(timed(baseline_pdf))
            forms[code].append(timed(lambda s=s: render(s)))
    base_ms = statistics.median(base)
    results = []
    for code, ts in forms.items():
        ms = statistics.median(ts)
        results.append(Result(f"generate {code} (sample, {ROWS}-line seizure)", ms, "ms", base_ms,
                              f"≤ {RATIO_TARGET}× plain ReportLab table", ms / base_ms <= RATIO_TARGET))
    big = big_annex()
    render(big)
    big_ms = statistics.median(timed(lambda: render(big)) for _ in range(max(3, runs // 3)))
    results.append(Result(f"generate BANG-KE ({BIG_ITEMS} lines)", big_ms, "ms", None,
                          f"≤ {BIG_TARGET_MS:.0f} ms", big_ms <= BIG_TARGET_MS))
    r_ms = raster_ms(render(snaps["BB-KT"]), max(3, runs // 3))
    results.append(Result("preview: pypdfium2 page @100 dpi", r_ms, "ms", None,
                          f"≤ {RASTER_TARGET_MS:.0f} ms", r_ms <= RASTER_TARGET_MS))
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=15, help="timed runs per item (default 15)")
    results = run(ap.parse_args(argv).runs)
    print_table(results)
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
