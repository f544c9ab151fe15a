"""``python -m app sync`` as a scheduled task runs it: real processes, exit codes a script
can act on, and Vietnamese a person can read. The key comes from the OS keyring, stored
once with ``--remember-key`` (an officer's password on standard input); here the keyring is
a file (tests/keyring_backend.py), on a laptop the Windows Credential Locker."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.signin import PASSWORD
from tests.sync.support import Laptop

REPO = Path(__file__).resolve().parents[2]


def _app(data: Path, *args: str, stdin: str | None = None,
         keyring: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="tests.keyring_backend.FileKeyring",
               THUCDIA_TEST_KEYRING=str(keyring or data.parent / "keyring.json"))
    first = ["--password-stdin"] if stdin is not None else []
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), *first, "sync", *args],
                          cwd=REPO, capture_output=True, text=True, timeout=60, encoding="utf-8",
                          input=stdin, env=env)


def test_the_scheduled_sync_takes_the_key_from_the_os_keyring(tmp_path):
    Laptop.set_up(tmp_path / "d").close()
    data = tmp_path / "d"
    locked = _app(data, "--status")  # no password, nothing remembered, no terminal
    assert locked.returncode == 2
    assert "Cần mật khẩu: dùng --password-stdin" in locked.stderr
    wrong = _app(data, "--remember-key", stdin="mật khẩu sai\n")
    assert wrong.returncode == 2 and "Mật khẩu không đúng." in wrong.stderr
    assert not (tmp_path / "keyring.json").exists()
    stored = _app(data, "--remember-key", stdin=PASSWORD + "\n")
    assert stored.returncode == 0, stored.stderr
    assert PASSWORD not in (tmp_path / "keyring.json").read_text()  # the key, not the password
    status = _app(data, "--status")
    assert status.returncode == 0, status.stderr
    assert status.stdout == "Chưa đăng ký với máy chủ Chi cục\n"
    assert _app(data, "--forget-key").returncode == 0
    assert _app(data, "--status").returncode == 2


def test_enrol_sync_status_and_offline_from_the_command_line(server, unit, tmp_path):
    laptop = Laptop.set_up(tmp_path / "d", cases=3, seed=71)
    laptop.close()
    data = tmp_path / "d"
    assert _app(data, "--remember-key", stdin=PASSWORD + "\n").returncode == 0

    never = _app(data)
    assert never.returncode == 5
    assert "Máy chưa đăng ký với máy chủ Chi cục" in never.stderr

    code = server.enrolment_code(unit)
    first = _app(data, "--server", server.url, "--enroll", code, "--device-name", "Máy anh Quan Văn Tú")
    assert first.returncode == 0, first.stderr
    assert f"Đã đăng ký máy với {server.url} — đơn vị Đội Quản lý thị trường số 3" in first.stdout
    assert "Đồng bộ xong" in first.stdout and "gửi 6 mới" in first.stdout  # 3 cases, 3 subjects
    assert server.count("case", unit) == 3

    Laptop.set_up(tmp_path / "other").close()
    reused = _app(tmp_path / "other", "--server", server.url, "--enroll", code, stdin=PASSWORD + "\n")
    assert reused.returncode == 1
    assert reused.stderr.strip() == ("Không đăng ký được: Mã đăng ký không đúng, đã được dùng hoặc đã "
                                     "hết hạn; hãy kiểm tra lại mã hoặc xin quản trị cấp mã mới.")

    server.stop()
    try:
        down = _app(data)
    finally:
        server.start()
    assert down.returncode == 3
    assert "Đồng bộ chưa xong: Không kết nối được máy chủ; sẽ thử lại khi có mạng." in down.stderr
    status = _app(data, "--status")
    assert status.returncode == 0
    assert status.stdout.splitlines() == [
        "Vừa đồng bộ · không còn gì chờ gửi",
        "Lỗi lần trước: Không kết nối được máy chủ; sẽ thử lại khi có mạng.",
    ]
