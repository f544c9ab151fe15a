"""Run the app's real start-up in a child process and SIGKILL it at a chosen point.

``python -m tests.startup_kill DATA_DIR KILL_AT [server-url]``: every SQL statement the
child sends and every commit it asks for is one numbered step (counted by a SQLAlchemy
event listener on all engines), and so is every plain sqlite3 connection it opens and every
file it renames (counted by an audit hook: the backup's copy, check and rename). Nothing in
the app knows about it. At step ``KILL_AT``
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


def _audit(name: str, _args: tuple) -> None:
    if name in ("sqlite3.connect", "os.rename"):
        _step()


sys.addaudithook(_audit)
event.listen(Engine, "before_cursor_execute", _step)
event.listen(Engine, "commit", _step)


def desktop(data: Path) -> None:
    import app.db
    from app.paths import DataDir
    from app.services.startup import open_database

    upgrade = app.db.migrate
    migration_steps: list[int] = []

    def counted_migrate(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = upgrade(*args, **kwargs)
        migration_steps.append(steps)
        return result

    app.db.migrate = counted_migrate  # type: ignore[assignment]
    import app.services.startup as startup

    startup.migrate = counted_migrate  # type: ignore[assignment]
    database = open_database(DataDir(data))
    database.close()
    print(steps, migration_steps[0])


def server(url: str) -> None:
    from server.db import migrate

    migrate(url)
    print(steps, steps)


if __name__ == "__main__":
    if len(sys.argv) > 3:
        server(sys.argv[3])
    else:
        desktop(Path(sys.argv[1]))
