"""Command line: ``python -m app [--data-dir DIR] {gui,demo,self-test,sync,export,documents,report}``.

Heavy modules are imported inside each command so ``gui`` starts fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import APP_TITLE, __version__


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m app",
        description=f"{APP_TITLE} {__version__} — ghi nhận kiểm tra, vi phạm, tạm giữ hàng hóa.",
    )
    p.add_argument("--data-dir", type=Path, help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng)")
    p.add_argument("--password-stdin", action="store_true",
                   help="đọc mật khẩu của cán bộ từ dòng đầu của đầu vào chuẩn (không ghi mật khẩu lên dòng lệnh)")
    p.add_argument("--officer", metavar="HO_TEN", help="tài khoản mở dữ liệu (họ tên hoặc mã); máy mới: tạo tài khoản đầu tiên")
    sub = p.add_subparsers(dest="command")
    g = sub.add_parser("gui", help="mở ứng dụng (mặc định)")
    g.add_argument("--lang", choices=["vi", "en"], default=None, help="ngôn ngữ giao diện")
    d = sub.add_parser("demo", help="nạp dữ liệu mẫu (tên, xã, hàng hóa, vi phạm)")
    d.add_argument("--records", type=int, default=200, help="số vụ việc mẫu")
    d.add_argument("--seed", type=int, default=2026)
    d.add_argument("--no-outcomes", action="store_true",
                   help="chỉ tạo vụ việc trong một năm, không tạo kết quả xử lý (quyết định, nộp phạt…)")
    sub.add_parser("self-test", help="tự kiểm tra không giao diện: tạo, hoàn tất một vụ việc")
    sy = sub.add_parser(
        "sync",
        help="đồng bộ với máy chủ Chi cục (chạy không giao diện, dùng được trong Task Scheduler)",
        description="Không tham số: đồng bộ một lần. Mã thoát: 0 xong, 3 không có mạng (thử lại sau), "
        "4 máy bị thu hồi, 5 chưa đăng ký, 1 lỗi khác.",
    )
    sy.add_argument("--server", help="địa chỉ máy chủ, VD https://qltt.langson.gov.vn")
    sy.add_argument("--enroll", metavar="MA", help="mã đăng ký một lần do Chi cục cấp (hoặc nội dung JSON của mã QR)")
    sy.add_argument("--ca-file", help="tệp chứng chỉ gốc (CA) của Chi cục, nếu máy chủ dùng CA riêng")
    sy.add_argument("--device-name", default="", help="tên máy hiển thị ở Chi cục")
    sy.add_argument("--status", action="store_true", help="chỉ in trạng thái đồng bộ")
    sy.add_argument("--remember-key", action="store_true",
                    help="lưu khóa dữ liệu vào kho khóa của hệ điều hành (Windows: DPAPI) cho tác vụ đồng bộ theo lịch")
    sy.add_argument("--forget-key", action="store_true", help="xóa khóa đã lưu trong kho khóa của hệ điều hành")
    ex = sub.add_parser(
        "export",
        help="xuất (mã hóa) dữ liệu chưa đồng bộ để mang về Chi cục, hoặc mở một tệp xuất",
        description="Mật khẩu được hỏi khi chạy, hoặc lấy từ biến môi trường nêu ở --passphrase-env.",
    )
    ex.add_argument("--out", type=Path, required=True, help="tệp xuất (.tdx), hoặc thư mục khi --open")
    ex.add_argument("--open", type=Path, metavar="TEP", help="giải mã tệp xuất vào thư mục --out")
    ex.add_argument("--passphrase-env", metavar="BIEN", help="tên biến môi trường chứa mật khẩu")
    docs = sub.add_parser("documents", help="biên bản PDF")
    dsub = docs.add_subparsers(dest="documents_command", required=True)
    s = dsub.add_parser("sample", help="in mẫu mọi biên bản từ một vụ việc dựng sẵn")
    s.add_argument("--out", type=Path, required=True)
    r = dsub.add_parser("render", help="in một biên bản của một vụ việc đã lưu")
    r.add_argument("case_id")
    r.add_argument("--form", required=True)
    r.add_argument("--out", type=Path, required=True)
    rep = sub.add_parser("report", help="báo cáo số liệu của đơn vị theo kỳ (không cần mạng)")
    from app.statistics.arguments import add_report_arguments

    add_report_arguments(rep)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "gui"
    if command == "gui":
        from app.ui.application import run_gui

        return run_gui(args.data_dir, getattr(args, "lang", None))
    from app.cli.unlock import CannotUnlock
    from app.errors import DomainError

    try:
        return _run(command, args)
    except (CannotUnlock, DomainError) as exc:
        if command == "self-test":
            raise
        print(str(exc), file=sys.stderr)
        return 2


def _run(command: str, args: argparse.Namespace) -> int:
    if command == "demo":
        return _demo(args)
    if command == "self-test":
        return _self_test(args.data_dir)
    if command == "sync":
        from app.cli.sync import run_sync_command

        return run_sync_command(args)
    if command == "export":
        from app.cli.sync import run_export_command

        return run_export_command(args)
    if command == "report":
        from app.cli.report import run_report_command

        return run_report_command(args)
    if command == "documents":
        from app.cli.documents import run_documents_command

        return run_documents_command(args)
    return 2


def _demo(args: argparse.Namespace) -> int:
    from app.cli.unlock import open_unlocked
    from app.db import unit_of_work
    from app.demo import generate_demo

    db = open_unlocked(args)
    with unit_of_work(db.sessions) as session:
        n = generate_demo(session, args.records, seed=args.seed, outcomes=not args.no_outcomes)
    print(f"Đã tạo {n} vụ việc mẫu trong {db.data_dir.database}")
    db.close()
    return 0


def _self_test(data_dir: Path | None) -> int:
    """On an encrypted database in a temporary folder: make an account, sign in with it,
    migrate, create and finalise a case, seal and read back a photo; check that no file
    holds the case's text in plain and that the database does not open without its key.
    Exit 0 when all is well."""
    import tempfile

    try:
        with tempfile.TemporaryDirectory(prefix="thucdia-selftest-") as tmp:
            return _self_test_in(Path(data_dir) if data_dir else Path(tmp))
    except Exception as exc:  # the bundle's smoke test must say what broke
        print(f"self-test: LỖI {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def _self_test_in(root: Path) -> int:
    import secrets

    from app.db import unit_of_work
    from app.demo import sample_case_entry
    from app.paths import DataDir
    from app.readmodel import search_cases
    from app.security.sealed import read_sealed, write_sealed
    from app.security.signin import create_first_account, sign_in
    from app.services.cases import finalise_case, get_case_entry, save_case
    from app.services.settings import current_actor
    from app.services.startup import open_database
    from app.sqlite import check_integrity, current_revision

    password = secrets.token_urlsafe(12)
    create_first_account(root, "Cán bộ tự kiểm tra", password, password)
    signed = sign_in(root, None, password)
    data = DataDir(root)
    db = open_database(data, signed.key)
    db.sign_in(signed.officer_id, signed.name)
    try:
        with unit_of_work(db.sessions) as session:
            case_id = save_case(session, sample_case_entry(session), current_actor(session)).id
        with unit_of_work(db.sessions) as session:
            finalise_case(session, case_id, current_actor(session))
        with unit_of_work(db.sessions) as session:
            form = get_case_entry(session, case_id)
            found = [r.id for r in search_cases(session, "nguyen thi anh")]
        write_sealed(signed.key.files, data.attachments / "selftest", b"\xff\xd8\xff anh")
        photo = read_sealed(signed.key.files, data.attachments / "selftest")
    finally:
        db.close()
    plain = [p.name for p in root.rglob("*") if p.is_file() and "Nguyễn Thị Ánh".encode() in p.read_bytes()]
    closed = not check_integrity(data.database, None, full=False).ok and current_revision(data.database, None) is None
    ok = form.status == "finalised" and case_id in found and not plain and closed and photo.endswith(b"anh")
    print(f"self-test: {'OK' if ok else 'LỖI'} (danh mục {sum(db.catalogs_loaded.values())} mục, "
          f"vụ việc số {form.local_no}: {form.status}, tìm thấy: {case_id in found}, "
          f"mã hóa SQLCipher: {'có' if closed else 'KHÔNG'}, tệp còn chữ rõ: {plain or 'không'})")
    return 0 if ok else 1
