"""The protocol client: one method per route of the provincial server (app.sync.wire).

Plain blocking httpx, used only from the sync worker (never the GUI thread). Every failure
becomes a :class:`app.errors.SyncError` whose ``kind`` says what the user is told and
whether to retry. Idempotent calls (GET, a push batch under its id, a chunk at its offset)
are retried a few times on a dropped connection; the token never reaches a log or an error.
"""

from __future__ import annotations

import functools
import gzip
import logging
import ssl
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

import httpx
from pydantic import ValidationError

from app import __version__
from app.errors import SyncError
from app.sync.wire import (
    API_PREFIX,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ChecksumRequest,
    ChecksumResponse,
    DeviceInfo,
    EnrolRequest,
    EnrolResponse,
    LeaseRequest,
    MissingRequest,
    MissingResponse,
    NumberBlockLease,
    NumberUseReport,
    NumberUseResult,
    PullPage,
    PushBatch,
    PushResponse,
    RecordView,
    UploadStatus,
    WireModel,
)

log = logging.getLogger("thucdia.sync")
M = TypeVar("M", bound=WireModel)
RETRIES = 3  # attempts of an idempotent call over a dropped connection
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 60.0
GZIP_FROM = 4096  # JSON bodies from this size go gzip-compressed (the server inflates them)


@functools.lru_cache(maxsize=8)
def _verify(ca_file: str) -> ssl.SSLContext:
    """Certificate checks always on: the system's roots and certifi's, or only a provincial
    CA file when one is given. Made once per process (loading roots costs ~20 ms)."""
    if ca_file:
        return ssl.create_default_context(cafile=ca_file)
    import certifi

    context = ssl.create_default_context()
    context.load_verify_locations(cafile=certifi.where())
    return context


def _error_from(response: httpx.Response) -> SyncError:
    try:
        body = response.json()
        message = str(body.get("message") or "")
        fields = body.get("fields") or {}
    except ValueError:
        message, fields = "", {}
    status = response.status_code
    if fields:
        message = message + " " + "; ".join(f"{k}: {v}" for k, v in fields.items())
    if status == 401:
        return SyncError(
            "unauthorized",
            "Máy chủ không nhận mã xác thực của máy này. Hãy đăng ký lại máy với Chi cục.",
            status=status,
        )
    if status == 403:
        return SyncError(
            "revoked",
            message
            or "Máy này đã bị thu hồi quyền đồng bộ. Dữ liệu trên máy vẫn được giữ nguyên; "
            "hãy liên hệ Chi cục.",
            status=status,
        )
    if status == 426:
        return SyncError("too_old", message or "Phiên bản ứng dụng quá cũ.", status=status)
    if status >= 500:
        return SyncError("server", "Máy chủ đang gặp lỗi; sẽ thử lại sau.", status=status)
    return SyncError("refused", message or f"Máy chủ từ chối yêu cầu ({status}).", status=status)


class ServerClient:
    """An HTTP session with the server. ``token`` is None only for enrolment and probing."""

    def __init__(
        self,
        server_url: str,
        token: str | None = None,
        *,
        ca_file: Path | str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.server_url = server_url.rstrip("/")
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "User-Agent": f"ThucDia/{__version__}"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http = httpx.Client(
            base_url=self.server_url + API_PREFIX,
            headers=headers,
            verify=_verify(str(ca_file or "")),
            timeout=httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT),
            transport=transport,
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> ServerClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transport -------------------------------------------------------------------------

    def _send(self, call: Callable[[], httpx.Response], *, idempotent: bool) -> httpx.Response:
        attempts = RETRIES if idempotent else 1
        for attempt in range(1, attempts + 1):
            try:
                return call()
            except httpx.TransportError as exc:
                if isinstance(exc, httpx.ConnectError) and "CERTIFICATE" in str(exc).upper():
                    raise SyncError(
                        "tls",
                        "Chứng chỉ của máy chủ không được tin cậy. Kiểm tra địa chỉ máy chủ "
                        "hoặc tệp chứng chỉ (CA) của Chi cục.",
                    ) from None
                log.info("connection failed (%s), attempt %d/%d", type(exc).__name__, attempt, attempts)
                if attempt == attempts:
                    raise SyncError(
                        "offline", "Không kết nối được máy chủ; sẽ thử lại khi có mạng."
                    ) from None
                time.sleep(0.2 * attempt)
        raise AssertionError("unreachable")

    def _json(self, response: httpx.Response, model: type[M]) -> M:
        if response.status_code != 200:
            raise _error_from(response)
        try:
            return model.model_validate_json(response.content)  # parsed and typed in one pass
        except ValidationError:  # not the server's answer (a captive Wi-Fi page) or malformed
            log.warning("answer to %s is not a %s", response.request.url.path, model.__name__)
            raise SyncError(
                "server", "Câu trả lời nhận được không phải của máy chủ Chi cục (mạng chặn "
                "hoặc chuyển hướng?); sẽ thử lại sau.", status=response.status_code,
            ) from None

    def _post(self, path: str, body: WireModel, model: type[M], *, idempotent: bool = True) -> M:
        content = body.model_dump_json().encode("utf-8")
        return self._post_raw(path, content, model, idempotent=idempotent)

    def _post_raw(self, path: str, content: bytes, model: type[M], *, idempotent: bool = True) -> M:
        headers = {"Content-Type": "application/json"}
        if len(content) >= GZIP_FROM:  # a push batch: about six times smaller on the link
            content = gzip.compress(content, compresslevel=3, mtime=0)
            headers["Content-Encoding"] = "gzip"
        response = self._send(
            lambda: self.http.post(path, content=content, headers=headers), idempotent=idempotent
        )
        return self._json(response, model)

    def _get(self, path: str, model: type[M], params: dict[str, Any] | None = None) -> M:
        return self._json(self._send(lambda: self.http.get(path, params=params), idempotent=True), model)

    # --- routes ----------------------------------------------------------------------------

    def probe(self) -> bool:
        """True when the server answers at all (any HTTP status): the link holds."""
        try:
            self.http.get("/verify", params={"ma": "probe"}, timeout=CONNECT_TIMEOUT)
            return True
        except httpx.HTTPError:
            return False

    def enrol(self, request: EnrolRequest) -> EnrolResponse:
        return self._post("/enrol", request, EnrolResponse, idempotent=False)

    def me(self) -> DeviceInfo:
        return self._get("/devices/me", DeviceInfo)

    def push_raw(self, body: bytes) -> PushResponse:
        """A stored batch, sent as the very bytes kept in the outbox (replays are identical)."""
        return self._post_raw("/push", body, PushResponse)

    def push(self, batch: PushBatch) -> PushResponse:
        return self._post("/push", batch, PushResponse)

    def changes(self, after: int, limit: int, *, mine: bool = True) -> PullPage:
        params = {"after": after, "limit": limit, "mine": "true" if mine else "false"}
        return self._get("/changes", PullPage, params)

    def record(self, record_id: UUID) -> RecordView:
        return self._get(f"/records/{record_id}", RecordView)

    def checksum(self, request: ChecksumRequest) -> ChecksumResponse:
        return self._post("/checksum", request, ChecksumResponse)

    def missing(self, hashes: list[str]) -> MissingResponse:
        return self._post("/attachments/missing", MissingRequest(hashes=hashes), MissingResponse)

    def upload_chunk(self, sha256: str, data: bytes, start: int, total: int) -> UploadStatus:
        """One chunk at ``start``; 416 means the server holds a different offset: the
        returned status then tells where to continue."""
        end = start + len(data) - 1
        headers = {"Content-Range": f"bytes {start}-{end}/{total}", "Content-Type": "application/octet-stream"}
        response = self._send(
            lambda: self.http.put(f"/attachments/{sha256}", content=data, headers=headers),
            idempotent=True,
        )
        if response.status_code == 416:
            received = int(response.headers.get("X-Received-Bytes", "0"))
            return UploadStatus(sha256=sha256, received=received, size=total, complete=False)
        if response.status_code == 422:
            raise SyncError("refused", _error_from(response).args[0], status=422)
        return self._json(response, UploadStatus)

    def lease(self, request: LeaseRequest) -> NumberBlockLease:
        # not idempotent on the server: a lost answer costs a block, which arrives by pull
        return self._post("/number-blocks/lease", request, NumberBlockLease, idempotent=False)

    def report_numbers(self, report: NumberUseReport) -> NumberUseResult:
        return self._post("/number-blocks/report", report, NumberUseResult)
