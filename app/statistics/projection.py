"""From wire payloads to fact rows (app.statistics.facts): ONE projection for the laptop
and the server, each handing it a case's payload and its follow-through records' payloads
(app.sync.wire.records.CasePayload, app.sync.wire.outcome) as it holds them — the laptop
as its payload readers give them (dates as ``date`` or ISO text), the server as stored JSON.

The counting rules (REPORTS.md), applied here once:

- A case counts when finalised and not deleted; a finalised amendment replaces the case it
  amends (the vụ is counted once, on the amendment).
- Found (``kiem_tra``; ``vi_pham`` when a violation was recorded) on the Vietnam day the
  inspection began.
- Each case counts once as criminal or administrative: ``khoi_to`` on the day the
  investigating agency decided to prosecute (with ``bi_can``, the accused), else
  ``xu_ly_hanh_chinh`` on the day of its first issued sanction (MQĐ02) or confiscation
  (MQĐ14) decision. A case the police sent back unprosecuted (``tra_lai``) is
  administrative again. ``chuyen_dieu_tra`` is dated by the transfer.
- Money on its own day: the fine decided (``phat_quyet_dinh``) on the decision's day; fines,
  tax arrears and late-payment amounts paid (``phat_da_nop``, ``truy_thu_thue``,
  ``cham_nop``) on the payment's day; confiscated goods sold (``ban_tich_thu``) on the
  sale's day. Void and draft records count for nothing.
- Goods values: held (``hang_tam_giu``: the seized items' estimated value, on the seizure's
  day) and confiscated (``tich_thu_<state>``, on the confiscation's day, by what has become
  of each item since: ``da_ban``, ``tieu_huy``, ``chuyen_giao`` or ``chua_xu_ly``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.payload_values import day as _day
from app.payload_values import live_rows as _live
from app.payload_values import record_id as _uuid
from app.payload_values import vn_day
from app.statistics.catalog import act_kinds
from app.statistics.facts import GROUPING_COLUMNS, QLTT

DISPOSED = {"ban": "da_ban", "tieu_huy": "tieu_huy", "chuyen_giao": "chuyen_giao"}
TICH_THU_STATES = ("da_ban", "tieu_huy", "chuyen_giao", "chua_xu_ly")


@dataclass
class CaseSource:
    """What a side holds of one case: its payload and unit, whether it was deleted, and
    its follow-through records' payloads by kind ("decision", "payment", …), each with its
    "id"."""

    case_id: uuid.UUID
    unit_id: uuid.UUID | None
    deleted: bool
    payload: Mapping[str, Any]
    records: Mapping[str, Sequence[Mapping[str, Any]]] = field(default_factory=dict)


def _money(value: Any) -> int:
    return int(value or 0)


def _main_goods(payload: Mapping[str, Any]) -> str:
    """The category of the case's most valuable goods (inspected or seized), the first
    listed on a tie; "" when none has a category."""
    items = [*_live(payload.get("goods"))]
    for seizure in _live(payload.get("seizures")):
        items += _live(seizure.get("items"))
    best, value = "", -1
    for item in items:
        code = item.get("category_code") or ""
        if code and _money(item.get("estimated_value")) > value:
            best, value = code, _money(item.get("estimated_value"))
    return best


def case_row(src: CaseSource) -> dict[str, Any]:
    """The ``stat_case`` row of a case."""
    p = src.payload
    violations = _live(p.get("violations"))
    main = violations[0] if violations else {}
    act = main.get("legal_act_code") or ""
    kind = main.get("violation_kind") or act_kinds().get(act, "") if main else ""
    subject = p.get("subject") or {}
    found = vn_day(p.get("started_at")) or vn_day(p.get("ended_at")) or vn_day(p.get("finalised_at"))
    status = p.get("status") or ""
    return {
        "case_id": src.case_id,
        "unit_id": src.unit_id,
        "force": p.get("lead_force") or QLTT,
        "commune_code": p.get("commune_code") or "",
        "found_on": found,
        "status": status,
        "deleted": src.deleted,
        "amends_id": _uuid(p.get("amends_id")),
        "counted": status == "finalised" and not src.deleted and found is not None,
        "has_violation": bool(violations),
        "joint": bool(_live(p.get("forces"))),
        "subject_id": _uuid(p.get("subject_id")),
        "subject_kind": subject.get("kind") or "",
        "subject_name": (subject.get("name") or "")[:200],
        "place": (p.get("place_address") or "")[:300],
        "violation_kind": kind or "",
        "legal_act_code": act,
        "goods_category": _main_goods(p),
    }


# the đối tượng event of a case found with a violation, by the subject's kind: summed by
# month like any event; the repeats of a subject are taken away (app.statistics.subjects)
SUBJECT_EVENTS = {"individual": "doi_tuong_ca_nhan", "organisation": "doi_tuong_to_chuc"}
OTHER_SUBJECT_EVENT = "doi_tuong_khac"


def subject_event(kind: str) -> str:
    return SUBJECT_EVENTS.get(kind, OTHER_SUBJECT_EVENT)


def _valid(src: CaseSource, kind: str) -> list[Mapping[str, Any]]:
    return [r for r in src.records.get(kind, ()) if (r.get("status") or "valid") == "valid"]


def case_events(src: CaseSource, row: Mapping[str, Any], superseded: bool) -> list[dict[str, Any]]:
    """The ``stat_event`` rows of a case (``row`` its ``stat_case`` row; ``superseded``:
    a finalised amendment replaces it, so the vụ itself is counted there)."""
    if src.deleted:
        return []
    base = {c: row[c] for c in GROUPING_COLUMNS}
    out: list[dict[str, Any]] = []

    def add(figure: str, day: date | None, n: int = 1, amount: int = 0,
            record: Any = None, **extra: Any) -> None:
        if day is not None:
            out.append({"case_id": src.case_id, "record_id": _uuid(record), "figure": figure,
                        "day": day, "n": n, "amount": amount, "subject_id": None,
                        **base, **extra})

    if row["counted"] and not superseded:
        add("kiem_tra", row["found_on"])
        if row["has_violation"]:
            add("vi_pham", row["found_on"])
            if row["subject_id"] is not None:
                add(subject_event(row["subject_kind"]), row["found_on"],
                    subject_id=row["subject_id"])
        for seizure in _live(src.payload.get("seizures")):
            value = sum(_money(i.get("estimated_value")) for i in _live(seizure.get("items")))
            add("hang_tam_giu", vn_day(seizure.get("seized_at")) or row["found_on"], 1, value,
                seizure.get("id"))
    _outcome(src, add)
    return out


def _outcome(src: CaseSource, add: Any) -> None:
    decisions = [d for d in src.records.get("decision", ()) if d.get("status") == "issued"]
    for dec in decisions:
        if dec.get("kind") == "xu_phat":
            add("phat_quyet_dinh", _day(dec.get("decided_on")), 1, _money(dec.get("fine_total")),
                dec.get("id"))
    referrals = _valid(src, "referral")
    if referrals:
        first = min(referrals, key=lambda r: _day(r.get("transferred_on")) or date.max)
        add("chuyen_dieu_tra", _day(first.get("transferred_on")), record=first.get("id"))
    prosecuted = [r for r in referrals if r.get("answer") == "khoi_to"]
    returned = [r for r in referrals if r.get("answer") == "khong_khoi_to"]
    accused = _valid(src, "accused")

    def answered(r: Mapping[str, Any]) -> date | None:
        return _day(r.get("answer_on")) or _day(r.get("transferred_on"))

    if prosecuted:
        first = min(prosecuted, key=lambda r: answered(r) or date.max)
        add("khoi_to", answered(first), record=first.get("id"))
        for ref in prosecuted:
            people = sum(1 for a in accused if str(a.get("referral_id")) == str(ref.get("id")))
            if people:
                add("bi_can", answered(ref), people, record=ref.get("id"))
    else:
        handled = [d for d in decisions if d.get("kind") in ("xu_phat", "tich_thu")
                   and _day(d.get("decided_on"))]
        if handled:
            first = min(handled, key=lambda d: _day(d.get("decided_on")) or date.max)
            add("xu_ly_hanh_chinh", _day(first.get("decided_on")), record=first.get("id"))
    if returned:
        first = min(returned, key=lambda r: answered(r) or date.max)
        add("tra_lai", answered(first), record=first.get("id"))
    for pay in _valid(src, "payment"):
        day = _day(pay.get("paid_on"))
        figure = "truy_thu_thue" if pay.get("purpose") == "truy_thu_thue" else "phat_da_nop"
        add(figure, day, 1, _money(pay.get("amount")), pay.get("id"))
        if _money(pay.get("late_amount")):
            add("cham_nop", day, 1, _money(pay.get("late_amount")), pay.get("id"))
    _goods(src, decisions, add)


def _goods(src: CaseSource, decisions: list[Mapping[str, Any]], add: Any) -> None:
    moves = sorted(_valid(src, "goods_disposition"), key=lambda g: _day(g.get("done_on")) or date.min)
    for sale in (g for g in moves if g.get("action") == "ban"):
        add("ban_tich_thu", _day(sale.get("done_on")), 1, _money(sale.get("sold_value")), sale.get("id"))

    def item_key(g: Mapping[str, Any]) -> str:
        return str(g.get("seized_item_id") or g.get("item_name") or "")

    fate: dict[str, str] = {}
    for g in moves:
        if g.get("action") in DISPOSED:
            fate[item_key(g)] = DISPOSED[g["action"]]
    confiscations = [g for g in moves if g.get("action") == "tich_thu"]
    if confiscations:
        for g in confiscations:
            state = fate.get(item_key(g), "chua_xu_ly")
            add(f"tich_thu_{state}", _day(g.get("done_on")), 1, _money(g.get("appraised_value")),
                g.get("id"))
        return
    # confiscated by a decision whose items were not recorded one by one: the decision's
    # value, in the state of the case's latest disposal (if any)
    latest = next((DISPOSED[g["action"]] for g in reversed(moves) if g.get("action") in DISPOSED),
                  "chua_xu_ly")
    for dec in decisions:
        if dec.get("kind") in ("xu_phat", "tich_thu") and _money(dec.get("confiscated_value")):
            add(f"tich_thu_{latest}", _day(dec.get("decided_on")), 1,
                _money(dec.get("confiscated_value")), dec.get("id"))


def tip_row(tip_id: uuid.UUID, unit_id: uuid.UUID | None, payload: Mapping[str, Any],
            deleted: bool) -> dict[str, Any] | None:
    """The ``stat_tip`` row of a tip (None without a receipt day)."""
    received = vn_day(payload.get("received_at"))
    if received is None:
        return None
    return {"tip_id": tip_id, "unit_id": unit_id, "commune_code": payload.get("commune_code") or "",
            "received_on": received, "status": payload.get("status") or "",
            "case_id": _uuid(payload.get("case_id")), "deleted": deleted}
