"""One sync with the provincial server, stage by stage, resumable at any point.

Stages: replay the batch in flight → push pending records in batches → upload missing
attachments → report used/void numbers → top up number blocks → pull pages → compare
counts and checksums (a mismatch re-syncs that scope once).

Threading and transactions: runs on a worker thread (or the headless CLI), never the GUI
thread. The network is never waited on inside a database transaction; each batch result
and each pulled page is written in one short local transaction (``unit_of_work``), so a
power cut loses at most the page in flight, which is pulled again.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pydantic_core
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.db import unit_of_work
from app.errors import SyncError
from app.models import (
    OutboxBatch,
    SyncState,
)
from app.services.settings import get_setting, set_setting
from app.sync import bindings, inbox, numbers, outbox, uploads
from app.sync.client import ServerClient
from app.sync.context import Progress, SyncContext, SyncReport
from app.sync.credentials import Credentials
from app.sync.enrolment import adopt_identity
from app.sync.scopes import local_scope_counts
from app.sync.wire import (
    ChecksumRequest,
    PushResponse,
)

log = logging.getLogger("thucdia.sync")

PUSH_BATCH = 500  # records per batch (the server takes up to 500; compressed, ~0.5 MB on the link)
PULL_PAGE = 500
PULL_AFTER = "sync_pull_after"
PULL_MINE = "sync_pull_mine"  # "1" while a re-sync pulls this laptop's own records too
LAST_SUCCESS = "sync_last_success"
LAST_ERROR = "sync_last_error"
REVOKED = "sync_revoked"



class SyncEngine:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        creds: Credentials,
        attachments_dir: Path,
        *,
        transport: httpx.BaseTransport | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.sessions = sessions
        self.creds = creds
        self.attachments_dir = Path(attachments_dir)
        self.transport = transport
        self.cancel = cancel or threading.Event()
        self.context = SyncContext(sessions, creds, self.attachments_dir, self.cancel)

    def client(self) -> ServerClient:
        return ServerClient(self.creds.server_url, self.creds.token,
                            ca_file=self.creds.ca_file or None, transport=self.transport)

    # --- the whole sync ----------------------------------------------------------------------

    def run(self, progress: Progress | None = None) -> SyncReport:
        report = SyncReport()
        started = time.perf_counter()
        tell = progress or (lambda _stage, _done, _total: None)
        with unit_of_work(self.sessions) as s:
            adopt_identity(s, self.creds)
        try:
            with self.client() as client:
                self._exchange(client, report, tell)
                self._check(client, report, tell)
        except SyncError as exc:
            self._remember_error(exc)
            raise
        report.seconds = time.perf_counter() - started
        with unit_of_work(self.sessions) as s:
            outbox.settle_dirty(s, self.creds.device_id)  # what was sent or pulled is settled
            set_setting(s, LAST_SUCCESS, datetime.now(UTC).isoformat())
            set_setting(s, LAST_ERROR, "")
            set_setting(s, REVOKED, "")
        log.info("sync done in %.2fs: %s", report.seconds, report.summary())
        return report

    def _exchange(self, client: ServerClient, report: SyncReport, tell: Progress) -> None:
        self.push(client, report, tell)
        self.upload(client, report, tell)
        self.report_numbers(client, report)
        self.top_up_blocks(client, report)
        self.pull(client, report, tell)

    def _check(self, client: ServerClient, report: SyncReport, tell: Progress) -> None:
        tell("Đối chiếu số liệu", 0, 1)
        mismatched = self.compare(client)
        if mismatched:
            log.warning("checksum mismatch in %s: full re-sync of those scopes", mismatched)
            report.resynced = mismatched
            self.reset_scopes(mismatched)
            self._exchange(client, report, tell)
            report.mismatched = self.compare(client)
        tell("Đối chiếu số liệu", 1, 1)

    def _remember_error(self, exc: SyncError) -> None:
        try:
            with unit_of_work(self.sessions) as s:
                set_setting(s, LAST_ERROR, f"{exc.kind}:{exc}")
                if exc.kind == "revoked":
                    set_setting(s, REVOKED, datetime.now(UTC).isoformat())
        except Exception:  # the error itself matters more than remembering it
            log.exception("could not record the sync error")

    def _stop_if_cancelled(self) -> None:
        self.context.stop_if_cancelled()

    # --- push --------------------------------------------------------------------------------

    def push(self, client: ServerClient, report: SyncReport, tell: Progress) -> None:
        with unit_of_work(self.sessions) as s:
            stored = s.scalars(select(OutboxBatch).order_by(OutboxBatch.created_at)).all()
            in_flight = [(b.batch_id, b.body) for b in stored]
        done, total = 0, 0
        for batch_id, body in in_flight:  # a batch whose answer was lost: replay it as it was
            try:
                done += self._send(client, batch_id, body, report)
            except SyncError as exc:
                if exc.status not in (413, 422):
                    raise
                with unit_of_work(self.sessions) as s:  # never applied: its records stay pending
                    s.query(OutboxBatch).filter_by(batch_id=batch_id).delete()
            tell("Gửi dữ liệu", done, max(total, done))
        size = PUSH_BATCH
        with ThreadPoolExecutor(1, thread_name_prefix="thucdia-push") as sender:
            flight: tuple[uuid.UUID, list[outbox.Outgoing], Future[PushResponse]] | None = None
            plan: list[tuple[str, uuid.UUID]] = []
            while True:  # the next batch is read and stored while the server takes this one
                self._stop_if_cancelled()
                skip = {o.id for o in flight[1]} if flight else set()
                with unit_of_work(self.sessions) as s:
                    if not plan:  # read once; again at the end for what changed meanwhile
                        plan = [p for p in outbox.pending_plan(s, self.creds.device_id)
                                if p[1] not in skip]
                    among, plan = plan[:size], plan[size:]
                    batch = outbox.next_batch(s, self.creds, size, among=among) if among else []
                    if batch and not total:  # counted only when there is something to send
                        total = done + outbox.pending_count(s, self.creds.device_id)
                    written = self._store(s, batch) if batch else None
                landed, flight = flight, None
                if landed is not None:
                    wait((landed[2],))  # then the next batch goes at once, before recording this
                if written is not None:
                    batch_id, text = written
                    flight = (batch_id, batch, sender.submit(client.push_raw, text.encode("utf-8")))
                if landed is not None:
                    sent, size = self._land(client, landed, report, size)
                    done += sent
                    tell("Gửi dữ liệu", done, max(total, done))
                if flight is None and not (plan or skip):  # else more slices, or what the
                    return  # landed batch left (refused or halved)

    def _store(self, session: Session, batch: list[outbox.Outgoing]) -> tuple[uuid.UUID, str]:
        """Write the batch before it is sent: a lost answer is replayed byte for byte."""
        batch_id = uuid.uuid4()
        body = pydantic_core.to_json(  # compact UTF-8 JSON, as json.dumps(ensure_ascii=False)
            {"batch_id": str(batch_id), "device_id": self.creds.device_id,
             "records": [o.record for o in batch]},
        ).decode("utf-8")
        session.add(OutboxBatch(batch_id=batch_id, body=body))
        return batch_id, body

    def _land(self, client: ServerClient,
              flight: tuple[uuid.UUID, list[outbox.Outgoing], Future[PushResponse]],
              report: SyncReport, size: int) -> tuple[int, int]:
        """The answer to a batch in flight, recorded; returns (records, next batch size)."""
        batch_id, batch, future = flight
        try:
            response = future.result()
        except SyncError as exc:
            if exc.status not in (413, 422):
                raise
            return 0, self._refused_batch(batch_id, batch, exc, report)
        return self._record(client, batch_id, batch, response, report), size

    def _refused_batch(self, batch_id: uuid.UUID, batch: list[outbox.Outgoing], exc: SyncError,
                       report: SyncReport) -> int:
        """The server refused a whole batch before looking at its records (too large, or a
        record malformed beyond its payload): nothing was applied. Send smaller batches; a
        single record refused so is set aside as rejected, so the queue moves on."""
        with unit_of_work(self.sessions) as s:
            s.query(OutboxBatch).filter_by(batch_id=batch_id).delete()
            if len(batch) == 1:
                o = batch[0]
                outbox.mark_failed(s, o.id, o.entity, o.version, "rejected", "", str(exc))
                report.pushed["rejected"] += 1
        log.warning("batch of %d refused (%s): sending smaller batches", len(batch), exc.status)
        return max(1, len(batch) // 2)

    def _send(self, client: ServerClient, batch_id: uuid.UUID, body: str, report: SyncReport) -> int:
        """Replay a stored batch and record its answer."""
        response: PushResponse = client.push_raw(body.encode("utf-8"))
        sent = [
            outbox.Outgoing(r["entity"], uuid.UUID(r["id"]), r["version"], r)
            for r in json.loads(body)["records"]
        ]
        return self._record(client, batch_id, sent, response, report)

    def _record(self, client: ServerClient, batch_id: uuid.UUID, sent: list[outbox.Outgoing],
                response: PushResponse, report: SyncReport) -> int:
        kept = [(o, r, _server_view(client, r.id)) for o, r in self._conflicts(sent, response)]
        models = {b.name: b.model for b in bindings.pushed() if b.model is not None}
        with unit_of_work(self.sessions) as s:
            outcome = outbox.record_results(s, sent, response.results)
            for o, r, view in kept:
                outbox.keep_conflict(
                    s, entity=o.entity, record_id=o.id,
                    title=outbox.title_of(o.entity, s.get(models[o.entity], o.id)),
                    local_version=o.version, local_payload=o.record["payload"],
                    server_version=view.current.version if view else r.server_version,
                    server_payload=view.current.payload if view else None,
                    reason=r.reason or "", detected_on="push",
                )
            s.query(OutboxBatch).filter_by(batch_id=batch_id).delete()
        for name in ("applied", "duplicate", "conflict", "rejected"):
            report.pushed[name] += getattr(outcome, name)
        return len(sent)

    @staticmethod
    def _conflicts(sent: list[outbox.Outgoing], response: PushResponse):
        by_key = {(o.id, o.version): o for o in sent}
        return [(by_key[(r.id, r.version)], r) for r in response.results
                if r.outcome == "conflict" and (r.id, r.version) in by_key]

    # --- attachments and numbers (app.sync.uploads, app.sync.numbers) ------------------------

    def upload(self, client: ServerClient, report: SyncReport, tell: Progress) -> None:
        uploads.upload_missing(self.context, client, report, tell)

    def report_numbers(self, client: ServerClient, report: SyncReport) -> None:
        numbers.report_used(self.context, client, report)

    def top_up_blocks(self, client: ServerClient, report: SyncReport) -> None:
        numbers.top_up(self.context, client, report)

    # --- pull ----------------------------------------------------------------------------------

    def pull(self, client: ServerClient, report: SyncReport, tell: Progress) -> None:
        with unit_of_work(self.sessions) as s:
            after = int(get_setting(s, PULL_AFTER) or 0)
            mine = bool(get_setting(s, PULL_MINE))  # set by a re-sync: own records too
        pages = 0
        with ThreadPoolExecutor(1, thread_name_prefix="thucdia-pull") as fetcher:
            # what the server holds as this laptop pushed it, the laptop holds already (mine=false)
            coming = fetcher.submit(client.changes, after, PULL_PAGE, mine=mine)
            while True:
                self._stop_if_cancelled()
                page = coming.result()
                if page.has_more:  # the next page travels while this one is applied
                    coming = fetcher.submit(client.changes, page.next_after, PULL_PAGE, mine=mine)
                with unit_of_work(self.sessions) as s:
                    outcome = inbox.apply_page(s, page.changes, self.creds.device_id)
                    set_setting(s, PULL_AFTER, str(page.next_after))
                    if mine and not page.has_more:
                        set_setting(s, PULL_MINE, "")
                report.pulled += outcome.applied
                report.pull_conflicts += outcome.conflicts
                pages += 1
                tell("Nhận dữ liệu", pages, pages + (1 if page.has_more else 0))
                if not page.has_more:
                    break
        with unit_of_work(self.sessions) as s:
            report.parked = inbox.retry_parked(s, self.creds.device_id)

    # --- counts and checksums ------------------------------------------------------------------

    def compare(self, client: ServerClient) -> list[str]:
        with unit_of_work(self.sessions) as s:
            through = int(get_setting(s, PULL_AFTER) or 0)
            scopes = local_scope_counts(s)
        answer = client.checksum(ChecksumRequest(through_sequence=through, scopes=scopes))
        if not answer.up_to_date:
            return []  # the server moved on while we compared: the next sync compares again
        return list(answer.mismatched)

    def reset_scopes(self, entities: list[str]) -> None:
        """Forget what this device believed the server holds for ``entities`` and pull from
        the start: records the server confirms come back, the rest are pushed again."""
        with unit_of_work(self.sessions) as s:
            for state in s.scalars(select(SyncState).where(SyncState.entity.in_(entities),
                                                          SyncState.state == "ok")):
                model = bindings.model_of(state.entity)
                local = s.get(model, state.record_id) if model else None
                if local is None or local.version == state.server_version:
                    s.delete(state)  # a trigger marks the record for the outbox
            set_setting(s, PULL_AFTER, "0")
            set_setting(s, PULL_MINE, "1")


def _server_view(client: ServerClient, record_id: uuid.UUID):
    """The server's current version of a conflicting record (None if it cannot be read)."""
    try:
        return client.record(record_id)
    except SyncError as exc:
        if exc.kind != "refused":
            raise
        return None


def run_sync(sessions: sessionmaker[Session], attachments_dir: Path,
             progress: Progress | None = None, cancel: threading.Event | None = None,
             transport: httpx.BaseTransport | None = None) -> SyncReport:
    """One whole sync of the installation whose database ``sessions`` open. Raises SyncError (``kind``
    not_enrolled, offline, revoked, …)."""
    from app.sync import credentials

    with sessions() as session:
        creds = credentials.load(session)
    if creds is None:
        raise SyncError("not_enrolled", "Máy chưa đăng ký với máy chủ Chi cục.")
    engine = SyncEngine(sessions, creds, attachments_dir, transport=transport, cancel=cancel)
    return engine.run(progress)
