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
