"""A TCP proxy between a laptop and the server, on 127.0.0.1, that breaks the link on cue.

Plain sockets and threads, no HTTP library: it forwards bytes both ways and, when a
request line it watches for passes through, arms a fault on that connection:

- ``cut_request``: forward ``after`` more bytes of the request, then cut both sides (the
  server sees a truncated request, the client a dropped connection: mid-push, mid-upload);
- ``cut_response``: forward the whole request, let the server answer, and pass only
  ``after`` bytes of the answer before cutting (``after=0``: the response is lost; the
  server has done the work, the client does not know it: mid-pull, lost push answer).

Each fault fires ``times`` times after skipping the first ``skip`` matching requests, so a
test can let the client's own retries fail too (and the whole sync with them).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import dataclass, field


@dataclass
class Fault:
    match: bytes  # e.g. b"POST /api/v1/push"
    mode: str  # "cut_request" | "cut_response"
    after: int = 0
    times: int = 1
    skip: int = 0
    fired: int = 0
    seen: int = 0

    def claim(self) -> bool:
        """Called once per matching request: True when this one is to be broken."""
        self.seen += 1
        if self.seen <= self.skip or self.fired >= self.times:
            return False
        self.fired += 1
        return True


@dataclass
class _Link:
    client: socket.socket
    upstream: socket.socket
    armed: Fault | None = None
    budget: int = 0  # bytes still to forward in the faulted direction
    lock: threading.Lock = field(default_factory=threading.Lock)
    closed: bool = False

    def close(self) -> None:
        with self.lock:
            if self.closed:
                return
            self.closed = True
        for s in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()


class TcpProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.faults: list[Fault] = []
        self.requests: list[tuple[bytes, bytes]] = []  # (request line, Content-Range) seen
        self._lock = threading.Lock()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = int(self._listener.getsockname()[1])
        self._links: list[_Link] = []
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def add(self, match: bytes, mode: str, *, after: int = 0, times: int = 1, skip: int = 0) -> Fault:
        fault = Fault(match, mode, after, times, skip)
        with self._lock:
            self.faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self.faults.clear()

    def close(self) -> None:
        self._stopped.set()
        self._listener.close()
        for link in list(self._links):
            link.close()

    # --- plumbing ---------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=10)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            link = _Link(client, upstream)
            self._links.append(link)
            threading.Thread(target=self._pump_up, args=(link,), daemon=True).start()
            threading.Thread(target=self._pump_down, args=(link,), daemon=True).start()

    def _match(self, data: bytes) -> Fault | None:
        with self._lock:
            for line in data.split(b"\r\n"):
                if line.startswith((b"GET ", b"POST ", b"PUT ")):
                    self.requests.append((line, b""))
                elif line.lower().startswith(b"content-range:") and self.requests:
                    self.requests[-1] = (self.requests[-1][0], line.split(b":", 1)[1].strip())
            for fault in self.faults:
                if fault.match in data and fault.claim():
                    return fault
        return None

    def _pump_up(self, link: _Link) -> None:
        """Client → server; a cut_request fault passes ``after`` bytes from the request line."""
        try:
            while True:
                data = link.client.recv(65536)
                if not data:
                    break
                fault = self._match(data)
                if fault is not None:
                    link.armed = fault
                    start = data.index(fault.match)
                    if fault.mode == "cut_request":
                        link.upstream.sendall(data[: start + fault.after])
                        link.budget = max(0, fault.after - (len(data) - start))
                        if link.budget == 0:
                            break
                        continue
                    link.budget = fault.after
                elif link.armed is not None and link.armed.mode == "cut_request":
                    take = min(len(data), link.budget)
                    link.upstream.sendall(data[:take])
                    link.budget -= take
                    if link.budget == 0:
                        break
                    continue
                link.upstream.sendall(data)
        except OSError:
            pass
        link.close()

    def _pump_down(self, link: _Link) -> None:
        """Server → client; a cut_response fault passes ``after`` bytes of the answer."""
        try:
            while True:
                data = link.upstream.recv(65536)
                if not data:
                    break
                if link.armed is not None and link.armed.mode == "cut_response":
                    take = min(len(data), link.budget)
                    if take:
                        link.client.sendall(data[:take])
                    link.budget -= take
                    if link.budget == 0:
                        break
                    continue
                link.client.sendall(data)
        except OSError:
            pass
        link.close()
