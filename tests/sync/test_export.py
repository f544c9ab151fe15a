"""The encrypted export of unsynced work: readable with the passphrase, sealed without it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import text

from app.db import unit_of_work
from app.errors import ValidationFailed
from app.services.attachments import add_attachment
from app.sync.export import MAGIC, export_unsynced, read_export
from tests.signin import PASSWORD
from tests.sync.support import Laptop

PASSPHRASE = "Đội 3 Lạng Sơn 2026"


def test_a_revoked_laptop_carries_its_unsynced_work_to_the_office(server, unit, laptops, tmp_path):
    laptop = Laptop.set_up(tmp_path / "a", cases=4, seed=11)
    laptops.append(laptop)
    laptop.enrol(server, unit, "Máy anh Quang")
    laptop.sync()
    case_id = laptop.scalar("select id from inspection where status = 'draft' limit 1")
    photo = os.urandom(150_000)
    with unit_of_work(laptop.db.sessions) as s:
        add_attachment(s, laptop.data.attachments, case_id, photo, "thuoc-la-esse.jpg",
                       laptop.actor(), caption="Thuốc lá Esse nhập lậu")
    server.revoke(laptop.creds.device_id)

    out = tmp_path / "office" / "may-anh-quang.tdx"
    with unit_of_work(laptop.db.sessions) as s:
        summary = export_unsynced(s, laptop.creds, laptop.data.attachments, out, PASSPHRASE)
    assert (summary.records, summary.attachments) == (1, 1)  # the one changed case and its photo
    raw = out.read_bytes()
    assert raw.startswith(MAGIC) and b"thuoc-la-esse" not in raw and photo[:64] not in raw

    content = read_export(out, PASSPHRASE)
    (record,) = content["records"]
    assert record["entity"] == "case" and record["version"] >= 2
    assert record["payload"]["attachments"][0]["caption"] == "Thuốc lá Esse nhập lậu"
    sha = record["payload"]["attachments"][0]["sha256"]
    assert content["attachments"][sha] and content["unit_name"] == laptop.creds.unit_name
    with pytest.raises(ValidationFailed) as wrong:
        read_export(out, "mật khẩu sai hoàn toàn")
    assert "Sai mật khẩu" in wrong.value.errors["passphrase"]


def test_the_export_command_writes_and_opens_the_file(server, unit, laptops, tmp_path):
    laptop = Laptop.set_up(tmp_path / "b", cases=2, seed=12)
    laptops.append(laptop)
    laptop.enrol(server, unit, "Máy chị Hạnh")
    env = dict(os.environ, TD_PASS=PASSPHRASE)
    base = [sys.executable, "-m", "app", "--data-dir", str(laptop.data.root), "--password-stdin", "export"]
    out = tmp_path / "xuat.tdx"
    made = subprocess.run([*base, "--out", str(out), "--passphrase-env", "TD_PASS"],
                          capture_output=True, text=True, env=env, timeout=120, input=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    assert "Đã xuất 4 bản ghi chưa đồng bộ" in made.stdout  # never synced: 2 cases, 2 subjects
    opened = subprocess.run(
        [*base, "--open", str(out), "--out", str(tmp_path / "mo"), "--passphrase-env", "TD_PASS"],
        capture_output=True, text=True, env=env, timeout=120)
    assert opened.returncode == 0, opened.stderr
    assert "records.json" in os.listdir(tmp_path / "mo")
    short = subprocess.run([*base, "--out", str(out), "--passphrase-env", "NO_SUCH_VAR"],
                           capture_output=True, text=True, env=env, timeout=120, input=PASSWORD + "\n")
    assert short.returncode == 2 and "ít nhất 10 ký tự" in short.stderr


def test_a_revoked_laptop_still_opens_for_its_officers_and_exports_encrypted(server, unit, tmp_path):
    from app.errors import SyncError
    from app.security.keyfile import KeyFile
    from app.security.signin import sign_in
    from app.services.startup import open_database

    laptop = Laptop.set_up(tmp_path / "c", cases=2, seed=13)
    laptop.enrol(server, unit, "Máy chị Mai")
    server.revoke(laptop.creds.device_id)
    with pytest.raises(SyncError) as refused:
        laptop.sync()
    assert refused.value.kind == "revoked"
    creds = laptop.creds
    laptop.close()

    root = laptop.data.root  # the next morning: the officer signs in as usual
    officer_id, name = KeyFile.load(root).names()[0]
    signed = sign_in(root, officer_id, PASSWORD)
    db = open_database(laptop.data, signed.key)
    db.sign_in(signed.officer_id, signed.name)
    try:
        with unit_of_work(db.sessions) as s:
            subject = s.execute(text("select name from subject limit 1")).scalar()
            summary = export_unsynced(s, creds, laptop.data.attachments, tmp_path / "xuat.tdx", PASSPHRASE)
    finally:
        db.close()
    assert name == "Hoàng Văn Thắng" and summary.records == 4  # 2 cases, 2 subjects
    raw = (tmp_path / "xuat.tdx").read_bytes()
    assert raw.startswith(MAGIC) and subject.encode() not in raw
    assert {r["entity"] for r in read_export(tmp_path / "xuat.tdx", PASSPHRASE)["records"]} == {"case", "subject"}
