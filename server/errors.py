"""The server's domain errors and their one mapping to HTTP.

Services raise :class:`app.errors.DomainError` subclasses (the app's own, plus the few below
that only a server has); :func:`install` maps every one of them, and FastAPI's request
validation errors, to an :class:`app.sync.wire.ErrorBody` in Vietnamese and English.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.errors import Conflict, DomainError, NotFound, RecordLocked, ValidationFailed
from app.sync.wire import PROTOCOL_VERSION, ErrorBody, field_errors


class ServerError(DomainError):
    """A domain error with an English twin for logs and non-Vietnamese readers."""

    def __init__(self, message: str, message_en: str = "") -> None:
        super().__init__(message)
        self.message_en = message_en


class Unauthenticated(ServerError):
    pass


class DeviceRevoked(ServerError):
    pass


class Forbidden(ServerError):
    pass


class EnrolmentRefused(ServerError):
    pass


class ProtocolTooOld(ServerError):
    pass


class ProtocolUnsupported(ServerError):
    pass


class PayloadTooLarge(ServerError):
    pass


class HashMismatch(ServerError):
    pass


class BatchReused(ServerError):
    """A batch id sent again with other records than it first brought."""


class LeaseRefused(ServerError):
    """The device holds enough numbers of that form and year already."""


class TooManyAttempts(ServerError):
    """Too many requests (enrolment codes, verifications) from one address for a while."""

    def __init__(self, message: str, message_en: str, retry_after: int) -> None:
        super().__init__(message, message_en)
        self.retry_after = retry_after


class RangeMismatch(ServerError):
    """The chunk does not start where the stored bytes end; ``received`` says where."""

    def __init__(self, message: str, message_en: str, received: int) -> None:
        super().__init__(message, message_en)
        self.received = received


# The one mapping: most specific class first.
HTTP: list[tuple[type[DomainError], int, str]] = [
    (ValidationFailed, 422, "validation_failed"),
    (Unauthenticated, 401, "unauthenticated"),
    (DeviceRevoked, 403, "device_revoked"),
    (EnrolmentRefused, 403, "enrolment_refused"),
    (Forbidden, 403, "forbidden"),
    (NotFound, 404, "not_found"),
    (RecordLocked, 409, "record_locked"),
    (BatchReused, 409, "batch_reused"),
    (LeaseRefused, 409, "lease_refused"),
    (TooManyAttempts, 429, "rate_limited"),
    (Conflict, 409, "conflict"),
    (PayloadTooLarge, 413, "payload_too_large"),
    (RangeMismatch, 416, "range_mismatch"),
    (HashMismatch, 422, "hash_mismatch"),
    (ProtocolTooOld, 426, "protocol_too_old"),
    (ProtocolUnsupported, 400, "protocol_unsupported"),
    (DomainError, 400, "refused"),
]


def too_old_error(version: object, minimum: int) -> ProtocolTooOld:
    return ProtocolTooOld(
        f"Phiên bản ứng dụng quá cũ (giao thức {version}); máy chủ cần giao thức {minimum} trở lên. "
        "Hãy cập nhật Thực Địa rồi đồng bộ lại.",
        f"The app is too old (protocol {version}); the server needs protocol {minimum} or newer. "
        "Update Thực Địa and sync again.",
    )


def payload_too_large(limit: int, what: str = "body") -> PayloadTooLarge:
    return PayloadTooLarge(
        f"Dữ liệu gửi lên quá lớn (giới hạn {limit:,} {'byte' if what == 'body' else 'bản ghi'}); "
        "ứng dụng cần chia nhỏ lần gửi.",
        f"Request too large (limit {limit} {'bytes' if what == 'body' else 'records'}); split it.",
    )


def status_of(exc: DomainError) -> tuple[int, str]:
    for cls, status, code in HTTP:
        if isinstance(exc, cls):
            return status, code
    return 400, "refused"


def error_response(exc: DomainError) -> JSONResponse:
    status, code = status_of(exc)
    fields = exc.errors if isinstance(exc, ValidationFailed) else {}
    message = "Dữ liệu chưa hợp lệ." if isinstance(exc, ValidationFailed) else str(exc)
    body = ErrorBody(
        error=code, message=message, message_en=getattr(exc, "message_en", ""), fields=fields
    )
    headers = {"X-ThucDia-Protocol-Server": str(PROTOCOL_VERSION)}
    if isinstance(exc, RangeMismatch):
        headers["X-Received-Bytes"] = str(exc.received)
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    if isinstance(exc, TooManyAttempts):
        headers["Retry-After"] = str(exc.retry_after)
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def internal_error_response() -> JSONResponse:
    body = ErrorBody(
        error="internal", message="Lỗi máy chủ; hãy thử lại sau.", message_en="Server error."
    )
    return JSONResponse(body.model_dump(mode="json"), status_code=500)


def install(app: FastAPI) -> None:
    """Register the handlers (unexpected exceptions: :class:`server.middleware.ErrorShield`)."""

    @app.exception_handler(DomainError)
    async def _domain(_request: Request, exc: DomainError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        fields = field_errors(exc.errors(), drop=("body", "query", "path", "header"))
        return error_response(ValidationFailed(fields))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        body = ErrorBody(
            error=f"http_{exc.status_code}", message=str(exc.detail), message_en=str(exc.detail)
        )
        return JSONResponse(body.model_dump(mode="json"), status_code=exc.status_code)
