"""A case's follow-through as the console shows it: the stage, what is due (and overdue),
the money of each sanction decision, the goods still held, the timeline with voided events
struck through — all computed by the laptop's own functions
(app.services.follow_through: progress, due, case_path) over the facts the feed holds
(app.services.follow_through.plain_facts), with the same terms (DEFAULT_RULES).

Reading starts from :mod:`server.console.scope` like every case page; the records of a
case are found through ``stat_record`` (kept by the statistics' catch-up, which the
console's index runs first: server.console.index.catch_up).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.services.follow_through import case_path as cp
from app.services.follow_through import progress as pg
from app.services.follow_through.deadlines import DEFAULT_RULES, Rules
from app.services.follow_through.due import items_of
from app.services.follow_through.facts import CaseFacts
from app.services.follow_through.plain_facts import EVENTS, Record, case_facts, record
from app.statistics.facts import stat_case
from app.text import group_decimal
from server.console.models import CaseDue, DocumentIndex
from server.console.scope import Viewer, readable_records
from server.models import SyncRecord
from server.statistics.models import StatRecord

FOLLOW = tuple(EVENTS)
CHUNK = 500


def rules() -> Rules:
    """The terms the province computes with: the laptops' defaults (a province that changed
    a term on its laptops changes it here too, in one place)."""
    return DEFAULT_RULES


def facts_of(session: Session, case_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, CaseFacts]:
    """The facts of each case among ``case_ids`` the feed holds (not deleted), a few
    queries per :data:`CHUNK` cases."""
    ids = list(dict.fromkeys(case_ids))
    out: dict[uuid.UUID, CaseFacts] = {}
    for start in range(0, len(ids), CHUNK):
        out.update(_chunk(session, ids[start:start + CHUNK]))
    return out


def _chunk(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, CaseFacts]:
    heads = session.execute(
        select(SyncRecord.id, SyncRecord.payload)
        .where(SyncRecord.id.in_(ids), SyncRecord.entity == "case",
               SyncRecord.deleted_at.is_(None))).all()
    if not heads:
        return {}
    found = [h.id for h in heads]
    docs: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
    for case_id, payload in session.execute(
            select(DocumentIndex.case_id, SyncRecord.payload)
            .join(SyncRecord, SyncRecord.id == DocumentIndex.id)
            .where(DocumentIndex.case_id.in_(found), SyncRecord.deleted_at.is_(None))):
        docs[case_id].append(json.loads(payload))
    records: dict[uuid.UUID, dict[str, list[Record]]] = defaultdict(lambda: defaultdict(list))
    for case_id, rid, entity, payload, created in session.execute(
            select(StatRecord.case_id, SyncRecord.id, SyncRecord.entity, SyncRecord.payload,
                   SyncRecord.created_at)
            .join(SyncRecord, SyncRecord.id == StatRecord.record_id)
            .where(StatRecord.case_id.in_(found), SyncRecord.deleted_at.is_(None))):
        records[case_id][entity].append(record({**json.loads(payload), "id": rid}, created))
    superseded = set(session.scalars(
        select(stat_case.c.amends_id).where(stat_case.c.amends_id.in_(found),
                                            stat_case.c.status == "finalised",
                                            stat_case.c.deleted.is_(False))))
    return {h.id: case_facts(h.id, json.loads(h.payload), documents=docs.get(h.id, ()),
                             records=records.get(h.id, {}), superseded=h.id in superseded)
            for h in heads}


def refresh_due(session: Session, case_ids: Sequence[uuid.UUID]) -> None:
    """Write again what is due on ``case_ids`` (the case list's "overdue" filter)."""
    r = rules()
    for start in range(0, len(case_ids), CHUNK):
        part = list(case_ids[start:start + CHUNK])
        session.execute(delete(CaseDue).where(CaseDue.case_id.in_(part)))
        rows = [{"case_id": f.id, "what": i.what, "due_on": i.due_on, "waiting": i.waiting}
                for f in facts_of(session, part).values() for i in items_of(f, r)]
        if rows:
            session.execute(insert(CaseDue), rows)


# --- the case page -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Due:
    label: str
    due_on: date | None
    waiting: bool
    overdue: bool
    action: str


@dataclass(frozen=True)
class Event:
    on: date | None
    words: str
    actor: str
    document: str
    kind: str
    kind_label: str
    record_id: uuid.UUID
    void: bool
    document_id: uuid.UUID | None = None  # an issued decision's printed document


@dataclass(frozen=True)
class DecisionMoney:
    id: uuid.UUID
    number: str
    decided_on: date | None
    delivered_on: date | None
    principal: int
    paid: int
    unpaid: int
    late: int  # accrued to today and not yet paid
    due_on: date | None


@dataclass(frozen=True)
class Goods:
    item_id: uuid.UUID
    name: str
    unit: str
    seized: Any
    held: Any
    confiscated: Any
    held_until: date | None
    overdue: bool


@dataclass
class Outcome:
    facts: CaseFacts
    stage: str
    closed: bool
    counts_as: str | None
    missing: list[str]
    due: list[Due]
    timeline: list[Event]
    money: list[DecisionMoney]
    goods: list[Goods]
    deliverable: list[Any] = field(default_factory=list)  # issued decisions not delivered
    waiting_referral: Any | None = None
    subject: dict[str, Any] = field(default_factory=dict)

    @property
    def overdue(self) -> int:
        return sum(1 for d in self.due if d.overdue)

    @property
    def decision_options(self) -> list[tuple[str, str]]:
        """The issued sanction decisions a receipt or a step names: (id, words)."""
        return [(str(m.id), _decision_words(m.number, m.decided_on)) for m in self.money]

    @property
    def delivery_options(self) -> list[tuple[str, str]]:
        return [(str(d.id), _decision_words(d.number, d.decided_on)) for d in self.deliverable]

    @property
    def item_options(self) -> list[tuple[str, str]]:
        """Each seized item with what is left of it."""
        left = {g.item_id: g for g in self.goods}
        out = []
        for i in self.facts.items:
            g = left.get(i.id)
            words = (f"còn giữ {group_decimal(g.held)}, đã tịch thu {group_decimal(g.confiscated)}"
                     if g else "đã xử lý hết")
            out.append((str(i.id), f"{i.name} ({words} {i.unit})"))
        return out

    @property
    def unpaid(self) -> int:
        return sum(m.unpaid for m in self.money)


def _decision_words(number: str, on: date | None) -> str:
    return f"{number or '(chưa số)'}" + (f" ngày {on:%d/%m/%Y}" if on else "")


KIND_WORDS = {"decision": "Quyết định", "payment": "Nộp tiền", "goods_disposition":
              "Tang vật", "referral": "Hình sự", "accused": "Bị can", "case_step": "Bước xử lý"}


def outcome(f: CaseFacts, today: date, subject: dict[str, Any] | None = None) -> Outcome:
    """Everything the case page shows of the follow-through, on ``today``."""
    r = rules()
    due = [Due(i.label, i.due_on, i.waiting, i.overdue(today), i.action) for i in items_of(f, r)]
    documents = {d.id: d.document_id for d in f.decisions}
    events = [Event(e.on, e.words, e.actor, e.document, e.kind, KIND_WORDS.get(e.kind, ""),
                    e.record_id, e.void,
                    documents.get(e.record_id) if e.kind == "decision" else None)
              for e in pg.timeline(f)]
    money = []
    for d in cp.issued(f, cp.SANCTION):
        m = cp.money(f, d, r, today)
        money.append(DecisionMoney(d.id, d.number, d.decided_on, d.delivered_on, m.principal,
                                   m.paid, m.unpaid, m.late, m.due_on))
    until = cp.held_until(f, r)
    try:
        stock = cp.stock(f)
    except cp.Overdrawn:
        stock = {i.id: cp.Stock(i, i.quantity) for i in f.items}
    goods = [Goods(s.item.id, s.item.name, s.item.unit, s.item.quantity, s.held, s.confiscated,
                   until, until is not None and until < today)
             for s in stock.values() if s.left > 0]
    ref = cp.referral(f)
    return Outcome(
        f, pg.stage(f, r, today), f.closed, pg.counts_as(f),
        [] if f.closed else cp.missing_to_close(f, r, today), due, events, money, goods,
        [d for d in cp.issued(f, cp.SANCTION, cp.SEIZURE) if d.delivered_on is None],
        ref if ref is not None and ref.answer == cp.WAITING else None, subject or {})


def for_case(session: Session, viewer: Viewer, case_id: uuid.UUID, today: date) -> Outcome | None:
    """The follow-through of a case the viewer may read (None while the feed holds no case
    facts for it); NotFound outside the viewer's scope."""
    row = session.scalar(readable_records(viewer, "case", "cases.read")
                         .where(SyncRecord.id == case_id, SyncRecord.deleted_at.is_(None)))
    if row is None:
        raise NotFound("Không có hồ sơ này trong phạm vi của bạn.")
    f = facts_of(session, [case_id]).get(case_id)
    if f is None:
        return None
    return outcome(f, today, json.loads(row.payload).get("subject") or {})


@dataclass(frozen=True)
class OutcomeForm:
    """The state of the case page's follow-through forms: the one open (``action``), what
    was typed and the messages at its fields, or the words of what was just recorded."""

    action: str = ""
    values: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    done: str = ""

    def value(self, name: str, default: str = "") -> str:
        return self.values.get(name, default) if self.values else default

    def error(self, name: str) -> str:
        return self.errors.get(name, "")

    @property
    def general(self) -> list[str]:
        """Messages not tied to a field the form shows (the case, the state of a record)."""
        return [m for k, m in self.errors.items() if k in ("case_id", "__all__", "accused")]


DONE_WORDS = {
    "nop-tien": "Đã ghi biên lai nộp tiền.", "giao-quyet-dinh": "Đã ghi việc giao quyết định.",
    "tang-vat": "Đã ghi việc xử lý tang vật.", "chuyen-dieu-tra": "Đã ghi việc chuyển hồ sơ.",
    "ket-qua-dieu-tra": "Đã ghi kết quả của cơ quan điều tra.",
    "buoc-xu-ly": "Đã ghi bước xử lý.", "ket-thuc": "Đã kết thúc hồ sơ.",
    "mo-lai": "Đã mở lại hồ sơ.", "huy": "Đã hủy bản ghi.",
}


def outcome_words() -> dict[str, Any]:
    """The coded values' Vietnamese words the forms offer (app.sync.wire.labels)."""
    from app.services.follow_through.steps import ON_DECISION
    from app.sync.wire import labels

    steps = {k: v for k, v in labels.STEP_VALUES["step"].items()
             if k not in ("dong_ho_so", "mo_lai")}
    return {
        "channel": labels.PAYMENT_VALUES["channel"],
        "purpose": labels.PAYMENT_VALUES["purpose"],
        "action": labels.GOODS_VALUES["action"],
        "delivered_how": labels.DECISION_VALUES["delivered_how"],
        "answer": {k: v for k, v in labels.REFERRAL_VALUES["answer"].items() if k != "cho"},
        "step": steps,
        "on_decision": ON_DECISION,
        "done": DONE_WORDS,
        "counts_as": {"hinh_su": "vụ khởi tố (hình sự)", "hanh_chinh": "vụ xử lý hành chính"},
    }
