"""The admin command line (``python -m server …``), in-process, and ``serve`` as a process."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest

from app.sync.wire import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION, EnrolQR
from server.cli import main
from tests.server.client import public_key_b64
from tests.server.conftest import ROOT, Api


def _run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> str:
    code = main(["--database-url", url, *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_units_codes_devices_revocation_blocks_tips(
    api: Api, capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    url, unit = api.db.url, "C" + uuid.uuid4().hex[:7].upper()
    out = _run(
        capsys,
        url,
        "create-unit",
        "--code",
        unit,
        "--name",
        "Đội QLTT số 5",
        "--agency-code",
        "20",
        "--team-code",
        "05",
    )
    assert f"Đã tạo đơn vị {unit}" in out
    assert unit in _run(capsys, url, "units")
    _run(
        capsys,
        url,
        "create-officer",
        "--unit",
        unit,
        "--name",
        "Hoàng Văn Em",
        "--badge",
        "QLTT-0500",
    )
    out = _run(capsys, url, "enroll-code", "--unit", unit)
    code = re.search(r": ([A-Z0-9]{5}-[A-Z0-9]{5})\n", out).group(1)  # type: ignore[union-attr]
    assert "hết hạn lúc" in out and "█" in out  # the QR as terminal art
    png = tmp_path / "qr.png"
    _run(
        capsys, url, "enroll-code", "--unit", unit, "--png", str(png), "--server-url", api.base_url
    )
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert EnrolQR(server=api.base_url, code=code).thucdia_enrol == 1

    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    body = {
        "code": code,
        "device_name": "Laptop Đội 5",
        "public_key": public_key_b64(Ed25519PrivateKey.generate()),
    }
    enrolled = httpx.post(api.base_url + API_PREFIX + "/enrol", json=body, headers=headers).json()
    device_id, token = enrolled["device_id"], enrolled["token"]
    out = _run(capsys, url, "devices", "--unit", unit)
    assert device_id in out and "hoạt động" in out and token not in out

    out = _run(
        capsys, url, "lease-blocks", "--device", device_id, "--symbol", "BB-VPHC", "--year", "2026"
    )
    assert "0001–0050" in out
    assert "BB-VPHC" in _run(capsys, url, "blocks", "--unit", unit)
    assert _run(capsys, url, "number-clashes", "--unit", unit) == "Không có số biên bản nào bị trùng.\n"

    out = _run(
        capsys,
        url,
        "tip",
        "add",
        "--summary",
        "Buôn bán thuốc lá lậu",
        "--informant",
        "Người Giấu Tên",
        "--contact",
        "0987000111",
    )
    tip_id = out.strip().split()[-1]
    _run(capsys, url, "tip", "assign", tip_id, "--unit", unit)
    listing = _run(capsys, url, "tip", "list")
    assert tip_id in listing and "Người Giấu Tên" not in listing

    auth = headers | {"Authorization": f"Bearer {token}"}
    pulled = httpx.get(api.base_url + API_PREFIX + "/changes", headers=auth).json()["changes"]
    entities = {c["entity"] for c in pulled}
    assert {"officer", "number_block", "tip"} <= entities

    out = _run(capsys, url, "revoke", device_id, "--reason", "mất máy")
    assert "403" in out
    assert httpx.get(api.base_url + API_PREFIX + "/changes", headers=auth).status_code == 403
    assert "THU HỒI" in _run(capsys, url, "devices", "--unit", unit)

    assert main(["--database-url", url, "enroll-code", "--unit", "NO-SUCH-UNIT"]) == 2
    assert "Không có đơn vị" in capsys.readouterr().err


def test_catalog_import_refuses_an_older_file(
    api: Api, capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    name = "cli_catalog_" + "".join(chr(97 + int(c, 16)) for c in uuid.uuid4().hex[:6])
    file = tmp_path / "catalog.json"
    file.write_text(
        f'{{"catalog": "{name}", "version": 2, "source": "thử", "items": [{{"code": "X"}}]}}',
        encoding="utf-8",
    )
    assert "phiên bản 2 (1 mục)" in _run(capsys, api.db.url, "import-catalog", str(file))
    assert main(["--database-url", api.db.url, "import-catalog", str(file)]) == 2
    assert "không cũ hơn" in capsys.readouterr().err


def test_serve_starts_with_sqlite_under_var(tmp_path: Path):
    """What `make server` runs (on 127.0.0.1:8389); here on a free port in a scratch directory."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server",
            "--database-url",
            "sqlite:///var/server.sqlite3",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                spec = httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, (
                    proc.stdout.read().decode()
                )  # type: ignore[union-attr]
                time.sleep(0.1)
        assert spec.status_code == 200 and "/api/v1/push" in spec.json()["paths"]
        assert (tmp_path / "var" / "server.sqlite3").exists()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
