"""The data key for a command that opens the database.

``--password-stdin`` reads the officer's password from the first line of standard input
(``--officer`` names the account, by id or by name; without it each account is tried), so a
script never puts a password on a command line. At a terminal the password is asked.
``sync`` may also take the key the OS keyring keeps for it (``sync --remember-key``, see
app.security.stored_key), so a scheduled task needs no password.
"""

from __future__ import annotations

import argparse
import sys

from app.errors import DomainError


class CannotUnlock(DomainError):
    pass


def _password(args: argparse.Namespace) -> str | None:
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass("Mật khẩu: ")
    return None


def unlock(args: argparse.Namespace, *, keyring_ok: bool = False):
    """A SignedIn (app.security.signin) for the data directory of ``args``; CannotUnlock says
    why not, in Vietnamese."""
    from app.paths import DataDir
    from app.security.keyfile import KeyFile
    from app.security.signin import SignedIn, create_first_account, find_account, sign_in
    from app.sqlite import is_plain

    data = DataDir(args.data_dir)
    who = getattr(args, "officer", None)
    if not KeyFile.exists(data.root):
        if data.database.exists() and not is_plain(data.database):
            raise CannotUnlock(f"Không thấy tệp khóa {KeyFile.path_in(data.root)}: dữ liệu đã mã hóa "
                               "chỉ Chi cục mở được (khóa công khai của Chi cục).")
        if data.database.exists():
            raise CannotUnlock("Dữ liệu của máy chưa được mã hóa: hãy mở ứng dụng một lần để đặt mật "
                               "khẩu cho cán bộ, rồi chạy lại lệnh này.")
        if not who:
            raise CannotUnlock("Máy mới: cần --officer \"Họ tên\" và --password-stdin để tạo tài khoản đầu tiên.")
        password = _password(args) or ""
        return create_first_account(data.root, who, password, password)
    if keyring_ok and not getattr(args, "password_stdin", False):
        from app.security.stored_key import recall

        key = recall(data.root)
        if key is not None and key.key_id == KeyFile.load(data.root).key_id:
            return SignedIn(key, "", "")
    password = _password(args)
    if password is None:
        raise CannotUnlock("Cần mật khẩu: dùng --password-stdin (hoặc chạy ở cửa sổ dòng lệnh).")
    officer_id = None
    if who:
        officer_id = find_account(KeyFile.load(data.root), who)
        if officer_id is None:
            raise CannotUnlock(f"Không có tài khoản nào tên {who!r} trên máy.")
    return sign_in(data.root, officer_id, password)


def open_unlocked(args: argparse.Namespace, *, keyring_ok: bool = False, full_check: bool = True):
    """The Database of ``args.data_dir``, its officer signed in (none for a key from the
    keyring: only sync takes it, and sync acts for nobody)."""
    from app.paths import DataDir
    from app.services.startup import open_database

    signed = unlock(args, keyring_ok=keyring_ok)
    db = open_database(DataDir(args.data_dir), signed.key, full_check=full_check)
    if signed.officer_id:
        db.sign_in(signed.officer_id, signed.name)
    return db
