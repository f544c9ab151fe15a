"""The shapes of a case kept in step: a field of the stored case (the ORM) must be in the
editor's form and the wire payload, and a field of a part in the printed snapshot, unless
listed below with its reason. A new column missing from a shape fails with its name."""

from __future__ import annotations

import dataclasses

import pytest

from app.documents import snapshot as S
from app.models import (
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
)
from app.services import case_entry as F
from app.sync import wire

# every synced record's bookkeeping (app.models.base.Synced) and the links between rows:
# set by the write path (app.services.case_write), never typed nor printed
META = {"id", "version", "created_at", "updated_at", "origin_device", "deleted_at", "position",
        "inspection_id", "seizure_id"}

SHAPES = [  # (name, ORM, editor form, wire payload, printed snapshot or None)
    ("case", Case, F.CaseEntry, wire.CasePayload, None),  # printed through Basis/Place/…
    ("subject", Subject, F.SubjectEntry, wire.SubjectPayload, S.PrintedSubject),
    ("members", CaseMember, F.MemberEntry, wire.MemberPart, None),  # printed as Person
    ("forces", CooperatingForce, F.ForceEntry, wire.ForcePart, S.PrintedForce),
    ("witnesses", Witness, F.WitnessEntry, wire.WitnessPart, S.PrintedWitness),
    ("findings", Finding, F.FindingEntry, wire.FindingPart, S.PrintedFinding),
    ("goods", InspectedGoods, F.GoodsEntry, wire.GoodsPart, S.GoodsLine),
    ("violations", Violation, F.ViolationEntry, wire.ViolationPart, S.PrintedViolation),
    ("seizures", Seizure, F.SeizureEntry, wire.SeizurePart, S.PrintedSeizure),
    ("items", SeizedItem, F.SeizedItemEntry, wire.SeizedItemPart, S.GoodsLine),
]

# Deliberate exceptions, per shape and field:
NOT_IN_FORM = {
    # set by use-cases, not typed: unit and numbering by the write path, finalising and
    # amending by their own use-cases, the subject by its own form
    ("case", "unit_id"), ("case", "subject_id"), ("case", "finalised_at"), ("case", "finalised_by"),
    ("case", "amends_id"), ("case", "amendment_reason"),
    ("subject", "name_folded"),  # derived for search (app.services.case_mapping)
}
NOT_ON_WIRE = {
    ("case", "local_no"),  # this laptop's running number: each laptop numbers its own
    ("case", "unit_id"),  # travels in the change's envelope (wire.RecordChange.unit_id)
    ("subject", "name_folded"),  # derived again on arrival
}
NOT_PRINTED = {
    ("subject", "commune_code"),  # printed inside the address text
    ("subject", "name_folded"),
    ("forces", "force_code"),  # printed as the agency's name
    ("goods", "category_code"), ("items", "category_code"),  # statistics, not the biên bản
    ("violations", "legal_act_code"), ("violations", "violation_kind"),  # printed as the act's citation text
    ("violations", "criminal_signs_cleared"),  # the reason is for the audit, not the biên bản
}
FORM_ONLY = {"owned_here", "local_no", "status", "version"}  # read-only facts for the editor


def _columns(model: type) -> set[str]:
    return {c.key for c in model.__table__.columns} - META


def _dataclass(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


@pytest.mark.parametrize(("name", "orm", "form", "payload", "snap"), SHAPES, ids=[s[0] for s in SHAPES])
def test_every_stored_field_is_in_the_form_the_wire_and_the_print(name, orm, form, payload, snap):
    columns = _columns(orm)
    children = {n for n, *_ in SHAPES} | {"subject", "attachments"}
    missing_form = sorted(c for c in columns - _dataclass(form) if (name, c) not in NOT_IN_FORM)
    missing_wire = sorted(c for c in columns - set(payload.model_fields) if (name, c) not in NOT_ON_WIRE)
    assert not missing_form, f"{orm.__name__} fields missing from {form.__name__}: {missing_form}"
    assert not missing_wire, f"{orm.__name__} fields missing from {payload.__name__}: {missing_wire}"
    extra_form = sorted(_dataclass(form) - columns - META - children - FORM_ONLY)
    extra_wire = sorted(set(payload.model_fields) - columns - META - children)
    assert not extra_form, f"{form.__name__} fields not stored in {orm.__name__}: {extra_form}"
    assert not extra_wire, f"{payload.__name__} fields not stored in {orm.__name__}: {extra_wire}"
    if snap is not None:
        unprinted = sorted(c for c in columns - _dataclass(snap) if (name, c) not in NOT_PRINTED)
        assert not unprinted, f"{orm.__name__} fields missing from snapshot {snap.__name__}: {unprinted}"


def test_the_exceptions_name_real_fields():
    """An exception left behind after its field was renamed or removed is a stale list."""
    shapes = {n: orm for n, orm, *_ in SHAPES}
    for name, field in NOT_IN_FORM | NOT_ON_WIRE | NOT_PRINTED:
        assert field in _columns(shapes[name]), (name, field)
