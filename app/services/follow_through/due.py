"""What is due on a case, and the read model that keeps it (table ``case_due``).

:func:`items_of` says, from a case's facts, every obligation still open with its date and
the action that settles it; :func:`refresh_due` writes them for some cases (every write of
this package, the decision service, finalising a case and the sync inbox call it), so the
"Việc cần làm" view (app.services.follow_through.todo) reads one indexed table. The items
do not depend on the day they are read; ``waiting`` ones (the subject's time to explain,
the police's answer) are shown but never overdue.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.models import Case, CaseDue
from app.services.follow_through import case_path as cp
from app.services.follow_through.deadlines import Rules, days_after, rules, working_days_after
from app.services.follow_through.facts import CHUNK, CaseFacts, read_facts
from app.text import dong

BUILT_SETTING = "follow_through.due_built"
DUE_MODEL = "1"  # bump when items_of changes: the next start computes every case again

ACTIONS: dict[str, str] = {
    "seizure_decision": "Ra quyết định tạm giữ",
    "explanation": "Ghi nhận giải trình",
    "decision": "Ra quyết định xử phạt",
    "goods": "Xử lý tang vật",
    "deliver": "Ghi việc giao quyết định",
    "payment": "Ghi biên lai nộp tiền",
    "enforce": "Cưỡng chế thi hành",
    "answer": "Ghi kết quả của cơ quan điều tra",
    "close": "Kết thúc hồ sơ",
}
"""The action keys a due item names (the UI's one click), with the words of its button."""

WHAT = ("tam_giu", "giai_trinh", "quyet_dinh", "tang_vat", "giao_quyet_dinh", "nop_phat",
        "thoi_hieu", "cho_tra_loi", "dong_ho_so")
"""The obligations an item may be, in the order a case shows them."""


@dataclass(frozen=True)
class DueItem:
    what: str  # one of WHAT
    label: str  # Vietnamese, with the date's reason
    due_on: date | None
    action: str  # one of ACTIONS
    waiting: bool = False  # on the subject or the police: shown, never overdue
    record_id: uuid.UUID | None = None  # the decision or referral it concerns

    def overdue(self, today: date) -> bool:
        return not self.waiting and self.due_on is not None and self.due_on < today


def _d(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def items_of(f: CaseFacts, r: Rules) -> list[DueItem]:
    """Every open obligation of a case (none for a draft, a closed or a superseded case; a
    case without violations, goods or decisions has nothing to follow, not even closing)."""
    if not f.finalised or f.superseded or f.closed:
        return []
    out: list[DueItem] = []
    ref = cp.referral(f)
    final = cp.final_decision(f)
    try:
        goods = [s for s in cp.stock(f).values() if s.left > 0]
    except cp.Overdrawn:
        goods = []
    waiting_police = ref is not None and ref.answer == cp.WAITING
    if ref is not None and waiting_police:
        due = (days_after(ref.transferred_on, r.police_answer_days)
               if r.police_answer_days is not None else None)
        out.append(DueItem("cho_tra_loi", f"Chờ kết quả giải quyết của {ref.agency} "
                           f"(chuyển hồ sơ ngày {_d(ref.transferred_on)})", due, "answer",
                           True, ref.id))
    deciding = final is None and ref is None
    if deciding and goods and any(s.held > 0 for s in goods) and not cp.issued(f, cp.SEIZURE):
        out.append(DueItem("tam_giu", "Ra quyết định tạm giữ tang vật (trong 24 giờ kể từ khi "
                           "tạm giữ tại chỗ)", cp.seizure_decision_due(f, r), "seizure_decision"))
    asked = f.steps_of("giai_trinh_yeu_cau")
    if deciding and asked and not f.steps_of("giai_trinh_nhan"):
        out.append(DueItem("giai_trinh", "Hạn đối tượng gửi giải trình", asked[-1].due_on,
                           "explanation", True, asked[-1].id))
    if final is None and f.violations and not waiting_police and not cp.prosecuted(f):
        due, why = cp.decision_term(f, r)
        out.append(DueItem("quyet_dinh", f"Ra quyết định xử phạt (hạn {why})", due, "decision"))
    if goods and not waiting_police:
        words = "Xử lý tang vật theo quyết định" if final or cp.prosecuted(f) else \
            "Hết thời hạn tạm giữ tang vật: ra quyết định hoặc trả lại"
        out.append(DueItem("tang_vat", f"{words} ({len(goods)} mặt hàng còn giữ)",
                           cp.held_until(f, r), "goods"))
    s = cp.sanction(f)
    if s is not None:
        out += _sanction_items(f, s, r)
    followed = f.violations or f.items or any(getattr(f, n) for n in ("decisions", "referrals"))
    if not out and followed and not cp.missing_to_close(f, r, None):
        done = cp.last_event_on(f)
        out.append(DueItem("dong_ho_so", "Đã đủ các bước: kết thúc hồ sơ",
                           days_after(done, r.close_days) if done else None, "close"))
    order = {w: i for i, w in enumerate(WHAT)}
    return sorted(out, key=lambda i: order[i.what])


def _sanction_items(f: CaseFacts, decision: Any, r: Rules) -> list[DueItem]:
    """Delivering the sanction decision, its fine and late amount, the limit to enforce."""
    out = []
    if decision.delivered_on is None and decision.decided_on is not None:
        out.append(DueItem("giao_quyet_dinh", "Gửi quyết định xử phạt (trong 3 ngày làm việc)",
                           working_days_after(decision.decided_on, r.delivery_working_days),
                           "deliver", record_id=decision.id))
    m = cp.money(f, decision, r, date.max)
    if m.unpaid:
        out.append(DueItem("nop_phat", f"Hạn nộp tiền phạt: còn {dong(m.unpaid)}", m.due_on,
                           "payment", record_id=decision.id))
        limit = cp.enforcement_limit(decision, r, f.valid("steps"))
        out.append(DueItem("thoi_hieu", "Cưỡng chế trước khi hết thời hiệu thi hành (01 năm)",
                           limit, "enforce", record_id=decision.id))
    elif m.late:
        last = max((p.paid_on for p in f.valid("payments") if p.decision_id == decision.id),
                   default=m.due_on)
        out.append(DueItem("nop_phat", f"Còn {dong(m.late)} tiền chậm nộp phạt", last,
                           "payment", record_id=decision.id))
    return out


def due_items(session: Session, case_id: uuid.UUID | str, today: date | None = None) -> list[DueItem]:
    """What is due on one case, computed from its records now (``today`` is for the
    caller's :meth:`DueItem.overdue`; the items do not depend on it)."""
    facts = read_facts(session, [uuid.UUID(str(case_id))])
    f = facts.get(uuid.UUID(str(case_id)))
    return [] if f is None else items_of(f, rules(session))


def refresh_due(session: Session, case_ids: Iterable[uuid.UUID | str]) -> int:
    """Write the due items of ``case_ids`` again (a deleted or unknown case keeps none), in
    the caller's transaction. Returns the number of items written."""
    ids = list(dict.fromkeys(uuid.UUID(str(c)) for c in case_ids))
    if not ids:
        return 0
    r = rules(session)
    written = 0
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        session.execute(delete(CaseDue).where(CaseDue.case_id.in_(chunk)))
        rows = [{"case_id": f.id, "what": i.what, "label": i.label[:300], "due_on": i.due_on,
                 "action": i.action, "waiting": i.waiting, "record_id": i.record_id}
                for f in read_facts(session, chunk).values() for i in items_of(f, r)]
        if rows:
            session.execute(insert(CaseDue), rows)
        written += len(rows)
    return written


def refresh_all(session: Session) -> int:
    """Every case again (after the terms changed, or the computation did)."""
    session.execute(delete(CaseDue))
    ids = list(session.scalars(select(Case.id).where(Case.deleted_at.is_(None),
                                                     Case.status == "finalised")))
    return refresh_due(session, ids)


def _calendar_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("holidays")
    except PackageNotFoundError:  # a frozen bundle without the package's metadata
        return "bundled"


def ensure_built(session: Session) -> bool:
    """Fill the read model when this database has not been built with this computation and
    this calendar (the first start after migration 0009, an update of either). Returns
    whether it was built now."""
    from app.services.settings import get_setting, set_setting

    stamp = f"{DUE_MODEL}/{_calendar_version()}"
    if get_setting(session, BUILT_SETTING) == stamp:
        return False
    refresh_all(session)
    set_setting(session, BUILT_SETTING, stamp)
    return True
