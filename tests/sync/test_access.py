"""Who may sync: a wrong token, a laptop never enrolled, a revoked (stolen) laptop, a spent
or expired enrolment code. Each is told plainly in Vietnamese; none loses local data."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta

import pytest

from app.db import unit_of_work
from app.errors import SyncError
from app.sync.engine import SyncEngine, run_sync
from app.sync.enrolment import enrol
from app.sync.status import read_status
from tests.sync.helpers import new_case
from tests.sync.support import Laptop

REFUSED = ("Mã đăng ký không đúng, đã được dùng hoặc đã hết hạn; hãy kiểm tra lại mã hoặc "
           "xin quản trị cấp mã mới.")


def _status(laptop: Laptop):
    with unit_of_work(laptop.db.sessions) as s:
        return read_status(s)


def test_a_wrong_token_is_refused_as_unauthorized(server, unit, laptops, tmp_path):
    a = Laptop.set_up(tmp_path / "a", cases=2, seed=51)
    laptops.append(a)
    creds = a.enrol(server, unit)
    forged = dataclasses.replace(creds, token="khong-phai-ma-that-" + "x" * 30)
    with pytest.raises(SyncError) as refused:
        SyncEngine(a.db.sessions, forged, a.data.attachments).run()
    assert refused.value.kind == "unauthorized"
    assert "không nhận mã xác thực" in str(refused.value)
    assert forged.token not in str(refused.value) and forged.token not in repr(forged)
    assert _status(a).error_kind == "unauthorized"
    assert server.count("case", unit) == 0


def test_a_laptop_never_enrolled_is_told_so(laptops, tmp_path):
    a = Laptop.set_up(tmp_path / "a", cases=1, seed=52)
    laptops.append(a)
    with pytest.raises(SyncError) as refused:
        run_sync(a.db.sessions, a.data.attachments)
    assert refused.value.kind == "not_enrolled"
    assert str(refused.value) == "Máy chưa đăng ký với máy chủ Chi cục."
    status = _status(a)
    assert not status.enrolled and status.headline() == "Chưa đăng ký với máy chủ Chi cục"


def test_a_revoked_laptop_stops_syncing_and_keeps_everything(server, unit, laptops, tmp_path):
    a = Laptop.set_up(tmp_path / "a", cases=3, seed=53)
    laptops.append(a)
    creds = a.enrol(server, unit, "Máy bị mất trên đường Đồng Đăng")
    a.sync()
    new_case(a, "Triệu Thị Pết", id_number="020186005566")  # made after the last sync
    new_case(a, "La Thị Sen", id_number="020186006677")
    before = {t: a.scalar(f"select count(*) from {t}") for t in  # noqa: S608
              ("inspection", "subject", "seized_item", "attachment", "issued_document")}
    assert _status(a).pending == 4  # two cases, two subjects

    server.revoke(creds.device_id)
    with pytest.raises(SyncError) as refused:
        a.sync()
    assert refused.value.kind == "revoked"
    assert "thu hồi" in str(refused.value)
    status = _status(a)
    assert status.revoked and status.enrolled
    assert status.headline() == "Máy đã bị thu hồi quyền đồng bộ — dữ liệu trên máy vẫn được giữ"
    assert status.pending == 4  # still waiting, never dropped
    assert {t: a.scalar(f"select count(*) from {t}") for t in before} == before  # noqa: S608
    assert a.stored_credentials() == creds
    assert server.count("case", unit) == 3


@pytest.mark.parametrize("spoil", ["used", "expired"])
def test_a_spent_or_expired_code_is_refused_and_nothing_is_written(server, unit, laptops, tmp_path, spoil):
    a = Laptop.set_up(tmp_path / "a", cases=1, seed=54)
    laptops.append(a)
    if spoil == "used":
        code = server.enrolment_code(unit)
        other = Laptop.set_up(tmp_path / "other")
        laptops.append(other)
        enrol(other.db.sessions, server.url, code, device_name="Máy khác")
        expected = REFUSED
    else:
        code = server.enrolment_code(unit, ttl=timedelta(seconds=-1))
        expected = REFUSED
    settings_before = a.scalar("select group_concat(key || '=' || value, ';') from "
                               "(select key, value from setting order by key)")
    unit_before = a.scalar("select unit_id from inspection")

    with pytest.raises(SyncError) as refused:
        enrol(a.db.sessions, server.url, code, device_name="Máy trạm")
    assert refused.value.kind == "refused"
    assert str(refused.value) == f"Không đăng ký được: {expected}"
    assert a.stored_credentials() is None
    assert not (a.data.root / "sync").exists() or not any((a.data.root / "sync").iterdir())
    assert a.scalar("select group_concat(key || '=' || value, ';') from "
                    "(select key, value from setting order by key)") == settings_before
    assert a.scalar("select unit_id from inspection") == unit_before
    assert json.dumps(settings_before).count("sync_unit") == 0


def test_a_captive_wifi_page_is_not_taken_for_the_server(server, unit, laptops, tmp_path):
    """A café or border-post Wi-Fi answering every address with its login page (200, HTML):
    the sync stops with a plain message and retries later; nothing local changes."""
    import http.server
    import threading

    class LoginPage(http.server.BaseHTTPRequestHandler):
        def _page(self) -> None:
            body = "<html><body>Đăng nhập Wi-Fi miễn phí</body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = _page

        def log_message(self, *args: object) -> None:
            pass

    portal = http.server.ThreadingHTTPServer(("127.0.0.1", 0), LoginPage)
    threading.Thread(target=portal.serve_forever, daemon=True).start()
    a = Laptop.set_up(tmp_path / "a", cases=2, seed=55)
    laptops.append(a)
    creds = a.enrol(server, unit)
    behind_portal = dataclasses.replace(creds, server_url=f"http://127.0.0.1:{portal.server_port}")
    try:
        with pytest.raises(SyncError) as stopped:
            SyncEngine(a.db.sessions, behind_portal, a.data.attachments).run()
    finally:
        portal.shutdown()
        portal.server_close()
    assert stopped.value.kind == "server" and stopped.value.kind in SyncError.RETRY
    assert "không phải của máy chủ Chi cục" in str(stopped.value)
    assert _status(a).pending == 4  # two cases, two subjects: still waiting
    assert a.sync().pushed["applied"] == 4  # the real server takes them later


def test_a_lost_laptops_disk_gives_neither_the_token_nor_the_key(server, unit, laptops, tmp_path):
    """The device's token and signing key live in the encrypted database: no file of the data
    folder holds them in plain, so a lost disk cannot pull the unit's records as this laptop."""
    import base64

    a = Laptop.set_up(tmp_path / "a", cases=2, seed=55)
    laptops.append(a)
    creds = a.enrol(server, unit, "Máy bị mất trên đường Đồng Đăng")
    a.sync()
    secrets = [creds.token.encode(), creds.private_key.encode(), base64.b64decode(creds.private_key)]
    a.close()
    files = [p for p in a.data.root.rglob("*") if p.is_file()]
    assert any(p.name == a.data.database.name for p in files)
    for path in files:
        data = path.read_bytes()
        assert not any(secret in data for secret in secrets), path


def test_an_earlier_releases_plain_device_file_moves_into_the_database(server, unit, laptops, tmp_path):
    """Releases before kept the credentials in sync/device.json in plain: the first start
    moves them into the encrypted database, removes the file, and sync goes on as before."""
    from dataclasses import asdict

    from app.sync.enrolment import forget
    from tests.signin import open_signed_in

    a = Laptop.set_up(tmp_path / "a", cases=2, seed=56)
    laptops.append(a)
    creds = a.enrol(server, unit)
    a.sync()
    with unit_of_work(a.db.sessions) as s:
        forget(s)
    earlier = a.data.root / "sync" / "device.json"
    earlier.parent.mkdir(exist_ok=True)
    earlier.write_text(json.dumps(asdict(creds), ensure_ascii=False, indent=1), encoding="utf-8")
    a.close()
    a.db = open_signed_in(a.data)
    a.creds = None
    assert not earlier.exists()
    assert a.stored_credentials() == creds
    new_case(a, "Hà Thị Nhung", id_number="020186007788")
    report = a.sync()
    assert report.pushed["applied"] == 2 and not report.mismatched  # the case and its subject
    assert server.count("case", unit) == 3
