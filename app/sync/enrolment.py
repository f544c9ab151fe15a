"""Enrolling this laptop with the provincial server, and taking on the identity it gives.

The server assigns the device id and names the unit; the laptop was set up offline with
ids of its own. Adoption rewrites them in one local transaction: every record this laptop
made now carries the server's device id, the unit's records point to the server's unit,
and the set-up number range is closed (from now on numbers come only in leased blocks, so
two laptops of a team can never print the same number; numbers already printed are
reported at the first sync and the server leases above them).
"""

from __future__ import annotations

import json
import logging
import platform
import uuid

import httpx
from sqlalchemy import Table, select, text, update
from sqlalchemy.orm import Session

from app import __version__
from app.errors import SyncError, ValidationFailed
from app.models import NumberBlock, Province, Unit, utcnow
from app.models.base import Base
from app.services.settings import (
    DEVICE_ID,
    ESCROW_PUBLIC_KEY,
    UNIT_ID,
    VERIFY_URL,
    get_setting,
    set_setting,
)
from app.sync import bindings, credentials
from app.sync.client import ServerClient
from app.sync.credentials import Credentials
from app.sync.wire import API_PREFIX, EnrolQR, EnrolRequest, UnitInfo, kinds

UNIT_INFO = "sync_unit"
log = logging.getLogger("thucdia.sync")


def _kind_tables() -> list[Table]:
    models = (bindings.model_of(k.name) for k in kinds())
    return [model.__table__ for model in models if model is not None]


def origin_tables() -> list[str]:
    """Every table whose rows carry ``origin_device``: every Synced table (a record kind's
    and the rows of a case)."""
    names = [t.name for t in Base.metadata.sorted_tables if "origin_device" in t.c]
    return names + [t.name for t in _kind_tables() if t.name not in names]


def unit_tables() -> list[str]:
    """The tables of the synced record kinds whose rows carry ``unit_id``."""
    return [t.name for t in _kind_tables() if "unit_id" in t.c]


def parse_enrolment(text_or_json: str, server_url: str = "") -> tuple[str, str]:
    """(server URL, code) from what the user pasted: the QR's JSON, or a bare code."""
    raw = text_or_json.strip()
    if raw.startswith("{"):
        try:
            qr = EnrolQR.model_validate_json(raw)
        except ValueError:
            raise ValidationFailed({"code": "Mã QR không phải mã đăng ký Thực Địa."}) from None
        return qr.server.rstrip("/"), qr.code
    errors = {}
    if not server_url.strip():
        errors["server_url"] = "Nhập địa chỉ máy chủ của Chi cục (VD https://qltt.langson.gov.vn)."
    elif not server_url.strip().lower().startswith(("http://", "https://")):
        errors["server_url"] = "Địa chỉ máy chủ phải bắt đầu bằng https:// (hoặc http:// trong mạng nội bộ)."
    if len(raw) < 4:
        errors["code"] = "Nhập mã đăng ký do Chi cục cấp (in trên phiếu hoặc mã QR)."
    if errors:
        raise ValidationFailed(errors)
    return server_url.strip().rstrip("/"), raw


def enrol(
    sessions,
    server_url: str,
    code: str,
    *,
    device_name: str = "",
    ca_file: str = "",
    transport: httpx.BaseTransport | None = None,
) -> Credentials:
    """Enrol with a one-time code; keep the token and key; adopt the server's identity.

    The credentials are committed before the identity is adopted: the code is spent the
    moment the server answers, and adoption is repeated at every sync until it holds.
    """
    from app.db import unit_of_work

    private, public = credentials.new_key()
    request = EnrolRequest(code=code.strip(), device_name=(device_name or platform.node() or "Máy trạm")[:120],
                           public_key=public, app_version=__version__)
    with ServerClient(server_url, ca_file=ca_file or None, transport=transport) as client:
        try:
            answer = client.enrol(request)
        except SyncError as exc:
            if exc.kind in ("revoked", "refused"):
                raise SyncError("refused", f"Không đăng ký được: {exc}") from None
            raise
    creds = Credentials(
        server_url=server_url.rstrip("/"), device_id=str(answer.device_id), token=answer.token,
        unit_id=str(answer.unit.id), unit_name=answer.unit.name, private_key=private,
        ca_file=ca_file,
    )
    with unit_of_work(sessions) as session:  # kept on its own: the code is spent already
        credentials.save(session, creds)
    with unit_of_work(sessions) as session:
        set_setting(session, UNIT_INFO, answer.unit.model_dump_json())
        if answer.escrow_public_key:  # wrapped for by Database.apply_escrow (app.services.startup)
            set_setting(session, ESCROW_PUBLIC_KEY, answer.escrow_public_key)
        adopt_identity(session, creds)
    return creds


def adopt_identity(session: Session, creds: Credentials) -> None:
    """Make the local ids match the server's (idempotent; cheap when already done)."""
    old_device = get_setting(session, DEVICE_ID)
    if old_device and old_device != creds.device_id:
        for table in origin_tables():
            session.execute(
                text(f"UPDATE {table} SET origin_device = :new WHERE origin_device = :old"),  # noqa: S608
                {"new": creds.device_id, "old": old_device},
            )
        session.execute(text("UPDATE audit_event SET device = :new WHERE device = :old"),
                        {"new": creds.device_id, "old": old_device})
    set_setting(session, DEVICE_ID, creds.device_id)
    set_setting(session, VERIFY_URL, creds.server_url + API_PREFIX + "/verify")
    new_unit = uuid.UUID(creds.unit_id)
    old_unit = get_setting(session, UNIT_ID)
    if old_unit == creds.unit_id and session.get(Unit, new_unit) is not None:
        return
    info_text = get_setting(session, UNIT_INFO)
    info = UnitInfo.model_validate_json(info_text) if info_text else None
    old = session.get(Unit, uuid.UUID(old_unit)) if old_unit else None
    with session.no_autoflush:
        unit = session.get(Unit, new_unit) or Unit(id=new_unit, origin_device="")
        for name in ("name", "parent_name", "address", "agency_code", "team_code"):
            # the server names the unit; what it leaves empty the laptop's set-up keeps (the
            # parent line "CHI CỤC …" printed above the unit on every biên bản, its address)
            value = getattr(info, name, "") or getattr(old, name, "") or getattr(unit, name, None)
            setattr(unit, name, value or "")
        unit.province_code = _province(session, info, old)
    session.add(unit)
    session.flush()
    if old is not None and old.id != new_unit:
        for table in unit_tables():
            session.execute(text(f"UPDATE {table} SET unit_id = :new WHERE unit_id = :old"),  # noqa: S608
                            {"new": new_unit.hex, "old": old.id.hex})
        old.deleted_at = utcnow()
    session.execute(
        update(NumberBlock)
        .where(NumberBlock.source == "configured", NumberBlock.next <= NumberBlock.last)
        .values(next=NumberBlock.last + 1)
    )
    set_setting(session, UNIT_ID, creds.unit_id)
    session.flush()
    session.expire_all()


def _province(session: Session, info: UnitInfo | None, old: Unit | None) -> str:
    """The server's province, else the set-up's, else the one the agency code (PP) names."""
    for code in (info and info.province_code, old and old.province_code, info and info.agency_code):
        if code and session.get(Province, code) is not None:
            return code
    first = session.scalar(select(Province.code).order_by(Province.code))
    log.warning("unit without a known province; using %s", first)
    return str(first)


def forget(session: Session) -> None:
    """Remove the credentials (after a revocation the office re-enrols the laptop)."""
    credentials.forget(session)


def unit_info(session: Session) -> dict[str, str] | None:
    raw = get_setting(session, UNIT_INFO)
    return json.loads(raw) if raw else None
