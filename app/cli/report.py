"""``python -m app report``: the team's report of a period (its own unit, offline), as the
summary on the terminal, JSON, XLSX or PDF."""

from __future__ import annotations

import argparse

from app.errors import ValidationFailed


def run_report_command(args: argparse.Namespace) -> int:
    from app.cli.unlock import open_unlocked
    from app.db import unit_of_work
    from app.statistics import local
    from app.statistics.outputs import period_from, print_refusal, write_outputs
    from app.statistics.report import build_report

    db = open_unlocked(args)  # an officer's password (--password-stdin), as every command
    try:
        with unit_of_work(db.sessions) as s:
            cal = local.laptop_calendar(s, args.cutoff_day)
            period = period_from(cal, args)
            local.refresh(s)
            report = build_report(s, local.laptop_scope(s), period, compare=args.compare,
                                  calendar=cal, with_cases=args.cases or bool(args.xlsx))
        write_outputs(report, args)
        return 0
    except ValidationFailed as exc:
        print_refusal(exc)
        return 2
    finally:
        db.close()
