"""Where the app keeps its files. Qt-free so the CLI and the bundle's self-test share it.

The default data directory is the per-user application data directory of the platform
(``%LOCALAPPDATA%\\ThucDia`` on Windows, ``~/.local/share/ThucDia`` on Linux), the same
place Qt's ``QStandardPaths.AppLocalDataLocation`` points to. ``--data-dir`` overrides it
for portable installs and tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app import APP_NAME

DB_FILENAME = "thucdia.sqlite3"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resources_dir() -> Path:
    """The shipped resources: next to the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def migrations_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "migrations"
    return Path(__file__).resolve().parent.parent / "migrations"


class DataDir:
    """The files of one installation: database, backups, attachments."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root else default_data_dir()

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    def ensure(self) -> DataDir:
        for p in (self.root, self.backups, self.attachments):
            p.mkdir(parents=True, exist_ok=True)
        return self


def write_atomically(target: Path, data: bytes, *, private: bool = False) -> Path:
    """Write ``data`` to ``target`` so that a crash leaves the old file or the new one, never
    half of one: a temporary file beside it, flushed to disk, then renamed over it.
    ``private`` makes the file readable by its user only (0600 on POSIX; on Windows the
    per-user application data directory's ACL already does)."""
    import os
    import tempfile

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        if private and os.name == "posix":
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
