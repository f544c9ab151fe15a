"""``python -m server``: serve, and administer units, officers, devices, numbers, catalogues, tips,
reports.

Every command takes ``--database-url`` (default ``$THUCDIA_DATABASE_URL`` or SQLite under
./var) and first brings the database to the newest schema. Output never shows a token.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.errors import DomainError
from app.forms_numbered import DOCUMENT_SYMBOLS
from app.sync.wire import EnrolQR, LeaseRequest
from server import escrow_cli
from server.config import Settings
from server.console import cli as console_cli
from server.db import Database, migrate
from server.statistics import cli as statistics_cli


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in escrow_cli.COMMANDS:  # the laptops' keys: no server database involved
        return escrow_cli.COMMANDS[args.command](args)
    settings = Settings.from_env(database_url=args.database_url)
    if args.command == "serve":
        return _serve(settings, args)
    migrate(settings.database_url)
    if args.command == "migrate":
        print(f"Cơ sở dữ liệu đã ở phiên bản mới nhất: {settings.database_url.split('@')[-1]}")
        return 0
    db = Database(settings.database_url)
    try:
        return COMMANDS[args.command](db, settings, args)
    except DomainError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    finally:
        db.dispose()


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m server", description="Máy chủ tỉnh Thực Địa")
    p.add_argument("--database-url", help="SQLAlchemy URL (postgresql+psycopg://… or sqlite:///…)")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve", help="run the HTTP server")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8389)
    s.add_argument("--workers", type=int, default=1)
    sub.add_parser("migrate", help="bring the database to the newest schema")
    s = sub.add_parser("create-unit", help="create a unit (Đội QLTT)")
    s.add_argument("--code", required=True)
    s.add_argument("--name", required=True)
    s.add_argument("--agency-code", required=True, help="PP of the document numbers")
    s.add_argument("--team-code", default="00", help="UU of the document numbers")
    s.add_argument("--province", default="")
    s.add_argument("--parent-name", default="")
    s.add_argument("--address", default="")
    sub.add_parser("units", help="list units")
    s = sub.add_parser("create-officer", help="add an officer to a unit")
    s.add_argument("--unit", required=True)
    s.add_argument("--name", required=True)
    s.add_argument("--position", default="")
    s.add_argument("--badge", default="")
    s = sub.add_parser("enroll-code", help="make a one-time enrolment code for a unit")
    s.add_argument("--unit", required=True)
    s.add_argument(
        "--server-url", default="http://127.0.0.1:8389", help="address put in the QR code"
    )
    s.add_argument(
        "--png", type=Path, help="write the QR code as a PNG file instead of terminal art"
    )
    s = sub.add_parser("devices", help="list enrolled devices")
    s.add_argument("--unit")
    s = sub.add_parser("revoke", help="revoke a device (stolen laptop): 403 from its next call")
    s.add_argument("device", type=uuid.UUID)
    s.add_argument("--reason", default="")
    s = sub.add_parser("lease-blocks", help="lease a block of numbers to a device")
    s.add_argument("--device", type=uuid.UUID, required=True)
    s.add_argument("--symbol", required=True, choices=DOCUMENT_SYMBOLS)
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--count", type=int, default=None)
    s = sub.add_parser("blocks", help="list leased number blocks")
    s.add_argument("--unit")
    s = sub.add_parser(
        "number-clashes", help="numbers printed on more than one biên bản (same set-up range)"
    )
    s.add_argument("--unit")
    s = sub.add_parser("import-catalog", help="import a catalogue file (resources/catalogs format)")
    s.add_argument("file", type=Path)
    tip = sub.add_parser("tip", help="tips (tin báo)").add_subparsers(
        dest="tip_command", required=True
    )
    s = tip.add_parser("add", help="enter a tip")
    s.add_argument("--summary", required=True)
    s.add_argument("--place", default="")
    s.add_argument("--suspect", default="")
    s.add_argument("--goods", default="")
    s.add_argument("--informant", default="", help="kept on the server only")
    s.add_argument("--contact", default="", help="kept on the server only")
    s = tip.add_parser("assign", help="assign a tip to a unit")
    s.add_argument("tip", type=uuid.UUID)
    s.add_argument("--unit", required=True)
    tip.add_parser("list", help="list tips (without informants)")
    console_cli.add_parsers(sub)
    statistics_cli.add_parsers(sub)
    escrow_cli.add_parsers(sub)
    return p


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from server.app import create_app

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    migrate(settings.database_url)
    hint = console_cli.first_start_hint(settings.database_url)
    if hint:
        print(hint, flush=True)
    if args.workers > 1:
        os.environ["THUCDIA_DATABASE_URL"] = settings.database_url
        uvicorn.run(
            "server.app:app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
        )
    else:
        uvicorn.run(create_app(settings), host=args.host, port=args.port)
    return 0


def _run(db: Database, fn: Callable[[Session], Any]) -> Any:
    return db.transact(fn)


def _create_unit(db: Database, _s: Settings, a: argparse.Namespace) -> int:
    from server.admin.service import create_unit

    unit = _run(
        db,
        lambda s: create_unit(
            s,
            code=a.code,
            name=a.name,
            agency_code=a.agency_code,
            team_code=a.team_code,
            province_code=a.province,
            parent_name=a.parent_name,
            address=a.address,
        ),
    )
    print(f"Đã tạo đơn vị {unit.code} ({unit.name}) id {unit.id}")
    return 0


def _units(db: Database, _s: Settings, _a: argparse.Namespace) -> int:
    from server.devices.repository import units

    for u in db.transact(units, write=False):
        print(f"{u.code:12} {u.agency_code}{u.team_code}  {u.name}  ({u.id})")
    return 0


def _create_officer(db: Database, _s: Settings, a: argparse.Namespace) -> int:
    from server.admin.service import create_officer

    row = _run(
        db,
        lambda s: create_officer(
            s, a.unit, full_name=a.name, position=a.position, badge_no=a.badge
        ),
    )
    print(f"Đã thêm cán bộ vào đơn vị {a.unit}: {row.id}")
    return 0


def _enroll_code(db: Database, settings: Settings, a: argparse.Namespace) -> int:
    import qrcode
    from qrcode.image.pil import PilImage

    from server.devices.service import make_code

    issued = _run(db, lambda s: make_code(s, a.unit, settings.enrol_code_ttl))
    payload = EnrolQR(server=a.server_url, code=issued.code).model_dump_json()
    print(f"Mã đăng ký máy cho đơn vị {issued.unit.code} ({issued.unit.name}): {issued.code}")
    print(f"Dùng một lần, hết hạn lúc {issued.expires_at.isoformat(timespec='seconds')} (UTC).")
    qr = qrcode.QRCode(border=2)
    qr.add_data(payload)
    qr.make(fit=True)
    if a.png:
        qr.make_image(image_factory=PilImage).save(str(a.png))
        print(f"Mã QR: {a.png}")
    else:
        qr.print_ascii(out=sys.stdout, invert=True)
    return 0


def _devices(db: Database, _s: Settings, a: argparse.Namespace) -> int:
    from server.devices.service import list_devices

    for d, u in db.transact(lambda s: list_devices(s, a.unit), write=False):
        state = f"THU HỒI {d.revoked_at:%Y-%m-%d}" if d.revoked_at else "hoạt động"
        seen = f"{d.last_seen_at:%Y-%m-%d %H:%M}" if d.last_seen_at else "-"
        print(f"{d.id}  {u.code:10} {d.name[:30]:30} {state:20} lần cuối {seen}")
    return 0


def _revoke(db: Database, _s: Settings, a: argparse.Namespace) -> int:
    from server.devices.service import revoke

    device = _run(db, lambda s: revoke(s, a.device, a.reason))
    print(f"Đã thu hồi máy {device.id} ({device.name}); mọi lần gọi sau sẽ bị từ chối (403).")
    return 0


def _lease_blocks(db: Database, settings: Settings, a: argparse.Namespace) -> int:
    from server.blocks.service import lease
    from server.devices import repository as repo
    from server.devices.service import DeviceContext

    def do(s: Session) -> Any:
        d = repo.device(s, a.device)
        if d is None:
            raise DomainError(f"Không có máy {a.device}.")
        request = LeaseRequest(symbol=a.symbol, year=a.year, count=a.count or settings.block_size)
        return lease(s, DeviceContext(d.id, d.unit_id, d.name, d.public_key), request)

    block = _run(db, do)
    print(
        f"Đã cấp {block.symbol} năm {block.year}: {block.first:04d}–{block.last:04d} cho máy {block.device_id}"
    )
    return 0


def _blocks(db: Database, _s: Settings, a: argparse.Namespace) -> int:
    from server.blocks.service import overview
    from server.devices.service import require_unit

    rows = db.transact(
        lambda s: overview(s, require_unit(s, a.unit).id if a.unit else None), write=False
    )
    for row in rows:
        b = row.lease
        print(
            f"{b.symbol:8} {b.year} {b.first:04d}–{b.last:04d}  máy {b.device_id}  đã báo dùng/hủy {row.used}"
        )
    return 0


def _number_clashes(db: Database, _s: Settings, a: argparse.Namespace) -> int:
    from server.blocks.service import clashes
    from server.devices.service import require_unit

    found = db.transact(
        lambda s: clashes(s, require_unit(s, a.unit).id if a.unit else None), write=False
    )
    if not found:
        print("Không có số biên bản nào bị trùng.")
    for copies in found:
        print(f"Số {copies[0].number}: {len(copies)} biên bản")
        for c in copies:
            state = " (đã hủy)" if c.status == "void" else ""
            print(f"  {c.issued_at[:16].replace('T', ' ')}  {c.issued_by or '—'}  "
                  f"máy «{c.device}»  {c.document_id}{state}")
    return 0


def _import_catalog(db: Database, _s: Settings, a: argparse.Namespace) -> int:
    from server.admin.service import import_catalog

    row = _run(db, lambda s: import_catalog(s, a.file))
    data = json.loads(row.payload)
    print(
        f"Đã nhập danh mục {data['catalog']} phiên bản {data['version']} ({len(data['items'])} mục)."
    )
    return 0


def _tip(db: Database, _s: Settings, a: argparse.Namespace) -> int:
    from server.admin import service

    if a.tip_command == "add":
        row = _run(
            db,
            lambda s: service.add_tip(
                s,
                summary=a.summary,
                place_address=a.place,
                suspect=a.suspect,
                goods=a.goods,
                informant_name=a.informant,
                informant_contact=a.contact,
            ),
        )
        print(f"Đã ghi tin báo {row.id}")
    elif a.tip_command == "assign":
        _run(db, lambda s: service.assign_tip(s, a.tip, a.unit))
        print(f"Đã giao tin báo {a.tip} cho đơn vị {a.unit}")
    else:
        for row, unit in db.transact(service.tips, write=False):
            data = json.loads(row.payload)
            print(
                f"{row.id}  {data['status']:11} {unit.code if unit else '-':10} {data['summary'][:60]}"
            )
    return 0


COMMANDS: dict[str, Callable[[Database, Settings, argparse.Namespace], int]] = {
    "create-unit": _create_unit,
    "number-clashes": _number_clashes,
    "units": _units,
    "create-officer": _create_officer,
    "enroll-code": _enroll_code,
    "devices": _devices,
    "revoke": _revoke,
    "lease-blocks": _lease_blocks,
    "blocks": _blocks,
    "import-catalog": _import_catalog,
    "tip": _tip,
    **console_cli.COMMANDS,
    **statistics_cli.COMMANDS,
}
