"""The OpenAPI document at ``/openapi.json``, as a client written from it needs it: the
device token as a bearer security scheme, the protocol header required, every error status
an operation answers with its :class:`app.sync.wire.ErrorBody`, and the payload of each
record kind as a schema of its own.

Routes declare their answers with :func:`answers` (``responses=``); :func:`install` replaces
FastAPI's document builder with one that adds what FastAPI cannot say by itself.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic.json_schema import models_json_schema

from app.sync.wire import PROTOCOL_HEADER, ErrorBody, kinds

WHY: dict[int, str] = {
    400: "Refused: the protocol version is newer than the server's, or the request cannot "
         "be served (e.g. a unit's numbers of a form used up).",
    401: "No device token, or one the server does not know (`WWW-Authenticate: Bearer`).",
    403: "The device is revoked, the batch names another device, or the enrolment code is "
         "wrong, used or expired (one answer for the three).",
    404: "Not found in the device's scope.",
    409: "Conflict: a batch id reused with other records, a batch id of another device, or "
         "a lease refused while the device holds enough unreported numbers.",
    413: "The body (inflated when gzip), a batch's records or an attachment is over its limit.",
    416: "The chunk does not start where the server's bytes end (`X-Received-Bytes` says "
         "where to resume).",
    422: "Malformed input: `fields` maps each dotted path to its message (Vietnamese).",
    426: "The client's protocol is older than the server's minimum (or not given).",
    429: "Too many requests from this address for now (`Retry-After` seconds).",
}
HEADERS: dict[int, dict[str, Any]] = {
    401: {"WWW-Authenticate": {"schema": {"type": "string"}, "description": "Bearer"}},
    416: {"X-Received-Bytes": {"schema": {"type": "integer"},
                               "description": "bytes the server holds of this file"}},
    429: {"Retry-After": {"schema": {"type": "integer"}, "description": "seconds"}},
}
AUTH = (401, 403)  # every operation that needs the device token


def answers(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` of a route: each error status with the error body and its reason."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        out[status] = {"model": ErrorBody, "description": WHY[status]}
        if status in HEADERS:
            out[status]["headers"] = HEADERS[status]
    return out


BINARY = {"schema": {"type": "string", "format": "binary"}}


def install(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, summary=app.summary,
            description=app.description, routes=app.routes,
        )
        _require_protocol_header(schema)
        _payload_schemas(schema)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _require_protocol_header(schema: dict[str, Any]) -> None:
    """The route reads the header itself (so a client that omits it hears 426, not 422);
    the document says what a client must send."""
    for operation in _operations(schema):
        for param in operation.get("parameters", []):
            if param.get("in") == "header" and param.get("name") == PROTOCOL_HEADER:
                param["required"] = True
                param["schema"] = {"type": "string", "pattern": "^[0-9]+$"}


def _payload_schemas(schema: dict[str, Any]) -> None:
    """Each kind's payload in the components, and the ``payload`` of a pushed record and of
    a pulled change pointing to them (``x-entity-payloads``: entity → schema)."""
    models = [(k.payload, "validation") for k in kinds()]
    _, defs = models_json_schema(models, ref_template="#/components/schemas/{model}")  # type: ignore[arg-type]
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for name, definition in defs.get("$defs", {}).items():
        components.setdefault(name, definition)
    pushed = {k.name: f"#/components/schemas/{k.payload.__name__}" for k in kinds() if k.pushable}
    pulled = {k.name: f"#/components/schemas/{k.payload.__name__}" for k in kinds()}
    for model, refs in (("PushRecord", pushed), ("RecordChange", pulled)):
        for name, definition in components.items():
            if name == model or name.startswith(model + "-"):
                payload = definition["properties"]["payload"]
                payload["anyOf"] = [{"$ref": ref} for ref in refs.values()]
                payload["x-entity-payloads"] = refs
                payload.pop("additionalProperties", None)


def _operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in schema.get("paths", {}).values() for op in item.values()
            if isinstance(op, dict)]
