"""A laptop lost on a border road: whoever finds it reads nothing.

Cases are made through the services with a known name, CCCD and plate, with a photo whose
metadata holds the name (as a phone writes it), an issued biên bản, a backup, an unsaved
editor draft in the recovery journal and a preview rendered; then no file under the data
directory (database, WAL, backups, attachments, key file, anything a temporary file left)
holds any of them as bytes, in UTF-8 (composed or decomposed) or UTF-16; the stdlib's
sqlite3 cannot open the database; a wrong password is refused; the province's private key
opens it (the escrow), and can hand a forgotten officer a one-time code.
"""

from __future__ import annotations

import io
import sqlite3
import tempfile
import unicodedata
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from app.db import backup_database, unit_of_work
from app.demo import sample_case_entry
from app.documents.issuing import issue_document, preview_document
from app.documents.preview import render_pages
from app.paths import DataDir
from app.readmodel import search_cases
from app.security.escrow import load_private_key, make_province_key_pair
from app.security.keyfile import KeyFile, WrongPassword
from app.security.signin import set_password, sign_in
from app.services.attachments import add_attachment
from app.services.cases import finalise_case, save_case
from app.services.recovery import write_recovery
from app.services.settings import ESCROW_PUBLIC_KEY, current_actor, set_setting
from app.services.startup import open_database
from tests.signin import PASSWORD, make_key_file, open_signed_in

NAME = "Triệu Thị Mùi"
CCCD = "020186004321"  # born 1986 as the sample form says
PLATE = "12H-789.01"
ADDRESS = "Thôn Khuổi Cáp, xã Tân Thanh"


def _encodings(text: str) -> list[bytes]:
    forms = {text, unicodedata.normalize("NFD", text)}
    return [f.encode(enc) for f in forms for enc in ("utf-8", "utf-16-le", "utf-16-be")]


NEEDLES = [needle for text in (NAME, CCCD, PLATE, ADDRESS) for needle in _encodings(text)]


def _photo_with_the_name_in_its_metadata() -> bytes:
    comment = f"Chủ hàng: {NAME}, CCCD {CCCD}, xe {PLATE}".encode()
    return b"\xff\xd8\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + b"\xff\xd9"


def plain_files(root: Path) -> list[str]:
    """Every file under ``root`` holding one of the needles, with the needle found."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [f"{path.relative_to(root)}: {needle!r}" for needle in NEEDLES if needle in data]
    return found


@pytest.fixture
def lost_laptop(tmp_path, monkeypatch):
    """A laptop enrolled with a province that holds an escrow key, with the cases saved."""
    province = make_province_key_pair()
    data = DataDir(tmp_path / "ThucDia")
    make_key_file(data.root)
    monkeypatch.setattr(tempfile, "tempdir", str(data.root / "tmp"))  # any temporary file lands here
    (data.root / "tmp").mkdir(parents=True)
    db = open_signed_in(data)
    with unit_of_work(db.sessions) as s:
        set_setting(s, ESCROW_PUBLIC_KEY, province.public_key)  # as enrolment stores it
    assert db.apply_escrow()
    case_ids = []
    for place in ("Bãi xe thôn Nà Lừa", "Chợ cửa khẩu Tân Thanh"):
        with unit_of_work(db.sessions) as s:
            form = sample_case_entry(s)
            form.subject.name, form.subject.id_number, form.vehicle_plate = NAME, CCCD, PLATE
            form.subject.address, form.place_address = ADDRESS, place
            case_ids.append(save_case(s, form, current_actor(s)).id)
    with unit_of_work(db.sessions) as s:
        add_attachment(s, data.attachments, case_ids[1], _photo_with_the_name_in_its_metadata(),
                       f"anh-{PLATE}.jpg", current_actor(s), caption=f"Xe {PLATE} của {NAME}")
        finalise_case(s, case_ids[0], current_actor(s))
    with unit_of_work(db.sessions) as s:
        issue_document(s, case_ids[0], "BB-KT", current_actor(s))
        draft = sample_case_entry(s)
        draft.subject.name, draft.subject.id_number = NAME, CCCD
        write_recovery(s, "tab-3", draft, NAME)  # the editor's journal of an unsaved tab
        pages = render_pages(preview_document(s, case_ids[1], "BB-KT"))
    assert pages and pages[0].width > 0
    backup_database(data.database, db.key.database, data.backups, "manual")
    yield data, db, province, case_ids
    db.close()


def test_nothing_under_the_data_directory_reads_in_plain(lost_laptop):
    data, db, _province, _cases = lost_laptop
    assert Path(f"{data.database}-wal").exists()  # the app is still open: its WAL holds pages
    assert [p.name for p in data.backups.iterdir()] and [p.name for p in data.attachments.iterdir()]
    assert plain_files(data.root) == []
    db.close()
    assert plain_files(data.root) == []
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(data.database).execute("SELECT count(*) FROM sqlite_master").fetchone()
    for backup in data.backups.iterdir():
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(backup).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_a_wrong_password_is_refused_and_the_right_one_opens(lost_laptop):
    data, db, _province, _cases = lost_laptop
    db.close()
    officer_id = KeyFile.load(data.root).names()[0][0]
    with pytest.raises(WrongPassword, match="Mật khẩu không đúng."):
        sign_in(data.root, officer_id, "matkhau123")
    signed = sign_in(data.root, officer_id, PASSWORD)
    again = open_database(data, signed.key)
    try:
        with unit_of_work(again.sessions) as s:
            assert {r.subject_name for r in search_cases(s, "trieu thi mui")} == {NAME}
    finally:
        again.close()


def test_the_provinces_private_key_opens_it_and_gives_a_forgotten_officer_a_code(lost_laptop, tmp_path):
    from server.cli import main as server_main

    data, db, province, case_ids = lost_laptop
    db.close()
    key = KeyFile.load(data.root).open_with_province_key(load_private_key(province.private_pem))
    opened = open_database(data, key)
    try:
        with unit_of_work(opened.sessions) as s:
            assert {r.id for r in search_cases(s, "12h 789")} == set(case_ids)
    finally:
        opened.close()
    pem = tmp_path / "tinh.key"
    pem.write_bytes(province.private_pem)
    out = io.StringIO()
    with redirect_stdout(out):
        code = server_main(["open-laptop", "--data-dir", str(data.root), "--private-key", str(pem),
                            "--one-time-code", "hoang van thang"])
    assert code == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == "Đã mở dữ liệu của máy: 2 vụ việc; tài khoản: Hoàng Văn Thắng"
    one_time = lines[1].rsplit(": ", 1)[1]
    officer_id = KeyFile.load(data.root).names()[0][0]
    with pytest.raises(WrongPassword):
        sign_in(data.root, officer_id, PASSWORD)  # the forgotten password no longer opens it
    signed = sign_in(data.root, officer_id, one_time.lower().replace("-", " "))
    assert signed.must_set_password
    set_password(data.root, signed, "Mật khẩu mới của Thắng", "Mật khẩu mới của Thắng")
    assert not sign_in(data.root, officer_id, "Mật khẩu mới của Thắng").must_set_password
    with pytest.raises(WrongPassword):
        sign_in(data.root, officer_id, one_time)  # the code worked once
