"""Helpers of the console tests: sign in as a person would, laptops with real cases synced
to the test server, and reading QR codes with zxing-cpp."""

from __future__ import annotations

import io
import uuid
from pathlib import Path
from typing import Any

import pyotp

from app.db import unit_of_work
from app.services.cases import finalise_case
from app.services.settings import current_actor
from tests.server.conftest import Api
from tests.server.console.conftest import PASSWORD
from tests.sync.helpers import new_case
from tests.sync.support import Laptop


def sign_in(page: Any, base: str, username: str, password: str = PASSWORD) -> None:
    page.goto(base + "/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button:has-text('Đăng nhập')")
    page.wait_for_url(lambda url: "/login" not in url)


def sign_in_admin(page: Any, base: str, username: str) -> str:
    """Sign in an administrator, enrolling the second factor as the page asks; returns the
    TOTP secret read from the page."""
    sign_in(page, base, username)
    assert page.url.endswith("/xac-thuc")
    secret = page.inner_text("#khoa-bi-mat").strip()
    page.fill("input[name=ma]", pyotp.TOTP(secret).now())
    page.click("button:has-text('Bật xác thực hai bước')")
    return secret


def laptop(api: Api, unit: str, root: Path, name: str = "Máy trạm") -> Laptop:
    """A laptop enrolled with the test server through the app's enrolment, synced once."""
    from app.sync.enrolment import enrol
    from server.config import Settings
    from server.devices.service import make_code

    lap = Laptop.set_up(root)
    code = api.db.transact(lambda s: make_code(s, unit, Settings().enrol_code_ttl)).code
    lap.creds = enrol(lap.db.sessions, api.base_url, code, device_name=name)
    lap.sync()  # leases its blocks of document numbers
    return lap


def finalised_case(lap: Laptop, subject: str, id_number: str, place: str = "",
                   commune: str = "") -> uuid.UUID:
    case_id = new_case(lap, subject, id_number=id_number, place=place, commune=commune)
    with unit_of_work(lap.db.sessions) as s:
        finalise_case(s, case_id, current_actor(s))
    return case_id


def issue(lap: Laptop, case_id: uuid.UUID, form: str = "BB-KT") -> tuple[uuid.UUID, str]:
    from app.documents.issuing import issue_document

    with unit_of_work(lap.db.sessions) as s:
        r = issue_document(s, case_id, form, current_actor(s))
    return r.document_id, r.number


def photo_png(text: str = "anh") -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (320, 240), (200, 220, 240))
    ImageDraw.Draw(img).text((20, 100), text, fill=(0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def read_qr(image: Any) -> list[str]:
    import zxingcpp

    return [b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
