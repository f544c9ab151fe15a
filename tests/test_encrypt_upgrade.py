"""A laptop from before encryption is encrypted in place, safely.

The first officer's account is made first (the key file: the sign-in window does it before
anything else); the next open encrypts the plain database (its WAL folded in), its backups
and its photos. Killed at every step of that, the data directory holds the plain database
or the encrypted one, whole, never neither; the next start finishes, and nothing plain is
left: no file holds a subject's name, the stdlib's sqlite3 cannot open the database.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
from pathlib import Path

import pytest

from app.db import list_backups, unit_of_work
from app.paths import DataDir
from app.readmodel import search_cases
from app.security.keyfile import KeyFile
from app.security.sealed import MAGIC
from app.security.signin import create_first_account
from app.security.upgrade import MARKER
from app.services.cases import get_case_entry
from app.sqlite import connect, is_plain
from tests.earlier_release import OFFICER_ID, PHOTO, SUBJECTS, make_earlier_release
from tests.signin import PASSWORD, data_key, open_signed_in
from tests.test_startup_kills import SLACK, run_child

NEEDLES = [name.encode(enc) for name in SUBJECTS for enc in ("utf-8", "utf-16-le")] + [PHOTO]


def _cases_in(path: Path, key: bytes | None) -> set[str]:
    con = connect(path, key, readonly=True)
    try:
        return {row[0] for row in con.execute(
            "SELECT s.name FROM inspection i JOIN subject s ON s.id = i.subject_id")}
    finally:
        con.close()


@pytest.fixture
def earlier(tmp_path) -> tuple[Path, list[str]]:
    root = tmp_path / "earlier"
    ids = make_earlier_release(root)
    assert is_plain(DataDir(root).database)
    create_first_account(root, "Hoàng Văn Thắng", PASSWORD, PASSWORD, officer_id=OFFICER_ID)
    return root, ids


def assert_nothing_plain(data: DataDir) -> None:
    leaks = [str(p) for p in data.root.rglob("*") if p.is_file()
             for needle in NEEDLES if needle in p.read_bytes()]
    assert leaks == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data.database).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert not (data.root / MARKER).exists()
    assert all(not is_plain(b) for b in data.backups.iterdir())
    assert all(p.read_bytes().startswith(MAGIC) for p in data.attachments.iterdir())


def test_the_first_open_encrypts_database_wal_backups_and_photos(earlier):
    root, ids = earlier
    data = DataDir(root)
    db = open_signed_in(data)
    try:
        assert db.encrypted_now
        with unit_of_work(db.sessions) as s:
            assert [get_case_entry(s, i).subject.name for i in ids] == list(SUBJECTS)
            assert {r.subject_name for r in search_cases(s, "lo thi van")} == {"Lò Thị Ván"}
    finally:
        db.close()
    assert_nothing_plain(data)
    (backup,) = list_backups(data.backups)  # the plain backup, encrypted with the same key
    assert _cases_in(backup, data_key(data).database) == {SUBJECTS[0]}
    assert KeyFile.load(root).names() == [(OFFICER_ID, "Hoàng Văn Thắng")]


def test_killed_at_every_step_of_the_encryption_it_holds_one_whole_database_then_finishes(earlier, tmp_path):
    template, ids = earlier
    reference = tmp_path / "reference"
    shutil.copytree(template, reference)
    done = run_child(reference, 0, trace=True)
    assert done.returncode == 0, done.stderr
    first, moves = done.stdout.splitlines()
    total, _migration, encryption = (int(n) for n in first.split())
    assert encryption >= 40
    key = data_key(DataDir(template)).database
    # every 4th step of the encryption, each file renamed or removed and the steps around it,
    # a few after
    around = {m + d for m in map(int, moves.split()) for d in (-1, 0, 1)}
    points = set(range(1, encryption + 1, 4)) | {p for p in around if 0 < p <= encryption + 1}
    points |= set(range(encryption + 2, total - SLACK, 25))
    for kill_at in sorted(points):
        work = tmp_path / f"kill-{kill_at}"
        shutil.copytree(template, work)
        data = DataDir(work)
        killed = run_child(work, kill_at, trace=True)
        assert killed.returncode in (-signal.SIGKILL, 0), (kill_at, killed.stderr[-2000:])
        # at the kill: the plain file with both cases, or the encrypted one with both
        held = _cases_in(data.database, None if is_plain(data.database) else key)
        assert held == set(SUBJECTS), kill_at
        db = open_signed_in(data)
        try:
            with unit_of_work(db.sessions) as s:
                assert [get_case_entry(s, i).subject.name for i in ids] == list(SUBJECTS), kill_at
        finally:
            db.close()
        assert_nothing_plain(data)
        shutil.rmtree(work)
