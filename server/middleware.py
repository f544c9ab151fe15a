"""Pure ASGI middleware: the request body bound (413), compressed request bodies, the
last-resort error shield, and the server's own time on every answer.

:class:`BodyLimit` works before any parsing. A declared ``Content-Length`` over the limit is refused at once; a chunked body is counted
as it arrives and refused when it passes the limit. The refused body is drained (up to a
few times the limit) so the client reads the 413 instead of a reset connection.
"""

from __future__ import annotations

import logging
import time
import traceback
import zlib

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import ValidationFailed
from server.errors import error_response, internal_error_response, payload_too_large

log = logging.getLogger("thucdia.server")

DRAIN_FACTOR = 4


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            if int(declared) <= self.max_bytes * DRAIN_FACTOR:
                await _drain(receive)
            await error_response(payload_too_large(self.max_bytes))(scope, receive, send)
            return
        if declared is not None:
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await error_response(payload_too_large(self.max_bytes))(scope, receive, send)
                return
            if message["type"] != "http.request" or not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


async def _drain(receive: Receive) -> None:
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


class GzipRequests:
    """A request body sent with ``Content-Encoding: gzip`` is inflated before any parsing.
    Laptops compress their push batches: their JSON shrinks about six times, which is what
    decides how long a sync takes on a border commune's mobile link. The inflated body is
    bounded like any other (more than ``max_bytes`` is 413: a small "zip bomb" never grows
    past it); a body that is not valid gzip is 422. Runs inside :class:`BodyLimit`, which
    bounds the compressed bytes as they arrive."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = scope.get("headers", []) if scope["type"] == "http" else []
        if not any(k == b"content-encoding" and v.strip().lower() == b"gzip" for k, v in headers):
            await self.app(scope, receive, send)
            return
        packed = bytearray()
        while True:
            message = await receive()
            packed += message.get("body", b"")
            if message["type"] != "http.request" or not message.get("more_body", False):
                break
        inflater = zlib.decompressobj(wbits=31)  # a gzip member
        try:
            body = inflater.decompress(bytes(packed), self.max_bytes + 1)
        except zlib.error:
            body = None
        if body is not None and len(body) > self.max_bytes:
            await error_response(payload_too_large(self.max_bytes))(scope, receive, send)
            return
        if body is None or not inflater.eof:
            bad = ValidationFailed({"body": "Dữ liệu nén (gzip) bị hỏng hoặc không trọn vẹn."})
            await error_response(bad)(scope, receive, send)
            return
        plain = [(k, v) for k, v in headers if k not in (b"content-encoding", b"content-length")]
        plain.append((b"content-length", str(len(body)).encode()))
        sent = False

        async def inflated() -> Message:
            nonlocal sent
            if sent:
                return await receive()  # the client's disconnect, when it comes
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(dict(scope, headers=plain), inflated, send)


class ErrorShield:
    """Answers 500 for an unexpected exception and logs its type and stack frames only: an
    exception's message can quote request data (a name, an ID number), so it is not logged."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            frames = "".join(traceback.format_tb(exc.__traceback__))
            log.error(
                "unexpected %s on %s %s\n%s",
                type(exc).__name__,
                scope["method"],
                scope["path"],
                frames,
            )
            if not started:
                await internal_error_response()(scope, receive, send)


class ServerTiming:
    """Every answer says how long the server worked on it, in the standard ``Server-Timing``
    header (``app;dur=12.3``, milliseconds from the request to the answer's head): a
    browser's developer tools show it beside the network time, and the benchmarks read the
    server's time from it, apart from the client's."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def timed(message: Message) -> None:
            if message["type"] == "http.response.start":
                took = (time.perf_counter() - started) * 1000
                headers = [*message.get("headers", []),
                           (b"server-timing", f"app;dur={took:.1f}".encode())]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, timed)
