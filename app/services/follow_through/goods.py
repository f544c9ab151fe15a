"""Seized goods, item by item: what is still held (and until when), and what became of it.

An item is held (tạm giữ) until it is returned (trả lại), handled at once when perishable
(xử lý ngay), handed to another agency (chuyển giao) or confiscated (tịch thu, on a
sanction decision or an MQĐ14); a confiscated item is then sold (bán, with the proceeds
and receipt), destroyed (tiêu hủy) or handed over. The values kept: estimated at seizure
(on the BB-TG), appraised, sold for.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.models.outcome import GoodsDisposition
from app.services.context import Actor
from app.services.follow_through import case_path as cp
from app.services.follow_through import records as rec
from app.services.follow_through.deadlines import rules, vn_date
from app.services.follow_through.entries import GoodsDispositionEntry
from app.services.follow_through.facts import CaseFacts, Item, read_case
from app.text import dong
from app.validation import parse_money, parse_quantity

ACTIONS = ("tra_lai", "tich_thu", "ban", "tieu_huy", "chuyen_giao", "xu_ly_ngay")


@dataclass(frozen=True)
class HeldGoods:
    """A seized item with something left: ``held`` (tạm giữ), ``confiscated`` (not yet
    sold, destroyed or handed over), until when (None while the police hold the file)."""

    item_id: uuid.UUID
    name: str
    unit: str
    seized: Decimal
    held: Decimal
    confiscated: Decimal
    estimated_value: int | None
    held_until: date | None
    overdue: bool

    @property
    def left(self) -> Decimal:
        return self.held + self.confiscated


def held_goods(session: Session, case_id: uuid.UUID | str, today: date) -> list[HeldGoods]:
    """The case's seized items with something still held or confiscated, in BB-TG order."""
    f = read_case(session, case_id)
    if f is None:
        return []
    until = cp.held_until(f, rules(session))
    late = until is not None and until < today
    try:
        stock = cp.stock(f)
    except cp.Overdrawn:  # records pulled out of order: show what the BB-TG lists
        stock = {i.id: cp.Stock(i, i.quantity) for i in f.items}
    return [HeldGoods(s.item.id, s.item.name, s.item.unit, s.item.quantity, s.held,
                      s.confiscated, s.item.estimated_value, until, late)
            for s in stock.values() if s.left > 0]


def dispose_goods(session: Session, case_id: uuid.UUID | str, form: GoodsDispositionEntry,
                  actor: Actor) -> GoodsDisposition:
    """Record what became of (part of) a seized item (refusals: :func:`check_disposal`)."""
    ins, f = rec.open_case(session, case_id)
    values = check_disposal(f, form)
    record = rec.stamp(GoodsDisposition(**values), ins, actor)
    session.add(record)
    unit = next((i.unit for i in f.items if i.id == record.seized_item_id), "")
    detail = f"{record.action} {record.item_name}: {cp.quantity_words(record.quantity, unit)}" + (
        f", bán được {dong(record.sold_value)}" if record.sold_value else "")
    return rec.after_write(session, actor, "record", "goods_disposition", record, detail)


def check_disposal(f: rec.CaseFacts, form: GoodsDispositionEntry) -> dict[str, Any]:
    """The disposition's values as recorded, or ValidationFailed at its fields (pure over
    the case's facts: the laptop and the province's console check it alike). Refused: an
    item not of the case, a quantity larger than what the action can still take, a
    confiscation without a decision to confiscate, a sale without its proceeds, a hand-over
    without the agency, a date before the seizure."""
    errors: rec.Errors = {}
    item_id = rec.as_id(form.seized_item_id)
    item = next((i for i in f.items if i.id == item_id), None)
    if item is None:
        errors["seized_item_id"] = "Chọn tang vật trong biên bản tạm giữ của vụ việc."
    action = form.action if form.action in ACTIONS else ""
    if not action:
        errors["action"] = "Chọn biện pháp xử lý."
    confiscating = cp.issued(f, cp.SANCTION, cp.CONFISCATION)
    if action == "tich_thu" and not confiscating:
        errors["action"] = ("Chưa có quyết định xử phạt hoặc quyết định tịch thu (MQĐ14) đã ban "
                            "hành.")
    after = [(vn_date(item.seized_at) if item else None, "ngày tạm giữ")]
    if action == "tich_thu" and confiscating:
        after.append((confiscating[0].decided_on, "ngày ra quyết định"))
    done_on = rec.day(errors, "done_on", form.done_on, required="Chưa nhập ngày xử lý.",
                      after=after)
    quantity = _quantity(f, item, action, form, errors)
    appraised, message = parse_money(form.appraised_value)
    if message:
        errors["appraised_value"] = message
    sold, message = parse_money(form.sold_value, required=action == "ban")
    if message:
        errors["sold_value"] = ("Ghi số tiền bán được." if message == "Chưa nhập số tiền."
                                else message)
    agency = rec.text(errors, "agency", form.agency, required=(
        "Ghi cơ quan tiếp nhận." if action == "chuyen_giao" else ""))
    receipt = rec.text(errors, "receipt_no", form.receipt_no, limit=60)
    document = rec.text(errors, "document_no", form.document_no, limit=60)
    note = rec.text(errors, "note", form.note, limit=20_000)
    rec.raise_if(errors)
    assert item is not None and done_on is not None
    return {"seized_item_id": item.id, "item_name": item.name, "action": action,
            "done_on": done_on, "quantity": quantity, "appraised_value": appraised,
            "sold_value": sold, "receipt_no": receipt, "agency": agency,
            "document_no": document, "note": note}


def _quantity(f: CaseFacts, item: Item | None, action: str, form: GoodsDispositionEntry,
              errors: rec.Errors) -> Decimal:
    """The quantity to record (all the action can take when none is typed), checked
    against what is left of the item after the dispositions already recorded."""
    if item is None or not action:
        return Decimal(0)
    try:
        stock = cp.stock(f)[item.id]
    except cp.Overdrawn:
        errors["seized_item_id"] = "Các bản ghi xử lý tang vật này chưa khớp: kiểm tra lại."
        return Decimal(0)
    available = stock.available(action)
    unit = item.unit
    if form.quantity is None or str(form.quantity).strip() == "":
        if available <= 0:
            errors["quantity"] = _none_left(action, stock)
        return available
    quantity, message = parse_quantity(form.quantity)
    if message:
        errors["quantity"] = message
        return Decimal(0)
    assert quantity is not None
    if quantity > available:
        errors["quantity"] = (_none_left(action, stock) if available <= 0 else
                              f"Lớn hơn số lượng còn lại ({cp.quantity_words(available, unit)}).")
    return quantity


def _none_left(action: str, stock: cp.Stock) -> str:
    if action in cp.FROM_CONFISCATED:
        return "Tang vật chưa bị tịch thu hoặc đã xử lý hết phần tịch thu."
    return "Tang vật không còn tạm giữ."
