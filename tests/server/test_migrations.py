"""Server migrations that rewrite stored data: what a province's database holds survives."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from app.sync.wire import CasePayload, canonical_json
from server.db import alembic_config
from tests.server.client import case_payload, subject_payload


def _sorted(payload: dict) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_0003_rewrites_stored_payloads_in_field_order_and_back(tmp_path: Path):
    url = f"sqlite:///{(tmp_path / 'province.sqlite3').as_posix()}"
    cfg = alembic_config(url)
    command.upgrade(cfg, "0002")
    case = CasePayload.model_validate(case_payload(place_address="chợ Đồng Đăng, Lạng Sơn"))
    old_case = _sorted(case.model_dump(mode="json"))
    subject = subject_payload(name="Hoàng Thị Mai")
    broken = _sorted({"name": "x" * 400})  # no longer valid: kept as it is
    rows = [(uuid.uuid4(), "case", old_case), (uuid.uuid4(), "subject", _sorted(subject)),
            (uuid.uuid4(), "subject", broken)]
    engine = sa.create_engine(url)
    with engine.begin() as con:
        for seq, (rid, entity, text) in enumerate(rows, start=1):
            con.execute(sa.text(
                "INSERT INTO sync_record (id, entity, version, status, payload, payload_hash, "
                "sequence, received_at) VALUES (:id, :e, 1, '', :p, :h, :s, '2026-11-01 08:00:00')"
            ), {"id": rid.hex, "e": entity, "p": text, "h": _digest(text), "s": seq})

    def stored() -> dict[uuid.UUID, tuple[str, str]]:
        with engine.connect() as con:
            return {uuid.UUID(r[0]): (r[1], r[2]) for r in con.execute(
                sa.text("SELECT id, payload, payload_hash FROM sync_record"))}

    command.upgrade(cfg, "head")
    after = stored()
    text, digest = after[rows[0][0]]
    assert text == canonical_json(case) != old_case and digest == _digest(text)
    assert json.loads(text) == json.loads(old_case)  # the same content, fields in model order
    assert list(json.loads(text))[:3] == ["status", "basis_kind", "decision_no"]
    assert after[rows[1][0]][1] == _digest(after[rows[1][0]][0])
    assert after[rows[2][0]] == (broken, _digest(broken))

    command.downgrade(cfg, "0002")
    assert stored()[rows[0][0]] == (old_case, _digest(old_case))
    engine.dispose()


def test_0002_fills_in_who_wrote_the_cases_and_documents_already_held(tmp_path: Path):
    """Rows from before ``changed_by``: the device that made a case or a biên bản wrote its
    current version too, so its pull with mine=false still leaves them out; who wrote an older
    subject is not known, so it is pulled by every device, its maker included (as before)."""
    from server.db import Database
    from server.records import repository as records

    url = f"sqlite:///{(tmp_path / 'province.sqlite3').as_posix()}"
    command.upgrade(alembic_config(url), "0001")
    unit, a, b = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    made = {"case": uuid.uuid4(), "issued_document": uuid.uuid4(), "subject": uuid.uuid4()}
    engine = sa.create_engine(url)
    with engine.begin() as con:
        for seq, (entity, rid) in enumerate(made.items(), start=1):
            con.execute(sa.text(
                "INSERT INTO sync_record (id, entity, unit_id, origin_device, version, status, "
                "payload, payload_hash, sequence, received_at) VALUES (:id, :e, :u, :o, 1, '', "
                "'{}', :h, :s, '2026-11-01 08:00:00')"
            ), {"id": rid.hex, "e": entity, "u": unit.hex, "o": a.hex, "h": "0" * 64, "s": seq})
    engine.dispose()
    command.upgrade(alembic_config(url), "head")
    db = Database(url)

    def pulled(device: uuid.UUID, mine: bool) -> set[str]:
        rows = db.transact(lambda s: records.changes_after(s, unit, device, 0, 100, mine=mine),
                           write=False)
        return {r.entity for r in rows}

    changed_by = db.transact(lambda s: {r.entity: r.changed_by for r in records.changes_after(
        s, unit, a, 0, 100)}, write=False)
    assert changed_by == {"case": a, "issued_document": a, "subject": None}
    assert pulled(a, mine=False) == {"subject"}
    assert pulled(a, mine=True) == pulled(b, mine=False) == set(made)
    db.dispose()


def _insert(con: sa.Connection, table: str, **values: object) -> None:
    """A row as the server of that revision wrote it (typed binds: UUIDs, bytes, times)."""
    from app.models.base import UTCDateTime

    def typed(value: object) -> sa.types.TypeEngine:
        if isinstance(value, uuid.UUID):
            return sa.Uuid()
        if isinstance(value, bytes):
            return sa.LargeBinary()
        if isinstance(value, datetime):
            return UTCDateTime()
        if isinstance(value, bool):
            return sa.Boolean()
        return sa.types.NullType()

    target = sa.table(table, *(sa.column(k, typed(v)) for k, v in values.items()))
    con.execute(target.insert().values(**values))


def _province_url(tmp_path: Path, request) -> str:  # type: ignore[no-untyped-def]
    """A fresh province database: a SQLite file, or a PostgreSQL database when the suite
    has one (dropped at the end of the test)."""
    import os
    import secrets

    pg = os.environ.get("THUCDIA_TEST_PG_URL")
    if request.param == "sqlite" or not pg:
        return f"sqlite:///{(tmp_path / 'province.sqlite3').as_posix()}"
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(pg)
    name = f"{base.database or 'thucdia_test'}_m{os.getpid()}_{secrets.token_hex(3)}"
    admin = base.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(admin, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    request.addfinalizer(drop)
    return base.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def province_url(tmp_path: Path, request) -> str:  # type: ignore[no-untyped-def]
    import os

    if request.param == "postgresql" and not os.environ.get("THUCDIA_TEST_PG_URL"):
        pytest.skip("THUCDIA_TEST_PG_URL is not set")
    return _province_url(tmp_path, request)


def test_0006_keeps_each_file_for_its_units_and_copies_it_to_other_units_cases(province_url: str):
    """Files uploaded before attachments were kept per unit: each stays with the unit of the
    laptop that sent it, and another unit whose case lists the same photo gets its own copy
    (its laptops confirmed the file long ago and will not send it again)."""
    from server.attachments.service import download, missing
    from server.db import Database

    cfg = alembic_config(province_url)
    command.upgrade(cfg, "0005")
    lang_son, cao_bang, stranger = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    laptop = uuid.uuid4()
    photo = b"\xff\xd8" + bytes(range(256)) * 40
    scan = b"%PDF-1.7 bien ban" * 100
    shared, own = hashlib.sha256(photo).hexdigest(), hashlib.sha256(scan).hexdigest()
    orphan = "cd" * 32  # sent by no known laptop, listed by no case
    engine = sa.create_engine(province_url)
    when = datetime(2026, 11, 1, 1, 0, tzinfo=UTC)
    with engine.begin() as con:
        for uid, code in ((lang_son, "D03"), (cao_bang, "CB1")):
            _insert(con, "unit", id=uid, code=code, name=f"Đội QLTT {code}", parent_name="",
                    province_code="20", agency_code="20", team_code="03", address="",
                    created_at=when)
        _insert(con, "device", id=laptop, unit_id=lang_son, name="Máy Đội 3", public_key="k",
                token_hash="t", app_version="", enrolled_at=when, revoked_reason="")
        for sha, data, device in ((shared, photo, laptop), (own, scan, laptop), (orphan, b"x", stranger)):
            _insert(con, "blob", sha256=sha, size=len(data), received=len(data), complete=True,
                    device_id=device, created_at=when)
            for offset in range(0, len(data), 4096):
                _insert(con, "blob_chunk", sha256=sha, offset=offset, data=data[offset:offset + 4096])
        listing = [(lang_son, [shared, own]), (cao_bang, [shared])]
        for seq, (uid, hashes) in enumerate(listing, start=1):
            refs = [{"id": str(uuid.uuid4()), "sha256": h, "filename": "anh.jpg", "size": 1}
                    for h in hashes]
            _insert(con, "sync_record", id=uuid.uuid4(), entity="case", unit_id=uid, version=1,
                    status="draft", payload=json.dumps({"attachments": refs}),
                    payload_hash="0" * 64, sequence=seq, received_at=when)
    engine.dispose()
    command.upgrade(cfg, "head")
    db = Database(province_url)
    served = lambda unit, sha: db.transact(lambda s: download(s, unit, sha), write=False)  # noqa: E731
    assert served(lang_son, shared) == served(cao_bang, shared) == photo
    assert served(lang_son, own) == scan
    lacking = db.transact(lambda s: missing(s, cao_bang, [shared, own, orphan]), write=False)
    assert lacking.missing == [own, orphan]  # Cao Bằng is told only of its own files
    assert db.transact(lambda s: missing(s, lang_son, [orphan]), write=False).missing == [orphan]
    db.dispose()
    command.downgrade(cfg, "0005")
    engine = sa.create_engine(province_url)
    with engine.connect() as con:
        kept = con.execute(sa.text("SELECT sha256 FROM blob ORDER BY sha256")).scalars().all()
        chunks = con.execute(sa.text("SELECT count(*) FROM blob_chunk WHERE sha256 = :s"),
                             {"s": shared}).scalar()
    engine.dispose()
    assert sorted(kept) == sorted([shared, own]) and chunks == -(-len(photo) // 4096)
