"""Every kind of synced record, declared once: the one place the app's sync engine and the
server learn what a record kind is.

A :class:`RecordKind` says everything both sides need and nothing of either side's storage:
its name on the wire and its payload model, who may change it (``ownership``), whom the
server sends it to (``scope``), where it comes in a pulled page (``order``; a push sends in
the same order, so a subject arrives before the cases naming it), its conflict policy (the
statuses in which it is immutable, the one change such a record still accepts, whether a
device may create one), its Vietnamese words (``label``, every payload field in
``labels``, coded values in ``values``) and how a person names one record (``title``).

Each side binds what it stores against the name: the app its mapped table, its outbound
read, its apply function and its fast pull path (app.sync.bindings); the server keeps
every kind in one feed table and judges a push by the policy here (server.push.rules).
Nothing here imports the app's mapped models.

Adding a record kind: its payload (app.sync.wire.records) and labels (app.sync.wire.labels),
its declaration here, its binding (app.sync.bindings), its migrations, its UI and its tests.
tests/sync/test_record_kinds.py names a kind missing a part.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field

from app.sync.wire import labels as words
from app.sync.wire.fields import WireModel
from app.sync.wire.outcome import (
    AccusedPayload,
    CaseStepPayload,
    DecisionPayload,
    GoodsDispositionPayload,
    PaymentPayload,
    ReferralPayload,
)
from app.sync.wire.records import (
    CasePayload,
    CatalogUpdate,
    IssuedDocumentPayload,
    NumberBlockPayload,
    OfficerPayload,
    SubjectPayload,
    TipPayload,
)

Ownership = Literal["device", "shared", "server"]
Scope = Literal["unit", "device", "province"]
OWNERSHIPS: tuple[str, ...] = typing.get_args(Ownership)
SCOPES: tuple[str, ...] = typing.get_args(Scope)


@dataclass(frozen=True)
class Reopen:
    """The one change a locked record still accepts: from ``from_status`` to ``to_status``,
    a newer version, not a deletion, with nothing else changed but ``fields``."""

    from_status: str
    to_status: str
    fields: frozenset[str]


@dataclass(frozen=True)
class RecordKind:
    """One kind of synced record (see the module's docstring).

    ``ownership``: "device" (a draft belongs to its origin device: only it pushes changes),
    "shared" (any device of the unit edits it on a ``base_version``; a change on an older
    one is a conflict) or "server" (only the server authors it; devices never push it).
    ``scope``: "unit" (every device of the record's unit), "device" (only the device it
    names, as a leased number block) or "province" (every device).
    """

    name: str
    payload: type[WireModel]
    label: str
    ownership: Ownership
    scope: Scope
    order: int
    labels: Mapping[str, str]
    title: Callable[[Any], str]
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    device_creates: bool = True  # False: the server makes them; a device only edits (tips)
    locked: frozenset[str] = frozenset()  # statuses in which the record is immutable everywhere
    locked_as: str = ""  # the refusal's words for a locked one ("Vụ việc đã hoàn tất")
    reopen: Reopen | None = None
    signed: bool = False  # carries the device's signature over sha256 and fingerprint
    attachments: str | None = None  # the payload's list of AttachmentRef the server must hold
    case_field: str | None = None  # the local record's attribute naming the case to open

    @property
    def pushable(self) -> bool:
        return self.ownership != "server"

    @property
    def owned(self) -> bool:
        return self.ownership == "device"

    @property
    def shared(self) -> bool:
        return self.ownership == "shared"

    def field_names(self) -> Iterator[tuple[str, str]]:
        """Every (dotted path, field) of the payload, nested rows included (their paths
        without row numbers: "seizures.items.quantity")."""
        yield from _fields(self.payload, "")

    def missing_parts(self) -> list[str]:
        """What the declaration lacks, in words naming it (empty when complete)."""
        missing = []
        if self.ownership not in OWNERSHIPS:
            missing.append(f"ownership {self.ownership!r}")
        if self.scope not in SCOPES:
            missing.append(f"scope {self.scope!r}")
        if not isinstance(self.order, int):
            missing.append("apply order")
        if not self.label:
            missing.append("label")
        if self.locked and not self.locked_as:
            missing.append("locked_as")
        missing += [f"label of field {path}" for path, name in self.field_names()
                    if name not in self.labels and name not in words.COMMON]
        return missing


def _models(annotation: Any) -> Iterator[type[BaseModel]]:
    """The pydantic models inside a field's type (``list[Part]``, ``Part | None``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
        return
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        yield from _models(typing.get_args(annotation)[0])
    elif origin in (list, tuple, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            yield from _models(arg)


def _fields(model: type[BaseModel], prefix: str) -> Iterator[tuple[str, str]]:
    for name, info in model.model_fields.items():
        yield f"{prefix}{name}", name
        for inner in _models(info.annotation):
            yield from _fields(inner, f"{prefix}{name}.")


# --- the registry ------------------------------------------------------------------------------

_KINDS: dict[str, RecordKind] = {}
_ORDERED: list[tuple[RecordKind, ...]] = []  # the kinds in apply order, kept until one is added


def register(kind: RecordKind) -> RecordKind:
    """Declare a kind (its name and apply order are its own)."""
    if kind.name in _KINDS:
        raise ValueError(f"record kind {kind.name!r} is declared twice")
    if any(k.order == kind.order for k in _KINDS.values()):
        raise ValueError(f"record kind {kind.name!r}: apply order {kind.order} is taken")
    _KINDS[kind.name] = kind
    _ORDERED.clear()
    return kind


def unregister(name: str) -> None:
    """Forget a kind (tests that declare one of their own)."""
    _KINDS.pop(name, None)
    _ORDERED.clear()


def kinds() -> tuple[RecordKind, ...]:
    """Every kind in apply order."""
    if not _ORDERED:
        _ORDERED.append(tuple(sorted(_KINDS.values(), key=lambda k: k.order)))
    return _ORDERED[0]


def incomplete() -> dict[str, list[str]]:
    """Each declared kind that lacks a part, with what it lacks (empty: all complete)."""
    return {k.name: missing for k in _KINDS.values() if (missing := k.missing_parts())}


def kind(name: str) -> RecordKind:
    """The kind called ``name``; KeyError names it when there is none."""
    try:
        return _KINDS[name]
    except KeyError:
        raise KeyError(f"Loại bản ghi không được hỗ trợ: {name}.") from None


def find(name: str) -> RecordKind | None:
    return _KINDS.get(name)


def pushable() -> tuple[RecordKind, ...]:
    """The kinds devices push, in the order a push sends them."""
    return tuple(k for k in kinds() if k.pushable)


def _known(name: str) -> str:
    if name not in _KINDS:
        raise ValueError(f"Loại bản ghi không được hỗ trợ: {name}.")
    return name


def _names_in_schema(schema: dict[str, Any]) -> None:
    schema["enum"] = [k.name for k in kinds()]  # as declared when the schema is asked for


Entity = Annotated[str, AfterValidator(_known), Field(json_schema_extra=_names_in_schema)]
"""A declared kind's name (the OpenAPI schema lists them)."""


# --- the kinds -----------------------------------------------------------------------------------


def _case_title(case: Any) -> str:
    subject = getattr(case, "subject", None)
    who = f" — {subject.name}" if subject is not None else ""
    return f"Vụ số {case.local_no}{who}"


register(RecordKind(
    "catalog", CatalogUpdate, "Danh mục", "server", "province", 0, words.CATALOG,
    title=lambda r: f"Danh mục {getattr(r, 'catalog', '')}".strip(),
))
register(RecordKind(
    "officer", OfficerPayload, "Cán bộ", "server", "unit", 1, words.OFFICER,
    title=lambda r: f"Cán bộ {r.full_name}",
))
register(RecordKind(
    "subject", SubjectPayload, "Đối tượng", "shared", "unit", 2, words.SUBJECT,
    title=lambda r: f"Đối tượng {r.name}", values=words.SUBJECT_VALUES,
))
register(RecordKind(
    "number_block", NumberBlockPayload, "Dãy số biên bản", "server", "device", 3,
    words.NUMBER_BLOCK, title=lambda r: f"Dãy số {r.symbol} {r.first}–{r.last}/{r.year}",
))
register(RecordKind(
    "tip", TipPayload, "Tin báo", "shared", "unit", 4, words.TIP,
    title=lambda r: f"Tin báo: {r.summary[:60]}", values=words.TIP_VALUES,
    device_creates=False,
))
register(RecordKind(
    "case", CasePayload, "Vụ việc", "device", "unit", 5, words.CASE,
    title=_case_title, values=words.CASE_VALUES, locked=frozenset({"finalised"}),
    locked_as="Vụ việc đã hoàn tất", attachments="attachments", case_field="id",
))
register(RecordKind(
    "issued_document", IssuedDocumentPayload, "Biên bản", "device", "unit", 6,
    words.ISSUED_DOCUMENT, title=lambda r: f"{'Quyết định' if '/QĐ-' in r.number else 'Biên bản'} {r.number}",
    values=words.DOCUMENT_VALUES,
    locked=frozenset({"issued", "void"}), locked_as="Biên bản đã phát hành",
    reopen=Reopen("issued", "void", frozenset({"status", "void_reason", "voided_at"})),
    signed=True, case_field="inspection_id",
))


# the follow-through of a case (FOLLOW-THROUGH.md): events any device of the unit, or the
# province's console, records; a recorded one is made void, not deleted
_VOID = frozenset({"void"})


def _event(name: str, payload: type[WireModel], label: str, order: int,
           labels: Mapping[str, str], title: Callable[[Any], str],
           values: Mapping[str, Mapping[str, str]]) -> RecordKind:
    return register(RecordKind(
        name, payload, label, "shared", "unit", order, labels, title=title, values=values,
        locked=_VOID, locked_as=f"{label} đã bị hủy", case_field="case_id",
    ))


_event("decision", DecisionPayload, "Quyết định", 7, words.DECISION,
       lambda r: f"{words.DECISION_VALUES['kind'].get(r.kind, 'Quyết định')} {r.number}".strip(),
       words.DECISION_VALUES)
_event("payment", PaymentPayload, "Nộp tiền", 8, words.PAYMENT,
       lambda r: f"Biên lai {r.receipt_no}", words.PAYMENT_VALUES)
_event("goods_disposition", GoodsDispositionPayload, "Xử lý tang vật", 9,
       words.GOODS_DISPOSITION,
       lambda r: f"{words.GOODS_VALUES['action'].get(r.action, '')} {r.item_name}".strip(),
       words.GOODS_VALUES)
_event("referral", ReferralPayload, "Chuyển hồ sơ hình sự", 10, words.REFERRAL,
       lambda r: f"Chuyển hồ sơ cho {r.agency}", words.REFERRAL_VALUES)
_event("accused", AccusedPayload, "Bị can", 11, words.ACCUSED,
       lambda r: f"Bị can {r.full_name}", words.EVENT_STATUS)
_event("case_step", CaseStepPayload, "Bước xử lý", 12, words.STEP,
       lambda r: words.STEP_VALUES["step"].get(r.step, r.step), words.STEP_VALUES)
