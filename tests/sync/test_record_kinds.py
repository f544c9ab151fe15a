"""A record kind is its declaration: every declared kind is complete (a missing part fails
with the kind's name), and a kind declared here, bound to a table of its own, travels
laptop → real server → second laptop, refusals and all, with no other code changed."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any, Literal

import pytest
from sqlalchemy import Date, Integer, String, Uuid, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from app.db import unit_of_work
from app.models import Tip
from app.models.base import Synced
from app.sync import bindings
from app.sync.field_labels import value_text
from app.sync.problems import refused_view
from app.sync.wire import Money, PastDate, WireModel, kinds
from app.sync.wire import Text as WireText
from app.sync.wire.kinds import RecordKind, incomplete, register, unregister
from tests.sync.helpers import new_case
from tests.sync.support import Laptop

# --- every kind declared in full ------------------------------------------------------------------


def test_every_declared_kind_is_complete_and_bound_here():
    missing = incomplete()
    assert not missing, "; ".join(f"{name}: {', '.join(parts)}" for name, parts in missing.items())
    assert [k.name for k in kinds()] == [
        "catalog", "officer", "subject", "number_block", "tip", "case", "issued_document",
        "decision", "payment", "goods_disposition", "referral", "accused", "case_step"]
    for k in kinds():
        bound = bindings.binding(k.name)  # KeyError names a kind this laptop cannot store
        assert not k.pushable or bound.payloads is not None, k.name


def test_every_pushed_kind_has_its_outbox_triggers(tmp_path):
    """The migration part of a kind: its table marks changes for the outbox."""
    laptop = Laptop.set_up(tmp_path / "a")
    try:
        for b in bindings.pushed():
            table = b.model.__table__.name  # type: ignore[union-attr]
            triggers = laptop.scalar(
                "select count(*) from sqlite_master where type = 'trigger' and tbl_name = :t "
                "and name like 'sync_dirty_%'", t=table)
            assert triggers == 2, f"{b.name}: table {table} has no sync_dirty triggers"
    finally:
        laptop.close()


class _Half(WireModel):
    seal_no: WireText
    broken: bool = False


def test_a_kind_missing_a_part_is_named():
    broken = RecordKind("seal_check", _Half, "Kiểm tra niêm phong", "device", "district",  # type: ignore[arg-type]
                        "7", {"seal_no": "Số niêm phong"}, title=lambda r: r.seal_no)  # type: ignore[arg-type]
    register(broken)
    try:
        assert incomplete() == {"seal_check": [
            "scope 'district'", "apply order", "label of field broken"]}
    finally:
        unregister("seal_check")
    assert incomplete() == {}
    with pytest.raises(ValueError, match="apply order 5 is taken"):
        register(RecordKind("seal_check", _Half, "Kiểm tra niêm phong", "device", "unit", 5,
                            {"seal_no": "Số niêm phong", "broken": "Đã bị phá"}, title=str))


def test_a_kind_bound_to_a_table_without_its_fields_is_refused():
    register(RecordKind("seal_check", _Half, "Kiểm tra niêm phong", "device", "unit", 98,
                        {"seal_no": "Số niêm phong", "broken": "Đã bị phá"}, title=str))
    try:
        with pytest.raises(ValueError, match="no column in tip for seal_no, broken"):
            bindings.plain("seal_check", Tip)
    finally:
        unregister("seal_check")


# --- a kind of its own, end to end ---------------------------------------------------------------
# One of the follow-through's records (FOLLOW-THROUGH.md: the fine is paid within 10 days and
# the receipt goes into the file), declared and bound here, as a new kind would be.

WAYS = {"kho_bac": "Nộp tại Kho bạc", "chuyen_khoan": "Chuyển khoản vào tài khoản Kho bạc",
        "cong_dvc": "Nộp qua Cổng dịch vụ công", "tai_cho": "Nộp tại chỗ"}


class FinePaymentPayload(WireModel):
    """A fine paid: the receipt the officer files with the case."""

    case_id: uuid.UUID
    paid_on: PastDate
    amount: Money
    way: Literal["kho_bac", "chuyen_khoan", "cong_dvc", "tai_cho"] = "kho_bac"
    receipt_no: WireText


class _PaymentBase(DeclarativeBase):
    pass


class FinePayment(Synced, _PaymentBase):
    __tablename__ = "fine_payment"
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    paid_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount: Mapped[int] = mapped_column(Integer, nullable=False)
    way: Mapped[str] = mapped_column(String(12), nullable=False, default="kho_bac")
    receipt_no: Mapped[str] = mapped_column(String(40), nullable=False)


PAYMENT = RecordKind(
    "fine_payment", FinePaymentPayload, "Nộp tiền phạt", "device", "unit", 97,
    {"case_id": "Vụ việc", "paid_on": "Ngày nộp", "amount": "Số tiền",
     "way": "Hình thức nộp", "receipt_no": "Số biên lai"},
    title=lambda r: f"Biên lai số {r.receipt_no}", values={"way": WAYS}, case_field="case_id",
)


def _migrate(laptop: Laptop) -> None:
    """What the kind's migration does: its table, and the outbox marks (as migration 0004)."""
    engine = laptop.db.engine
    _PaymentBase.metadata.create_all(engine)
    mark = ("INSERT INTO sync_dirty (record_id, entity) SELECT NEW.id, 'fine_payment' "
            "WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE record_id = NEW.id);")
    with engine.begin() as c:
        c.exec_driver_sql("CREATE TRIGGER sync_dirty_fine_payment_insert AFTER INSERT ON "
                          f"fine_payment BEGIN {mark} END")
        c.exec_driver_sql("CREATE TRIGGER sync_dirty_fine_payment_update AFTER UPDATE OF "
                          f"version, deleted_at ON fine_payment BEGIN {mark} END")


def _record_payment(session: Session, device_id: str, case_id: uuid.UUID, paid_on: date,
                    amount: int, receipt_no: str, way: str = "kho_bac") -> uuid.UUID:
    """The kind's service: a payment recorded on this laptop."""
    payment = FinePayment(case_id=case_id, paid_on=paid_on, amount=amount, way=way,
                          receipt_no=receipt_no, origin_device=device_id)
    session.add(payment)
    session.flush()
    return payment.id


@pytest.fixture
def fine_payments():
    register(PAYMENT)
    bindings.bind(bindings.plain("fine_payment", FinePayment))
    yield
    bindings.unbind("fine_payment")
    unregister("fine_payment")


def _payments(laptop: Laptop) -> list[dict[str, Any]]:
    with unit_of_work(laptop.db.sessions) as s:
        return [{"case": p.case_id, "paid_on": p.paid_on, "amount": p.amount, "way": p.way,
                 "receipt": p.receipt_no, "version": p.version, "origin": p.origin_device,
                 "unit": p.unit_id}
                for p in s.scalars(select(FinePayment).order_by(FinePayment.receipt_no))]


def test_a_declared_kind_travels_from_laptop_to_laptop(fine_payments, server, unit, laptops, tmp_path):
    a, b = Laptop.set_up(tmp_path / "a"), Laptop.set_up(tmp_path / "b")
    laptops += [a, b]
    for laptop in (a, b):
        _migrate(laptop)
    creds_a = a.enrol(server, unit, "Máy anh Nông Văn Thạch")
    b.enrol(server, unit, "Máy chị Hà Thị Nhung")
    case_id = new_case(a, "Vi Thị Hồng Nhung", id_number="020186007788")
    with unit_of_work(a.db.sessions) as s:
        paid = _record_payment(s, creds_a.device_id, case_id, date(2026, 3, 12), 7_500_000,
                               "0012345", way="chuyen_khoan")
        early = _record_payment(s, creds_a.device_id, case_id, date.today() + timedelta(days=3),
                                2_000_000, "0012399")

    report = a.sync()
    assert report.pushed["rejected"] == 1 and report.mismatched == []  # checksums agree too
    assert server.count("fine_payment", unit) == 1

    b.sync()
    assert _payments(b) == [{
        "case": case_id, "paid_on": date(2026, 3, 12), "amount": 7_500_000, "way": "chuyen_khoan",
        "receipt": "0012345", "version": 1, "origin": creds_a.device_id,
        "unit": uuid.UUID(creds_a.unit_id)}]

    # a correction on the laptop that recorded it reaches the colleague's as version 2
    with unit_of_work(a.db.sessions) as s:
        held = s.get(FinePayment, paid)
        held.amount = 5_000_000
        held.touch()
    assert a.sync().pushed["applied"] == 1
    b.sync()
    (payment,) = _payments(b)
    assert payment["amount"] == 5_000_000 and payment["version"] == 2

    # the refused one is told in the kind's own words, with the case to open
    with unit_of_work(a.db.sessions) as s:
        (problem,) = refused_view(s)
    assert problem.record_id == early and problem.kind == "Nộp tiền phạt"
    assert problem.title == "Biên lai số 0012399" and problem.case_id == case_id
    assert problem.field == "paid_on" and problem.field_label == "Ngày nộp"
    assert value_text("way", "chuyen_khoan") == "Chuyển khoản vào tài khoản Kho bạc"
