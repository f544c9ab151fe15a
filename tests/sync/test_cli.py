"""``python -m app sync`` as a scheduled task runs it: real processes, exit codes a script
can act on, and Vietnamese a person can read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.sync.support import Laptop

REPO = Path(__file__).resolve().parents[2]


def _app(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), "sync", *args],
                          cwd=REPO, capture_output=True, text=True, timeout=60, encoding="utf-8")


def test_enrol_sync_status_and_offline_from_the_command_line(server, unit, tmp_path):
    laptop = Laptop.set_up(tmp_path / "d", cases=3, seed=71)
    laptop.close()
    data = tmp_path / "d"

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
    reused = _app(tmp_path / "other", "--server", server.url, "--enroll", code)
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
