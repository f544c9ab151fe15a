"""``python -m server report …``: the province's report (every unit, one unit, or the Ban
Chỉ đạo 389's combined report with the member agencies), the member agencies' template,
its upload, and the frozen submitted versions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.errors import ValidationFailed
from app.statistics.arguments import add_report_arguments
from app.statistics.outputs import period_from, print_refusal, write_outputs
from app.statistics.periods import PERIOD_HELP, ReportCalendar, parse_period
from server.config import Settings
from server.db import Database


def add_parsers(sub: Any) -> None:
    r = sub.add_parser("report", help="báo cáo số liệu của tỉnh theo kỳ")
    add_report_arguments(r)
    r.add_argument("--unit", help="chỉ một đơn vị (mã đơn vị)")
    r.add_argument("--members", action="store_true",
                   help="báo cáo chung của Ban Chỉ đạo 389: thêm số liệu các lực lượng thành viên")
    r.add_argument("--freeze", metavar="NGUOI_GUI",
                   help="gửi báo cáo: lưu cố định số liệu và tệp (bản mới nếu đã gửi)")
    r.add_argument("--reason", default="", help="lý do của bản sửa đổi")
    t = sub.add_parser("report-template", help="mẫu Excel cho lực lượng thành viên nhập số liệu")
    t.add_argument("--period", required=True, help=PERIOD_HELP)
    t.add_argument("--out", type=Path, required=True)
    t.add_argument("--cutoff-day", type=int)
    u = sub.add_parser("report-import", help="nhận mẫu số liệu đã điền của lực lượng thành viên")
    u.add_argument("file", type=Path)
    u.add_argument("--by", required=True, help="người nhận / người gửi số liệu")
    u.add_argument("--cutoff-day", type=int)
    v = sub.add_parser("report-versions", help="các bản báo cáo đã gửi của một kỳ")
    v.add_argument("--period", required=True, help=PERIOD_HELP)
    v.add_argument("--unit", help="mã đơn vị (mặc định: cả tỉnh)")
    v.add_argument("--members", action="store_true")
    v.add_argument("--cutoff-day", type=int)


def _calendar(settings: Settings, args: argparse.Namespace) -> ReportCalendar:
    return ReportCalendar(cutoff_day=args.cutoff_day or settings.report_cutoff_day)


def _scope_code(args: argparse.Namespace) -> str:
    return args.unit or ("bcd389" if args.members else "province")


def _report(db: Database, settings: Settings, args: argparse.Namespace) -> int:
    from server.statistics import feed, reports

    try:
        cal = _calendar(settings, args)
        period = period_from(cal, args)
        db.transact(feed.catch_up)
        report = db.transact(lambda s: reports.province_report(
            s, period, cal=cal, compare=args.compare, unit_code=args.unit,
            combined=args.members, with_cases=args.cases or bool(args.xlsx) or bool(args.freeze)),
            write=False)
        if args.freeze:
            from app.statistics.pdf import write_pdf
            from app.statistics.xlsx import write_xlsx

            xlsx, pdf = write_xlsx(report), write_pdf(report)
            row = db.transact(lambda s: reports.freeze(s, report, xlsx, pdf, args.freeze,
                                                       _scope_code(args), args.reason))
            print(f"Đã gửi báo cáo {period.label}, bản {row.version} "
                  f"(PDF SHA-256 {row.pdf_sha256[:16]}…).", file=sys.stderr)
            if row.changes:
                print("Thay đổi so với bản trước:\n  " + row.changes.replace("\n", "\n  "),
                      file=sys.stderr)
        write_outputs(report, args)
        return 0
    except ValidationFailed as exc:
        print_refusal(exc)
        return 2


def _template(db: Database, settings: Settings, args: argparse.Namespace) -> int:
    from server.statistics.members import template_xlsx

    try:
        period = parse_period(_calendar(settings, args), args.period)
    except ValidationFailed as exc:
        print_refusal(exc)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(template_xlsx(period))
    print(f"Đã ghi mẫu số liệu {period.label}: {args.out}")
    return 0


def _import(db: Database, settings: Settings, args: argparse.Namespace) -> int:
    from server.statistics.members import import_template

    cal = _calendar(settings, args)
    try:
        rows = db.transact(lambda s: import_template(s, args.file.read_bytes(), args.by, cal))
    except ValidationFailed as exc:
        print_refusal(exc)
        return 2
    for row in rows:
        note = f" — {row.change_note}" if row.change_note else ""
        print(f"Đã nhận số liệu {row.agency}, kỳ {row.period_key}, bản {row.version}{note}")
    return 0


def _versions(db: Database, settings: Settings, args: argparse.Namespace) -> int:
    from server.statistics import reports

    try:
        period = parse_period(_calendar(settings, args), args.period)
    except ValidationFailed as exc:
        print_refusal(exc)
        return 2
    rows = db.transact(lambda s: [(r.version, r.submitted_at, r.submitted_by, r.reason, r.changes,
                                   reports.Frozen(r).intact())
                                  for r in reports.versions(s, period.key, _scope_code(args))],
                       write=False)
    if not rows:
        print(f"Chưa có bản báo cáo nào của kỳ {period.label}.")
    for version, at, by, reason, changes, intact in rows:
        state = "nguyên vẹn" if intact else "KHÔNG KHỚP MÃ BĂM"
        print(f"Bản {version}  {at:%d/%m/%Y %H:%M} UTC  {by}  ({state})")
        if reason:
            print(f"  Lý do: {reason}")
        for line in changes.splitlines():
            print(f"  {line}")
    return 0


COMMANDS = {"report": _report, "report-template": _template, "report-import": _import,
            "report-versions": _versions}
