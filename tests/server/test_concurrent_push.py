"""Twenty devices pushing at once: nothing lost, nothing duplicated, sequences unique."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import func, select

from server.models import KeptConflict, SyncRecord
from tests.server.client import DeviceClient, case_payload, record, subject_payload
from tests.server.conftest import Api

DEVICES_PER_UNIT = 10
BATCHES = 4
PER_BATCH = 10


def _work(device: DeviceClient) -> list[str]:
    """Push batches of new cases; every batch is sent twice (the first answer "lost")."""
    pushed: list[str] = []
    for _ in range(BATCHES):
        records = [record("case", case_payload()) for _ in range(PER_BATCH)]
        batch_id = uuid.uuid4()
        first = device.push_ok(records, batch_id)
        again = device.push_ok(records, batch_id)
        assert [r["outcome"] for r in first] == ["applied"] * PER_BATCH
        assert again == first
        pushed += [r["id"] for r in records]
    return pushed


def test_twenty_devices_push_at_once_without_loss_or_duplicates(api: Api):
    units = [api.new_unit(), api.new_unit()]
    devices = [api.device(u, f"Máy {i}") for u in units for i in range(DEVICES_PER_UNIT)]
    with ThreadPoolExecutor(max_workers=len(devices)) as pool:
        pushed = list(pool.map(_work, devices))
    expected: dict[uuid.UUID, set[str]] = {}
    for d, ids in zip(devices, pushed, strict=True):
        expected.setdefault(d.unit_id, set()).update(ids)
    all_ids = [uuid.UUID(i) for ids in pushed for i in ids]
    assert len(all_ids) == len(set(all_ids)) == 2 * DEVICES_PER_UNIT * BATCHES * PER_BATCH
    with api.db.engine.connect() as con:
        rows = con.execute(
            select(SyncRecord.id, SyncRecord.sequence).where(SyncRecord.id.in_(all_ids))
        ).all()
    assert len(rows) == len(all_ids)  # nothing lost
    assert len({s for _, s in rows}) == len(rows)  # every change its own sequence
    for unit in units:
        reader = api.device(unit, "Máy đọc")
        changes = [c for c in reader.pull_all(limit=150) if c["entity"] == "case"]
        ids = [c["id"] for c in changes]
        assert len(ids) == len(set(ids))  # nothing twice
        assert set(ids) == expected[reader.unit_id]  # all of its unit, nothing of the other
        assert [c["sequence"] for c in changes] == sorted(c["sequence"] for c in changes)
        reader.close()
    for d in devices:
        d.close()


def test_concurrent_edits_of_one_shared_record_apply_once_and_keep_the_rest(api: Api):
    unit = api.new_unit()
    devices = [api.device(unit) for _ in range(DEVICES_PER_UNIT)]
    subject_id = str(uuid.uuid4())
    assert (
        devices[0].push_ok([record("subject", subject_payload(), record_id=subject_id)])[0][
            "outcome"
        ]
        == "applied"
    )

    def edit(pair: tuple[int, DeviceClient]) -> dict[str, Any]:
        i, device = pair
        change = record(
            "subject",
            subject_payload(phone=f"09000000{i:02d}"),
            record_id=subject_id,
            version=2,
            base_version=1,
        )
        return device.push_ok([change])[0]

    with ThreadPoolExecutor(max_workers=len(devices)) as pool:
        results = list(pool.map(edit, enumerate(devices)))
    outcomes = sorted(r["outcome"] for r in results)
    assert outcomes == ["applied"] + ["conflict"] * (len(devices) - 1)
    with api.db.engine.connect() as con:
        kept = con.execute(
            select(func.count())
            .select_from(KeptConflict)
            .where(KeptConflict.record_id == uuid.UUID(subject_id))
        ).scalar()
    assert kept == len(devices) - 1
    view = devices[0].http.get(f"/records/{subject_id}").json()
    phones = {view["current"]["payload"]["phone"]} | {k["payload"]["phone"] for k in view["kept"]}
    assert len(phones) == len(devices)  # every version is still there
    for d in devices:
        d.close()
