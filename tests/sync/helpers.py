"""Small helpers of the sync tests: make a case as an inspector would, sync through another
address (a proxy), sync again until the link holds, read what the server holds."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Callable
from typing import Any

import httpx
from sqlalchemy import func, select

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.errors import SyncError
from app.services.case_entry import SubjectEntry
from app.services.cases import get_case_entry, save_case
from app.services.settings import current_actor
from app.sync.engine import SyncEngine, SyncReport
from tests.sync.support import Laptop, LiveServer


def new_case(laptop: Laptop, subject: str, *, id_number: str = "", place: str = "",
             subject_id: str | None = None, commune: str = "",
             **subject_fields: Any) -> uuid.UUID:
    """A complete draft (sample case: goods, violation, one seizure of two items) about
    ``subject``; ``subject_id`` reuses a subject of the registry; ``commune`` is the code of
    the commune where the inspection took place."""
    with unit_of_work(laptop.db.sessions) as s:
        form = sample_case_entry(s)
        if subject_id:
            form.subject = _reuse(s, subject_id, **subject_fields)
        else:
            form.subject = dataclasses.replace(
                form.subject, name=subject, id_number=id_number or form.subject.id_number,
                **subject_fields)
        if place:
            form.place_address = place
        if commune:
            form.commune_code = commune
        return save_case(s, form, current_actor(s)).id


def edit_case_subject(laptop: Laptop, case_id: uuid.UUID, **changes: Any) -> None:
    """Correct the subject of one of this laptop's drafts (a registry record, shared)."""
    with unit_of_work(laptop.db.sessions) as s:
        form = get_case_entry(s, case_id)
        form.subject = dataclasses.replace(form.subject, **changes)
        save_case(s, form, current_actor(s))


def subject_row(laptop: Laptop, subject_id: uuid.UUID) -> dict[str, Any]:
    from app.models import Subject

    with unit_of_work(laptop.db.sessions) as s:
        subject = s.get(Subject, subject_id)
        assert subject is not None
        return {c.key: getattr(subject, c.key) for c in Subject.__table__.columns}


def _reuse(session: Any, subject_id: str, **changes: Any) -> SubjectEntry:
    from app.models import Subject
    from app.services.case_mapping import subject_form

    form = subject_form(session.get(Subject, uuid.UUID(subject_id)))
    return dataclasses.replace(form, **changes)


def via(laptop: Laptop, url: str, transport: httpx.BaseTransport | None = None) -> SyncEngine:
    """The laptop's sync engine talking to ``url`` (a proxy) with its real credentials."""
    creds = laptop.creds
    assert creds is not None
    return SyncEngine(laptop.db.sessions, dataclasses.replace(creds, server_url=url),
                      laptop.data.attachments, transport=transport)


class Recording(httpx.HTTPTransport):
    """The real HTTP transport, keeping the JSON answers the laptop received per route."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[tuple[str, dict[str, Any]]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        body = response.read()
        if response.headers.get("content-type", "").startswith("application/json"):
            self.answers.append((request.url.path, json.loads(body)))
        headers = [(k, v) for k, v in response.headers.items()
                   if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
        return httpx.Response(response.status_code, headers=headers, content=body, request=request)

    def of(self, path_end: str) -> list[dict[str, Any]]:
        return [a for p, a in self.answers if p.endswith(path_end)]


def sync_until_done(engine: SyncEngine, tries: int = 6,
                    progress: Callable[[str, int, int], None] | None = None) -> tuple[SyncReport, list[str]]:
    """Run the sync again after each dropped link, as the app's backoff would; returns the
    report of the sync that completed and the kinds of the failures before it."""
    failures: list[str] = []
    for _ in range(tries):
        try:
            return engine.run(progress), failures
        except SyncError as exc:
            assert exc.kind == "offline", exc
            failures.append(exc.kind)
    raise AssertionError(f"sync never completed: {failures}")


def server_record(server: LiveServer, record_id: uuid.UUID) -> tuple[int, dict[str, Any]] | None:
    """(version, payload) the server holds for a record."""
    from server.models import SyncRecord

    def q(s):
        row = s.get(SyncRecord, record_id)
        return None if row is None else (row.version, json.loads(row.payload))

    return server.db.transact(q, write=False)


def server_rows(server: LiveServer, model: type, **where: Any) -> list[Any]:
    """Rows of a server table (detached copies of their columns as dicts)."""
    def q(s):
        stmt = select(model).filter_by(**where)
        return [{c.key: getattr(r, c.key) for c in model.__table__.columns} for r in s.scalars(stmt)]

    return server.db.transact(q, write=False)


def server_total(server: LiveServer, model: type, **where: Any) -> int:
    def q(s):
        return s.scalar(select(func.count()).select_from(model).filter_by(**where))

    return int(server.db.transact(q, write=False))
