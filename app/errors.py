"""Domain errors raised by services and shown by one UI function (and mapped to HTTP)."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a user can be told about. ``str(err)`` is Vietnamese."""


class ValidationFailed(DomainError):
    """Field → message, in Vietnamese. Field names are dotted paths ("subject.id_number",
    "seizures.0.items.3.quantity") so a form can put each message next to its field."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        lines = [f"{field}: {msg}" for field, msg in self.errors.items()]
        super().__init__("Dữ liệu chưa hợp lệ:\n" + "\n".join(lines))


class RecordLocked(DomainError):
    """The record is finalised and can no longer be changed; make an amendment instead."""


class NotFound(DomainError):
    pass


class Conflict(DomainError):
    pass


class DatabaseDamaged(DomainError):
    pass


class SyncError(DomainError):
    """Sync could not go on. ``kind`` tells the UI what to show and whether to retry:

    offline (no connection; retry with backoff), unauthorized (token refused),
    revoked (device revoked: keep all data, stop syncing), too_old (update the app),
    server (the server failed; retry later), refused (the server said no, with a reason),
    not_enrolled (no enrolment yet), tls (certificate not trusted).
    """

    RETRY = frozenset({"offline", "server"})

    def __init__(self, kind: str, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status

    @property
    def retryable(self) -> bool:
        return self.kind in self.RETRY
