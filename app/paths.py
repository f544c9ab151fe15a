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
