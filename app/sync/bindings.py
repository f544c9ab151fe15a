"""What this laptop stores for each record kind (app.sync.wire.kinds): the app's half of
the declaration, registered against the kind's name.

A :class:`Binding` names the mapped table, how records of the kind are read as wire
payloads for a push (``payloads``), how a pulled change is written (``apply``), for the
kinds an initial pull brings by the thousand the fast path of a pull (``fast``), and what
depends on the cases its records belong to (``after_apply``: the due items of those cases,
refreshed once per applied page). A kind stored as one plain table needs nothing of its
own: :func:`plain` reads its payload's fields from the mapped record and writes them back,
and parks a record whose case has not arrived yet.

The outbox, the inbox, conflicts, the problems view, the export and enrolment look a
kind up here (once per batch or page); none of them names a kind.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, select
from sqlalchemy.orm import Session

from app.catalogs import apply_catalog
from app.models import (
    Case,
    IssuedDocument,
    NumberBlock,
    Officer,
    Subject,
    SyncState,
    Tip,
)
from app.models.outcome import (
    Accused,
    CaseDecision,
    CaseStep,
    CriminalReferral,
    GoodsDisposition,
    Payment,
)
from app.models.sync_state import is_pending
from app.services.follow_through.due import refresh_due
from app.sync import bulk, codec, outbound, wire
from app.sync.credentials import Credentials
from app.sync.wire.kinds import RecordKind

Payloads = Callable[[Session, list[uuid.UUID], Credentials | None], dict[uuid.UUID, dict[str, Any]]]
Apply = Callable[[Session, wire.RecordChange, Any], Any]
AfterApply = Callable[[Session, set[uuid.UUID]], Any]


@dataclass(frozen=True)
class Binding:
    kind: RecordKind
    model: type[Any] | None  # the mapped table of one record (None: catalogues, kept by code)
    apply: Apply  # write a pulled change (its payload typed) in the caller's transaction
    payloads: Payloads | None = None  # wire payloads of records as a push sends them
    fast: bulk.FastPath | None = None  # the fast path of an initial pull
    # after a page is applied, with the ids of the cases whose records of this kind it wrote
    after_apply: AfterApply | None = None

    @property
    def name(self) -> str:
        return self.kind.name


def case_of(change: wire.RecordChange) -> uuid.UUID | None:
    """The case a change's record belongs to (its kind's ``case_field``), None for kinds
    outside any case."""
    field = wire.kind(change.entity).case_field
    if field is None:
        return None
    if field == "id":
        return change.id
    value = change.payload.get(field)
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


_BOUND: dict[str, Binding] = {}


def bind(binding: Binding) -> Binding:
    if binding.kind.pushable and binding.payloads is None:
        raise ValueError(f"record kind {binding.name!r} is pushed but has no payload reader")
    _BOUND[binding.name] = binding
    return binding


def unbind(name: str) -> None:
    _BOUND.pop(name, None)


def binding(name: str) -> Binding:
    """The binding of a declared kind; KeyError names a kind this laptop does not store."""
    try:
        return _BOUND[name]
    except KeyError:
        raise KeyError(f"Loại bản ghi chưa được gắn với bảng trên máy: {name}.") from None


def find(name: str) -> Binding | None:
    return _BOUND.get(name)


def model_of(name: str) -> type[Any] | None:
    found = _BOUND.get(name)
    return None if found is None else found.model


def pushed() -> list[Binding]:
    """The bindings of the kinds a push sends, in the order it sends them."""
    return [_BOUND[k.name] for k in wire.pushable() if k.name in _BOUND]


def fast_paths() -> dict[str, bulk.FastPath]:
    return {name: b.fast for name, b in _BOUND.items() if b.fast is not None}


# --- a kind stored as one plain table ------------------------------------------------------------


def read_mapped(kind: RecordKind, model: type[Any]) -> Payloads:
    """Payloads read through the mapped records, field by field (signed when the kind is)."""
    names = [f for f in kind.payload.model_fields if not (kind.signed and f == "signature")]

    def payloads(session: Session, ids: list[uuid.UUID],
                 creds: Credentials | None) -> dict[uuid.UUID, dict[str, Any]]:
        out = {}
        for record in session.scalars(select(model).where(model.id.in_(ids))):
            payload = codec._pick(record, names)
            if kind.signed:
                payload["signature"] = (creds.sign_document(record.id, record.sha256,
                                                            record.fingerprint) if creds else None)
            out[record.id] = payload
        return out

    return payloads


def write_mapped(model: type[Any]) -> Apply:
    """A pulled change written onto the mapped record (made when missing): every payload
    field the table has, and the change's unit when the table keeps one."""
    columns = set(model.__table__.columns.keys())
    as_json = {c.name for c in model.__table__.columns if isinstance(c.type, JSON)}

    def apply(session: Session, change: wire.RecordChange, payload: Any) -> Any:
        values = {k: v for k, v in payload.model_dump().items() if k in columns}
        if as_json:  # a JSON column keeps what the wire wrote (ids as text)
            values.update(payload.model_dump(mode="json", include=as_json))
        if "unit_id" in columns and "unit_id" not in type(payload).model_fields:
            values["unit_id"] = change.unit_id
        return codec._upsert(session, model, change, values)

    return apply


def in_case(apply: Apply) -> Apply:
    """``apply``, parking (KeyError) a record whose case has not arrived on this laptop
    yet: a colleague's payment pulled before the case it pays, retried at every sync."""

    def checked(session: Session, change: wire.RecordChange, payload: Any) -> Any:
        case_id = case_of(change)
        if case_id is not None and session.get(Case, case_id) is None:
            raise KeyError(f"Vụ việc của bản ghi ({wire.kind(change.entity).label.lower()}) "
                           "chưa về máy.")
        return apply(session, change, payload)

    return checked


def plain(name: str, model: type[Any], after_apply: AfterApply | None = None) -> Binding:
    """The binding of a kind kept in one table with its payload's fields as columns (a
    field without its column is refused here, naming it: nothing pulled is dropped). A
    kind whose records belong to a case waits for its case (:func:`in_case`)."""
    kind = wire.kind(name)
    columns = model.__table__.columns.keys()
    lacking = [f for f in kind.payload.model_fields
               if f not in columns and not (kind.signed and f == "signature")]
    if lacking:
        raise ValueError(f"record kind {name!r}: no column in {model.__table__.name} for "
                         f"{', '.join(lacking)}")
    apply = write_mapped(model)
    if kind.case_field not in (None, "id"):
        apply = in_case(apply)
    return Binding(kind, model, apply, read_mapped(kind, model) if kind.pushable else None,
                   after_apply=after_apply)


# --- the kinds of this app ------------------------------------------------------------------------


def _apply_case(session: Session, change: wire.RecordChange, payload: wire.CasePayload) -> Any:
    """A case links a subject with pending changes of its own and leaves its fields alone."""
    subject_id = payload.subject.id if payload.subject else None
    subject = session.get(Subject, subject_id) if subject_id else None
    writable = subject is None or not is_pending(subject, session.get(SyncState, subject_id))
    return codec.apply_case(session, change, payload, writable)


def _apply_subject(session: Session, change: wire.RecordChange, payload: wire.SubjectPayload) -> Any:
    return codec.apply_subject(session, change.id, payload, change.version,
                               str(change.origin_device or ""))


def _apply_document(session: Session, change: wire.RecordChange,
                    payload: wire.IssuedDocumentPayload) -> Any:
    if session.get(Case, payload.inspection_id) is None:
        raise KeyError("Vụ việc của biên bản chưa về máy.")
    return codec.apply_document(session, change, payload)


def _apply_catalog(session: Session, change: wire.RecordChange, payload: wire.CatalogUpdate) -> Any:
    return apply_catalog(session, payload.catalog, payload.model_dump())


def _case_payloads(session: Session, ids: list[uuid.UUID],
                   creds: Credentials | None) -> dict[uuid.UUID, dict[str, Any]]:
    return outbound.case_payloads(session, ids)


def _subject_payloads(session: Session, ids: list[uuid.UUID],
                      creds: Credentials | None) -> dict[uuid.UUID, dict[str, Any]]:
    return {rid: {k: v for k, v in p.items() if k not in ("id", "version")}
            for rid, p in outbound.subject_payloads(session, ids).items()}


def _refresh_due(session: Session, case_ids: set[uuid.UUID]) -> None:
    """A case's deadlines rest on the case (finalised, its BB-VPHC) and on its follow-through
    records: the due items of the cases a page touched are computed again."""
    refresh_due(session, case_ids)


bind(Binding(wire.kind("catalog"), None, _apply_catalog))
bind(plain("officer", Officer))
bind(Binding(wire.kind("subject"), Subject, _apply_subject, _subject_payloads, bulk.SUBJECTS))
bind(Binding(wire.kind("number_block"), NumberBlock, codec.apply_number_block))
bind(plain("tip", Tip))
bind(Binding(wire.kind("case"), Case, _apply_case, _case_payloads, bulk.CASES,
             after_apply=_refresh_due))
bind(Binding(wire.kind("issued_document"), IssuedDocument, _apply_document,
             read_mapped(wire.kind("issued_document"), IssuedDocument), after_apply=_refresh_due))
bind(plain("decision", CaseDecision, _refresh_due))
bind(plain("payment", Payment, _refresh_due))
bind(plain("goods_disposition", GoodsDisposition, _refresh_due))
bind(plain("referral", CriminalReferral, _refresh_due))
bind(plain("accused", Accused, _refresh_due))
bind(plain("case_step", CaseStep, _refresh_due))
