"""Photos and scans of a case, stored once by content under ``attachments/<sha256>``.

The file is written (and synced to disk) before the record that names it is flushed, so
a record never points to a missing file; a file without a record is harmless. Adding a
photo changes the case, so only a draft takes one (a finalised case is locked).
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import RecordLocked, ValidationFailed
from app.models import Attachment
from app.services.audit import record_event
from app.services.cases import LOCKED_MESSAGE, load_case
from app.services.context import Actor
from app.text import nfc

MAX_BYTES = 50 * 1024 * 1024


def store_blob(directory: Path, data: bytes) -> str:
    """Write ``data`` as ``directory/<sha256>`` atomically; returns the hash."""
    sha = hashlib.sha256(data).hexdigest()
    target = Path(directory) / sha
    if target.exists() and target.stat().st_size == len(data):
        return sha
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".part-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return sha


def add_attachment(
    session: Session,
    directory: Path,
    case_id: uuid.UUID | str,
    data: bytes,
    filename: str,
    actor: Actor,
    caption: str = "",
) -> Attachment:
    ins = load_case(session, case_id)
    if ins.is_finalised:
        raise RecordLocked(LOCKED_MESSAGE)
    if not data:
        raise ValidationFailed({"file": "Tệp rỗng, không đính kèm được."})
    if len(data) > MAX_BYTES:
        raise ValidationFailed({"file": f"Tệp lớn hơn {MAX_BYTES // (1024 * 1024)} MB."})
    sha = store_blob(directory, data)
    name = nfc(Path(filename).name)[:260]
    row = Attachment(
        inspection_id=ins.id, sha256=sha, filename=name, size=len(data),
        media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        caption=nfc(caption.strip())[:300], origin_device=actor.device_id,
    )
    session.add(row)
    ins.touch()
    record_event(session, actor, "attach", "inspection", ins.id, name)
    session.flush()
    return row


def case_attachments(session: Session, case_id: uuid.UUID | str) -> list[Attachment]:
    cid = uuid.UUID(str(case_id))
    return list(session.scalars(
        select(Attachment)
        .where(Attachment.inspection_id == cid, Attachment.deleted_at.is_(None))
        .order_by(Attachment.created_at)
    ))
