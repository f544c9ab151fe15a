"""``python -m app sync``: enrol, sync once, or print the status — headless, for a person
at a terminal or a scheduled task. Exit codes say what happened without parsing text."""

from __future__ import annotations

import argparse
import sys

from app.errors import SyncError, ValidationFailed

EXIT = {"offline": 3, "server": 3, "revoked": 4, "not_enrolled": 5}


def run_sync_command(args: argparse.Namespace) -> int:
    from app.db import unit_of_work
    from app.paths import DataDir
    from app.services.startup import open_database
    from app.sync.status import read_status

    data = DataDir(args.data_dir)
    db = open_database(data)
    try:
        if args.enroll:
            code = _enrol(args, data, db)
            if code:
                return code
        if args.status:
            with unit_of_work(db.sessions) as s:
                status = read_status(s, data.root)
            print(status.headline())
            if status.error:
                print(f"Lỗi lần trước: {status.error}")
            return 0
        return _sync(data, db)
    finally:
        db.close()


def _enrol(args: argparse.Namespace, data, db) -> int:
    from app.sync.enrolment import enrol, parse_enrolment

    try:
        server, code = parse_enrolment(args.enroll, args.server or "")
        creds = enrol(data.root, db.sessions, server, code, device_name=args.device_name,
                      ca_file=args.ca_file or "")
    except ValidationFailed as exc:
        for message in exc.errors.values():
            print(message, file=sys.stderr)
        return 2
    except SyncError as exc:
        print(f"Không đăng ký được: {exc}", file=sys.stderr)
        return EXIT.get(exc.kind, 1)
    print(f"Đã đăng ký máy với {creds.server_url} — đơn vị {creds.unit_name}.")
    return 0


def _sync(data, db) -> int:
    from app.sync.engine import run_sync

    def progress(stage: str, done: int, total: int) -> None:
        print(f"\r{stage}: {done}/{total}   ", end="", file=sys.stderr, flush=True)

    try:
        report = run_sync(data.root, db.sessions, data.attachments,
                          progress if sys.stderr.isatty() else None)
    except SyncError as exc:
        print(f"Đồng bộ chưa xong: {exc}", file=sys.stderr)
        return EXIT.get(exc.kind, 1)
    print(f"Đồng bộ xong trong {report.seconds:.1f} giây: {report.summary()}.")
    return 0 if not report.mismatched else 1
