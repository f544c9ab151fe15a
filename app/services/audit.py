"""The audit trail: one append-only event per change a user makes."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import AuditEvent
from app.services.context import Actor


def record_event(
    session: Session, actor: Actor, action: str, entity: str, entity_id: object, detail: str = ""
) -> None:
    session.add(
        AuditEvent(
            actor=actor.officer_name,
            device=actor.device_id,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            detail=detail,
        )
    )
