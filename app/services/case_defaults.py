"""A new case pre-filled with what the device already knows."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from app.services.case_entry import CaseEntry, MemberEntry
from app.services.settings import current_officer


def new_case_entry(session: Session) -> CaseEntry:
    """Now as start time, the officer signed in as team leader."""
    form = CaseEntry(started_at=datetime.now(UTC).replace(second=0, microsecond=0))
    officer = current_officer(session)
    if officer is not None:
        form.members.append(
            MemberEntry(
                full_name=officer.full_name,
                position_title=officer.position,
                badge_no=officer.badge_no,
                is_leader=True,
                officer_id=str(officer.id),
            )
        )
    return form
