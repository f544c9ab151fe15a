"""A data directory as the release before encryption left it on a laptop: a plain SQLite
file whose newest case is still in its WAL (the app was closed by a power cut), a plain
backup, a plain photo; no key file. Made through the same services, with no key."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from app.catalogs import load_catalogs
from app.db import backup_database, make_engine, make_session_factory, migrate, unit_of_work
from app.demo import ensure_demo_unit, sample_case_entry
from app.paths import DataDir
from app.services.cases import save_case
from app.services.settings import current_actor, ensure_device_id, set_setting, sign_in
from app.sqlite import connect

OFFICER_ID = "3d5c1a7e-9b2f-4e6d-8a10-5f4b2c9e7d31"
SUBJECTS = ("Lò Thị Ván", "Hà Văn Pấu")
PLATE = "12B-246.80"
PHOTO = b"\xff\xd8\xff\xfe\x00\x14Chu hang: Lo Thi Van\xff\xd9"


def make_earlier_release(root: Path) -> list[str]:
    """Build it in ``root``; the ids of its cases (the last one only in the WAL)."""
    data = DataDir(root).ensure()
    migrate(data.database, None, data.backups)
    engine = make_engine(data.database, None)
    sessions = make_session_factory(engine)
    sign_in(sessions, OFFICER_ID, "Hoàng Văn Thắng")
    with unit_of_work(sessions) as s:
        load_catalogs(s)
        ensure_device_id(s)
        ensure_demo_unit(s)
        set_setting(s, "officer_id", OFFICER_ID)  # that release's "officer at the keyboard"
    ids = []
    holder = None
    for i, name in enumerate(SUBJECTS):
        if i == len(SUBJECTS) - 1:  # a reader holds the WAL open: the last commit stays in it
            holder = connect(data.database, None)
            holder.execute("PRAGMA wal_autocheckpoint=0")
            holder.execute("BEGIN")
            holder.execute("SELECT count(*) FROM inspection").fetchone()
            backup_database(data.database, None, data.backups, "before-0006")
        with unit_of_work(sessions) as s:
            form = sample_case_entry(s)
            form.subject.name, form.vehicle_plate = name, PLATE
            ids.append(str(save_case(s, form, current_actor(s)).id))
    (data.attachments / hashlib.sha256(PHOTO).hexdigest()).write_bytes(PHOTO)
    snapshot = Path(f"{root}.snapshot")
    shutil.copytree(root, snapshot)  # the files as they are on disk at the power cut
    assert holder is not None
    holder.rollback()
    holder.close()
    engine.dispose()
    shutil.rmtree(root)
    snapshot.rename(root)
    assert Path(f"{data.database}-wal").stat().st_size > 0
    return ids
