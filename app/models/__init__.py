"""SQLAlchemy mapped classes. All SQL lives in this package (and its repositories)."""

from app.models.base import Base, Synced, utcnow
from app.models.case import (
    BASIS_DECISION,
    BASIS_SURPRISE,
    DRAFT,
    FINALISED,
    Case,
    CaseMember,
    CooperatingForce,
    Finding,
    InspectedGoods,
    Violation,
    Witness,
)
from app.models.case_due import CaseDue
from app.models.catalog import (
    CatalogVersion,
    Commune,
    Force,
    GoodsCategory,
    LegalAct,
    MeasureUnit,
    Nationality,
    OfficerTitle,
    Province,
    ViolationKind,
)
from app.models.documents import ISSUED, VOID, IssuedDocument, NumberBlock
from app.models.organisation import Officer, Unit
from app.models.outcome import (
    Accused,
    CaseDecision,
    CaseStep,
    CriminalReferral,
    GoodsDisposition,
    Payment,
)
from app.models.records import Attachment, AuditEvent, EditorRecovery, Setting
from app.models.seizure import SeizedItem, Seizure
from app.models.subject import INDIVIDUAL, ORGANISATION, Subject
from app.models.sync_state import (
    OutboxBatch,
    ParkedChange,
    SyncConflict,
    SyncDirty,
    SyncState,
    Tip,
)

__all__ = [
    "ISSUED", "VOID", "IssuedDocument", "NumberBlock",
    "BASIS_DECISION", "BASIS_SURPRISE", "DRAFT", "FINALISED", "INDIVIDUAL", "ORGANISATION",
    "Attachment", "AuditEvent", "Base", "CatalogVersion", "Commune", "CooperatingForce",
    "EditorRecovery", "Finding", "Force", "GoodsCategory", "InspectedGoods", "Case",
    "CaseMember", "LegalAct", "MeasureUnit", "Nationality", "Officer", "OfficerTitle",
    "Province", "SeizedItem", "Seizure", "Setting", "Subject", "Synced", "Unit", "Violation",
    "ViolationKind", "Witness", "utcnow",
    "Accused", "CaseDecision", "CaseDue", "CaseStep", "CriminalReferral", "GoodsDisposition", "Payment",
    "OutboxBatch", "ParkedChange", "SyncConflict", "SyncDirty", "SyncState", "Tip",
]
