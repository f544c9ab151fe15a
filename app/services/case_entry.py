"""A case as the editor enters it: plain data the editor hands to the services, and gets
back to edit (an "entry"; "form" is kept for the legal templates, app.documents.forms).

Numbers (quantities, money) stay as the text the inspector typed so the service can
answer with a message next to the field; dates are ``date``/aware ``datetime``. Every entry
turns into JSON and back (the editor's crash-recovery journal stores it).
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, get_type_hints


@dataclass
class SubjectEntry:
    id: str | None = None  # an existing subject reused from the registry
    kind: str = "individual"
    name: str = ""
    gender: str = ""
    birth_date: date | None = None
    nationality: str = "VN"
    occupation: str = ""
    id_kind: str = "cccd"
    id_number: str = ""
    id_issued_on: date | None = None
    id_issued_by: str = ""
    tax_code: str = ""
    registration_no: str = ""
    registration_issued_on: date | None = None
    registration_issued_by: str = ""
    representative_name: str = ""
    representative_gender: str = ""
    representative_title: str = ""
    address: str = ""
    commune_code: str = ""
    phone: str = ""

    def is_blank(self) -> bool:
        return not (self.id or self.name.strip() or self.id_number.strip() or self.tax_code.strip())


@dataclass
class MemberEntry:
    full_name: str = ""
    position_title: str = ""
    badge_no: str = ""
    is_leader: bool = False
    officer_id: str | None = None


@dataclass
class ForceEntry:
    force_code: str = ""
    agency_name: str = ""
    representative: str = ""
    representative_title: str = ""


@dataclass
class WitnessEntry:
    full_name: str = ""
    role: str = "witness"  # witness / commune (đại diện chính quyền)
    position_title: str = ""
    id_number: str = ""
    address: str = ""


@dataclass
class FindingEntry:
    content: str = ""
    result: str = ""


@dataclass
class GoodsEntry:
    name: str = ""
    category_code: str = ""
    unit: str = ""
    quantity: str = ""
    origin: str = ""
    papers: str = ""
    estimated_value: str = ""
    note: str = ""


@dataclass
class ViolationEntry:
    legal_act_code: str = ""
    violation_kind: str = ""
    description: str = ""
    proposed_fine: str = ""
    criminal_signs: bool = False
    criminal_signs_cleared: str = ""  # the reason, when the flag of prohibited goods is cleared


@dataclass
class SeizedItemEntry:
    name: str = ""
    category_code: str = ""
    unit: str = ""
    quantity: str = ""
    kind: str = ""
    condition: str = ""
    estimated_value: str = ""
    seal_numbers: str = ""
    note: str = ""


@dataclass
class SeizureEntry:
    seized_at: datetime | None = None
    reason: str = ""
    storage_place: str = ""
    keeper: str = ""
    sealed: bool = False
    items: list[SeizedItemEntry] = field(default_factory=list)


@dataclass
class CaseEntry:
    id: str | None = None
    basis_kind: str = "surprise"
    decision_no: str = ""
    decision_date: date | None = None
    decision_signer: str = ""
    decision_signer_title: str = ""
    surprise_ground: str = ""
    tip_ref: str = ""
    started_at: datetime | None = None
    ended_at: datetime | None = None
    place_address: str = ""
    commune_code: str = ""
    vehicle_plate: str = ""
    subject: SubjectEntry = field(default_factory=SubjectEntry)
    subject_present: bool = True
    members: list[MemberEntry] = field(default_factory=list)
    forces: list[ForceEntry] = field(default_factory=list)
    witnesses: list[WitnessEntry] = field(default_factory=list)
    findings: list[FindingEntry] = field(default_factory=list)
    contents: str = ""
    goods: list[GoodsEntry] = field(default_factory=list)
    violations: list[ViolationEntry] = field(default_factory=list)
    seizures: list[SeizureEntry] = field(default_factory=list)
    subject_opinion: str = ""
    forces_opinion: str = ""
    witness_opinion: str = ""
    team_conclusion: str = ""
    refusal_reason: str = ""
    version: int | None = None  # the version the editor loaded (stale-edit check)
    status: str = "draft"  # read-only here: finalising is its own use-case
    local_no: int | None = None  # read-only: the case's running number on this device
    owned_here: bool = True  # read-only: False for a colleague's case that arrived by sync
    amendment_reason: str = ""  # read-only: why this draft amends a finalised case (đính chính)


def to_jsonable(form: Any) -> Any:
    """A form as JSON-ready dicts (dates as ISO text)."""
    if dataclasses.is_dataclass(form):
        return {f.name: to_jsonable(getattr(form, f.name)) for f in dataclasses.fields(form)}
    if isinstance(form, list):
        return [to_jsonable(v) for v in form]
    if isinstance(form, datetime | date):
        return form.isoformat()
    if isinstance(form, uuid.UUID):
        return str(form)
    return form


def from_jsonable(cls: type, data: dict[str, Any]) -> Any:
    """The inverse of :func:`to_jsonable` for the form classes above."""
    hints = get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    text = str(hint)
    for cls in (SubjectEntry, SeizureEntry):
        if hint is cls:
            return from_jsonable(cls, value)
    if text.startswith("list["):
        inner = hint.__args__[0]
        return [from_jsonable(inner, v) for v in value]
    args = set(getattr(hint, "__args__", ())) | {hint}
    if datetime in args:
        return datetime.fromisoformat(value)
    if date in args:
        return date.fromisoformat(value)
    return value
