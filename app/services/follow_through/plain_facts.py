"""A case's facts (:class:`~app.services.follow_through.facts.CaseFacts`) from its records
as plain values: the wire payloads a side holds without the laptop's database (the
provincial server's change feed). With them the same functions answer there as on the
laptop — where the case stands and its money (case_path), what is due (due.items_of), the
timeline (progress.timeline) and the check of every form (``check_*`` of payments, goods,
referrals, steps, decisions) — so no rule is written twice.

Values may be typed (date, UUID, Decimal) or as JSON gives them (ISO text, ids as text);
each field is read as the laptop's column holds it. Deleted records and rows of the case
(``deleted_at`` set) are left out; void records stay (the timeline shows them).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from app.payload_values import day as _day
from app.payload_values import decimal as _decimal
from app.payload_values import live_rows as _live
from app.payload_values import moment
from app.payload_values import record_id as _id
from app.services.follow_through.deadlines import vn_date
from app.services.follow_through.facts import BB_VPHC, CaseFacts, Item

EVENTS: dict[str, tuple[str, str]] = {
    "decision": ("decisions", "decided_on"),
    "payment": ("payments", "paid_on"),
    "goods_disposition": ("dispositions", "done_on"),
    "referral": ("referrals", "transferred_on"),
    "accused": ("accused", "created_at"),
    "case_step": ("steps", "done_on"),
}
"""Each follow-through kind (app.sync.wire.kinds) → its list in CaseFacts and its date."""

_DAYS = frozenset({"decided_on", "delivered_on", "paid_on", "done_on", "due_on",
                   "transferred_on", "answer_on", "returned_on"})
_IDS = frozenset({"id", "case_id", "decision_id", "document_id", "seized_item_id",
                  "referral_id", "subject_id"})
_DECIMALS = frozenset({"quantity"})


class Record(SimpleNamespace):
    """A follow-through record with its fields as attributes, as a mapped row has them."""


def record(values: Mapping[str, Any], created_at: Any = None) -> Record:
    """A record from its payload's values and its ``id`` (``created_at`` orders the events
    of one day, as on the laptop)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name in _DAYS:
            value = _day(value)
        elif name in _IDS:
            value = _id(value)
        elif name in _DECIMALS:
            value = _decimal(value)
        out[name] = value
    out.setdefault("status", "valid")
    out["created_at"] = moment(created_at) or datetime.min.replace(tzinfo=UTC)
    return Record(**out)


def _items(case: Mapping[str, Any]) -> list[Item]:
    out = []
    for seizure in _live(case.get("seizures")):
        seized_at = moment(seizure.get("seized_at"))
        for i in _live(seizure.get("items")):
            value = i.get("estimated_value")
            out.append(Item(_id(i["id"]), i.get("name") or "", i.get("unit") or "",  # type: ignore[arg-type]
                            _decimal(i.get("quantity")) or Decimal(0),
                            int(value) if value is not None else None, seized_at))
    return out


def _report_on(case: Mapping[str, Any], documents: Iterable[Mapping[str, Any]]) -> date | None:
    """The BB-VPHC's day (the first issued), else the inspection's end (or start)."""
    issued = [moment(d.get("issued_at")) for d in documents
              if d.get("form_code") == BB_VPHC and (d.get("status") or "issued") == "issued"
              and not d.get("deleted_at")]
    first = min((m for m in issued if m is not None), default=None)
    return vn_date(first or moment(case.get("ended_at")) or moment(case.get("started_at")))


def case_facts(case_id: uuid.UUID, case: Mapping[str, Any], *,
               documents: Iterable[Mapping[str, Any]] = (),
               records: Mapping[str, Iterable[Record]] | None = None,
               superseded: bool = False, local_no: int = 0) -> CaseFacts:
    """The facts of a case from its payload (app.sync.wire.CasePayload's fields), its issued
    documents' payloads and its follow-through records by kind (:func:`record` each);
    ``superseded``: a finalised amendment carries the case on."""
    documents = list(documents)
    f = CaseFacts(case_id, local_no, case.get("status") == "finalised",
                  vn_date(moment(case.get("started_at"))), _report_on(case, documents),
                  len(_live(case.get("violations"))), superseded, _items(case))
    for kind, found in (records or {}).items():
        name, on = EVENTS[kind]
        rows = [r for r in found if not getattr(r, "deleted_at", None)]
        rows.sort(key=lambda r: (_day(getattr(r, on, None)) or date.min, r.created_at))  # noqa: B023
        getattr(f, name).extend(rows)
    return f
