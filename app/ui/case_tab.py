"""One open case: the editor plus save, finalise, amend, autosave and crash recovery.

Autosave writes the editor's whole state to the recovery journal a few seconds after the
last keystroke (never a half-saved case: the case itself changes only on Save). A clean
save or a discard removes the journal entry.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.errors import ValidationFailed
from app.rows import CaseRow, Catalogs
from app.services import case_actions
from app.services.case_actions import CaseChanges
from app.services.case_entry import CaseEntry
from app.services.cases import finalise_summary, get_case_entry
from app.services.recovery import clear_recovery, write_recovery
from app.services.subjects import find_subjects
from app.ui.case_editor import CaseEditor
from app.ui.case_photos import PhotosPanel
from app.ui.errors import show_error
from app.ui.ops import Op
from app.ui.outcome import OutcomePage
from app.ui.reason_dialog import ReasonDialog
from app.ui.vn_format import VN_TZ
from app.ui.widgets.styles import INFO_STYLE

AUTOSAVE_MS = 3000


class CaseTab(QWidget):
    saved = Signal(object)  # CaseRow
    title_changed = Signal(str)
    amended = Signal(uuid.UUID)
    deleted = Signal(str)  # the draft's id, after it was deleted

    def __init__(self, catalogs: Catalogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = str(uuid.uuid4())
        self.dirty = False
        self.locked = False
        self.case_id: str | None = None  # set once the case exists in the database
        self.opening_id: str | None = None  # the case being loaded into this tab
        self.editor = CaseEditor(catalogs, self, subject_lookup=self._lookup_subjects)
        data_dir = getattr(parent, "data_dir", None)  # the main window's DataDir
        self.photos = PhotosPanel(data_dir.attachments if data_dir is not None else None)
        self.editor.add_page(self.photos.title, self.photos)
        self.photos.changed.connect(self._photos_changed)
        self.outcome = OutcomePage(catalogs)  # "Kết quả xử lý": shown once the case is finalised
        self.editor.add_page(self.outcome.title, self.outcome)
        self._outcome_row = self.editor.nav.count() - 1
        self.editor.nav.currentRowChanged.connect(  # "chỉ xem" is about the case, not its outcome
            lambda row: self.editor.banner.setVisible(self.locked and row != self._outcome_row))
        self.state = QLabel(objectName="save_state")
        self.amendment_note = QLabel(objectName="amendment_note", wordWrap=True, styleSheet=INFO_STYLE)
        self.amendment_note.hide()
        self.delete_button = QPushButton(self.tr("&Xóa bản nháp…"), objectName="delete_draft_button")
        self.save_button = QPushButton(self.tr("&Lưu (Ctrl+S)"), objectName="save_button")
        self.finalise_button = QPushButton(self.tr("&Hoàn tất và khóa (Ctrl+Enter)"), objectName="finalise_button")
        self.amend_button = QPushButton(self.tr("Lập bản &đính chính"), objectName="amend_button")
        self.documents_button = QPushButton(self.tr("Lập &biên bản, in… (Ctrl+P)"), objectName="documents_button")
        print_keys = QShortcut(QKeySequence("Ctrl+P"), self, self._print_key)
        print_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bar = QHBoxLayout()
        bar.addWidget(self.state, 1)
        for b in (self.delete_button, self.amend_button, self.documents_button, self.save_button,
                  self.finalise_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.amendment_note)
        layout.addWidget(self.editor, 1)
        layout.addLayout(bar)
        self.save_button.clicked.connect(self.save)
        self.finalise_button.clicked.connect(self.finalise)
        self.amend_button.clicked.connect(self.amend)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.documents_button.clicked.connect(self.open_documents)
        self.editor.edited.connect(self._on_edited)
        self._outcome_wanted: str | None = None  # asked for before the case was loaded
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_recovery)
        self._apply_lock(False)

    # --- loading ----------------------------------------------------------------------
    def load_new(self, form: CaseEntry) -> None:
        self.editor.set_entry(form, locked=False)
        self._apply_lock(False)
        self.photos.set_case(None, read_only=False)
        self._set_state(self.tr("Vụ việc mới, chưa lưu"))
        self.title_changed.emit(self.tr("Vụ việc mới"))
        self.editor.focus_section(0)

    def load_case(self, case_id: uuid.UUID) -> None:
        self.opening_id = str(case_id)  # known while loading: a second open finds this tab
        self._set_state(self.tr("Đang mở…"))
        Op(self, lambda s: get_case_entry(s, case_id)).success(self._loaded).run()

    def load_recovered(self, key: str, form: CaseEntry) -> None:
        self.recovery_key, self.case_id = key, form.id
        self.editor.set_entry(form, locked=False)
        self._apply_lock(False)
        self.photos.set_case(form.id, read_only=False)
        self.dirty = True
        self._set_state(self.tr("Bản nháp được khôi phục sau khi ứng dụng đóng đột ngột — hãy kiểm tra và Lưu"))
        self.title_changed.emit("* " + (self.editor.current_title() or self.tr("Vụ việc")))

    def _show_amendment(self, form: CaseEntry) -> None:
        self.amendment_note.setText(self.tr("Bản đính chính. Lý do: %1").replace("%1", form.amendment_reason))
        self.amendment_note.setVisible(bool(form.amendment_reason))

    def _loaded(self, form: CaseEntry) -> None:
        self.case_id = form.id
        self._show_amendment(form)
        finalised = form.status == "finalised"
        foreign = not form.owned_here and not finalised
        self.editor.set_entry(form, locked=finalised or foreign)
        self._apply_lock(finalised or foreign, foreign=foreign)
        self.photos.set_case(form.id, read_only=finalised or foreign, foreign=foreign)
        self.dirty = False
        if foreign:
            self._set_state(self.tr("Bản nháp của máy khác — chỉ xem"))
        else:
            self._set_state(self.tr("Đã hoàn tất và khóa") if finalised else self.tr("Đã mở bản nháp"))
        self.title_changed.emit(self.editor.current_title() or self.tr("Vụ việc"))
        self.editor.focus_section(0)
        if self._outcome_wanted is not None and self.outcome.case_id is not None:
            self.show_outcome(self._outcome_wanted)
        self._outcome_wanted = None

    # --- editing ------------------------------------------------------------------------
    def _on_edited(self) -> None:
        if self.locked:
            return
        if not self.dirty:
            self.dirty = True
            self.title_changed.emit("* " + (self.editor.current_title() or self.tr("Vụ việc")))
        self._set_state(self.tr("Có thay đổi chưa lưu"))
        self._autosave.start()

    def write_recovery(self) -> None:
        if not self.dirty or self.locked:
            return
        form, key, title = self.editor.form(), self.recovery_key, self.editor.current_title()
        Op(self, lambda s: write_recovery(s, key, form, title)).success(
            lambda _r: self._set_state(self.tr("Bản nháp tạm lưu tự động lúc %1").replace(
                "%1", datetime.now(VN_TZ).strftime("%H:%M:%S")))
        ).run()

    def save(self, then=None) -> None:
        if self.locked:
            return
        if self.photos.pending:  # a photo change is bumping the version: save after it
            QTimer.singleShot(100, lambda: self.save(then))
            return
        self._autosave.stop()
        form, key = self.editor.form(), self.recovery_key
        self.editor.clear_errors()

        def done(changes: CaseChanges) -> None:
            saved_form, row, warnings = changes.form, changes.row, changes.warnings
            self.case_id = saved_form.id
            self._show_amendment(saved_form)
            self.editor.set_entry(saved_form, locked=False, keep_place=True)
            self.editor.show_warnings(warnings)
            self.delete_button.show()
            self.photos.set_case(saved_form.id, read_only=False)
            self.dirty = False
            state = self.tr("Đã lưu lúc %1").replace("%1", datetime.now(VN_TZ).strftime("%H:%M:%S"))
            if warnings:
                state += " — " + self.tr("⚠ %n điều cần xem lại trước khi in", "", len(warnings))
            self._set_state(state)
            self.title_changed.emit(self.editor.current_title() or self.tr("Vụ việc"))
            self.saved.emit(row)
            if then:
                then()

        Op.acting(self, lambda s, actor: case_actions.save_draft(s, form, actor, key)).success(
            done).failure(self._failed).run()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationFailed):
            self.editor.show_errors(exc.errors)
            self._set_state(self.tr("Chưa lưu được: %n ô cần sửa (xem chữ đỏ cạnh ô)", "", len(exc.errors)))
            return
        show_error(self, exc)

    # --- finalise / amend -------------------------------------------------------------
    def finalise(self) -> None:
        if self.locked:
            return
        if self.dirty or not self.case_id:
            self.save(then=self.finalise)
            return
        case_id = self.case_id
        Op(self, lambda s: finalise_summary(s, case_id)).success(self._confirm_finalise).run()

    def _confirm_finalise(self, summary) -> None:
        if summary.missing:
            self.editor.show_errors(summary.missing)
            self._set_state(self.tr("Chưa hoàn tất được: còn %n mục thiếu hoặc sai (chữ đỏ)", "", len(summary.missing)))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Hoàn tất vụ việc"),
                          self.tr("Sau khi hoàn tất, các nội dung sau sẽ bị khóa, không sửa được nữa:")
                          + "\n\n" + "\n".join(f"• {line}" for line in summary.lines)
                          + "\n\n" + self.tr("Muốn sửa sau này phải lập bản đính chính."), parent=self)
        yes = box.addButton(self.tr("&Hoàn tất và khóa"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("&Quay lại"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)  # Enter must not lock the case: locking is Alt+H or a click
        box.setEscapeButton(back)
        box.setObjectName("finalise_confirm")
        box.finished.connect(lambda _r: self._do_finalise() if box.clickedButton() is yes else None)
        box.open()

    def _do_finalise(self) -> None:
        case_id = self.case_id

        def done(changes: CaseChanges) -> None:
            form, row = changes.form, changes.row
            self.editor.set_entry(form, locked=True)
            self._apply_lock(True)
            self.photos.set_case(case_id, read_only=True)
            self._set_state(self.tr("Đã hoàn tất và khóa"))
            self.saved.emit(row)

        Op.acting(self, lambda s, actor: case_actions.finalise(s, case_id, actor)).success(
            done).failure(self._failed).run()

    def amend(self) -> ReasonDialog:
        """Ask why, then open the amendment (a new draft linked to this case)."""
        dialog = ReasonDialog(
            self.tr("Lập bản đính chính"),
            self.tr("Lý do đính chính (được ghi vào bản đính chính, VD: ghi sai số lượng hàng hóa):"),
            self.tr("&Lập bản đính chính"), self.tr("Ghi lý do đính chính."), self, name="amend_reason")
        dialog.given.connect(self._amend_with)
        dialog.open()
        return dialog

    def _amend_with(self, reason: str) -> None:
        case_id = self.case_id

        Op.acting(self, lambda s, actor: case_actions.amend(s, case_id, reason, actor)).success(
            lambda changes: self.amended.emit(changes.case_ids[0])).failure(self._failed).run()

    # --- delete a draft -------------------------------------------------------------------
    def confirm_delete(self) -> None:
        if self.locked or not self.case_id:
            return
        title = self.editor.current_title() or self.tr("Vụ việc")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Xóa bản nháp"),
                          self.tr("Xóa bản nháp «%1»?\n\nBản nháp bị xóa khỏi danh sách trên máy này và "
                                  "trên máy chủ ở lần đồng bộ sau.").replace("%1", title), parent=self)
        box.setObjectName("delete_confirm")
        yes = box.addButton(self.tr("Xóa bản nháp"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Quay lại"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)  # Enter keeps the draft
        box.setEscapeButton(back)
        box.finished.connect(lambda _r: self._delete() if box.clickedButton() is yes else None)
        box.open()

    def _delete(self) -> None:
        case_id, key = self.case_id, self.recovery_key

        Op.acting(self, lambda s, actor: case_actions.delete(s, case_id, actor, key)).success(
            lambda _changes: self._deleted(case_id)).failure(self._failed).run()

    def _deleted(self, case_id: str) -> None:
        self._autosave.stop()
        self.dirty = False
        self.deleted.emit(case_id)

    def show_outcome(self, action: str | None = None) -> None:
        """Show "Kết quả xử lý" (once the case is loaded), ``action``'s button focused."""
        if self.outcome.case_id is None:
            self._outcome_wanted = action or ""
            return
        self.editor.nav.setFocus()  # hiding the section that holds the focus would Tab it onwards
        self.editor.nav.setCurrentRow(self._outcome_row)
        self.outcome.start_action(action)

    def _print_key(self) -> None:
        if self.documents_button.isVisibleTo(self):
            self.open_documents()
        elif not self.locked:
            self._set_state(self.tr("Lập biên bản sau khi hoàn tất vụ việc (Ctrl+Enter)"))

    def open_documents(self) -> None:
        from app.ui.documents_dialog import DocumentsDialog

        case_id = self.case_id
        if not case_id:
            return
        dialog = DocumentsDialog(case_id, self.editor.current_title() or self.tr("Vụ việc"), self)
        dialog.open()

    def _photos_changed(self, version: int, row: CaseRow) -> None:
        """A photo was added, captioned or removed: the case is saved with a new version."""
        self.editor.set_version(version)
        self.saved.emit(row)

    # --- helpers ------------------------------------------------------------------------
    def _apply_lock(self, locked: bool, *, foreign: bool = False) -> None:
        self.locked = locked
        self.editor.set_locked(locked, foreign=foreign)
        self.save_button.setVisible(not locked)
        self.delete_button.setVisible(not locked and bool(self.case_id))
        self.finalise_button.setVisible(not locked)
        self.amend_button.setVisible(locked and not foreign)
        self.documents_button.setVisible(locked and not foreign)
        follows = locked and not foreign and bool(self.case_id)
        self.editor.nav.item(self._outcome_row).setHidden(not follows)
        self.outcome.set_case(self.case_id if follows else None)

    def _set_state(self, text: str) -> None:
        self.state.setText(text)

    def _lookup_subjects(self, query: str, callback) -> None:
        Op(self, lambda s: find_subjects(s, query)).success(callback).run()

    def discard_recovery(self) -> None:
        key = self.recovery_key
        Op(self, lambda s: clear_recovery(s, key)).run()
