"""Files on disk sealed with the data key: photos and scans, PDF previews, damaged copies.

A sealed file is ``MAGIC`` + a 12-byte nonce + AES-256-GCM(content) with the magic as
associated data; the key is :attr:`app.security.keys.DataKey.files`. Attachments keep
their name (the SHA-256 of the plain content, which sync uses), so the name tells only
whether a known file is present, not what any file holds.
"""

from __future__ import annotations

import os
from pathlib import Path

MAGIC = b"TDSEAL1\n"


class SealBroken(ValueError):
    """The file is not sealed with this key, or was changed."""


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def seal(file_key: bytes, data: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return MAGIC + nonce + AESGCM(file_key).encrypt(nonce, data, MAGIC)


def unseal(file_key: bytes, blob: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not is_sealed(blob):
        raise SealBroken("not a sealed file")
    nonce = blob[len(MAGIC):len(MAGIC) + 12]
    try:
        return AESGCM(file_key).decrypt(nonce, blob[len(MAGIC) + 12:], MAGIC)
    except InvalidTag as exc:
        raise SealBroken("sealed with another key, or changed") from exc


def read_sealed(file_key: bytes, path: Path) -> bytes:
    return unseal(file_key, Path(path).read_bytes())


def write_sealed(file_key: bytes, path: Path, data: bytes) -> Path:
    from app.paths import write_atomically

    return write_atomically(Path(path), seal(file_key, data), private=True)


def seal_in_place(file_key: bytes, path: Path) -> bool:
    """Seal a plain file where it lies (atomically); False when it already was sealed."""
    data = Path(path).read_bytes()
    if is_sealed(data):
        return False
    write_sealed(file_key, path, data)
    return True


# --- folders of sealed files, keyed while their installation is open ------------------------
#
# The attachments folder is named by its path all through the app (services, sync, the photo
# viewer); the key that seals it is held here while a Database of that installation is open
# (app.services.startup), so code that reads or writes a photo needs only the folder.

OVERHEAD = len(MAGIC) + 12 + 16  # what sealing adds to a file's size
_open: dict[Path, tuple[bytes, int]] = {}


class FolderLocked(RuntimeError):
    """No open installation holds the key of this folder."""


def _norm(folder: Path) -> Path:
    return Path(folder).resolve()


def open_folder(folder: Path, file_key: bytes) -> None:
    path = _norm(folder)
    key, count = _open.get(path, (file_key, 0))
    _open[path] = (file_key, count + 1)


def close_folder(folder: Path) -> None:
    path = _norm(folder)
    if path in _open:
        key, count = _open[path]
        if count <= 1:
            del _open[path]
        else:
            _open[path] = (key, count - 1)


def folder_key(folder: Path) -> bytes:
    try:
        return _open[_norm(folder)][0]
    except KeyError:
        raise FolderLocked(f"{folder} is not open") from None


def write_file(folder: Path, name: str, data: bytes) -> Path:
    return write_sealed(folder_key(folder), Path(folder) / name, data)


def read_file(folder: Path, name: str) -> bytes:
    return read_sealed(folder_key(folder), Path(folder) / name)


def holds(folder: Path, name: str, size: int) -> bool:
    """Is ``name`` in ``folder``, sealed, with ``size`` bytes of content?"""
    path = Path(folder) / name
    return path.exists() and path.stat().st_size == size + OVERHEAD
