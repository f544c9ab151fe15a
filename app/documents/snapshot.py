"""What a printed form shows, frozen: the snapshot stored with an issued document.

A snapshot holds text exactly as it is printed (catalogue codes already resolved to names), so
the same snapshot renders the same PDF forever, whatever later happens to the catalogues or the
case. Every string is NFC-normalised and every datetime is aware UTC when the snapshot is built.

Empty-text convention, used by every form:

- an empty string on a line the form *requires* prints a dotted line for handwriting;
- an empty string on an optional "(nếu có)" line prints "Không".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.documents.snapshot_json import OMIT_IF_NONE, Record, dumps, loads

INDIVIDUAL = "individual"
ORGANISATION = "organisation"
WITNESS = "witness"
AUTHORITY = "authority"
BASIS_DECISION = "decision"
BASIS_SURPRISE = "surprise"
SCHEMA_VERSION = 1
DEFAULT_FIELD = "hoạt động thương mại, sản xuất, buôn bán hàng giả, hàng cấm và bảo vệ quyền lợi người tiêu dùng"


@dataclass(frozen=True)
class Agency(Record):
    """The issuing unit (header "TÊN CƠ QUAN") under its parent ("CƠ QUAN CHỦ QUẢN")."""

    name: str
    parent_name: str = ""
    address: str = ""
    province: str = ""
    agency_code: str = ""
    team_code: str = ""


@dataclass(frozen=True)
class Person(Record):
    """An officer or official: team member, người lập biên bản, người nhận bàn giao…"""

    full_name: str
    position_title: str = ""
    badge_no: str = ""
    organisation: str = ""
    is_leader: bool = False


@dataclass(frozen=True)
class PrintedForce(Record):
    """A cooperating force (cơ quan phối hợp) and its representative."""

    force: str
    agency_name: str = ""
    representative: str = ""
    representative_title: str = ""


@dataclass(frozen=True)
class PrintedWitness(Record):
    """A witness (họ tên, nghề nghiệp, địa chỉ) or an authority representative (chức vụ, cơ quan)."""

    full_name: str
    role: str = WITNESS
    occupation: str = ""
    position_title: str = ""
    organisation: str = ""
    address: str = ""
    id_number: str = ""

    @property
    def is_authority(self) -> bool:
        return self.role == AUTHORITY


@dataclass(frozen=True)
class PrintedSubject(Record):
    """The individual or organisation, with the fields NĐ 118 forms name (FORMS.md)."""

    kind: str
    name: str
    gender: str = ""
    birth_date: date | None = None
    nationality: str = ""
    occupation: str = ""
    address: str = ""
    id_kind: str = ""
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
    phone: str = ""

    @property
    def is_organisation(self) -> bool:
        return self.kind == ORGANISATION

    @property
    def signer(self) -> str:
        """Who signs for the subject: the individual, or the organisation's representative."""
        return self.representative_name if self.is_organisation else self.name


@dataclass(frozen=True)
class Place(Record):
    """Where the minutes are made: "thôn Nà Lừa" + "xã Tân Thanh" + "tỉnh Lạng Sơn"."""

    address: str = ""
    commune: str = ""
    province: str = ""

    @property
    def text(self) -> str:
        return ", ".join(p for p in (self.address, self.commune, self.province) if p)


@dataclass(frozen=True)
class Basis(Record):
    """Căn cứ kiểm tra: a Quyết định kiểm tra, or the ground of a surprise check."""

    kind: str = BASIS_SURPRISE
    decision_no: str = ""
    decision_date: date | None = None
    decision_signer: str = ""
    decision_signer_title: str = ""
    surprise_ground: str = ""
    tip_ref: str = ""


@dataclass(frozen=True)
class PrintedFinding(Record):
    content: str
    result: str = ""


@dataclass(frozen=True)
class GoodsLine(Record):
    """One row of a goods table: an inspected good or a seized item."""

    name: str
    unit: str = ""
    quantity: Decimal | None = None
    kind: str = ""
    condition: str = ""
    origin: str = ""
    papers: str = ""
    estimated_value: int | None = None
    seal_numbers: str = ""
    note: str = ""


@dataclass(frozen=True)
class PrintedViolation(Record):
    citation: str
    act_title: str = ""
    description: str = ""
    kind: str = ""
    proposed_fine: int | None = None
    criminal_signs: bool = False


@dataclass(frozen=True)
class PrintedSeizure(Record):
    seized_at: datetime | None = None
    reason: str = ""
    storage_place: str = ""
    keeper: str = ""
    keeper_title: str = ""
    keeper_organisation: str = ""
    sealed: bool = False
    seal_numbers: str = ""
    items: tuple[GoodsLine, ...] = ()

    @property
    def total_value(self) -> int:
        return sum(i.estimated_value or 0 for i in self.items)


@dataclass(frozen=True)
class RelatedDoc(Record):
    """A document this one rests on: "20030016/BB-TG", "20030019/QĐ-CHS"…

    ``title`` is its name in running text; ``sheets`` the sheets it says it has ("gồm … tờ"),
    ``annex_sheets`` those of the Bảng kê attached to it (0: none), both as issued (None: not
    known, e.g. a decision made outside the app).
    """

    number: str
    issued_on: date | None = None
    issuer: str = ""
    title: str = ""
    sheets: int | None = None
    annex_sheets: int = 0

    @property
    def symbol(self) -> str:
        return self.number.rpartition("/")[2]


@dataclass(frozen=True)
class Handover(Record):
    """BB-BGHS: who receives the case file and what the file holds."""

    receiver: Person
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class PrintedSanction(Record):
    """One violation as a sanction decision prints it: the act, what was done, the fine
    (0: a warning), the additional sanction and the remedial measure with its days."""

    citation: str
    description: str = ""
    fine: int = 0
    additional: str = ""
    remedial: str = ""
    remedial_days: int | None = None


@dataclass(frozen=True)
class PrintedDecision(Record):
    """What a decision (MQĐ02, MQĐ20) prints beyond the case: the địa danh and date of the
    date line, who decides (``authority``: chức danh and agency, the title line; ``signer``
    and ``signer_title``: the signature), the sector decree it applies (``decree_basis``),
    the sanctions and circumstances, where and within how many days the fine is paid, and
    for a seizure its ground, term and place. ``executor`` carries the decision out,
    ``informed`` is told of it (Điều 3)."""

    kind: str
    decided_on: date | None = None
    place_name: str = ""
    authority: str = ""
    signer: str = ""
    signer_title: str = ""
    decree_basis: tuple[str, ...] = ()
    sanctions: tuple[PrintedSanction, ...] = ()
    fine_total: int = 0
    confiscated_value: int = 0
    aggravating: str = ""
    mitigating: str = ""
    treasury_name: str = ""
    treasury_address: str = ""
    pay_account: str = ""
    pay_within_days: int = 10
    reason: str = ""
    held_days: int | None = None
    held_from: date | None = None
    held_until: date | None = None
    held_place: str = ""
    sealed: bool = False
    executor: str = ""
    informed: str = ""


@dataclass(frozen=True)
class DocumentSnapshot(Record):
    """Everything one printed form shows. ``copies`` 0 means the form's default."""

    document_id: str
    form_code: str
    number: str
    issued_at: datetime
    agency: Agency
    place: Place = field(default_factory=Place)
    basis: Basis = field(default_factory=Basis)
    started_at: datetime | None = None
    ended_at: datetime | None = None
    place_reason: str = ""
    vehicle_plate: str = ""
    field_of_law: str = DEFAULT_FIELD
    members: tuple[Person, ...] = ()
    forces: tuple[PrintedForce, ...] = ()
    witnesses: tuple[PrintedWitness, ...] = ()
    interpreter: PrintedWitness | None = None
    subject: PrintedSubject | None = None
    subject_present: bool = True
    victim: str = ""
    victim_opinion: str = ""
    contents: str = ""
    findings: tuple[PrintedFinding, ...] = ()
    goods: tuple[GoodsLine, ...] = ()
    violations: tuple[PrintedViolation, ...] = ()
    seizure: PrintedSeizure | None = None
    subject_opinion: str = ""
    forces_opinion: str = ""
    witness_opinion: str = ""
    team_conclusion: str = ""
    extra_opinion: str = ""
    scene: str = ""
    damage: str = ""
    measures: str = ""
    explanation_days: int | None = None
    explanation_to: str = ""
    appointment_at: datetime | None = None
    appointment_place: str = ""
    owner_capacity: str = "chủ sở hữu"
    related: tuple[RelatedDoc, ...] = ()
    handover: Handover | None = None
    refusal_reason: str = ""
    copies: int = 0
    delivered_to: str = ""
    delivered_at: datetime | None = None
    schema: int = SCHEMA_VERSION
    decision: PrintedDecision | None = field(default=None, metadata=OMIT_IF_NONE)

    @property
    def leader(self) -> Person | None:
        """The người lập biên bản: the team leader, else the first member."""
        for m in self.members:
            if m.is_leader:
                return m
        return self.members[0] if self.members else None

    @property
    def other_members(self) -> tuple[Person, ...]:
        lead = self.leader
        return tuple(m for m in self.members if m is not lead)

    @property
    def seized_items(self) -> tuple[GoodsLine, ...]:
        return self.seizure.items if self.seizure else ()

    def related_doc(self, symbol: str) -> RelatedDoc | None:
        """The latest related document whose symbol is ``symbol`` ("BB-TG", "QĐ-CHS"…)."""
        for doc in reversed(self.related):
            if doc.symbol == symbol:
                return doc
        return None

    def to_json(self) -> str:
        """Canonical JSON (sorted keys, compact, UTF-8 text): store it with the issued document."""
        return dumps(self)

    @classmethod
    def from_json(cls, text: str) -> DocumentSnapshot:
        return loads(cls, text)

    def fingerprint(self) -> str:
        """First 16 hex digits of the SHA-256 of :meth:`to_json` (printed in the QR code).

        Computed once per snapshot object (it is frozen) and kept outside the fields.
        """
        cached = self.__dict__.get("_fingerprint")
        if cached is None:
            cached = hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()[:16]
            self.__dict__["_fingerprint"] = cached
        return cached


__all__ = [
    "AUTHORITY",
    "BASIS_DECISION",
    "BASIS_SURPRISE",
    "DEFAULT_FIELD",
    "INDIVIDUAL",
    "ORGANISATION",
    "WITNESS",
    "Agency",
    "Basis",
    "DocumentSnapshot",
    "GoodsLine",
    "Handover",
    "Person",
    "Place",
    "PrintedFinding",
    "PrintedForce",
    "PrintedSeizure",
    "PrintedDecision",
    "PrintedSanction",
    "PrintedSubject",
    "PrintedViolation",
    "PrintedWitness",
    "RelatedDoc",
]
