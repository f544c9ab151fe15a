"""Mapped records ⇄ wire payloads (app.sync.wire), both directions, field by field.

Outbound builds JSON-ready dicts straight from the columns (the server validates every
field with the same rules; the client does not pay for it twice). Inbound takes a payload
the server has validated, types it through the wire model, and writes it into mapped
records: the case aggregate with its rows (tombstones included), subjects, tips, issued
documents and number blocks (a kind kept in one plain table, as tips and officers, is
written by app.sync.bindings.plain with :func:`_upsert`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app.models import (
    Attachment,
    Case,
    CaseMember,
    CooperatingForce,
    Finding,
    InspectedGoods,
    IssuedDocument,
    NumberBlock,
    Officer,
    SeizedItem,
    Seizure,
    Subject,
    Violation,
    Witness,
)
from app.models.case_index import next_local_no
from app.services.case_write import finish, pulled_meta
from app.sync import wire
from app.text import fold

# --- outbound ----------------------------------------------------------------------------------


def _json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _fields(model: type[wire.WireModel], skip: Iterable[str] = ()) -> list[str]:
    return [f for f in model.model_fields if f not in set(skip)]


_LISTS = ("members", "forces", "witnesses", "findings", "goods", "violations", "seizures", "attachments")
_CASE_FIELDS = _fields(wire.CasePayload, (*_LISTS, "subject"))
_SUBJECT_FIELDS = _fields(wire.SubjectPayload)
_PART_CLASSES: dict[str, tuple[type[wire.Part], type]] = {
    "members": (wire.MemberPart, CaseMember),
    "forces": (wire.ForcePart, CooperatingForce),
    "witnesses": (wire.WitnessPart, Witness),
    "findings": (wire.FindingPart, Finding),
    "goods": (wire.GoodsPart, InspectedGoods),
    "violations": (wire.ViolationPart, Violation),
}
_PART_FIELDS = {name: _fields(part) for name, (part, _) in _PART_CLASSES.items()}
_SEIZURE_FIELDS = _fields(wire.SeizurePart, ("items",))
_ITEM_FIELDS = _fields(wire.SeizedItemPart)
_ATTACHMENT_FIELDS = _fields(wire.AttachmentRef, ("position",))


_PLAIN = frozenset({str, int, bool, float, type(None)})  # already JSON-ready


def _pick(record: Any, names: Iterable[str]) -> dict[str, Any]:
    """The named attributes, JSON-ready. A loaded column is read from the instance's dict
    (what the mapped attribute would return, without its descriptor); anything else, an
    unloaded column or a property, through ``getattr``."""
    loaded = record.__dict__
    out: dict[str, Any] = {}
    for n in names:
        value = loaded[n] if n in loaded else getattr(record, n)
        out[n] = value if type(value) in _PLAIN else _json(value)
    return out


def subject_payload(subject: Subject) -> dict[str, Any]:
    return _pick(subject, _SUBJECT_FIELDS)


# --- inbound ----------------------------------------------------------------------------------


def _assign(record: Any, values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(record, key, value)


def _meta(record: Any, change: wire.RecordChange) -> None:
    pulled_meta(record, change.version, str(change.origin_device or ""), change.created_at,
                change.updated_at, change.deleted_at)


def apply_subject(session: Session, subject_id: uuid.UUID, data: wire.SubjectPayload,
                  version: int, origin: str = "") -> Subject:
    subject = session.get(Subject, subject_id)
    if subject is None:
        subject = Subject(id=subject_id, origin_device=origin)
        session.add(subject)
    _assign(subject, data.model_dump(exclude={"id", "version"}))
    subject.name_folded = fold(subject.name)
    subject.version = version
    return subject


def _start_empty(record: Any, collections: Iterable[str]) -> None:
    """A record being added has no rows yet: its collections are set as loaded and empty,
    so reading them after a flush costs no SELECT each."""
    for name in collections:
        set_committed_value(record, name, [])


def _upsert_rows(session: Session, rows: list[Any], parts: list[Any], cls: type,
                 parent: dict[str, Any]) -> None:
    by_id = {r.id: r for r in rows}
    for part in parts:
        row = by_id.get(part.id)
        if row is None:
            row = cls(id=part.id, **parent)
            session.add(row)
            rows.append(row)
            if cls is Seizure:
                _start_empty(row, ("items",))
        values = part.model_dump(exclude={"items"})
        _assign(row, values)


def apply_case(session: Session, change: wire.RecordChange, payload: wire.CasePayload,
               subject_writable: bool) -> Case:
    """Write a pulled case aggregate. ``subject_writable`` is False when the local subject
    has pending changes of its own: the case then links it and leaves its fields alone.
    Unit, origin device, times and the search index as every case gets them
    (app.services.case_write); its flags as the laptop that made it derived them."""
    ins = session.get(Case, change.id)
    new = ins is None
    if ins is None:
        ins = Case(id=change.id, local_no=next_local_no(session))
        session.add(ins)
        _start_empty(ins, (*_PART_CLASSES, "seizures"))
    _meta(ins, change)
    ins.unit_id = change.unit_id
    _assign(ins, payload.model_dump(include=set(_CASE_FIELDS)))
    with session.no_autoflush:  # the new case names its subject: not flushed before it exists
        held = session.get(Subject, payload.subject.id) if payload.subject is not None else None
        if payload.subject is not None and (
            held is None or (subject_writable and payload.subject.version > held.version)
        ):
            apply_subject(session, payload.subject.id, payload.subject, payload.subject.version,
                          str(change.origin_device or ""))
    officers = {m.officer_id for m in payload.members if m.officer_id is not None}
    if officers:
        with session.no_autoflush:  # officers pulled earlier were flushed with their own change
            officers &= set(session.scalars(select(Officer.id).where(Officer.id.in_(officers))))
    for member in payload.members:
        if member.officer_id is not None and member.officer_id not in officers:
            member.officer_id = None  # a colleague's officer record this laptop lacks; the name stays
    # one flush for the case and its rows: the mapped relationships order the inserts
    parent = {"inspection_id": ins.id, "origin_device": ins.origin_device}
    for name, (_, cls) in _PART_CLASSES.items():
        _upsert_rows(session, getattr(ins, name), getattr(payload, name), cls, parent)
    _upsert_rows(session, ins.seizures, payload.seizures, Seizure, parent)
    seizures = {s.id: s for s in ins.seizures}
    for part in payload.seizures:
        _upsert_rows(session, seizures[part.id].items, part.items, SeizedItem,
                     {"seizure_id": part.id, "origin_device": ins.origin_device})
    session.flush()
    _apply_attachments(session, ins, payload.attachments, new)
    finish(session, ins)
    return ins


def _apply_attachments(session: Session, ins: Case, refs: list[wire.AttachmentRef],
                       new: bool = False) -> None:
    existing = {} if new else {
        a.id: a for a in session.scalars(select(Attachment).where(Attachment.inspection_id == ins.id))
    }
    for ref in refs:
        row = existing.get(ref.id)
        if row is None:
            row = Attachment(id=ref.id, inspection_id=ins.id, origin_device=ins.origin_device)
            session.add(row)
        _assign(row, ref.model_dump(exclude={"position"}))


def _upsert(session: Session, model: type, change: wire.RecordChange, values: dict[str, Any],
            **new: Any) -> Any:
    """The record ``change`` names, made (with ``new``) when missing, then written."""
    record = session.get(model, change.id)
    if record is None:
        record = model(id=change.id, **new)
        session.add(record)
    _meta(record, change)
    _assign(record, values)
    return record


def apply_document(session: Session, change: wire.RecordChange,
                   payload: wire.IssuedDocumentPayload) -> IssuedDocument:
    """A colleague's issued biên bản: its metadata (the PDF stays with the issuing device)."""
    return _upsert(session, IssuedDocument, change, payload.model_dump(exclude={"signature"}),
                   snapshot="", pdf=b"", reprints=0)


def apply_number_block(session: Session, change: wire.RecordChange,
                       payload: wire.NumberBlockPayload) -> NumberBlock:
    """A leased block; a block already here keeps its ``next`` (numbers used locally)."""
    block = session.get(NumberBlock, change.id)
    if block is None:
        block = NumberBlock(id=change.id, next=payload.first, source="leased")
        session.add(block)
    _meta(block, change)
    block.unit_id, block.symbol, block.year = payload.unit_id, payload.symbol, payload.year
    block.first, block.last = payload.first, payload.last
    block.next = min(max(block.next, payload.first), payload.last + 1)
    return block
