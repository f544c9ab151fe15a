"""Photos of a case in the case editor, driven like an inspector over a real SQLite file:
add two real images through the file dialog, see their thumbnails, names and sizes,
caption one, remove the other, get Vietnamese errors for bad files dropped on the panel,
reopen the case and see what was kept; a finalised case and a new case take no photo."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.services.attachments import add_attachment
from app.services.cases import finalise_case, save_case
from app.services.settings import current_actor
from app.ui.case_photos.dialogs import PhotoFileDialog
from app.ui.case_photos.grid import INFO_ROLE, size_text
from app.ui.ops import task_manager
from tests.ui.test_main_window import click_button, close_window, message_box, open_window
from tests.vn_input import type_text

LEFT = Qt.MouseButton.LeftButton


def make_photo(path: Path, top: str, bottom: str, size: tuple[int, int] = (1600, 1200)) -> Path:
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 0, size[1])
    gradient.setColorAt(0, QColor(top))
    gradient.setColorAt(1, QColor(bottom))
    painter.fillRect(image.rect(), gradient)
    painter.end()
    assert image.save(str(path), quality=85)
    return path


def _saved_case(db, *, finalised: bool = False, foreign: bool = False, photo: bytes | None = None) -> uuid.UUID:
    with unit_of_work(db.sessions) as s:
        actor = current_actor(s)
        case_id = save_case(s, sample_case_entry(s), actor).id
        if photo is not None:
            add_attachment(s, db.data_dir.attachments, case_id, photo, "tang-vat-thuoc-la.jpg", actor,
                           "Thùng thuốc lá Esse tại kho")
        if finalised:
            finalise_case(s, case_id, actor)
        if foreign:
            s.execute(text("UPDATE inspection SET origin_device = :d WHERE id = :i"),
                      {"d": str(uuid.uuid4()), "i": case_id.hex})
    return case_id


def open_photos(qtbot, window, case_id):
    window.open_case(case_id)
    tab = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: tab.case_id == str(case_id), timeout=30000)
    tab.editor.nav.setCurrentRow(tab.editor.stack.indexOf(tab.photos))
    assert tab.editor.stack.currentWidget() is tab.photos
    return tab, tab.photos


def thumbnails_shown(panel, count: int) -> bool:
    items = [panel.grid.item(n) for n in range(panel.grid.count())]
    return len(items) == count and all(i.data(Qt.ItemDataRole.DecorationRole) is not None for i in items)


def names(panel) -> list[str]:
    return [panel.grid.item(n).data(INFO_ROLE).filename for n in range(panel.grid.count())]


def drop_files(panel, paths: list[Path]) -> None:
    """Files dragged from the file manager and dropped on the grid."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = panel.grid.geometry().center()
    mods = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, LEFT, mods)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(at), Qt.DropAction.CopyAction, mime, LEFT, mods)
    QApplication.sendEvent(panel, drop)
    assert drop.isAccepted()


def test_add_caption_remove_and_reopen(qtbot, demo_db, tmp_path):
    case_id = _saved_case(demo_db)
    seal = make_photo(tmp_path / "niem-phong-thung-3.jpg", "#8b1e1e", "#f0c040")
    truck = make_photo(tmp_path / "xe-tai-12C-045.67.png", "#1f5fa8", "#e9edf2", (900, 1200))
    demo_db.close()
    window = open_window(qtbot, demo_db.data_dir)
    try:
        tab, panel = open_photos(qtbot, window, case_id)
        assert panel.add_button.isVisible() and panel.add_button.isEnabled()
        assert panel.grid.count() == 0

        qtbot.mouseClick(panel.add_button, LEFT)
        qtbot.waitUntil(lambda: panel.findChild(PhotoFileDialog) is not None, timeout=5000)
        dialog = panel.findChild(PhotoFileDialog)
        assert dialog.isVisible() and dialog.fileMode() == dialog.FileMode.ExistingFiles
        dialog.setDirectory(str(tmp_path))
        dialog.selectFile(f'"{seal.name}" "{truck.name}"')
        dialog.accept()
        qtbot.waitUntil(lambda: thumbnails_shown(panel, 2), timeout=30000)
        assert names(panel) == ["niem-phong-thung-3.jpg", "xe-tai-12C-045.67.png"]
        sizes = [panel.grid.item(n).data(INFO_ROLE).size for n in range(2)]
        assert sizes == [seal.stat().st_size, truck.stat().st_size]
        total = size_text(sum(sizes))
        assert panel.summary.text() == f"2 tệp · {total}" and total.endswith(("KB", "MB"))
        assert not panel.errors.isVisible()

        # caption the first, remove the second
        panel.grid.clearSelection()
        panel.grid.item(0).setSelected(True)
        type_text(panel.caption, "Niêm phong thùng hàng số 3")
        qtbot.mouseClick(panel.caption_button, LEFT)
        qtbot.waitUntil(lambda: panel.grid.item(0).data(INFO_ROLE).caption == "Niêm phong thùng hàng số 3",
                        timeout=30000)
        panel.grid.clearSelection()
        panel.grid.item(1).setSelected(True)
        qtbot.mouseClick(panel.remove_button, LEFT)
        click_button(qtbot, message_box(qtbot, "remove_photos_confirm"), "Gỡ")
        qtbot.waitUntil(lambda: names(panel) == ["niem-phong-thung-3.jpg"], timeout=30000)
        assert panel.summary.text().startswith("1 tệp")

        # bad files dropped on the panel: told why, next to the grid; nothing added
        empty = tmp_path / "anh-rong.jpg"
        empty.write_bytes(b"")
        notes = tmp_path / "ghi-chu.txt"
        notes.write_text("Biên bản viết tay", encoding="utf-8")
        drop_files(panel, [empty, notes, tmp_path / "da-xoa.jpg"])
        qtbot.waitUntil(panel.errors.isVisible, timeout=30000)
        message = panel.errors.text()
        assert "Chưa thêm được 3 tệp" in message
        assert "anh-rong.jpg: Tệp rỗng" in message and "ghi-chu.txt: Không phải ảnh" in message
        assert "da-xoa.jpg: Không đọc được tệp" in message
        assert names(panel) == ["niem-phong-thung-3.jpg"]

        # the case still saves: its version followed the photo changes
        tab.save()
        qtbot.waitUntil(lambda: tab.state.text().startswith("Đã lưu"), timeout=30000)

        task_manager().wait_idle()
        window.close_tab(window.tabs.indexOf(tab))
        tab, panel = open_photos(qtbot, window, case_id)
        qtbot.waitUntil(lambda: thumbnails_shown(panel, 1), timeout=30000)
        [info] = [panel.grid.item(0).data(INFO_ROLE)]
        assert (info.filename, info.caption) == ("niem-phong-thung-3.jpg", "Niêm phong thùng hàng số 3")
    finally:
        close_window(window)


def test_locked_and_new_cases_take_no_photo(qtbot, demo_db, tmp_path):
    photo = make_photo(tmp_path / "p.jpg", "#333333", "#cccccc", (640, 480)).read_bytes()
    finalised = _saved_case(demo_db, finalised=True, photo=photo)
    foreign = _saved_case(demo_db, foreign=True)
    demo_db.close()
    window = open_window(qtbot, demo_db.data_dir)
    try:
        _tab, panel = open_photos(qtbot, window, finalised)
        qtbot.waitUntil(lambda: thumbnails_shown(panel, 1), timeout=30000)
        assert not panel.add_button.isVisible() and not panel.remove_button.isVisible()
        assert not panel.caption_button.isVisible() and panel.caption.isReadOnly()
        assert "đã khóa" in panel.note.text()
        panel.grid.item(0).setSelected(True)
        assert panel.caption.text() == "Thùng thuốc lá Esse tại kho" and panel.view_button.isEnabled()

        _tab, panel = open_photos(qtbot, window, foreign)
        assert not panel.add_button.isVisible() and "máy khác" in panel.note.text()

        window.new_case()
        tab = window.tabs.currentWidget()
        qtbot.waitUntil(lambda: bool(tab.editor.form().members), timeout=30000)
        tab.editor.nav.setCurrentRow(tab.editor.stack.indexOf(tab.photos))
        assert tab.photos.add_button.isVisible() and not tab.photos.add_button.isEnabled()
        assert tab.photos.note.text().startswith("Lưu vụ việc trước khi thêm ảnh")
    finally:
        close_window(window)
