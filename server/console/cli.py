"""``python -m server`` commands for staff accounts of the console.

A password is read from standard input (``--password-stdin``), never from the command line
(where ``ps`` and the shell history would keep it).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from server.config import Settings
from server.console import staff
from server.console.audit import record
from server.console.roles import ROLES
from server.db import Database

FIRST_ADMIN_HINT = (
    "Chưa có tài khoản quản trị nào cho bảng điều hành. Tạo tài khoản đầu tiên bằng:\n"
    "  python -m server create-staff --username quantri --role admin --password-stdin\n"
    "(gõ mật khẩu rồi Enter). Sau đó mở http://<máy chủ>:8389/login"
)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    roles = ", ".join(f"{code} ({r.label})" for code, r in ROLES.items())
    s = sub.add_parser("create-staff", help="create a console account")
    s.add_argument("--username", required=True)
    s.add_argument("--role", required=True, choices=list(ROLES), help=roles)
    s.add_argument("--unit", help="unit code (team roles)")
    s.add_argument("--force", help="a member agency's force code (role member: cong_an, "
                                   "hai_quan, bien_phong…)")
    s.add_argument("--full-name", default="")
    s.add_argument("--password-stdin", action="store_true", required=True,
                   help="read the password from standard input")
    sub.add_parser("staff", help="list console accounts")
    s = sub.add_parser("reset-password", help="set a new password; ends the account's sessions")
    s.add_argument("--username", required=True)
    s.add_argument("--password-stdin", action="store_true", required=True)
    s = sub.add_parser("disable-staff", help="disable an account; ends its sessions")
    s.add_argument("--username", required=True)
    sub.add_parser("catch-up", help="bring the console's case index, the statistics and the "
                                    "cases' due steps up to the feed (after an upgrade)")


def _password() -> str:
    return sys.stdin.readline().rstrip("\r\n")


def _create(db: Database, _s: Settings, a: argparse.Namespace) -> int:
    password = _password()

    def do(s):
        row = staff.create(s, a.username, a.role, password, unit_code=a.unit,
                           full_name=a.full_name, force_code=a.force)
        record(s, None, "staff_created", target_id=row.id, detail=f"{row.username} {row.role}")
        return row

    row = db.transact(do)
    print(f"Đã tạo tài khoản {row.username} ({ROLES[row.role].label}).")
    if ROLES[row.role].needs_totp:
        print("Lần đăng nhập đầu, tài khoản quản trị sẽ được yêu cầu bật xác thực hai bước.")
    return 0


def _list(db: Database, _s: Settings, _a: argparse.Namespace) -> int:
    for acc, unit in db.transact(staff.accounts, write=False):
        state = "KHÓA" if acc.disabled_at else "hoạt động"
        totp = "2 bước" if acc.totp_secret else "-"
        print(f"{acc.username:20} {ROLES[acc.role].label:32} {unit.code if unit else '-':10} "
              f"{state:10} {totp}")
    return 0


def _reset(db: Database, _s: Settings, a: argparse.Namespace) -> int:
    password = _password()

    def do(s):
        row = staff.reset_password(s, a.username, password)
        record(s, None, "staff_password", target_id=row.id, detail=row.username)

    db.transact(do)
    print(f"Đã đặt lại mật khẩu cho {a.username}; mọi phiên đăng nhập của tài khoản đã kết thúc.")
    return 0


def _disable(db: Database, _s: Settings, a: argparse.Namespace) -> int:
    def do(s):
        row = staff.disable(s, a.username)
        record(s, None, "staff_disabled", target_id=row.id, detail=row.username)

    db.transact(do)
    print(f"Đã khóa tài khoản {a.username}; mọi phiên đăng nhập của tài khoản đã kết thúc.")
    return 0


def _catch_up(db: Database, _s: Settings, _a: argparse.Namespace) -> int:
    """What the first page would otherwise do after an upgrade that adds a projection."""
    from server.console import index, outcome_index

    read = db.transact(index.catch_up)
    read += db.transact(outcome_index.catch_up)
    print(f"Đã cập nhật chỉ mục hồ sơ, số liệu thống kê và việc cần làm ({read} thay đổi).")
    return 0


def first_start_hint(url: str) -> str | None:
    """What ``serve`` prints when no administrator exists yet."""
    db = Database(url)
    try:
        return None if db.transact(staff.any_admin, write=False) else FIRST_ADMIN_HINT
    finally:
        db.dispose()


COMMANDS: dict[str, Callable[[Database, Settings, argparse.Namespace], int]] = {
    "create-staff": _create,
    "staff": _list,
    "reset-password": _reset,
    "disable-staff": _disable,
    "catch-up": _catch_up,
}
