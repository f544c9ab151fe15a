"""The one write path of a case: what every case written on this laptop gets.

A case typed in the editor (app.services.cases.save_case), many cases at once (``add_cases``:
the demo generator, the benchmarks) and a case pulled from the provincial server
(app.sync.codec.apply_case, and the fast path app.sync.bulk checked against it by
tests/sync/test_pull_bulk.py) all take their
- unit: the acting officer's unit for a case made here, the server's for a pulled one;
- origin device and actor: the device at the keyboard (the audit log names the officer);
- timestamps: the time of the write, version 1 for a new record;
- derived flags: the criminal-signs rule of app.services.case_rules;
- search index: app.models.case_repository.index, one text for every path;
- due items: a finalised case's obligations (app.services.follow_through.due);
from the functions below.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from app.errors import ValidationFailed
from app.models import (
    DRAFT,
    FINALISED,
    AuditEvent,
    Case,
    CaseMember,
    CooperatingForce,
    Finding,
    InspectedGoods,
    SeizedItem,
    Seizure,
    Subject,
    Violation,
    Witness,
    utcnow,
)
from app.models import case_repository as repo
from app.models.base import Base
from app.models.case_index import search_text
from app.services import case_mapping as cm
from app.services.case_entry import CaseEntry
from app.services.case_rules import draft_errors, finalise_errors, goods_codes, raise_criminal_signs
from app.services.context import Actor
from app.services.follow_through.due import refresh_due


@dataclass(frozen=True)
class Writing:
    """Who writes, for which unit, when."""

    actor: Actor
    unit_id: uuid.UUID | None
    at: datetime


def writing(session: Session, actor: Actor, at: datetime | None = None) -> Writing:
    from app.services.settings import current_unit

    unit_id = actor.unit_id
    if unit_id is None:
        unit = current_unit(session)
        unit_id = unit.id if unit is not None else None
    return Writing(actor, unit_id, at or utcnow())


def derive_flags(session: Session, form: CaseEntry, prohibited: set[str] | None = None) -> None:
    """The flags a case's content decides (the caller's form holds them afterwards).
    ``prohibited``: the prohibited categories among the form's, when already known."""
    codes = goods_codes(form)
    found = repo.prohibited_among(session, codes) if prohibited is None else prohibited & codes
    raise_criminal_signs(form, bool(found))


def new_case(session: Session, w: Writing, case_id: str | None = None) -> Case:
    """A new draft of this laptop's unit, numbered here."""
    ins = Case(local_no=repo.next_local_no(session), status=DRAFT, origin_device=w.actor.device_id,
                     unit_id=w.unit_id, created_at=w.at, updated_at=w.at)
    if case_id:
        ins.id = uuid.UUID(case_id)
    session.add(ins)
    return ins


def own_unit(ins: Case, w: Writing) -> None:
    """A draft of this laptop saved before its unit was set takes the unit now (it prints
    the unit's name and agency in every biên bản's header)."""
    if ins.unit_id is None:
        ins.unit_id = w.unit_id


def pulled_meta(record: Any, version: int, origin: str, created: datetime | None,
                updated: datetime | None, deleted: datetime | None) -> None:
    """A pulled record keeps the server's version, origin device and times."""
    record.version = version
    record.origin_device = origin
    if created:
        record.created_at = created
    if updated:
        record.updated_at = updated
    record.deleted_at = deleted


def finish(session: Session, ins: Case) -> None:
    """After the rows are written: the search index, from the stored case."""
    session.flush()
    repo.index(session, ins)


# --- many cases at once --------------------------------------------------------------------


@dataclass
class NewCase:
    """A case to add as typed (``form``), finalised or not."""

    form: CaseEntry
    finalised: bool = False


_PARTS: tuple[tuple[str, type, Any], ...] = (
    ("members", CaseMember, cm.member_values),
    ("forces", CooperatingForce, cm.force_values),
    ("witnesses", Witness, cm.witness_values),
    ("findings", Finding, cm.finding_values),
    ("goods", InspectedGoods, cm.goods_values),
    ("violations", Violation, cm.violation_values),
)
_ORDER: tuple[type[Base], ...] = (Subject, Case, *(cls for _, cls, _ in _PARTS), Seizure, SeizedItem, AuditEvent)
CHUNK = 2000


def add_cases(session: Session, cases: Iterable[NewCase], actor: Actor) -> int:
    """Add new cases through the rules of ``save_case`` (and ``finalise_case`` for the
    finalised ones), written with one INSERT per table and chunk: the same values, meta,
    flags and search text as one by one, at the speed the benchmarks' 100,000 cases need.
    Raises ValidationFailed (nothing of the chunk written) for a case the editor would refuse."""
    w = writing(session, actor)
    local_no = repo.next_local_no(session)
    count = 0
    for chunk in _chunks(cases, CHUNK):
        prohibited = repo.prohibited_among(session, {c for n in chunk for c in goods_codes(n.form)})
        communes: dict[str | None, str] = {}
        rows: dict[type, list[dict[str, Any]]] = {model: [] for model in _ORDER}
        search: list[dict[str, Any]] = []
        for new in chunk:
            errors = (finalise_errors if new.finalised else draft_errors)(new.form, w.at)
            if errors:
                raise ValidationFailed(errors)
            derive_flags(session, new.form, prohibited)
            code = new.form.commune_code or None
            if code not in communes:
                communes[code] = repo.commune_name(session, code)
            search.append({"n": local_no, "b": _case_rows(rows, new, local_no, w, communes[code])})
            local_no += 1
        for model in _ORDER:
            if rows[model]:
                session.execute(insert(Base.metadata.tables[model.__tablename__]), rows[model])
        session.execute(text("INSERT INTO case_search(rowid, body) VALUES (:n, :b)"), search)
        refresh_due(session, [r["id"] for r in rows[Case] if r["status"] == FINALISED])
        count += len(chunk)
    return count


def _chunks(items: Iterable[NewCase], size: int) -> Iterator[list[NewCase]]:
    chunk: list[NewCase] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _case_rows(rows: dict[type, list[dict[str, Any]]], new: NewCase, local_no: int, w: Writing,
               commune: str) -> str:
    """One case's rows into ``rows``; returns its search text."""
    form, device = new.form, w.actor.device_id

    def record(model: type, values: dict[str, Any]) -> dict[str, Any]:
        row = {"id": uuid.uuid4(), "version": 1, "created_at": w.at, "updated_at": w.at,
               "origin_device": device, "deleted_at": None} | values
        rows[model].append(row)
        return row

    subject = None
    if not form.subject.is_blank():
        subject = record(Subject, cm.subject_values(form.subject))
    case = record(Case, cm.scalar_values(form) | {
        "local_no": local_no, "unit_id": w.unit_id, "status": FINALISED if new.finalised else DRAFT,
        "subject_id": subject["id"] if subject else None,
        "finalised_at": w.at if new.finalised else None,
        "finalised_by": w.actor.officer_name if new.finalised else "",
        "amends_id": None, "amendment_reason": ""})
    parent = {"inspection_id": case["id"]}
    for name, model, values in _PARTS:
        for pos, part in enumerate(getattr(form, name)):
            record(model, values(part) | {"position": pos} | parent)
    items: list[SimpleNamespace] = []
    for pos, sf in enumerate(form.seizures):
        seizure = record(Seizure, cm.seizure_values(sf) | {"position": pos} | parent)
        for ipos, item in enumerate(sf.items):
            items.append(SimpleNamespace(**record(SeizedItem, cm.item_values(item) | {
                "position": ipos, "seizure_id": seizure["id"]})))
    for action in ("create", "finalise") if new.finalised else ("create",):
        rows[AuditEvent].append({"id": uuid.uuid4(), "at": w.at, "actor": w.actor.officer_name,
                                 "device": device, "action": action, "entity": "inspection",
                                 "entity_id": str(case["id"]), "detail": ""})
    shaped = SimpleNamespace(**case, goods=[SimpleNamespace(**g) for g in rows[InspectedGoods][-len(form.goods):]]
                             if form.goods else [], seizures=[SimpleNamespace(items=items)])
    return search_text(shaped, SimpleNamespace(**subject) if subject else None, commune)
