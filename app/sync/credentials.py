"""The device's secrets: the server's token and the Ed25519 signing key.

Kept in the encrypted database (a setting, ``SYNC_CREDENTIALS``), so a lost laptop's disk
gives neither the token nor the key: without the officer's password nobody can pull the
unit's records from the server as this device. Releases before kept them in a plain
``<data dir>/sync/device.json``; the first start moves them in and removes the file
(app.services.settings.adopt_device_file). The token is never logged, printed or put in
an error message.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy.orm import Session

from app.services.settings import SYNC_CREDENTIALS, delete_setting, get_setting, set_setting
from app.sync.wire import signing_message


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


def load(session: Session) -> Credentials | None:
    text = get_setting(session, SYNC_CREDENTIALS)
    return Credentials(**json.loads(text)) if text else None


def save(session: Session, creds: Credentials) -> None:
    """Keep the credentials (the caller's unit of work commits)."""
    set_setting(session, SYNC_CREDENTIALS, json.dumps(asdict(creds), ensure_ascii=False))


def forget(session: Session) -> None:
    delete_setting(session, SYNC_CREDENTIALS)
