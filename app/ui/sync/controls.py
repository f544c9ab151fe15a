"""The sync controls of the main window, installed with one call.

``SyncControls(window)`` adds the "Đồng bộ (F9)" toolbar button (its menu holds "Đăng ký
máy với Chi cục…"), the indicator at the right of the status bar, and tells the user what
a sync did or why it stopped. The window calls :meth:`start` once the database is open,
:meth:`local_changed` after a save and :meth:`shutdown` when it closes.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolBar, QToolButton

from app.errors import SyncError
from app.ui.sync.controller import SyncController
from app.ui.sync.indicator import SyncIndicator

log = logging.getLogger(__name__)
MESSAGE_MS = 10_000


class SyncControls(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = SyncController(window.data_dir, self)
        self.indicator = SyncIndicator(self.controller)
        window.statusBar().addPermanentWidget(self.indicator)
        self.sync_action = QAction(self.tr("Đồng bộ (F9)"), window, objectName="sync_now",
                                   shortcut=QKeySequence(Qt.Key.Key_F9), enabled=False)
        self.sync_action.setToolTip(self.tr("Gửi và nhận dữ liệu với máy chủ Chi cục ngay (F9)"))
        menu = QMenu(window)
        self.enrol_action = menu.addAction(self.tr("Đăng ký máy với Chi cục…"))
        self.enrol_action.setObjectName("enrol")
        self.enrol_action.setEnabled(False)
        self.sync_action.setMenu(menu)
        bar = window.findChild(QToolBar, "main_toolbar")
        if bar is not None:
            bar.addAction(self.sync_action)
            button = bar.widgetForAction(self.sync_action)
            if isinstance(button, QToolButton):
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        else:
            window.addAction(self.sync_action)
        self.sync_action.triggered.connect(self.controller.sync_now)
        self.enrol_action.triggered.connect(self.open_enrolment)
        self.indicator.enrol_requested.connect(self.open_enrolment)
        self.indicator.conflicts_requested.connect(self.open_conflicts)
        c = self.controller
        c.needs_enrolment.connect(self.open_enrolment)
        c.finished.connect(self._finished)
        c.failed.connect(self._failed)
        c.enrolled.connect(self._enrolled)
        c.state_changed.connect(lambda state: self.enrol_action.setEnabled(
            state == "idle" and c.sessions is not None))
        self.revoked_box: QMessageBox | None = None
        self.enrol_dialog: Any = None

    # --- the window's calls --------------------------------------------------------------------
    def start(self, db: Any) -> None:
        self.sync_action.setEnabled(True)
        self.enrol_action.setEnabled(True)
        self.controller.start(db.sessions)

    def local_changed(self, *_args: object) -> None:
        self.controller.local_changed()

    def shutdown(self) -> None:
        if not self.controller.shutdown():
            log.warning("the sync worker is still waiting on the network; leaving it behind")

    # --- outcomes ------------------------------------------------------------------------------
    def _finished(self, report: Any) -> None:
        self.window.statusBar().showMessage(
            self.tr("Đồng bộ xong: %1.").replace("%1", report.summary()), MESSAGE_MS)
        if report.pulled:
            self.window.list_page.model.reload()  # colleagues' cases arrived
            self.window.tips_page.refresh()  # and tips the Chi cục assigned

    def _failed(self, exc: SyncError) -> None:
        if exc.kind == "revoked":
            self.show_revoked()
        elif exc.kind in ("unauthorized", "too_old", "tls") or self.controller.manual:
            self.window.statusBar().showMessage(
                self.tr("Đồng bộ chưa xong: %1").replace("%1", str(exc)), MESSAGE_MS)

    def _enrolled(self, creds: Any) -> None:
        self.window.statusBar().showMessage(
            self.tr("Đã đăng ký máy với %1.").replace("%1", creds.unit_name), MESSAGE_MS)

    def show_revoked(self) -> None:
        """Calm and plain: nothing was lost, nothing more will be sent automatically."""
        if self.revoked_box is not None and self.revoked_box.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Thu hồi quyền đồng bộ"), self.tr(
            "Máy đã bị thu hồi quyền đồng bộ với máy chủ Chi cục.\n\n"
            "Dữ liệu trên máy vẫn được giữ nguyên: các vụ việc và biên bản vẫn mở, sửa và in được "
            "như bình thường. Máy sẽ không tự đồng bộ nữa, nên những bản ghi chưa gửi vẫn nằm trên máy."),
            parent=self.window)
        box.setObjectName("sync_revoked")
        box.setInformativeText(self.tr(
            "Nếu máy không bị mất, hãy liên hệ Chi cục để được cấp mã đăng ký mới."))
        box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
        again = box.addButton(self.tr("Đăng ký lại…"), QMessageBox.ButtonRole.ActionRole)
        export = box.addButton(self.tr("Xuất dữ liệu chưa đồng bộ…"), QMessageBox.ButtonRole.ActionRole)
        export.setObjectName("export_unsynced")

        def chosen(_result: int) -> None:
            if box.clickedButton() is again:
                self.open_enrolment()
            elif box.clickedButton() is export:
                self.open_export()

        box.finished.connect(chosen)
        self.revoked_box = box
        box.open()

    # --- dialogs -------------------------------------------------------------------------------
    def open_enrolment(self) -> None:
        from app.ui.sync.enrol_dialog import EnrolDialog

        if self.enrol_dialog is not None and self.enrol_dialog.isVisible():
            self.enrol_dialog.raise_()
            return
        dialog = EnrolDialog(self.controller, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "enrol_dialog", None))
        self.enrol_dialog = dialog
        dialog.open()

    def open_export(self) -> None:
        """The encrypted export of unsynced work, for the office (revoked or broken laptop)."""
        from app.ui.sync.export_dialog import ExportDialog

        dialog = ExportDialog(self.window.data_dir, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_conflicts(self) -> None:
        """"N cần xử lý": the window's "Dữ liệu cần xử lý" dialog; each resolution is a change
        to send, and the status is read again when it closes."""
        dialog = self.window.show_sync_problems()
        dialog.resolved.connect(self.controller.local_changed)
        dialog.finished.connect(lambda _r: self.controller.refresh_status())
