"""Run the app's real start-up in a child process and SIGKILL it at a chosen point.

``python -m tests.startup_kill DATA_DIR KILL_AT [server-url]``: every SQL statement the
child sends and every commit it asks for is one numbered step (counted by a SQLAlchemy
event listener on all engines), and so is every driver connection it opens (sqlcipher3's
``connect``, wrapped here), every file it renames or removes and every file it opens
(counted by an audit hook: the backup's copy, check and rename; the key file; the
encryption of a plain laptop). With ``THUCDIA_KILL_TRACE=1`` every statement on a driver
connection is a step too (the encryption's export and checks run below SQLAlchemy).
Nothing in the app knows about it. The data directory holds a key file made by the test
(tests/signin.py); the child signs in with it. At step ``KILL_AT``
the child kills itself with SIGKILL, as a power cut or the task manager would. With
``KILL_AT`` 0 it runs to the end and prints how many steps start-up took, and how many of
them were the migrations'.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

steps = 0
kill_at = int(sys.argv[2])


def _step(*_args, **_kwargs) -> None:
    global steps
    steps += 1
    if steps == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)


DESKTOP = len(sys.argv) == 3


file_moves: list[int] = []  # steps that renamed or removed a file (printed on a second line)


def _audit(name: str, args: tuple) -> None:
    if name in ("os.rename", "os.remove") and DESKTOP:
        file_moves.append(steps + 1)
    if name in ("sqlite3.connect", "os.rename") or DESKTOP and name == "os.remove" or (
            DESKTOP and name == "open" and args and str(args[0]).startswith(sys.argv[1])):
        _step()


def _count_driver_connections() -> None:
    import sqlcipher3

    connect = sqlcipher3.connect
    trace = os.environ.get("THUCDIA_KILL_TRACE") == "1"

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        _step()
        con = connect(*args, **kwargs)
        if trace:
            con.set_trace_callback(lambda _sql: _step())
        return con

    sqlcipher3.connect = counted  # type: ignore[assignment]


sys.addaudithook(_audit)
_count_driver_connections()
event.listen(Engine, "before_cursor_execute", _step)
event.listen(Engine, "commit", _step)


def desktop(data: Path) -> None:
    import app.db
    from app.paths import DataDir
    from tests.signin import open_signed_in

    upgrade = app.db.migrate
    migration_steps: list[int] = []

    def counted_migrate(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = upgrade(*args, **kwargs)
        migration_steps.append(steps)
        return result

    app.db.migrate = counted_migrate  # type: ignore[assignment]
    import app.security.upgrade
    import app.services.startup as startup

    startup.migrate = counted_migrate  # type: ignore[assignment]
    encrypt = app.security.upgrade.finish_encryption
    encryption_steps: list[int] = []

    def counted_encryption(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = encrypt(*args, **kwargs)
        encryption_steps.append(steps)
        return result

    app.security.upgrade.finish_encryption = counted_encryption  # type: ignore[assignment]
    database = open_signed_in(DataDir(data))
    database.close()
    print(steps, migration_steps[0], encryption_steps[0])
    print(*file_moves)


def server(url: str) -> None:
    from server.db import migrate

    migrate(url)
    print(steps, steps)


if __name__ == "__main__":
    if len(sys.argv) > 3:
        server(sys.argv[3])
    else:
        desktop(Path(sys.argv[1]))
