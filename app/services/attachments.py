"""Photos and scans of a case, stored once by content under ``attachments/<sha256>``,
sealed with the installation's key (app.security.sealed: the name is the hash of the
plain content, which sync uses; the bytes on disk are AES-GCM).

The file is written (and synced to disk) before the record that names it is flushed, so
a record never points to a missing file; a file without a record is harmless. Adding a
photo changes the case, so only a draft takes one (a finalised case is locked).
"""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, RecordLocked, ValidationFailed
from app.models import Attachment, Case
from app.security.sealed import holds, read_file, write_file
from app.services.audit import record_event
from app.services.cases import LOCKED_MESSAGE, _require_own
from app.services.context import Actor
from app.text import nfc

MAX_BYTES = 50 * 1024 * 1024
MAX_CAPTION = 300
_TOO_LARGE = f"Tệp lớn hơn {MAX_BYTES // (1024 * 1024)} MB, không đính kèm được."

# What a photo or a scan starts with: inspectors attach pictures and PDF scans, nothing else.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"%PDF-", "application/pdf"),
)


@dataclass(frozen=True)
class AttachmentInfo:
    """A photo or scan as the UI shows it (plain values, safe to hand across threads)."""

    id: str
    sha256: str
    filename: str
    media_type: str
    size: int
    caption: str
    created_at: datetime

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf"


def sniff_media_type(data: bytes) -> str | None:
    """The media type of a photo or scan read from its first bytes; None for anything else."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((media for magic, media in _SIGNATURES if data.startswith(magic)), None)


def store_blob(directory: Path, data: bytes) -> str:
    """Write ``data`` sealed as ``directory/<sha256>`` atomically; returns the hash."""
    sha = hashlib.sha256(data).hexdigest()
    if holds(directory, sha, len(data)):
        return sha
    write_file(directory, sha, data)
    return sha


def read_blob(directory: Path, sha256: str) -> bytes:
    """The plain content of a stored photo or scan (FileNotFoundError if it is not here)."""
    return read_file(directory, sha256)


def add_attachment(
    session: Session,
    directory: Path,
    case_id: uuid.UUID | str,
    data: bytes,
    filename: str,
    actor: Actor,
    caption: str = "",
) -> Attachment:
    ins = _editable_case(session, case_id, actor)
    if not data:
        raise ValidationFailed({"file": "Tệp rỗng, không đính kèm được."})
    if len(data) > MAX_BYTES:
        raise ValidationFailed({"file": _TOO_LARGE})
    sha = store_blob(directory, data)
    name = nfc(Path(filename).name)[:260]
    row = Attachment(
        inspection_id=ins.id, sha256=sha, filename=name, size=len(data),
        media_type=mimetypes.guess_type(name)[0] or sniff_media_type(data) or "application/octet-stream",
        caption=_clean_caption(caption), origin_device=actor.device_id,
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


def add_files(
    session: Session, directory: Path, case_id: uuid.UUID | str, paths: list[Path], actor: Actor
) -> tuple[list[AttachmentInfo], dict[str, str]]:
    """Add photos and scans from disk, each on its own: a file that cannot be added is
    listed (file name → message) and leaves nothing behind; the others still go in."""
    added: list[AttachmentInfo] = []
    errors: dict[str, str] = {}
    for path in map(Path, paths):
        try:
            if path.stat().st_size > MAX_BYTES:
                errors[path.name] = _TOO_LARGE
                continue
            data = path.read_bytes()
        except OSError:
            errors[path.name] = "Không đọc được tệp (đã bị chuyển, xóa hoặc không có quyền đọc)."
            continue
        if data and sniff_media_type(data) is None:
            errors[path.name] = "Không phải ảnh (JPEG, PNG…) hay bản quét PDF."
            continue
        try:
            added.append(_info(add_attachment(session, directory, case_id, data, path.name, actor)))
        except ValidationFailed as exc:
            errors[path.name] = " ".join(exc.errors.values())
    return added, errors


def attachment_infos(session: Session, case_id: uuid.UUID | str) -> list[AttachmentInfo]:
    """The case's photos and scans, oldest first, as plain rows."""
    return [_info(a) for a in case_attachments(session, case_id)]


def case_version(session: Session, case_id: uuid.UUID | str) -> int:
    """The case's current version (each attachment change bumps it, as an edit does)."""
    version = session.scalar(select(Case.version).where(Case.id == uuid.UUID(str(case_id))))
    if version is None:
        raise NotFound("Không tìm thấy vụ việc.")
    return version


def set_caption(session: Session, attachment_id: uuid.UUID | str, caption: str, actor: Actor) -> Attachment:
    """Change the caption of a draft's photo (at most 300 characters)."""
    row = _attachment(session, attachment_id)
    ins = _editable_case(session, row.inspection_id, actor)
    text = nfc(caption.strip())
    if len(text) > MAX_CAPTION:
        raise ValidationFailed({"caption": f"Chú thích dài quá {MAX_CAPTION} ký tự ({len(text)})."})
    if text == row.caption:
        return row
    row.caption = text
    row.touch()
    ins.touch()
    record_event(session, actor, "caption", "attachment", row.id, text)
    session.flush()
    return row


def remove_attachment(session: Session, attachment_id: uuid.UUID | str, actor: Actor) -> Attachment:
    """Take a photo off a draft: a tombstone on the record; the file stays, since the same
    content may belong to another record (files are stored once by content)."""
    row = _attachment(session, attachment_id)
    ins = _editable_case(session, row.inspection_id, actor)
    row.deleted_at = datetime.now(UTC)
    row.touch()
    ins.touch()
    record_event(session, actor, "detach", "inspection", ins.id, row.filename)
    session.flush()
    return row


def _editable_case(session: Session, case_id: uuid.UUID | str, actor: Actor) -> Case:
    ins = session.get(Case, uuid.UUID(str(case_id)))
    if ins is None or ins.deleted_at is not None:
        raise NotFound("Không tìm thấy vụ việc.")
    if ins.is_finalised:
        raise RecordLocked(LOCKED_MESSAGE)
    _require_own(ins, actor)
    return ins


def _attachment(session: Session, attachment_id: uuid.UUID | str) -> Attachment:
    row = session.get(Attachment, uuid.UUID(str(attachment_id)))
    if row is None or row.deleted_at is not None:
        raise NotFound("Không tìm thấy ảnh hoặc tài liệu này (có thể đã bị gỡ).")
    return row


def _clean_caption(caption: str) -> str:
    return nfc(caption.strip())[:MAX_CAPTION]


def _info(a: Attachment) -> AttachmentInfo:
    return AttachmentInfo(str(a.id), a.sha256, a.filename, a.media_type, a.size, a.caption, a.created_at)
