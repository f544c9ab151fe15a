"""The sync controls driven like an inspector, against a real provincial server on 127.0.0.1.

A laptop (real data directory, real SQLite file, invented demo cases) opens in the real
main window; it enrols through the dialog, syncs with "Đồng bộ", loses the server and gets
it back, and is revoked — while the indicator in the status bar says what is happening.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
import qrcode
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolBar

from app.db import unit_of_work
from app.sync import credentials
from app.ui.main_window import MainWindow
from app.ui.sync.controller import SyncController
from app.ui.sync.enrol_dialog import EnrolDialog
from tests.signin import connect_file, open_signed_in
from tests.sync.support import Laptop, LiveServer
from tests.ui.test_main_window import close_window, message_box, open_window
from tests.vn_input import type_text

CASES = 4


@pytest.fixture
def unit(server: LiveServer) -> str:
    return server.new_unit("Đội Quản lý thị trường số 2")


@pytest.fixture
def laptop(tmp_path: Path) -> Laptop:
    """A set-up laptop with invented cases, its database closed for the window to open."""
    made = Laptop.set_up(tmp_path / "laptop", cases=CASES, seed=11)
    made.close()
    return made


@pytest.fixture
def no_auto_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first automatic attempt would race the button the test presses."""
    monkeypatch.setattr(SyncController, "START_DELAY", 3600.0)


def enrolled(laptop: Laptop, server: LiveServer, unit: str, name: str = "Máy anh Vũ Đức Thắng") -> Laptop:
    laptop.db = open_signed_in(laptop.data)
    laptop.enrol(server, unit, name)
    laptop.close()
    return laptop


@pytest.fixture
def window_on(qtbot) -> Iterator:
    opened: list[MainWindow] = []

    def open_(laptop: Laptop) -> MainWindow:
        window = open_window(qtbot, laptop.data)
        opened.append(window)
        qtbot.waitUntil(lambda: window.sync.controller.status is not None, timeout=10000)
        return window

    yield open_
    for window in opened:
        close_window(window)


def press_sync(qtbot, window: MainWindow) -> None:
    """Click the "Đồng bộ" toolbar button on its main (left) part."""
    bar = window.findChild(QToolBar, "main_toolbar")
    button = bar.widgetForAction(window.sync.sync_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def local_cases(laptop: Laptop) -> int:
    with closing(connect_file(laptop.data.database, laptop.data)) as con:
        return con.execute("select count(*) from inspection").fetchone()[0]


def test_enrol_through_the_dialog_then_the_first_sync_sends_the_cases(qtbot, server, unit, laptop, window_on):
    window = window_on(laptop)
    indicator, controller = window.sync.indicator, window.sync.controller
    assert "Chưa đăng ký với máy chủ Chi cục" in indicator.text()
    qtbot.mouseClick(indicator.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync.enrol_dialog is not None and window.sync.enrol_dialog.isVisible())
    dialog: EnrolDialog = window.sync.enrol_dialog
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)  # empty: errors beside the fields
    assert not dialog.findChild(QLabel, "error:server_url").isHidden()
    assert dialog.findChild(QLabel, "error:code").text().startswith("Nhập mã đăng ký")
    type_text(dialog.server_url, server.url)
    type_text(dialog.code, server.enrolment_code(unit))
    type_text(dialog.device_name, "Máy chị Lò Thị Hoa")
    with qtbot.waitSignal(controller.enrolled, timeout=30000) as got:
        qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    assert "Đội Quản lý thị trường số 2" in dialog.message.text()
    assert got.args[0].unit_name.startswith("Đội Quản lý thị trường số 2")
    qtbot.waitUntil(lambda: controller.state == "idle" and controller.status.last_success is not None,
                    timeout=60000)
    assert server.count("case", unit) == CASES
    qtbot.waitUntil(lambda: indicator.text() == "Vừa đồng bộ", timeout=10000)
    assert controller.timer.isActive()  # the next pull is planned
    assert 290 < controller.schedule.delay() <= 300
    assert 250_000 < controller.timer.remainingTime() <= 315_000  # a coarse timer: ±5 %


def test_enrolment_dialog_splits_pasted_qr_json_and_reads_a_qr_photo(qtbot, tmp_path, laptop, window_on, no_auto_start):
    window = window_on(laptop)
    window.sync.enrol_action.trigger()
    qtbot.waitUntil(lambda: window.sync.enrol_dialog is not None)
    dialog = window.sync.enrol_dialog
    type_text(dialog.code, '{"thucdia_enrol":1,"server":"https://qltt.langson.gov.vn/","code":"LS-7Q2K-9DMA"}')
    assert dialog.server_url.text() == "https://qltt.langson.gov.vn"
    assert dialog.code.text() == "LS-7Q2K-9DMA"
    type_text(dialog.code, '{"khong_phai": 1}')
    assert dialog.findChild(QLabel, "error:code").text() == "Mã QR không phải mã đăng ký Thực Địa."
    photo = tmp_path / "ma-qr.jpg"
    payload = {"thucdia_enrol": 1, "server": "https://qltt.caobang.gov.vn", "code": "CB-4HX8-T2PW"}
    qrcode.make(json.dumps(payload)).convert("RGB").save(photo, quality=75)
    dialog.load_qr_image(str(photo))
    qtbot.waitUntil(lambda: dialog.code.text() == "CB-4HX8-T2PW", timeout=10000)
    assert dialog.server_url.text() == "https://qltt.caobang.gov.vn"
    assert dialog.findChild(QLabel, "error:code").isHidden()
    dialog.load_qr_image(str(window.data_dir.database))  # not an image
    qtbot.waitUntil(lambda: not dialog.findChild(QLabel, "error:code").isHidden(), timeout=10000)
    assert "Không mở được tệp ảnh" in dialog.findChild(QLabel, "error:code").text()
    dialog.close()


def test_sync_button_sends_the_cases_and_the_indicator_says_so(qtbot, server, unit, laptop, window_on, no_auto_start):
    window = window_on(enrolled(laptop, server, unit))
    indicator, controller = window.sync.indicator, window.sync.controller
    pending = controller.status.pending
    assert pending >= CASES  # the cases and their subjects
    assert indicator.text() == f"Chưa đồng bộ lần nào · {pending} bản ghi chờ gửi"
    with qtbot.waitSignal(controller.finished, timeout=60000) as done:
        press_sync(qtbot, window)
        assert controller.state == "syncing"
        assert indicator.text().startswith("Đang đồng bộ")
        assert indicator.bar.isVisible()
    assert done.args[0].pushed["applied"] >= CASES
    assert server.count("case", unit) == CASES
    qtbot.waitUntil(lambda: indicator.text() == "Vừa đồng bộ", timeout=10000)
    assert not indicator.bar.isVisible()
    assert "Đồng bộ xong" in window.statusBar().currentMessage()


def test_server_down_says_offline_keeps_the_window_responsive_and_backs_off(qtbot, server, unit, laptop, window_on, no_auto_start):
    window = window_on(enrolled(laptop, server, unit))
    indicator, controller = window.sync.indicator, window.sync.controller
    server.stop()
    try:
        with qtbot.waitSignal(controller.failed, timeout=30000) as failed:
            started = time.perf_counter()
            press_sync(qtbot, window)
            clicked = time.perf_counter() - started
            type_text(window.list_page.search, "Nguyễn")  # the window answers while it syncs
            assert window.list_page.search.text() == "Nguyễn"
        assert clicked < 0.5 < time.perf_counter() - started  # the retries ran off the GUI thread
        assert failed.args[0].kind == "offline"
        assert indicator.text().startswith("Ngoại tuyến · thử lại lúc")
        assert controller.timer.isActive() and 0 < controller.timer.remainingTime() <= 5250
        controller.schedule.backoff.rand = lambda: 1.0  # the next ceiling, undrawn
        with qtbot.waitSignal(controller.probed, timeout=10000) as probed:
            controller.tick()
        assert probed.args == [False]
        assert controller.schedule.backoff.failures == 2
        assert controller.schedule.delay() == pytest.approx(10, abs=0.5)  # doubled
        assert controller.timer.remainingTime() <= 10500
        controller.schedule.backoff.rand = lambda: 0.0  # the one-second floor
        controller.tick()
        qtbot.waitUntil(lambda: controller.state == "idle", timeout=10000)
        assert controller.timer.remainingTime() <= 1050
    finally:
        server.start()
    with qtbot.waitSignal(controller.finished, timeout=30000):
        pass  # the timer probes, the server answers, the four cases are sent
    assert server.count("case", unit) == CASES
    qtbot.waitUntil(lambda: indicator.text() == "Vừa đồng bộ", timeout=10000)


def test_revoked_device_is_told_calmly_keeps_its_data_and_stops_trying(qtbot, server, unit, laptop, window_on, no_auto_start):
    laptop = enrolled(laptop, server, unit)
    device_id = laptop.creds.device_id
    server.revoke(device_id)
    window = window_on(laptop)
    indicator, controller = window.sync.indicator, window.sync.controller
    with qtbot.waitSignal(controller.failed, timeout=30000) as failed:
        press_sync(qtbot, window)
    assert failed.args[0].kind == "revoked"
    box = message_box(qtbot, "sync_revoked")
    assert "Máy đã bị thu hồi quyền đồng bộ" in box.text()
    assert "Dữ liệu trên máy vẫn được giữ nguyên" in box.text()
    box.done(0)
    qtbot.waitUntil(lambda: controller.status.revoked, timeout=10000)
    assert indicator.text().startswith("Máy đã bị thu hồi quyền đồng bộ")
    assert not controller.timer.isActive() and controller.schedule.stopped
    attempts = controller.attempts
    with qtbot.waitSignal(controller.status_changed, timeout=10000):
        controller.local_changed()  # a save would bring a sync forward; not on a revoked laptop
    controller.tick()
    assert controller.attempts == attempts and not controller.timer.isActive()
    assert local_cases(laptop) == CASES
    with unit_of_work(window.db.sessions) as s:
        assert credentials.load(s) == laptop.creds  # kept: the office may lift the revocation


def test_a_revoked_laptop_exports_its_unsynced_work_encrypted(qtbot, server, unit, laptop, window_on, no_auto_start, tmp_path):
    from app.sync.export import read_export
    from app.ui.sync.export_dialog import ExportDialog

    laptop = enrolled(laptop, server, unit)
    server.revoke(laptop.creds.device_id)
    window = window_on(laptop)
    with qtbot.waitSignal(window.sync.controller.failed, timeout=30000):
        press_sync(qtbot, window)
    box = message_box(qtbot, "sync_revoked")
    export = next(b for b in box.buttons() if b.objectName() == "export_unsynced")
    assert export.text() == "Xuất dữ liệu chưa đồng bộ…"
    export.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ExportDialog)), timeout=10000)
    dialog = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    out = tmp_path / "may-anh-thang.tdx"
    dialog.file.setText(str(out))
    type_text(dialog.passphrase, "Đội 3 Chi Lăng")
    type_text(dialog.again, "Đội 3 Chi Lăng!")
    dialog.export_button.click()
    assert dialog.errors["passphrase_again"].text() == "Hai lần nhập mật khẩu không giống nhau."
    assert not out.exists()
    dialog.again.clear()
    type_text(dialog.again, "Đội 3 Chi Lăng")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Đã xuất"), timeout=30000)
    content = read_export(out, "Đội 3 Chi Lăng")
    cases = [r for r in content["records"] if r["entity"] == "case"]
    assert len(cases) == CASES and local_cases(laptop) == CASES  # carried out, never wiped
    assert not dialog.errors["passphrase_again"].isVisible()
    dialog.close()


def test_closing_the_window_mid_sync_stops_the_worker(qtbot, server, unit, laptop, window_on, no_auto_start):
    window = window_on(enrolled(laptop, server, unit))
    controller = window.sync.controller
    press_sync(qtbot, window)
    assert controller.busy
    window.close()
    assert controller.cancel.is_set()
    assert controller.worker._thread is None or not controller.worker._thread.is_alive()
    QApplication.processEvents()
    assert local_cases(laptop) == CASES


def test_needs_attention_count_opens_the_conflicts_dialog(qtbot, server, unit, laptop, window_on, no_auto_start):
    from app.ui.sync.conflicts_dialog import ConflictsDialog
    from tests.ui.test_conflicts_dialog import build_problems

    laptop = enrolled(laptop, server, unit)
    laptop.db = open_signed_in(laptop.data)
    build_problems(laptop.db, laptop.actor())  # two conflicts kept, two records refused
    laptop.close()
    window = window_on(laptop)
    indicator = window.sync.indicator
    assert indicator.attention.text() == "4 cần xử lý" and indicator.attention.isVisible()
    qtbot.mouseClick(indicator.attention, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ConflictsDialog)), timeout=10000)
    dialog = next(d for d in window.findChildren(ConflictsDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.conflict_list.rowCount() == 2, timeout=30000)
    dialog.close()
