"""Migration 0008 on SQLite and PostgreSQL: records laptops pushed with the 14 old commune
codes, to a server still at 0007, name the commune at its 2025 code after the upgrade — in
the case, the subject it recorded, the registry's subject, a tip, a kept conflict and the
console's index — in canonical JSON with a fresh content hash, so a migrated laptop pushing
the same version again gets "duplicate". Every other record is left byte for byte."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa
import uvicorn
from alembic import command

from app.sync.wire import canonical_json
from app.sync.wire.kinds import find
from server.app import create_app
from server.config import Settings
from server.db import Database, alembic_config
from tests.server.client import case_payload, enrol_device, record, subject_payload


@dataclass
class Served:
    base_url: str
    db: Database
    settings: Settings


@contextmanager
def serving(url: str) -> Iterator[Served]:
    """The server over the database as it is (no migration), on a free port."""
    settings = Settings(database_url=url)
    db = Database(url)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(settings, db), log_level="warning",
                                           access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        assert thread.is_alive()
        time.sleep(0.02)
    try:
        yield Served(f"http://127.0.0.1:{sock.getsockname()[1]}", db, settings)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        db.dispose()


def _stored(url: str, table: str = "sync_record") -> dict[uuid.UUID, dict]:
    engine = sa.create_engine(url)
    with engine.connect() as con:
        rows = con.execute(sa.text(f"SELECT * FROM {table}")).mappings().all()  # noqa: S608
    engine.dispose()
    return {uuid.UUID(str(r["record_id" if table == "kept_conflict" else "id"])): dict(r)
            for r in rows}


def _indexed(url: str) -> dict[uuid.UUID, str]:
    engine = sa.create_engine(url)
    with engine.connect() as con:
        rows = con.execute(sa.text("SELECT id, commune_code FROM console_case")).all()
    engine.dispose()
    return {uuid.UUID(str(i)): c for i, c in rows}


def test_0008_moves_old_commune_codes_in_stored_payloads(fresh_url):
    from server.admin.service import add_tip, create_unit
    from server.console import index

    cfg = alembic_config(fresh_url)
    command.upgrade(cfg, "0007")
    with serving(fresh_url) as api:
        api.db.transact(lambda s: create_unit(
            s, code="D03", name="Đội Quản lý thị trường số 3", agency_code="20",
            team_code="03", province_code="20"))
        hung, lan = enrol_device(api, "D03", "Máy anh Hùng"), enrol_device(api, "D03", "Máy chị Lan")  # type: ignore[arg-type]
        moved_case = record("case", case_payload(
            place_address="Bãi xe thôn Nà Sầm", commune_code="06124",
            subject=subject_payload("Lường Văn Tâm", commune_code="06211",
                                    address="Thôn Pò Mã, xã Cao Lộc")))
        kept_case = record("case", case_payload(place_address="Chợ Đông Kinh",
                                                commune_code="05977"))
        cao_bang = record("subject", subject_payload("Nông Thị Hoa", commune_code="01537"))
        swapped = record("subject", subject_payload("Đàm Văn Khánh", commune_code="01561"))
        results = hung.push_ok([moved_case, kept_case, cao_bang, swapped])
        assert [r["outcome"] for r in results] == ["applied"] * 4
        # another laptop of the team edits the draft it does not own: a kept conflict
        theirs = dict(moved_case, version=2, payload=dict(moved_case["payload"],
                                                          place_address="Bãi xe Na Sầm"))
        assert lan.push_ok([theirs])[0]["outcome"] == "conflict"
        tip = api.db.transact(lambda s: add_tip(
            s, summary="Xe tải chở pháo qua đường mòn", place_address="Đường mòn Khòn Pầu",
            commune_code="06196")).id
        api.db.transact(index.catch_up)
        hung.close()
        lan.close()
    before = _stored(fresh_url)
    conflict_before = _stored(fresh_url, "kept_conflict")
    case_id = uuid.UUID(moved_case["id"])
    assert _indexed(fresh_url)[case_id] == "06124"

    command.upgrade(cfg, "head")
    after = _stored(fresh_url)
    codes = {rid: json.loads(after[rid]["payload"]).get("commune_code")
             for rid in (case_id, uuid.UUID(cao_bang["id"]), uuid.UUID(swapped["id"]), tip)}
    assert codes == {case_id: "06214", uuid.UUID(cao_bang["id"]): "01558",
                     uuid.UUID(swapped["id"]): "01537", tip: "06202"}
    assert json.loads(after[case_id]["payload"])["subject"]["commune_code"] == "06193"
    for rid in codes:  # canonical form, fresh hash, same version and place in the feed
        row, old = after[rid], before[rid]
        model = find(row["entity"]).payload  # type: ignore[union-attr]
        assert row["payload"] == canonical_json(model.model_validate_json(row["payload"]))
        assert row["payload_hash"] == hashlib.sha256(row["payload"].encode()).hexdigest()
        assert row["payload_hash"] != old["payload_hash"]
        assert (row["version"], row["sequence"]) == (old["version"], old["sequence"])
    untouched = uuid.UUID(kept_case["id"])
    assert after[untouched] == before[untouched]
    (conflict,) = _stored(fresh_url, "kept_conflict").values()
    assert json.loads(conflict["payload"])["commune_code"] == "06214"
    assert conflict["payload_hash"] != conflict_before[case_id]["payload_hash"]
    assert _indexed(fresh_url)[case_id] == "06214"

    # a laptop that moved its own copy (desktop migration 0006) pushes that version again
    with serving(fresh_url) as api:
        again = enrol_device(api, "D03", "Máy anh Hùng (cài lại)")  # type: ignore[arg-type]
        migrated = json.loads(after[case_id]["payload"])
        answer = again.push_ok([dict(moved_case, payload=migrated)])
        assert answer[0]["outcome"] == "duplicate"
        again.close()

    command.downgrade(cfg, "0007")
    back = _stored(fresh_url)
    assert json.loads(back[case_id]["payload"])["commune_code"] == "06124"
    assert json.loads(back[uuid.UUID(swapped["id"])]["payload"])["commune_code"] == "01561"
    assert _indexed(fresh_url)[case_id] == "06124"
