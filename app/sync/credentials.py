"""The device's secrets: the server's token and the Ed25519 signing key.

Kept in ``<data dir>/sync/device.json``, written atomically and readable only by its user:
mode 0600 on POSIX; on Windows the per-user application data directory already carries an
ACL that only the user (and administrators) may read. The token is never logged, printed
or put in an error message. An OS keyring was weighed and left: on the field laptops it
would tie the token to one Windows profile and a keyring backend the bundle must carry,
while the data directory (``--data-dir``) must move with a portable install.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.paths import write_atomically
from app.sync.wire import signing_message

FILENAME = "device.json"


@dataclass
class Credentials:
    server_url: str
    device_id: str
    token: str
    unit_id: str
    unit_name: str
    private_key: str  # base64 of the raw 32-byte Ed25519 seed
    ca_file: str = ""

    def key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(self.private_key))

    def sign_document(self, document_id: object, sha256: str, fingerprint: str) -> str:
        message = signing_message(document_id, sha256, fingerprint)  # type: ignore[arg-type]
        return base64.b64encode(self.key().sign(message)).decode("ascii")

    def __repr__(self) -> str:  # never show the token or the key
        return f"Credentials(server_url={self.server_url!r}, device_id={self.device_id!r})"


def new_key() -> tuple[str, str]:
    """A fresh Ed25519 key pair: (private seed, public key), both base64."""
    key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(private).decode(), base64.b64encode(public).decode()


def path(data_root: Path) -> Path:
    return Path(data_root) / "sync" / FILENAME


def load(data_root: Path) -> Credentials | None:
    p = path(data_root)
    if not p.exists():
        return None
    return Credentials(**json.loads(p.read_text(encoding="utf-8")))


def save(data_root: Path, creds: Credentials) -> Path:
    text = json.dumps(asdict(creds), ensure_ascii=False, indent=1)
    return write_atomically(path(data_root), text.encode("utf-8"), private=True)
