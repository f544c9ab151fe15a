"""The baseline's trivial HTTP peer, in its own process as the real server is:
``python benchmarks/sink.py PORT ANSWER_FILE``. Every request's body is read whole, and the
answer is the file's bytes at that moment (the pull baseline writes the pages' JSON there)."""

from __future__ import annotations

import sys
from pathlib import Path

import uvicorn

ANSWER = Path(sys.argv[2])


async def app(scope, receive, send) -> None:
    if scope["type"] != "http":
        return
    while True:
        message = await receive()
        if not message.get("more_body"):
            break
    body = ANSWER.read_bytes() if ANSWER.exists() else b"{}"
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": body})


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning",
                access_log=False, interface="asgi3")
