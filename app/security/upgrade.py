"""A laptop from before encryption, encrypted in place; safe against a kill at any point.

Order (each step atomic, each state one the next start recognises):

1. ``encrypting`` marker written (the sweep of backups and attachments is owed);
2. the plain database checkpointed and closed (its WAL folded in and removed);
3. an encrypted copy written beside it (``sqlcipher_export``), flushed, checked: sound, same
   schema revision, same row count in every table;
4. the copy renamed over the plain file (atomic): from here the database is encrypted;
5. every plain backup re-encrypted the same way (copy beside, check, rename), a plain
   damaged copy sealed; every plain photo and scan sealed (app.security.sealed);
6. the marker removed.

A kill before 4 leaves the plain file whole (the unfinished copy is removed at the next
start, which starts again); after 4, the next start finds the marker and finishes 5. The
plain bytes are unlinked, not overwritten: on a journaling file system or an SSD old
blocks may survive until reused (the README says so).
"""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import DatabaseDamaged
from app.security.keys import DataKey
from app.security.sealed import is_sealed, seal_in_place

MARKER = "encrypting"
PARTIAL = ".encrypting"  # suffix of an encrypted copy still being written


def _fsync(path: Path) -> None:
    if path.is_dir() and os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _table_counts(con) -> dict[str, int]:
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def encrypt_file(plain: Path, key: bytes) -> None:
    """Replace a plain SQLite file by an encrypted copy (steps 2–4 above)."""
    from app.sqlite import check_integrity, connect, current_revision, driver

    plain = Path(plain)
    partial = plain.with_name(plain.name + PARTIAL)
    partial.unlink(missing_ok=True)
    con = connect(plain, None)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _table_counts(con)
        user_version = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(partial),))
        con.execute("SELECT sqlcipher_export('encrypted')")
        con.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        con.execute("DETACH DATABASE encrypted")
    except driver().Error as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseDamaged(f"Không mã hóa được tệp dữ liệu ({exc}); tệp cũ được giữ nguyên.") from exc
    finally:
        con.close()
    _fsync(partial)
    check = connect(partial, key, readonly=True)
    try:
        after = _table_counts(check)
    finally:
        check.close()
    sound = check_integrity(partial, key).ok and current_revision(partial, key) == current_revision(plain, None)
    if not sound or after != before:
        partial.unlink(missing_ok=True)
        raise DatabaseDamaged("Bản mã hóa của tệp dữ liệu không khớp với tệp cũ; tệp cũ được giữ nguyên.")
    for suffix in ("-wal", "-shm", "-journal"):  # the plain file's, empty once it was closed
        Path(f"{plain}{suffix}").unlink(missing_ok=True)
    os.replace(partial, plain)
    _fsync(plain.parent)


def _sweep_backups(backups: Path, key: DataKey) -> None:
    from app.sqlite import is_plain

    if not backups.is_dir():
        return
    for path in sorted(backups.iterdir()):
        if path.name.endswith(PARTIAL):
            path.unlink(missing_ok=True)
        elif path.is_file() and is_plain(path):
            try:
                encrypt_file(path, key.database)
            except DatabaseDamaged:  # a damaged copy kept for technicians: sealed whole
                seal_in_place(key.files, path)
                os.replace(path, path.with_name(path.name + ".sealed"))


def _sweep_attachments(attachments: Path, key: DataKey) -> None:
    if not attachments.is_dir():
        return
    for path in attachments.iterdir():
        if path.is_file() and not path.name.startswith("."):
            with path.open("rb") as fh:
                head = fh.read(16)
            if not is_sealed(head):
                seal_in_place(key.files, path)


def plain_copies_left(data_dir) -> bool:
    """Cheap (a header read and two stats): is there anything left to encrypt?"""
    from app.sqlite import is_plain

    root = Path(data_dir.root)
    return (root / MARKER).exists() or is_plain(data_dir.database) or Path(
        f"{data_dir.database}{PARTIAL}").exists()


def finish_encryption(data_dir, key: DataKey) -> bool:
    """Encrypt whatever of ``data_dir`` is still plain; True when anything was done.

    The caller has already saved the key file holding this key's wraps (app.security.keyfile):
    the encrypted file must never exist without a way to open it."""
    from app.security.keyfile import KeyFile
    from app.sqlite import is_plain

    if not plain_copies_left(data_dir):
        return False
    root = Path(data_dir.root)
    if KeyFile.load(root).key_id != key.key_id:
        raise DatabaseDamaged("Khóa không khớp tệp khóa của máy; chưa mã hóa gì.")
    marker = root / MARKER
    from app.paths import write_atomically

    write_atomically(marker, b"plain copies are being encrypted\n")
    Path(f"{data_dir.database}{PARTIAL}").unlink(missing_ok=True)
    if is_plain(data_dir.database):
        encrypt_file(data_dir.database, key.database)
    _sweep_backups(Path(data_dir.backups), key)
    _sweep_attachments(Path(data_dir.attachments), key)
    marker.unlink(missing_ok=True)
    return True
