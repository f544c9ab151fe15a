"""What the "Kết quả xử lý" page shows, as plain values the worker hands to the GUI thread
(app.ui.outcome.reading fills them from app.services.follow_through)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Event:
    """One line of the timeline; ``words`` without the void reason, which is apart."""

    on: date | None
    words: str
    actor: str
    document: str
    kind: str  # the record kind (app.sync.wire.kinds), for voiding
    record_id: uuid.UUID | None
    void: bool = False
    void_reason: str = ""


@dataclass(frozen=True)
class DecisionRef:
    id: uuid.UUID
    kind: str
    status: str
    number: str
    decided_on: date | None
    fine_total: int
    delivered_on: date | None


@dataclass(frozen=True)
class Held:
    """A seized item with something still held or confiscated and not yet disposed of."""

    item_id: uuid.UUID
    name: str
    left: str  # "500 bao"
    detail: str  # "tạm giữ 300 bao, đã tịch thu 200 bao"
    held_until: date | None
    seized: bool = True  # some of it is still tạm giữ (not only confiscated)


@dataclass(frozen=True)
class ReferralRef:
    id: uuid.UUID
    transferred_on: date | None
    agency: str


@dataclass(frozen=True)
class SubjectRef:
    """The case's subject, offered as an accused person."""

    id: uuid.UUID
    name: str
    birth_year: int | None
    id_number: str
    address: str


@dataclass(frozen=True)
class OutcomeView:
    case_id: uuid.UUID
    today: date
    stage: str
    closed: bool
    missing: list[str] = field(default_factory=list)  # what closing the file still lacks
    events: list[Event] = field(default_factory=list)
    due: list[Any] = field(default_factory=list)  # follow_through.due.DueItem
    held: list[Held] = field(default_factory=list)
    decisions: list[DecisionRef] = field(default_factory=list)
    waiting_referral: ReferralRef | None = None
    subject: SubjectRef | None = None

    def decision(self, kind: str, *statuses: str) -> DecisionRef | None:
        """The newest decision of ``kind`` in one of ``statuses``."""
        found = [d for d in self.decisions if d.kind == kind and d.status in statuses]
        return found[-1] if found else None

    def sanction(self) -> DecisionRef | None:
        return self.decision("xu_phat", "issued")

    def undelivered(self) -> list[DecisionRef]:
        return [d for d in self.decisions if d.status == "issued" and d.kind in ("xu_phat", "tam_giu")
                and d.delivered_on is None]
