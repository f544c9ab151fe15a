"""The report's command-line arguments (``python -m app report``, ``python -m server report``),
apart from the engine: the app's parser is built at every start, the window's included, and
must not import SQLAlchemy for a sub-command it may not run."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.statistics.periods import PERIOD_HELP


def add_report_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--period", help=f"kỳ báo cáo: {PERIOD_HELP}")
    p.add_argument("--from", dest="date_from", type=date.fromisoformat, help="từ ngày (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=date.fromisoformat, help="đến ngày (YYYY-MM-DD)")
    p.add_argument("--compare", action="store_true", help="so sánh với cùng kỳ năm trước")
    p.add_argument("--cutoff-day", type=int, help="ngày chốt số liệu của tháng (1–28)")
    p.add_argument("--xlsx", type=Path, help="ghi tệp Excel")
    p.add_argument("--pdf", type=Path, help="ghi tệp PDF")
    p.add_argument("--json", action="store_true", help="in số liệu dạng JSON")
    p.add_argument("--cases", action="store_true", help="kèm danh sách vụ việc (tệp Excel)")
