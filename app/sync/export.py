"""An encrypted export of what this laptop holds that the province has not got (SYNC.md:
a revoked or broken laptop never wipes; its unsynced work is carried to the office).

The export holds every pending, conflicting or refused record as the wire carries it
(``PushRecord`` dicts, so the office can read or replay them) and the attachment files
they name. Format: ``MAGIC`` + 16-byte salt + 12-byte nonce + AES-256-GCM(gzip(JSON)),
the key derived from a passphrase with scrypt (n=2**15, r=8, p=1). Without the
passphrase the file says nothing but its magic line.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy.orm import Session

from app.errors import ValidationFailed
from app.paths import write_atomically
from app.security.sealed import read_file
from app.sync import bindings, outbox, wire
from app.sync.credentials import Credentials

MAGIC = b"THUCDIA-EXPORT-1\n"
MIN_PASSPHRASE = 10


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    records: int
    attachments: int
    size: int


def _key(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode("utf-8"))


def check_passphrase(passphrase: str, repeated: str | None = None) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationFailed(
            {"passphrase": f"Mật khẩu của tệp xuất cần ít nhất {MIN_PASSPHRASE} ký tự."}
        )
    if repeated is not None and repeated != passphrase:
        raise ValidationFailed({"passphrase_again": "Hai lần nhập mật khẩu không giống nhau."})


def unsynced_records(session: Session, creds: Credentials) -> list[dict[str, Any]]:
    """Every record the server has not confirmed: pending, in conflict or refused."""
    from sqlalchemy import select

    from app.models import SyncState

    records = [o.record for o in outbox.next_batch(session, creds, 10**9)]
    failed = session.scalars(select(SyncState).where(SyncState.state != "ok")).all()
    have = {r["id"] for r in records}
    for state in failed:
        found = bindings.find(state.entity)
        model = found.model if found is not None and found.kind.pushable else None
        record = session.get(model, state.record_id) if model else None
        if record is None or str(record.id) in have:
            continue
        payload = outbox.payloads_of(session, state.entity, [record.id], creds)[record.id]
        records.append({"entity": state.entity, "id": str(record.id), "version": record.version,
                        "base_version": state.server_version, "payload": payload,
                        "state": state.state, "reason": state.reason})
    return records


def export_unsynced(session: Session, creds: Credentials, attachments_dir: Path,
                    out: Path, passphrase: str) -> ExportSummary:
    check_passphrase(passphrase)
    records = unsynced_records(session, creds)
    listed = {k.name: k.attachments for k in wire.kinds() if k.attachments}
    hashes = sorted({a["sha256"] for r in records if r["entity"] in listed
                     for a in r["payload"].get(listed[r["entity"]], []) if not a.get("deleted_at")})
    files = {}
    for sha in hashes:
        path = Path(attachments_dir) / sha
        if path.exists():  # sealed on disk (app.security.sealed); the export has its own cipher
            files[sha] = base64.b64encode(read_file(attachments_dir, sha)).decode("ascii")
    document = {
        "format": 1,
        "exported_at": datetime.now(UTC).isoformat(),
        "device_id": creds.device_id,
        "unit_id": creds.unit_id,
        "unit_name": creds.unit_name,
        "server_url": creds.server_url,
        "records": records,
        "attachments": files,
    }
    plain = gzip.compress(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_key(passphrase, salt)).encrypt(nonce, plain, MAGIC)
    out = write_atomically(Path(out), MAGIC + salt + nonce + sealed)
    return ExportSummary(out, len(records), len(files), out.stat().st_size)


def read_export(path: Path, passphrase: str) -> dict[str, Any]:
    """The export's content; ValidationFailed when the file or the passphrase is wrong."""
    data = Path(path).read_bytes()
    if not data.startswith(MAGIC):
        raise ValidationFailed({"file": "Tệp không phải tệp xuất dữ liệu của Thực Địa."})
    body = data[len(MAGIC):]
    salt, nonce, sealed = body[:16], body[16:28], body[28:]
    try:
        plain = AESGCM(_key(passphrase, salt)).decrypt(nonce, sealed, MAGIC)
    except InvalidTag:
        raise ValidationFailed({"passphrase": "Sai mật khẩu, hoặc tệp đã bị sửa."}) from None
    result: dict[str, Any] = json.loads(gzip.decompress(plain))
    return result
