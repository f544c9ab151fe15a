"""Test support for sync: a real provincial server on 127.0.0.1 that can be stopped and
restarted on the same port, and laptops (real data directories, real SQLite files) that
enrol with it through the app's own code.

Used by tests/sync and by the UI tests of the sync controls.
"""

from __future__ import annotations

import atexit
import gzip
import secrets
import shutil
import socket
import tempfile
import threading
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import func, select, text

from app.db import unit_of_work
from app.paths import DataDir
from app.security.keys import DataKey
from app.services.settings import current_actor
from app.services.startup import Database, open_database
from app.sync import credentials
from app.sync.credentials import Credentials
from app.sync.engine import SyncEngine, SyncReport
from server.app import create_app
from server.config import Settings
from server.db import Database as ServerDatabase
from server.db import migrate


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn in a background thread over a migrated database; ``restart()`` keeps the
    database and the port, so clients see a server that went away and came back."""

    def __init__(self, database_url: str, port: int | None = None, *,
                 ssl_certfile: Path | None = None, ssl_keyfile: Path | None = None,
                 **settings: object) -> None:
        migrate(database_url)
        self.ssl = {"ssl_certfile": str(ssl_certfile), "ssl_keyfile": str(ssl_keyfile)} if ssl_certfile else {}
        self.database_url = database_url
        self.port = port or free_port()
        self.settings = Settings(database_url=database_url, **settings)  # type: ignore[arg-type]
        self.db = ServerDatabase(database_url)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.ssl else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        # proto=IPPROTO_TCP as uvicorn's own bind makes it: asyncio turns Nagle off only on
        # sockets that say so, and a proto-0 socket cost every answer a 40 ms delayed ACK
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        config = uvicorn.Config(create_app(self.settings, self.db), log_level="warning",
                                access_log=False, **self.ssl)  # type: ignore[arg-type]
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]},
                                        daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        self._sock = sock
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            assert self._thread is not None
            self._thread.join(timeout=10)
            self._sock.close()
            self._server = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        self.db.dispose()

    # --- administration, through the server's own services ----------------------------------

    def new_unit(self, name: str = "Đội Quản lý thị trường số 3") -> str:
        from server.admin.service import create_unit

        code = "D" + secrets.token_hex(3).upper()
        self.db.transact(lambda s: create_unit(
            s, code=code, name=f"{name} ({code})", agency_code="20", team_code="03",
            province_code="20", parent_name="Chi cục Quản lý thị trường tỉnh Lạng Sơn",
        ))
        return code

    def enrolment_code(self, unit_code: str, ttl: timedelta = timedelta(minutes=15)) -> str:
        from server.devices.service import make_code

        return self.db.transact(lambda s: make_code(s, unit_code, ttl)).code

    def revoke(self, device_id: str) -> None:
        import uuid

        from server.devices.service import revoke

        self.db.transact(lambda s: revoke(s, uuid.UUID(device_id), "Máy bị mất"))

    def count(self, entity: str, unit_code: str | None = None) -> int:
        """Records of ``entity`` the server holds (of one unit)."""
        from server.models import SyncRecord, Unit

        def q(s):
            stmt = select(func.count()).select_from(SyncRecord).where(SyncRecord.entity == entity)
            if unit_code:
                stmt = stmt.join(Unit, Unit.id == SyncRecord.unit_id).where(Unit.code == unit_code)
            return s.scalar(stmt)

        return int(self.db.transact(q, write=False))


_TEMPLATE: list[tuple[Path, DataKey]] = []


def _copy_template(data: DataDir, key: DataKey) -> None:
    """Start ``data`` from a database migrated and loaded with the catalogues once per
    process (a fresh migration costs ~1 s a laptop), re-encrypted with the laptop's own key
    (``sqlcipher_export``); the copy gets its own device id when opened, like a new
    installation."""
    from app.sqlite import connect, key_pragma

    if not _TEMPLATE:
        root = Path(tempfile.mkdtemp(prefix="thucdia-template-"))
        atexit.register(shutil.rmtree, root, True)
        template_key = DataKey.generate()
        open_database(DataDir(root), template_key).close()
        _TEMPLATE.append((root / DataDir(root).database.name, template_key))
    data.ensure()
    path, template_key = _TEMPLATE[0]
    with closing(connect(path, template_key.database)) as src:
        src.execute(f"ATTACH DATABASE ? AS copy KEY {key_pragma(key.database).split('= ', 1)[1]}",
                    (str(data.database),))
        src.execute("SELECT sqlcipher_export('copy')")
        src.execute("DELETE FROM copy.setting WHERE key = 'device_id'")
        src.commit()
        src.execute("DETACH DATABASE copy")


@dataclass
class Laptop:
    """One installation: its data directory, its database and (once enrolled) credentials."""

    data: DataDir
    db: Database
    creds: Credentials | None = None

    @classmethod
    def set_up(cls, root: Path, cases: int = 0, seed: int = 7) -> Laptop:
        from app.demo import ensure_demo_unit, generate_demo
        from tests.signin import make_key_file, open_signed_in

        data = DataDir(root)
        key, _officer = make_key_file(data.root)
        _copy_template(data, key)
        db = open_signed_in(data)
        with unit_of_work(db.sessions) as s:
            ensure_demo_unit(s)
            if cases:
                generate_demo(s, cases, seed=seed)
        return cls(data, db)

    def enrol(self, server: LiveServer, unit_code: str, name: str = "Máy trạm") -> Credentials:
        from app.sync.enrolment import enrol

        self.creds = enrol(self.db.sessions, server.url,
                           server.enrolment_code(unit_code), device_name=name)
        return self.creds

    def engine(self, **kwargs: object) -> SyncEngine:
        creds = self.creds or self.stored_credentials()
        assert creds is not None, "enrol the laptop first"
        return SyncEngine(self.db.sessions, creds, self.data.attachments, **kwargs)  # type: ignore[arg-type]

    def stored_credentials(self) -> Credentials | None:
        from app.db import unit_of_work

        with unit_of_work(self.db.sessions) as s:
            return credentials.load(s)

    def sync(self, **kwargs: object) -> SyncReport:
        return self.engine(**kwargs).run()

    def scalar(self, sql: str, **params: object) -> object:
        with unit_of_work(self.db.sessions) as s:
            return s.execute(text(sql), params).scalar()

    def actor(self):
        with unit_of_work(self.db.sessions) as s:
            return current_actor(s)

    def close(self) -> None:
        self.db.close()



class ServerProcess(LiveServer):
    """The server as it runs in a province: its own process (``python -m server serve``),
    so a benchmark measures the laptop and the server side by side, not sharing one GIL.
    Administration still goes through the server's services on the same database file."""

    def start(self) -> ServerProcess:
        import subprocess
        import sys

        self._proc = subprocess.Popen(
            [sys.executable, "-m", "server", "--database-url", self.database_url, "serve",
             "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                if time.monotonic() > deadline or self._proc.poll() is not None:
                    raise RuntimeError("the server process did not start") from None
                time.sleep(0.05)

    def stop(self) -> None:
        proc = getattr(self, "_proc", None)
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=15)
            self._proc = None


class LinkRecorder(httpx.HTTPTransport):
    """The engine's own transport, keeping what crossed the link: per push batch and per
    pulled page its JSON, the bytes on the wire and their encoding (gzip both ways)."""

    def __init__(self) -> None:
        super().__init__()
        self.pushed: list[tuple[bytes, int, str | None]] = []  # JSON, bytes on the wire, encoding
        self.pulled: list[tuple[bytes, int, str | None]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path.endswith("/push"):
            wire = request.read()
            encoding = request.headers.get("content-encoding")
            self.pushed.append((gzip.decompress(wire) if encoding == "gzip" else wire, len(wire),
                                encoding))
        elif request.url.path.endswith("/changes"):
            body = response.read()  # decoded
            self.pulled.append((body, int(response.headers.get("content-length", len(body))),
                                response.headers.get("content-encoding")))
        return response
