"""``python -m server escrow-key`` and ``python -m server open-laptop``: the province's copy
of every laptop's data key (app.security.escrow).

``escrow-key --out tinh.key`` makes the province's X25519 key pair once: the private key
goes to a file readable only by its user (encrypted with a passphrase from standard input
when ``--passphrase-stdin``), the public key is printed; the server gives it to laptops at
enrolment (``THUCDIA_ESCROW_PUBLIC_KEY``). Keep the private key off the server, with the
Chi cục's other secrets.

``open-laptop --data-dir D:\\ThucDia --private-key tinh.key`` opens a laptop's data (its
folder copied from the laptop) with that key: it says what it holds, and with
``--one-time-code "Họ tên"`` writes a one-time code for that officer into the laptop's key
file (a forgotten password, or an officer provisioned by sync with no password yet). The
officer signs in with the code and sets a new password at once.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parsers(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("escrow-key", help="make the province's key pair for laptop data keys (escrow)")
    s.add_argument("--out", type=Path, required=True, help="file for the private key (never on a laptop)")
    s.add_argument("--passphrase-stdin", action="store_true", help="encrypt the private key with a passphrase")
    s = sub.add_parser("open-laptop", help="open a laptop's data with the province's private key")
    s.add_argument("--data-dir", type=Path, required=True, help="the laptop's data folder (or a copy)")
    s.add_argument("--private-key", type=Path, required=True)
    s.add_argument("--passphrase-stdin", action="store_true")
    s.add_argument("--one-time-code", metavar="HO_TEN",
                   help="write a one-time sign-in code for this officer and print it")


def _passphrase(args: argparse.Namespace) -> str | None:
    return sys.stdin.readline().rstrip("\r\n") if args.passphrase_stdin else None


def escrow_key(args: argparse.Namespace) -> int:
    from app.paths import write_atomically
    from app.security.escrow import make_province_key_pair

    if args.out.exists():
        print(f"{args.out} đã có: không ghi đè khóa của tỉnh.", file=sys.stderr)
        return 2
    pair = make_province_key_pair(_passphrase(args))
    write_atomically(args.out, pair.private_pem, private=True)
    print(f"Khóa bí mật: {args.out} (cất giữ an toàn, không để trên máy chủ hay máy trạm).")
    print(f"Khóa công khai: {pair.public_key}")
    print(f"Đặt cho máy chủ: THUCDIA_ESCROW_PUBLIC_KEY={pair.public_key}")
    return 0


def open_laptop(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from app.db import unit_of_work
    from app.errors import DomainError
    from app.models import Case, Officer
    from app.paths import DataDir
    from app.security.escrow import EscrowKeyInvalid, load_private_key
    from app.security.keyfile import KeyFile
    from app.services.startup import open_database
    from app.text import fold

    try:
        private = load_private_key(args.private_key.read_bytes(), _passphrase(args))
        keys = KeyFile.load(args.data_dir)
        key = keys.open_with_province_key(private)
    except (OSError, EscrowKeyInvalid, DomainError) as exc:
        print(f"Không mở được: {exc}", file=sys.stderr)
        return 2
    db = open_database(DataDir(args.data_dir), key)
    try:
        with unit_of_work(db.sessions) as s:
            cases = s.scalar(select(func.count()).select_from(Case).where(Case.deleted_at.is_(None)))
            officers = {str(o.id): o.full_name for o in s.scalars(select(Officer).where(Officer.deleted_at.is_(None)))}
    finally:
        db.close()
    print(f"Đã mở dữ liệu của máy: {cases} vụ việc; tài khoản: "
          + (", ".join(name for _, name in keys.names()) or "không có"))
    if not args.one_time_code:
        return 0
    wanted = fold(args.one_time_code).strip()
    match = [(oid, name) for oid, name in keys.names() if fold(name) == wanted] or [
        (oid, name) for oid, name in officers.items() if fold(name) == wanted]
    if len(match) != 1:
        print(f"Không tìm thấy đúng một cán bộ tên {args.one_time_code!r} trên máy.", file=sys.stderr)
        return 2
    officer_id, name = match[0]
    code = keys.issue_one_time_code(key, officer_id, name)
    keys.save()
    print(f"Mã đăng nhập một lần của {name}: {code}")
    print("Cán bộ chọn tên mình, nhập mã này thay mật khẩu, rồi đặt mật khẩu mới.")
    return 0


COMMANDS = {"escrow-key": escrow_key, "open-laptop": open_laptop}
