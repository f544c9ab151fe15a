"""Read a loaded ORM ``Case`` into a :class:`DocumentSnapshot`. Read-only.

Catalogue names are taken from loaded relationships first, then from ``session.get`` when a
session is given, and finally fall back to the stored code, so a snapshot can be built from a
detached object graph too. Tombstoned rows (``deleted_at`` set) are left out.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from app.documents.snapshot import (
    AUTHORITY,
    BASIS_SURPRISE,
    INDIVIDUAL,
    WITNESS,
    Agency,
    Basis,
    DocumentSnapshot,
    GoodsLine,
    Person,
    Place,
    PrintedFinding,
    PrintedForce,
    PrintedSeizure,
    PrintedSubject,
    PrintedViolation,
    PrintedWitness,
    RelatedDoc,
)

#: Namespace of the document ids derived from (case, form, number) when none is given.
DOCUMENT_NAMESPACE = uuid.UUID("6f1c4b1e-7a43-5d0e-9a52-54d1a7c0de11")

_NATIONALITIES = {"VN": "Việt Nam", "CN": "Trung Quốc", "LA": "Lào", "KH": "Campuchia"}
_GENDERS = {
    "male": "Nam",
    "m": "Nam",
    "nam": "Nam",
    "female": "Nữ",
    "f": "Nữ",
    "nu": "Nữ",
    "nữ": "Nữ",
}


def _live(rows: Iterable[Any] | None) -> list[Any]:
    return [r for r in (rows or ()) if getattr(r, "deleted_at", None) is None]


def _catalog(session: Any, model_name: str, code: str | None) -> Any:
    if not code or session is None:
        return None
    from app import models

    return session.get(getattr(models, model_name), code)


def _named(kind: str, name: str) -> str:
    """ "Tân Thanh" + "xã" → "xã Tân Thanh"; a name that already carries its kind is kept."""
    if not kind or name.lower().startswith(kind.lower() + " "):
        return name
    return f"{kind} {name}"


def _gender(value: str | None) -> str:
    if not value:
        return ""
    return _GENDERS.get(value.strip().lower(), value.strip().capitalize())


def _province_name(session: Any, code: str | None, loaded: Any = None) -> str:
    prov = loaded or _catalog(session, "Province", code)
    return _named(prov.kind, prov.name) if prov is not None else ""


def _place(inspection: Any, session: Any) -> Place:
    commune = getattr(inspection, "commune", None) or _catalog(
        session, "Commune", inspection.commune_code
    )
    if commune is None:
        return Place(address=inspection.place_address, commune=inspection.commune_code or "")
    return Place(
        address=inspection.place_address,
        commune=_named(commune.kind, commune.name),
        province=_province_name(session, commune.province_code),
    )


def _agency(inspection: Any, session: Any) -> Agency:
    unit = getattr(inspection, "unit", None)
    if unit is None:
        return Agency(name="")
    return Agency(
        name=unit.name,
        parent_name=unit.parent_name,
        address=unit.address,
        province=_province_name(session, unit.province_code),
        agency_code=unit.agency_code,
        team_code=unit.team_code,
    )


def _subject(row: Any, session: Any) -> PrintedSubject | None:
    if row is None:
        return None
    nat = _catalog(session, "Nationality", row.nationality)
    return PrintedSubject(
        kind=row.kind or INDIVIDUAL,
        name=row.name,
        gender=_gender(row.gender),
        birth_date=row.birth_date,
        nationality=nat.name if nat is not None else _NATIONALITIES.get(row.nationality or "", ""),
        occupation=row.occupation,
        address=row.address,
        id_kind=row.id_kind or "",
        id_number=row.id_number or "",
        id_issued_on=row.id_issued_on,
        id_issued_by=row.id_issued_by,
        tax_code=row.tax_code or "",
        registration_no=row.registration_no,
        registration_issued_on=row.registration_issued_on,
        registration_issued_by=row.registration_issued_by,
        representative_name=row.representative_name,
        representative_gender=_gender(row.representative_gender),
        representative_title=row.representative_title,
        phone=row.phone,
    )


def _witness(row: Any) -> PrintedWitness:
    """The model keeps one free ``position_title`` and ``address``: for a witness they are the
    occupation and address, for an authority representative the title and the agency."""
    if row.role == WITNESS:
        return PrintedWitness(
            full_name=row.full_name,
            occupation=row.position_title,
            address=row.address,
            id_number=row.id_number,
        )
    return PrintedWitness(
        full_name=row.full_name,
        role=AUTHORITY,
        position_title=row.position_title,
        organisation=row.address,
        id_number=row.id_number,
    )


def _category_name(session: Any, code: str | None) -> str:
    cat = _catalog(session, "GoodsCategory", code)
    return cat.name if cat is not None else ""


def _unit_name(session: Any, code: str | None) -> str:
    """The unit of measure as the catalogue writes it ("cái" for the code "cai")."""
    unit = _catalog(session, "MeasureUnit", code)
    return unit.name if unit is not None else (code or "")


def _violation(row: Any, session: Any) -> PrintedViolation:
    act = getattr(row, "legal_act", None) or _catalog(session, "LegalAct", row.legal_act_code)
    kind = _catalog(session, "ViolationKind", row.violation_kind)
    return PrintedViolation(
        citation=act.citation if act is not None else row.legal_act_code,
        act_title=act.title if act is not None else "",
        description=row.description,
        kind=kind.name if kind is not None else "",
        proposed_fine=row.proposed_fine,
        criminal_signs=row.criminal_signs,
    )


def _seizure(row: Any, session: Any) -> PrintedSeizure | None:
    if row is None:
        return None
    items = tuple(
        GoodsLine(
            name=i.name,
            unit=_unit_name(session, i.unit),
            quantity=i.quantity,
            kind=i.kind or _category_name(session, i.category_code),
            condition=i.condition,
            estimated_value=i.estimated_value,
            seal_numbers=i.seal_numbers,
            note=i.note,
        )
        for i in _live(row.items)
    )
    return PrintedSeizure(
        seized_at=row.seized_at,
        reason=row.reason,
        storage_place=row.storage_place,
        keeper=row.keeper,
        sealed=row.sealed,
        items=items,
    )


def _force(row: Any, session: Any) -> PrintedForce:
    force = _catalog(session, "Force", row.force_code)
    return PrintedForce(
        force=force.name if force is not None else row.force_code,
        agency_name=row.agency_name,
        representative=row.representative,
        representative_title=row.representative_title,
    )


def _related(
    inspection: Any, session: Any, agency: Agency, *, with_sheets: bool
) -> tuple[RelatedDoc, ...]:
    """The case's issued (not void) documents, oldest first. ``with_sheets`` adds the sheets
    each says it has (BB-BGHS lists them): read from the document itself, never assumed."""
    if session is None or inspection.id is None:
        return ()
    from sqlalchemy import select
    from sqlalchemy.orm import undefer

    from app.documents.forms import SPECS
    from app.documents.render import printed_sheets
    from app.documents.vntext import to_vn_time
    from app.models import ISSUED, IssuedDocument

    stmt = select(IssuedDocument).where(
        IssuedDocument.inspection_id == inspection.id, IssuedDocument.status == ISSUED
    )
    if with_sheets:
        stmt = stmt.options(undefer(IssuedDocument.snapshot))
    out = []
    for doc in session.scalars(stmt.order_by(IssuedDocument.issued_at)):
        spec = SPECS.get(doc.form_code)
        sheets: int | None = None
        annex = 0
        if with_sheets and spec is not None:
            sheets, annex = printed_sheets(DocumentSnapshot.from_json(doc.snapshot), doc.page_count)
        out.append(
            RelatedDoc(
                doc.number,
                to_vn_time(doc.issued_at).date(),
                agency.name,
                title=spec.title if spec is not None else "",
                sheets=sheets,
                annex_sheets=annex,
            )
        )
    return tuple(out)


def snapshot_from_inspection(
    inspection: Any,
    *,
    form_code: str,
    number: str,
    session: Any = None,
    seizure: Any = None,
    **extra: Any,
) -> DocumentSnapshot:
    """Freeze a loaded ORM ``Case`` into the snapshot of ``form_code``. Writes nothing.

    ``extra`` overrides or adds snapshot fields the case record does not hold
    (``document_id``, ``issued_at``, ``related``, ``handover``, ``copies``,
    ``explanation_days``, ``appointment_at``…).

    ``seizure`` picks one ORM ``Seizure`` of the case (default: the latest live one).
    ``document_id`` defaults to a UUID derived from (case id, form, number), ``issued_at`` to
    the end of the inspection (else its start, else its finalisation or last update).
    """
    agency = _agency(inspection, session)
    unit_name = agency.name
    members = tuple(
        Person(
            full_name=m.full_name,
            position_title=m.position_title,
            badge_no=m.badge_no,
            organisation=unit_name,
            is_leader=m.is_leader,
        )
        for m in _live(inspection.members)
    )
    seizures = _live(inspection.seizures)
    if seizure is None and seizures:
        seizure = seizures[-1]
    subject = _subject(inspection.subject, session)
    issued_at = (
        inspection.ended_at
        or inspection.started_at
        or inspection.finalised_at
        or inspection.updated_at
        or datetime.now(UTC)
    )
    fields: dict[str, Any] = {
        "document_id": str(uuid.uuid5(DOCUMENT_NAMESPACE, f"{inspection.id}:{form_code}:{number}")),
        "form_code": form_code,
        "number": number,
        "issued_at": issued_at,
        "agency": agency,
        "place": _place(inspection, session),
        "basis": Basis(
            kind=inspection.basis_kind or BASIS_SURPRISE,
            decision_no=inspection.decision_no,
            decision_date=inspection.decision_date,
            decision_signer=inspection.decision_signer,
            decision_signer_title=inspection.decision_signer_title,
            surprise_ground=inspection.surprise_ground,
            tip_ref=inspection.tip_ref,
        ),
        "started_at": inspection.started_at,
        "ended_at": inspection.ended_at,
        "vehicle_plate": inspection.vehicle_plate,
        "members": members,
        "forces": tuple(_force(f, session) for f in _live(inspection.forces)),
        "witnesses": tuple(_witness(w) for w in _live(inspection.witnesses)),
        "subject": subject,
        "subject_present": inspection.subject_present,
        "contents": inspection.contents,
        "findings": tuple(PrintedFinding(f.content, f.result) for f in _live(inspection.findings)),
        "goods": tuple(
            GoodsLine(
                name=g.name,
                unit=_unit_name(session, g.unit),
                quantity=g.quantity,
                kind=_category_name(session, g.category_code),
                origin=g.origin,
                papers=g.papers,
                estimated_value=g.estimated_value,
                note=g.note,
            )
            for g in _live(inspection.goods)
        ),
        "violations": tuple(_violation(v, session) for v in _live(inspection.violations)),
        "seizure": _seizure(seizure, session),
        "subject_opinion": inspection.subject_opinion,
        "forces_opinion": inspection.forces_opinion,
        "witness_opinion": inspection.witness_opinion,
        "team_conclusion": inspection.team_conclusion,
        "refusal_reason": inspection.refusal_reason,
        "delivered_to": subject.signer if subject is not None else "",
        "related": _related(inspection, session, agency, with_sheets=form_code == "BB-BGHS"),
    }
    fields.update(extra)
    return DocumentSnapshot(**fields)
