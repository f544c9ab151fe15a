"""A record kind is its declaration: every declared kind is complete (a missing part fails
with the kind's name), and a kind declared here, bound to a table of its own, travels
laptop → real server → second laptop, refusals and all, with no other code changed."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import String, Text, Uuid, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from app.db import unit_of_work
from app.models.base import Synced, UTCDateTime, utcnow
from app.sync import bindings
from app.sync.field_labels import field_label
from app.sync.problems import refused_view
from app.sync.wire import LongText, PastTime, WireModel, kinds
from app.sync.wire import Text as WireText
from app.sync.wire.kinds import RecordKind, incomplete, register, unregister
from app.vntime import VN_TZ
from tests.sync.support import Laptop

# --- every kind declared in full ------------------------------------------------------------------


def test_every_declared_kind_is_complete_and_bound_here():
    assert incomplete() == {}
    assert [k.name for k in kinds()] == [
        "catalog", "officer", "subject", "number_block", "tip", "case", "issued_document"]
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


# --- a kind of its own, end to end ---------------------------------------------------------------


class FieldNotePayload(WireModel):
    """A note an inspector writes at a place, for the whole team."""

    written_at: PastTime
    place_address: WireText = ""
    text: LongText


class _NoteBase(DeclarativeBase):
    pass


class FieldNote(Synced, _NoteBase):
    __tablename__ = "field_note"
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    place_address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    text: Mapped[str] = mapped_column(Text, nullable=False)


NOTE = RecordKind(
    "field_note", FieldNotePayload, "Ghi chú hiện trường", "device", "unit", 7,
    {"written_at": "Ghi lúc", "place_address": "Nơi ghi", "text": "Nội dung ghi chú"},
    title=lambda r: f"Ghi chú: {r.text[:40]}",
)


def _migrate(laptop: Laptop) -> None:
    """What the kind's migration does: its table, and the outbox marks (as migration 0004)."""
    engine = laptop.db.engine
    _NoteBase.metadata.create_all(engine)
    mark = ("INSERT INTO sync_dirty (record_id, entity) SELECT NEW.id, 'field_note' "
            "WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE record_id = NEW.id);")
    with engine.begin() as c:
        c.exec_driver_sql(f"CREATE TRIGGER sync_dirty_field_note_insert AFTER INSERT ON field_note "
                          f"BEGIN {mark} END")
        c.exec_driver_sql(f"CREATE TRIGGER sync_dirty_field_note_update AFTER UPDATE OF version, "
                          f"deleted_at ON field_note BEGIN {mark} END")


def _write_note(session: Session, device_id: str, text: str, at: datetime, place: str = "") -> uuid.UUID:
    """The kind's service: a note of this device."""
    note = FieldNote(written_at=at, place_address=place, text=text, origin_device=device_id)
    session.add(note)
    session.flush()
    return note.id


@pytest.fixture
def field_notes():
    register(NOTE)
    bindings.bind(bindings.plain("field_note", FieldNote))
    yield
    bindings.unbind("field_note")
    unregister("field_note")


def _notes(laptop: Laptop) -> list[dict[str, Any]]:
    with unit_of_work(laptop.db.sessions) as s:
        return [{"text": n.text, "place": n.place_address, "written_at": n.written_at,
                 "version": n.version, "origin": n.origin_device, "unit": n.unit_id}
                for n in s.scalars(select(FieldNote).order_by(FieldNote.written_at))]


def test_a_declared_kind_travels_from_laptop_to_laptop(field_notes, server, unit, laptops, tmp_path):
    a, b = Laptop.set_up(tmp_path / "a"), Laptop.set_up(tmp_path / "b")
    laptops += [a, b]
    for laptop in (a, b):
        _migrate(laptop)
    creds_a = a.enrol(server, unit, "Máy anh Nông Văn Thạch")
    b.enrol(server, unit, "Máy chị Hà Thị Nhung")
    at = datetime(2026, 3, 5, 8, 30, tzinfo=VN_TZ)
    with unit_of_work(a.db.sessions) as s:
        note_id = _write_note(s, creds_a.device_id, "Kho hàng sau chợ Đông Kinh đóng cửa, "
                              "chủ kho hẹn 14 giờ", at, "Chợ Đông Kinh, Lạng Sơn")
        late = _write_note(s, creds_a.device_id, "Ghi trước giờ", utcnow() + timedelta(days=2))

    report = a.sync()
    assert report.pushed["applied"] == 1 and report.pushed["rejected"] == 1
    assert server.count("field_note", unit) == 1
    assert report.mismatched == []  # checksums of the new kind agree too

    assert b.sync().pulled >= 1
    (note,) = _notes(b)
    assert note["text"] == "Kho hàng sau chợ Đông Kinh đóng cửa, chủ kho hẹn 14 giờ"
    assert note["place"] == "Chợ Đông Kinh, Lạng Sơn"
    assert note["written_at"] == at
    assert note["origin"] == creds_a.device_id and note["version"] == 1
    assert str(note["unit"]) == creds_a.unit_id

    # an edit on the laptop that wrote it reaches the colleague's as version 2
    with unit_of_work(a.db.sessions) as s:
        held = s.get(FieldNote, note_id)
        held.text += "; đã hẹn lại 16 giờ"
        held.touch()
    assert a.sync().pushed["applied"] == 1
    b.sync()
    (note,) = _notes(b)
    assert note["text"].endswith("; đã hẹn lại 16 giờ") and note["version"] == 2

    # the refused one is told in the kind's own words
    with unit_of_work(a.db.sessions) as s:
        (problem,) = refused_view(s)
    assert problem.record_id == late and problem.kind == "Ghi chú hiện trường"
    assert problem.title == "Ghi chú: Ghi trước giờ"
    assert problem.field == "written_at" and problem.field_label == "Ghi lúc"
    assert field_label("text", "field_note") == "Nội dung ghi chú"
