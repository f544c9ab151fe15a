"""Request counts per key in the database (``throttle_hit``), so every worker of a
province's server honours the same limits: the console's sign-in, the public verification
of a paper copy and device enrolment all count here.

A key names what is counted and for whom: ``login-user:<name>``, ``login-addr:<ip>``,
``verify:<ip>``, ``enrol:<ip>``. Counting and the check run in the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.models.base import utcnow
from server.console.models import ThrottleHit

DEFAULT_KEEP = timedelta(minutes=15)


def count_hits(session: Session, key: str, window: timedelta, now: datetime) -> int:
    stmt = select(func.count()).select_from(ThrottleHit).where(
        ThrottleHit.key == key, ThrottleHit.at > now - window)
    return int(session.scalar(stmt) or 0)


def hit(session: Session, key: str, now: datetime, keep: timedelta = DEFAULT_KEEP) -> None:
    """Count one event for ``key``; the key's events older than ``keep`` are dropped."""
    session.execute(delete(ThrottleHit).where(ThrottleHit.key == key,
                                              ThrottleHit.at < now - keep))
    session.add(ThrottleHit(key=key, at=now))
    session.flush()


def exhausted(session: Session, key: str, limit: int, window: timedelta,
              now: datetime | None = None) -> bool:
    """``key`` has been counted ``limit`` times or more within ``window``."""
    return count_hits(session, key, window, now or utcnow()) >= limit


def take(session: Session, key: str, limit: int, window: timedelta) -> bool:
    """Count one request for ``key`` unless it has had ``limit`` within ``window``: False
    then (refuse it)."""
    now = utcnow()
    if exhausted(session, key, limit, window, now):
        return False
    hit(session, key, now, keep=window)
    return True
