"""Server migrations that rewrite stored data: what a province's database holds survives."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

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
