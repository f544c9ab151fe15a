"""The database file: migrations from empty to head, backups, pragmas, damage detection.

Every file here is encrypted (SQLCipher) with one data key, as the app's are."""

from __future__ import annotations

import pytest

from app.db import (
    SCHEMA_HEAD,
    backup_database,
    check_integrity,
    current_revision,
    discard_unfinished_backups,
    head_revision,
    list_backups,
    migrate,
    restore_backup,
    unfinished_first_start,
)
from app.errors import DatabaseDamaged
from app.paths import DataDir
from app.security.keys import DataKey
from app.services.startup import open_database
from app.sqlite import connect

DATA_KEY = DataKey.generate()
KEY = DATA_KEY.database


def sqlite3_connect(path):
    """A driver-level connection to an encrypted file of these tests."""
    return connect(path, KEY)


def test_empty_file_migrates_to_head_with_every_table(tmp_path):
    dd = DataDir(tmp_path).ensure()
    assert migrate(dd.database, KEY, dd.backups) is None  # a new file needs no backup
    assert current_revision(dd.database, KEY) == head_revision() == SCHEMA_HEAD
    con = sqlite3_connect(dd.database)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    for t in ("inspection", "subject", "seizure", "seized_item", "violation", "legal_act", "case_search", "audit_event"):
        assert t in tables


def test_migration_backs_up_a_file_that_holds_data(tmp_path):
    dd = DataDir(tmp_path).ensure()
    con = sqlite3_connect(dd.database)
    con.execute("CREATE TABLE old_notes (text TEXT)")
    con.execute("INSERT INTO old_notes VALUES ('Biên bản cũ của Đội số 3')")
    con.commit()
    con.close()
    backup = migrate(dd.database, KEY, dd.backups)
    assert backup is not None and backup.parent == dd.backups and f"before-{SCHEMA_HEAD}" in backup.name
    copy = sqlite3_connect(backup)
    assert copy.execute("SELECT text FROM old_notes").fetchone() == ("Biên bản cũ của Đội số 3",)
    copy.close()
    assert current_revision(dd.database, KEY) == SCHEMA_HEAD
    assert migrate(dd.database, KEY, dd.backups) is None  # already at head: no second backup
    assert list_backups(dd.backups) == [backup]


def test_connections_use_wal_foreign_keys_and_full_sync(db):
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_catalogues_loaded_once_and_versioned(db, tmp_path):
    assert db.catalogs_loaded["provinces"] == 34
    assert db.catalogs_loaded["legal_acts"] >= 60
    db.close()
    again = open_database(db.data_dir, db.key)  # second start: nothing reloaded
    assert again.catalogs_loaded == {}
    again.close()


def test_damaged_file_is_reported_and_backup_restored(tmp_path):
    dd = DataDir(tmp_path)
    database = open_database(dd, DATA_KEY)
    database.close()
    good = tmp_path / "good-copy.sqlite3"
    good.write_bytes(dd.database.read_bytes())
    (dd.backups / "thucdia-20261120T000000Z-manual.sqlite3").write_bytes(good.read_bytes())
    raw = bytearray(dd.database.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # trash the first page after the header
    dd.database.write_bytes(bytes(raw))
    assert check_integrity(dd.database, KEY).ok is False
    with pytest.raises(DatabaseDamaged) as err:
        open_database(dd, DATA_KEY)
    assert "Tệp dữ liệu bị hỏng" in str(err.value)
    backups = err.value.backups
    assert backups and backups[0].name.endswith("manual.sqlite3")
    restore_backup(backups[0], dd.database, dd.backups)
    reopened = open_database(dd, DATA_KEY)
    assert reopened.device_id == database.device_id
    reopened.close()
    assert any(p.name.startswith("damaged-") for p in dd.backups.iterdir())


def _tables_of_a_first_start_cut_short(db_path, reference_path, reference_key, count: int) -> None:
    """What the earlier start-up left when killed during its first migration: some of the
    tables (each committed on its own), no version stamp."""
    ref = connect(reference_path, reference_key)
    creates = [sql for (sql,) in ref.execute(
        "SELECT sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'case_search%' "
        "AND name != 'alembic_version' ORDER BY rowid LIMIT ?", (count,))]
    ref.close()
    con = sqlite3_connect(db_path)
    for sql in creates:
        con.execute(sql)
    con.commit()
    con.close()


def test_first_start_cut_short_without_a_stamp_is_rebuilt(db, tmp_path):
    dd = DataDir(tmp_path / "half").ensure()
    _tables_of_a_first_start_cut_short(dd.database, db.data_dir.database, db.key.database, 5)
    assert current_revision(dd.database, KEY) is None
    assert unfinished_first_start(dd.database, KEY)
    database = open_database(dd, DATA_KEY)
    database.close()
    assert current_revision(dd.database, KEY) == SCHEMA_HEAD
    assert database.catalogs_loaded["provinces"] == 34
    assert list_backups(dd.backups) == []  # nothing of the user's was there to back up


def test_a_file_without_stamp_that_holds_rows_is_never_thrown_away(db, tmp_path):
    dd = DataDir(tmp_path / "half").ensure()
    _tables_of_a_first_start_cut_short(dd.database, db.data_dir.database, db.key.database, 5)
    con = sqlite3_connect(dd.database)
    con.execute("INSERT INTO catalog_version (name, version) VALUES ('provinces', 7)")
    con.commit()
    con.close()
    assert not unfinished_first_start(dd.database, KEY)


def test_backup_is_complete_before_it_is_listed_and_leftovers_go_at_start(tmp_path):
    dd = DataDir(tmp_path)
    open_database(dd, DATA_KEY).close()
    leftover = dd.backups / "thucdia-20261206T000000000000Z-before-0005.sqlite3.unfinished"
    leftover.write_bytes(dd.database.read_bytes()[:4096])  # a copy cut short
    assert list_backups(dd.backups) == []
    assert discard_unfinished_backups(dd.backups) == [leftover] and not leftover.exists()
    backup = backup_database(dd.database, KEY, dd.backups, "manual")
    assert list_backups(dd.backups) == [backup]
    assert [p.name for p in dd.backups.iterdir()] == [backup.name]  # no -wal beside it
    assert check_integrity(backup, KEY).ok and current_revision(backup, KEY) == SCHEMA_HEAD


def test_a_file_an_earlier_release_left_half_upgraded_offers_the_backup_made_before(tmp_path):
    """The earlier release ran each migration outside a transaction: killed during 0004, the
    file kept stamp 0003 and 0004's first table. It can never be upgraded; the start says so
    and offers first the backup made right before that upgrade, which opens with the case."""
    from alembic import command

    from app.db import _alembic_config, unit_of_work
    from app.demo import ensure_demo_unit, sample_case_entry
    from app.services.cases import get_case_entry, save_case
    from app.services.settings import current_actor

    dd = DataDir(tmp_path / "data")
    database = open_database(dd, DATA_KEY)
    database.sign_in("7f0e9c44-2b1a-4c1e-9d0a-6a3b5f2e8c11", "Hoàng Văn Thắng")
    with unit_of_work(database.sessions) as s:
        ensure_demo_unit(s)
    with unit_of_work(database.sessions) as s:
        case_id = save_case(s, sample_case_entry(s), current_actor(s)).id
    database.close()
    command.downgrade(_alembic_config(dd.database, KEY), "0003")
    for p in dd.backups.iterdir():
        p.unlink()
    clean = backup_database(dd.database, KEY, dd.backups, "before-0004")
    con = sqlite3_connect(dd.database)  # what the cut-short upgrade had committed
    con.execute("CREATE TABLE sync_dirty (record_id CHAR(32) NOT NULL PRIMARY KEY, entity VARCHAR(20) NOT NULL)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseDamaged, match="bị ngắt giữa chừng") as err:
        open_database(dd, DATA_KEY)
    assert current_revision(dd.database, KEY) == "0003"  # left as it was
    assert err.value.backups == [clean]  # the copy of the half-upgraded file is not offered
    restore_backup(err.value.backups[0], dd.database, dd.backups)
    reopened = open_database(dd, DATA_KEY)
    try:
        with unit_of_work(reopened.sessions) as s:
            assert get_case_entry(s, case_id).subject.name == "Nguyễn Thị Ánh"
    finally:
        reopened.close()
    assert current_revision(dd.database, KEY) == SCHEMA_HEAD
