"""Copying between editor forms and mapped records.

Child rows are matched by position: a row still on the form is updated in place (its
version bumps only when a value changed), a row gone from the form becomes a tombstone.
That is what sync needs: nothing is deleted, every change is counted.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.models import Case, Subject, utcnow
from app.services.case_entry import (
    CaseEntry,
    FindingEntry,
    ForceEntry,
    GoodsEntry,
    MemberEntry,
    SeizedItemEntry,
    SeizureEntry,
    SubjectEntry,
    ViolationEntry,
    WitnessEntry,
)
from app.text import fold, group_decimal, group_digits, nfc
from app.validation import parse_money, parse_quantity


def live(rows: Sequence[Any]) -> list[Any]:
    """Rows that are not tombstones, in their stored order."""
    return [r for r in rows if getattr(r, "deleted_at", None) is None]


def clean(value: Any) -> Any:
    """NFC and trimmed text; other values unchanged."""
    return nfc(value.strip()) if isinstance(value, str) else value


def assign(record: Any, values: dict[str, Any]) -> bool:
    """Set attributes; True when anything changed."""
    changed = False
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)
            changed = True
    return changed


def sync_rows(
    rows: list[Any],
    forms: Sequence[Any],
    make: Callable[[], Any],
    values: Callable[[Any], dict[str, Any]],
    origin: str,
) -> None:
    current = live(rows)
    for pos, form in enumerate(forms):
        vals = values(form) | {"position": pos}
        if pos < len(current):
            row = current[pos]
            if assign(row, vals):
                row.touch()
        else:
            row = make()
            row.origin_device = origin
            assign(row, vals)
            rows.append(row)
    for row in current[len(forms):]:
        row.deleted_at = utcnow()
        row.touch()


def _opt(text: str) -> str | None:
    return clean(text) or None


def subject_values(s: SubjectEntry) -> dict[str, Any]:
    v = {f.name: clean(getattr(s, f.name)) for f in dataclasses.fields(s) if f.name != "id"}
    v["gender"] = v["gender"] or None
    v["representative_gender"] = v["representative_gender"] or None
    v["id_number"] = _opt(s.id_number.replace(" ", ""))
    v["tax_code"] = _opt(s.tax_code.replace(" ", ""))
    v["commune_code"] = _opt(s.commune_code)
    v["id_kind"] = v["id_kind"] if v["id_number"] else None
    v["name_folded"] = fold(s.name)
    return v


def subject_form(s: Subject | None) -> SubjectEntry:
    if s is None:
        return SubjectEntry()
    f = SubjectEntry()
    for field in dataclasses.fields(f):
        if field.name == "id":
            continue
        value = getattr(s, field.name)
        setattr(f, field.name, value if value is not None else field.default)
    f.id = str(s.id)
    f.id_kind = s.id_kind or "cccd"
    return f


def _plain(form: Any, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    return {f.name: clean(getattr(form, f.name)) for f in dataclasses.fields(form) if f.name not in exclude}


def goods_values(g: GoodsEntry) -> dict[str, Any]:
    v = _plain(g)
    v["category_code"] = _opt(g.category_code)
    v["quantity"] = parse_quantity(g.quantity)[0] if g.quantity.strip() else None
    v["estimated_value"] = parse_money(g.estimated_value)[0]
    return v


def violation_values(v: ViolationEntry) -> dict[str, Any]:
    d = _plain(v)
    d["violation_kind"] = _opt(v.violation_kind)
    d["proposed_fine"] = parse_money(v.proposed_fine)[0]
    return d


def item_values(i: SeizedItemEntry) -> dict[str, Any]:
    d = _plain(i)
    d["category_code"] = _opt(i.category_code)
    d["quantity"] = parse_quantity(i.quantity)[0]
    d["estimated_value"] = parse_money(i.estimated_value)[0]
    return d


def member_values(m: MemberEntry) -> dict[str, Any]:
    d = _plain(m)
    d["officer_id"] = uuid.UUID(m.officer_id) if m.officer_id else None
    return d


def seizure_values(s: SeizureEntry) -> dict[str, Any]:
    return _plain(s, exclude=("items",))


def force_values(f: ForceEntry) -> dict[str, Any]:
    return _plain(f)


def witness_values(w: WitnessEntry) -> dict[str, Any]:
    return _plain(w)


def finding_values(f: FindingEntry) -> dict[str, Any]:
    return _plain(f)


SCALARS = (
    "basis_kind", "decision_no", "decision_date", "decision_signer", "decision_signer_title",
    "surprise_ground", "tip_ref", "started_at", "ended_at", "place_address", "vehicle_plate",
    "subject_present", "contents", "subject_opinion", "forces_opinion", "witness_opinion",
    "team_conclusion", "refusal_reason",
)


def scalar_values(form: CaseEntry) -> dict[str, Any]:
    v = {name: clean(getattr(form, name)) for name in SCALARS}
    v["vehicle_plate"] = v["vehicle_plate"].upper()
    v["commune_code"] = _opt(form.commune_code)
    return v


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return group_digits(value)
    return group_decimal(value if isinstance(value, Decimal) else Decimal(str(value)))


def _form_of(cls: type, row: Any, **special: Any) -> Any:
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in special:
            kwargs[f.name] = special[f.name]
            continue
        value = getattr(row, f.name)
        if value is None:
            value = f.default if f.default is not dataclasses.MISSING else None
        elif isinstance(f.default, str) and not isinstance(value, str | date | datetime):
            value = _text(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def case_form(ins: Case) -> CaseEntry:
    """The editor's view of a stored case."""
    form = _form_of(
        CaseEntry,
        ins,
        id=str(ins.id),
        subject=subject_form(ins.subject),
        members=[_form_of(MemberEntry, m, officer_id=str(m.officer_id) if m.officer_id else None) for m in live(ins.members)],
        forces=[_form_of(ForceEntry, f) for f in live(ins.forces)],
        witnesses=[_form_of(WitnessEntry, w) for w in live(ins.witnesses)],
        findings=[_form_of(FindingEntry, f) for f in live(ins.findings)],
        goods=[_form_of(GoodsEntry, g) for g in live(ins.goods)],
        violations=[_form_of(ViolationEntry, v) for v in live(ins.violations)],
        seizures=[
            _form_of(SeizureEntry, s, items=[_form_of(SeizedItemEntry, i) for i in live(s.items)])
            for s in live(ins.seizures)
        ],
        version=ins.version,
        status=ins.status,
        local_no=ins.local_no,
        owned_here=True,  # get_case_entry knows this device and sets it
    )
    form.commune_code = ins.commune_code or ""
    return form
