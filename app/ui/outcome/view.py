"""What the "Kết quả xử lý" page shows, read on the database thread in one operation and
handed to the GUI as plain values (app.services.follow_through answers with its own rows;
decisions come as ORM objects and are copied here)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Event:
    """One line of the timeline."""

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
class OutcomeView:
    case_id: uuid.UUID
    today: date
    stage: str
    closed: bool
    events: list[Event] = field(default_factory=list)
    due: list[Any] = field(default_factory=list)  # follow_through DueItem
    held: list[Any] = field(default_factory=list)  # follow_through HeldGoods
    decisions: list[DecisionRef] = field(default_factory=list)

    def decision(self, kind: str, *statuses: str) -> DecisionRef | None:
        """The newest decision of ``kind`` in one of ``statuses``."""
        found = [d for d in self.decisions if d.kind == kind and d.status in statuses]
        return found[-1] if found else None

    def sanction(self) -> DecisionRef | None:
        return self.decision("xu_phat", "issued")

    def undelivered(self) -> list[DecisionRef]:
        return [d for d in self.decisions if d.status == "issued" and d.kind in ("xu_phat", "tam_giu", "tich_thu")
                and d.delivered_on is None]


def decision_ref(d: Any) -> DecisionRef:
    return DecisionRef(d.id, d.kind, d.status, d.number, d.decided_on, d.fine_total, d.delivered_on)
