"""Who may change what (SYNC.md "Records and who may change them"), as pure decisions
driven by each record kind's declaration (app.sync.wire.kinds):

- A record the server lacks is created, unless its kind is one only the server creates
  (tips come from the province).
- The same version with the same content is a ``duplicate`` (success).
- A record in one of its kind's ``locked`` statuses (a finalised case, an issued biên bản)
  is immutable, even for its origin device; the one change it accepts is its kind's
  ``reopen`` (an issued biên bản becoming void). Anything else is a conflict.
- A device-owned record (a draft) belongs to its origin device; another device's change is
  a conflict.
- Shared records (subject registry, tips) apply only on the server's current version
  (``base_version``); otherwise a conflict. Timestamps never decide.

A conflict keeps the incoming version beside the server's; nothing is overwritten.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Literal

from app.sync.wire import RecordKind, kind

Verdict = Literal["apply", "duplicate", "conflict", "reject"]


@dataclass(frozen=True)
class Stored:
    entity: str
    unit_id: uuid.UUID | None
    origin_device: uuid.UUID | None
    version: int
    status: str
    payload_hash: str
    payload: str


@dataclass(frozen=True)
class Incoming:
    entity: str
    version: int
    base_version: int | None
    status: str
    payload_hash: str
    payload: str
    deleted: bool


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reason: str = ""
    field: str | None = None


def decide(
    stored: Stored | None, new: Incoming, device_id: uuid.UUID, unit_id: uuid.UUID
) -> Decision:
    declared = kind(new.entity)
    if stored is None:
        if not declared.device_creates:
            return Decision("reject", f"{declared.label} do Chi cục tạo; máy không tạo "
                            f"{declared.label.lower()} mới.", "id")
        return Decision("apply")
    if stored.entity != new.entity:
        return Decision("reject", f"Mã bản ghi đã dùng cho loại khác ({stored.entity}).", "id")
    if stored.unit_id != unit_id:
        return Decision("reject", "Bản ghi thuộc đơn vị khác.", "id")
    if new.version == stored.version and new.payload_hash == stored.payload_hash:
        return Decision("duplicate")
    own = stored.origin_device == device_id and not declared.shared
    if own and new.version < stored.version:
        return Decision("duplicate", "Máy chủ đã có phiên bản mới hơn của chính máy này.")
    if stored.status in declared.locked:
        return _locked(declared, stored, new)
    if declared.shared:
        return _shared(stored, new)
    if new.version == stored.version:
        return Decision("conflict", "Cùng phiên bản nhưng nội dung khác với bản trên máy chủ.")
    if not own:
        return Decision("conflict", "Bản nháp thuộc máy khác: chỉ máy lập bản nháp được sửa.")
    return Decision("apply")


def _locked(declared: RecordKind, stored: Stored, new: Incoming) -> Decision:
    reopen = declared.reopen
    if (
        reopen is not None
        and stored.status == reopen.from_status
        and new.status == reopen.to_status
        and new.version > stored.version
        and not new.deleted
        and _same_except(stored.payload, new.payload, reopen.fields)
    ):
        return Decision("apply")
    return Decision(
        "conflict",
        f"{declared.locked_as} không thể sửa hay xóa; muốn đính chính hãy lập bản mới liên kết "
        "với bản này.",
    )


def _shared(stored: Stored, new: Incoming) -> Decision:
    if new.base_version is None:
        return Decision("conflict", "Bản ghi dùng chung cần phiên bản gốc (base_version) khi sửa.")
    if new.base_version != stored.version:
        return Decision(
            "conflict",
            f"Bản ghi đã được sửa ở nơi khác (máy chủ đang ở phiên bản {stored.version}, "
            f"bản sửa dựa trên phiên bản {new.base_version}): cả hai bản được giữ để người dùng chọn.",
        )
    if new.version <= stored.version:
        return Decision("reject", "Phiên bản mới phải lớn hơn phiên bản gốc.", "version")
    return Decision("apply")


def _same_except(old: str, new: str, ignore: frozenset[str]) -> bool:
    a, b = json.loads(old), json.loads(new)
    return {k: v for k, v in a.items() if k not in ignore} == {
        k: v for k, v in b.items() if k not in ignore
    }
