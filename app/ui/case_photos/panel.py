"""Ảnh, tài liệu: the photos and scans of the open case, saved at once (not on "Lưu").

Each add, caption change or removal is its own operation on the database thread and
changes the case (its version goes up, so sync sends it); ``changed`` tells the host the
new version, so the host's next save is not taken for a conflicting edit, and the case's
list row. The grid has its thumbnails decoded off the GUI thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.readmodel import fetch_case_rows_by_ids
from app.rows import CaseRow
from app.services.attachments import (
    MAX_CAPTION,
    AttachmentInfo,
    add_files,
    attachment_infos,
    case_version,
    remove_attachment,
    set_caption,
)
from app.ui.case_photos.dialogs import PhotoFileDialog, RemovePhotosBox
from app.ui.case_photos.grid import INFO_ROLE, PhotoGrid, size_text
from app.ui.errors import error_text
from app.ui.ops import Op
from app.ui.widgets.styles import GENERAL_ERROR_STYLE, HINT_STYLE, NOTE_STYLE


@dataclass(frozen=True)
class _Changed:
    infos: list[AttachmentInfo]
    version: int
    row: CaseRow | None
    errors: dict[str, str]


class PhotosPanel(QWidget):
    changed = Signal(int, object)  # the case's new version, its CaseRow

    def __init__(self, attachments_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photos_panel")
        self.title = self.tr("Ảnh, tài liệu")
        self.directory = attachments_dir
        self.case_id: str | None = None
        self.read_only = True
        self.pending = 0
        self._infos: list[AttachmentInfo] = []
        self.setAcceptDrops(True)

        heading = QLabel(self.title)
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.note = QLabel(objectName="photos_note", wordWrap=True)
        self.add_button = QPushButton(self.tr("Thêm ảnh…"), objectName="add_photos")
        self.view_button = QPushButton(self.tr("Xem cỡ lớn"), objectName="view_photo")
        self.remove_button = QPushButton(self.tr("Gỡ khỏi vụ việc"), objectName="remove_photos")
        self.summary = QLabel(objectName="photos_summary")
        self.summary.setStyleSheet(NOTE_STYLE)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.view_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        self.errors = QLabel(objectName="error:attachments", wordWrap=True)
        self.errors.setStyleSheet(GENERAL_ERROR_STYLE)
        self.errors.hide()
        self.grid = PhotoGrid()
        self.grid.setAcceptDrops(False)  # files dropped on the grid reach the panel
        self.grid.viewport().setAcceptDrops(False)
        self.caption = QLineEdit(objectName="photo_caption", maxLength=MAX_CAPTION)
        self.caption_button = QPushButton(self.tr("Lưu chú thích"), objectName="save_caption")
        self.caption_row = QWidget()
        caption_row = QHBoxLayout(self.caption_row)
        caption_row.setContentsMargins(0, 0, 0, 0)
        caption_row.addWidget(QLabel(self.tr("Chú thích ảnh đang chọn")))
        caption_row.addWidget(self.caption, 1)
        caption_row.addWidget(self.caption_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(8)
        for w in (heading, self.note):
            layout.addWidget(w)
        layout.addLayout(buttons)
        layout.addWidget(self.errors)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.caption_row)
        layout.addStretch(0)  # holds the note at the top while the grid is hidden

        self.add_button.clicked.connect(self.choose_files)
        self.view_button.clicked.connect(self.view_current)
        self.remove_button.clicked.connect(self.confirm_remove)
        self.caption_button.clicked.connect(self.save_caption)
        self.caption.returnPressed.connect(self.save_caption)
        self.grid.itemDoubleClicked.connect(lambda _item: self.view_current())
        self.grid.itemSelectionChanged.connect(self._selection_changed)
        self.set_case(None, read_only=False)

    # --- state ------------------------------------------------------------------------
    def set_case(self, case_id: str | None, *, read_only: bool, foreign: bool = False) -> None:
        """Show the photos of ``case_id`` (None: a new case, not saved yet)."""
        if case_id != self.case_id:
            self._fill([])
        self.case_id = case_id
        self.read_only = read_only or self.directory is None
        editable = not self.read_only and case_id is not None
        if case_id is None:
            text, style = self.tr("Lưu vụ việc trước khi thêm ảnh (bấm Lưu hoặc Ctrl+S): ảnh được gắn vào "
                                  "vụ việc đã lưu."), HINT_STYLE
        elif foreign:
            text, style = self.tr("Bản nháp của máy khác — chỉ xem ảnh, không thêm hay gỡ được."), HINT_STYLE
        elif read_only:
            text, style = self.tr("Vụ việc đã khóa — chỉ xem ảnh, không thêm hay gỡ được."), HINT_STYLE
        else:
            text, style = self.tr("Ảnh chụp tang vật, niêm phong, giấy tờ tại hiện trường (JPEG, PNG hoặc bản "
                                  "quét PDF, mỗi tệp đến 50 MB). Ảnh được lưu vào vụ việc ngay khi thêm, không "
                                  "cần bấm Lưu. Có thể kéo thả tệp vào đây."), NOTE_STYLE
        self.note.setText(text)
        self.note.setStyleSheet(style)
        if editable:
            self.grid.empty_text = self.tr("Chưa có ảnh nào. Bấm “Thêm ảnh…” hoặc kéo thả tệp ảnh vào đây.")
        else:
            self.grid.empty_text = self.tr("Chưa có ảnh nào.")
        self.caption.setPlaceholderText(
            self.tr("VD Niêm phong thùng hàng số 3, chụp lúc lập biên bản") if editable else "")
        for w in (self.grid, self.caption_row):
            w.setVisible(case_id is not None)
        self.view_button.setVisible(case_id is not None)
        self.grid.viewport().update()
        self.add_button.setVisible(not self.read_only or case_id is None)
        self.add_button.setEnabled(editable)
        self.remove_button.setVisible(editable)
        self.caption_button.setVisible(not self.read_only)
        self.caption.setReadOnly(self.read_only)
        self.errors.hide()
        self._selection_changed()
        if case_id is not None:
            self.reload()

    def editable(self) -> bool:
        return not self.read_only and self.case_id is not None

    def reload(self) -> None:
        case_id = self.case_id
        self._run(lambda s: attachment_infos(s, case_id), lambda infos: self._fill(infos), case_id,
                  acting=False)

    # --- adding -------------------------------------------------------------------------
    def choose_files(self) -> None:
        if not self.editable():
            return
        dialog = PhotoFileDialog(self)
        dialog.filesSelected.connect(self.add_files)
        dialog.open()

    def add_files(self, paths: list[str]) -> None:
        if not self.editable() or not paths:
            return
        case_id, directory, files = self.case_id, self.directory, [Path(p) for p in paths]

        def work(session, actor) -> _Changed:
            added, errors = add_files(session, directory, case_id, files, actor)
            return self._changes(session, case_id, bool(added), errors)

        self._run(work, self._applied, case_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable() and _local_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001 (QDragMoveEvent)
        if self.editable() and _local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event)
        if self.editable() and files:
            event.acceptProposedAction()
            self.add_files(files)

    # --- caption, removal, viewing ------------------------------------------------------
    def save_caption(self) -> None:
        info = self.current()
        if not self.editable() or info is None or self.caption.text().strip() == info.caption:
            return
        case_id, att_id, text = self.case_id, info.id, self.caption.text()

        def work(session, actor) -> _Changed:
            set_caption(session, att_id, text, actor)
            return self._changes(session, case_id, True, {})

        self._run(work, self._applied, case_id)

    def confirm_remove(self) -> None:
        chosen = self.selected()
        if not self.editable() or not chosen:
            return
        box = RemovePhotosBox(chosen, self)
        box.finished.connect(lambda _r: self.remove([i.id for i in chosen]) if box.confirmed() else None)
        box.open()

    def remove(self, attachment_ids: list[str]) -> None:
        case_id = self.case_id

        def work(session, actor) -> _Changed:
            for att_id in attachment_ids:
                remove_attachment(session, att_id, actor)
            return self._changes(session, case_id, True, {})

        self._run(work, self._applied, case_id)

    def view_current(self) -> None:
        from app.ui.case_photos.viewer import PhotoViewer

        info = self.current()
        if info is not None and self.directory is not None:
            PhotoViewer(info, self.directory / info.sha256, self.window()).open()

    def selected(self) -> list[AttachmentInfo]:
        return [item.data(INFO_ROLE) for item in self.grid.selectedItems()]

    def current(self) -> AttachmentInfo | None:
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    # --- results ------------------------------------------------------------------------
    @staticmethod
    def _changes(session, case_id: str, touched: bool, errors: dict[str, str]) -> _Changed:
        row = fetch_case_rows_by_ids(session, [uuid.UUID(case_id)])[0] if touched else None
        return _Changed(attachment_infos(session, case_id), case_version(session, case_id), row, errors)

    def _run(self, work, done, case_id: str | None, *, acting: bool = True) -> None:  # noqa: ANN001
        """Run ``work(session, actor)`` (a change, by the acting officer) or, when not
        ``acting``, ``work(session)`` (a read), and hand its answer to ``done``."""
        self.pending += 1

        def finish(cb, value) -> None:  # noqa: ANN001
            self.pending -= 1
            if isValid(self) and case_id == self.case_id:
                cb(value)

        op = Op.acting(self, work) if acting else Op(self, work)
        op.success(lambda r: finish(done, r)).failure(lambda e: finish(self._failed, e)).run()

    def _applied(self, result: _Changed) -> None:
        known = {i.id for i in self._infos}
        new = {i.id for i in result.infos if i.id not in known}
        self._fill(result.infos, select=new or {i.id for i in self.selected()})
        if result.errors:
            lines = "\n".join(f"• {name}: {message}" for name, message in result.errors.items())
            self._show_error(self.tr("Chưa thêm được %n tệp:", "", len(result.errors)) + "\n" + lines)
        if result.row is not None:
            self.changed.emit(result.version, result.row)

    def _failed(self, exc: Exception) -> None:
        self._show_error(error_text(exc))

    def _show_error(self, text: str) -> None:
        self.errors.setText(text)
        self.errors.show()

    def _fill(self, infos: list[AttachmentInfo], select: set[str] | None = None) -> None:
        self._infos = infos
        self.errors.hide()
        self.grid.set_infos(infos, self.directory, select or set())
        total = sum(i.size for i in infos)
        self.summary.setText(self.tr("%n tệp", "", len(infos)) + (f" · {size_text(total)}" if infos else ""))
        self._selection_changed()

    def _selection_changed(self) -> None:
        info = self.current()
        self.view_button.setEnabled(info is not None)
        self.remove_button.setEnabled(self.editable() and bool(self.selected()))
        self.caption.setEnabled(info is not None)
        self.caption_button.setEnabled(self.editable() and info is not None)
        self.caption.setText(info.caption if info else "")


def _local_files(event) -> list[str]:  # noqa: ANN001 (a drag or drop event)
    mime = event.mimeData()
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
