"""What both command lines (``python -m app report`` and ``python -m server report``) share:
the period from ``--period`` or ``--from``/``--to``, and the report written out (XLSX, PDF,
JSON, or its summary on the terminal)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.errors import ValidationFailed
from app.statistics.periods import PERIOD_HELP, Period, ReportCalendar, custom, parse_period
from app.statistics.report import Report, figures_json


def period_from(cal: ReportCalendar, args: argparse.Namespace) -> Period:
    if args.period and (args.date_from or args.date_to):
        raise ValidationFailed({"period": "Chọn --period hoặc --from/--to, không dùng cả hai."})
    if args.period:
        return parse_period(cal, args.period)
    if args.date_from and args.date_to:
        return custom(args.date_from, args.date_to)
    raise ValidationFailed({"period": f"Cần --period ({PERIOD_HELP}) hoặc cả --from và --to."})


def write_outputs(report: Report, args: argparse.Namespace) -> None:
    from app.statistics.summary import summary

    if args.xlsx:
        from app.statistics.xlsx import write_xlsx

        _write(args.xlsx, write_xlsx(report))
    if args.pdf:
        from app.statistics.pdf import write_pdf

        _write(args.pdf, write_pdf(report))
    if args.json:
        data = figures_json(report) | {"summary": summary(report)}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(summary(report))
        for path in (args.xlsx, args.pdf):
            if path:
                print(f"Đã ghi {path}", file=sys.stderr)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def print_refusal(exc: ValidationFailed) -> None:
    for message in exc.errors.values():
        print(f"Lỗi: {message}", file=sys.stderr)
