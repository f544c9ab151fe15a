"""The push reads cases with plain SQL; what it sends is exactly the mapped aggregate's."""

from __future__ import annotations

import os

from sqlalchemy import select

from app.db import unit_of_work
from app.models import Case
from app.services.attachments import add_attachment, case_attachments
from app.services.cases import get_case_entry, load_case, save_case
from app.sync import codec, outbound
from tests.sync.support import Laptop

PNG = b"\x89PNG\r\n\x1a\n" + os.urandom(2000)


def mapped_case_payload(ins, attachments) -> dict:
    """The reference: the case aggregate read field by field from its mapped records."""
    out = codec._pick(ins, codec._CASE_FIELDS)
    subject = ins.subject
    out["subject"] = None if subject is None else {
        "id": str(subject.id), "version": subject.version, **codec.subject_payload(subject)}
    for name in codec._PART_CLASSES:
        out[name] = [codec._pick(r, codec._PART_FIELDS[name]) for r in getattr(ins, name)]
    out["seizures"] = [
        codec._pick(s, codec._SEIZURE_FIELDS)
        | {"items": [codec._pick(i, codec._ITEM_FIELDS) for i in s.items]}
        for s in ins.seizures
    ]
    out["attachments"] = [codec._pick(a, codec._ATTACHMENT_FIELDS) for a in attachments]
    return out


def test_plain_sql_payloads_equal_the_mapped_aggregates(laptops, tmp_path):
    laptop = Laptop.set_up(tmp_path / "a", cases=40, seed=61)
    laptops.append(laptop)
    actor = laptop.actor()
    with unit_of_work(laptop.db.sessions) as s:
        drafts = list(s.scalars(select(Case.id).where(Case.status == "draft")))
        with_goods = next(cid for cid in drafts if len(get_case_entry(s, cid).goods) >= 2)
        form = get_case_entry(s, with_goods)
        form.goods = form.goods[:1]  # the removed row stays as a tombstone and must travel
        save_case(s, form, actor)
        add_attachment(s, laptop.data.attachments, drafts[0], PNG, "niem-phong.png", actor,
                       caption="Niêm phong số 0417")
        whole = s.get(Case, drafts[1])  # a time on the second: isoformat() has no fraction
        whole.started_at = whole.started_at.replace(microsecond=0)
        whole.ended_at = whole.started_at.replace(microsecond=1)
    with unit_of_work(laptop.db.sessions) as s:
        ids = list(s.scalars(select(Case.id)))
        fast = outbound.case_payloads(s, ids)
        for cid in ids:
            mapped = mapped_case_payload(load_case(s, cid), case_attachments(s, cid))
            assert fast[cid] == mapped, cid
    assert any(g["deleted_at"] for g in fast[with_goods]["goods"])
    assert fast[drafts[1]]["started_at"].endswith(":00+00:00")
    assert fast[drafts[1]]["ended_at"].endswith(":00.000001+00:00")
    assert fast[drafts[0]]["attachments"][0]["caption"] == "Niêm phong số 0417"
    assert sum(len(p["seizures"]) for p in fast.values()) > 0
