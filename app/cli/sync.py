"""``python -m app sync`` and ``python -m app export`` (the command line's adapter of
app.sync, beside app.cli): enrol, sync once, or print the status — headless, for a person
at a terminal or a scheduled task — and the encrypted export of unsynced work. Exit codes
say what happened without parsing text."""

from __future__ import annotations

import argparse
import sys

from app.errors import SyncError, ValidationFailed

EXIT = {"offline": 3, "server": 3, "revoked": 4, "not_enrolled": 5}


def run_sync_command(args: argparse.Namespace) -> int:
    from app.cli.unlock import open_unlocked, unlock
    from app.db import unit_of_work
    from app.paths import DataDir
    from app.security import stored_key
    from app.sync.status import read_status

    data = DataDir(args.data_dir)
    if args.forget_key:
        gone = stored_key.forget(data.root)
        print("Đã xóa khóa khỏi kho khóa của hệ điều hành." if gone else "Kho khóa không giữ khóa nào của máy này.")
        return 0
    if args.remember_key:
        stored_key.remember(data.root, unlock(args).key)
        print("Đã lưu khóa dữ liệu vào kho khóa của hệ điều hành: lệnh sync theo lịch không cần mật khẩu.")
        return 0
    db = open_unlocked(args, keyring_ok=True)
    try:
        if args.enroll:
            code = _enrol(args, data, db)
            if code:
                return code
        if args.status:
            with unit_of_work(db.sessions) as s:
                status = read_status(s)
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
        creds = enrol(db.sessions, server, code, device_name=args.device_name,
                      ca_file=args.ca_file or "")
    except ValidationFailed as exc:
        for message in exc.errors.values():
            print(message, file=sys.stderr)
        return 2
    except SyncError as exc:
        # a refusal already says "Không đăng ký được: …" (app.sync.enrolment)
        print(str(exc) if exc.kind == "refused" else f"Không đăng ký được: {exc}", file=sys.stderr)
        return EXIT.get(exc.kind, 1)
    print(f"Đã đăng ký máy với {creds.server_url} — đơn vị {creds.unit_name}.")
    return 0


def _sync(data, db) -> int:
    from app.sync.engine import run_sync

    def progress(stage: str, done: int, total: int) -> None:
        print(f"\r{stage}: {done}/{total}   ", end="", file=sys.stderr, flush=True)

    try:
        report = run_sync(db.sessions, data.attachments,
                          progress if sys.stderr.isatty() else None)
    except SyncError as exc:
        print(f"Đồng bộ chưa xong: {exc}", file=sys.stderr)
        return EXIT.get(exc.kind, 1)
    print(f"Đồng bộ xong trong {report.seconds:.1f} giây: {report.summary()}.")
    return 0 if not report.mismatched else 1


def _passphrase(args: argparse.Namespace, confirm: bool) -> str:
    import getpass
    import os

    if args.passphrase_env:
        return os.environ.get(args.passphrase_env, "")
    first = getpass.getpass("Mật khẩu của tệp xuất: ")
    if confirm and getpass.getpass("Nhập lại mật khẩu: ") != first:
        raise ValidationFailed({"passphrase_again": "Hai lần nhập mật khẩu không giống nhau."})
    return first


def run_export_command(args: argparse.Namespace) -> int:
    """Write the encrypted export of unsynced work, or open one into a folder."""
    import base64
    import json

    from app.sync.export import read_export

    try:
        if args.open:
            content = read_export(args.open, _passphrase(args, confirm=False))
            args.out.mkdir(parents=True, exist_ok=True)
            files = content.pop("attachments", {})
            (args.out / "records.json").write_text(
                json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8")
            for sha, data in files.items():
                (args.out / sha).write_bytes(base64.b64decode(data))
            print(f"Đã mở {len(content['records'])} bản ghi và {len(files)} tệp vào {args.out}.")
            return 0
        return _export(args, _passphrase(args, confirm=True))
    except ValidationFailed as exc:
        for message in exc.errors.values():
            print(message, file=sys.stderr)
        return 2


def _export(args: argparse.Namespace, passphrase: str) -> int:
    from app.cli.unlock import open_unlocked
    from app.db import unit_of_work
    from app.paths import DataDir
    from app.sync import credentials
    from app.sync.export import export_unsynced

    data = DataDir(args.data_dir)
    db = open_unlocked(args)
    try:
        with unit_of_work(db.sessions) as s:
            creds = credentials.load(s)
            if creds is None:
                print("Máy chưa đăng ký với Chi cục: mọi dữ liệu vẫn nằm trong tệp dữ liệu của máy.",
                      file=sys.stderr)
                return 5
            summary = export_unsynced(s, creds, data.attachments, args.out, passphrase)
    finally:
        db.close()
    from app.text import group_digits

    print(f"Đã xuất {summary.records} bản ghi chưa đồng bộ và {summary.attachments} tệp đính kèm "
          f"vào {summary.path} ({group_digits(summary.size)} byte, đã mã hóa).")
    return 0
