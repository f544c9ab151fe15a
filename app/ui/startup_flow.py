"""What happens between the window appearing and the case list filling.

Open the database on the worker (integrity check → backup → migrate → catalogues); a
damaged file is reported plainly with the offer to restore the newest backup; a first
start offers demo data or the unit set-up; drafts left by a crash are offered back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import DatabaseDamaged
from app.ui.errors import show_error
from app.ui.ops import Op, task_manager


class StartupFlow(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.signed = None

    def start(self, signed=None) -> None:
        """Fast path first: a sound file at the expected schema is listed at once through a
        driver-level reader; the full open (SQLAlchemy, catalogues) follows on the same
        worker thread. A new, old, plain (to encrypt) or damaged file takes the full open
        first. ``signed``: the officer who signed in, with the data key (kept for a retry)."""
        if signed is not None:
            self.signed = signed
        data_dir, signed = self.window.data_dir, self.signed
        key = signed.key.database

        def quick(_none) -> bool:
            from app.security.upgrade import plain_copies_left
            from app.sqlite import SCHEMA_HEAD, check_integrity, current_revision

            db = data_dir.database
            return (db.exists() and not plain_copies_left(data_dir) and check_integrity(db, key, full=False).ok
                    and current_revision(db, key) == SCHEMA_HEAD)

        def full(_none):
            from app.services.startup import (
                open_database,  # SQLAlchemy loads here, off the GUI thread
            )

            db = open_database(data_dir, signed.key, full_check=False)
            db.sign_in(signed.officer_id, signed.name)
            return db

        def after_quick(sound: bool) -> None:
            if sound:
                self.window.show_cases(data_dir.database, key)
            Op(self.window, full, with_session=False).success(self._opened).failure(self._open_failed).run()

        Op(self.window, quick, with_session=False).success(after_quick).failure(self._open_failed).run()

    def _open_failed(self, exc: Exception) -> None:
        if isinstance(exc, DatabaseDamaged):
            self._offer_restore(exc)
        else:
            show_error(self.window, exc)
            self.window.status_label.setText(self.tr("Không mở được dữ liệu."))

    def _offer_restore(self, exc: DatabaseDamaged) -> None:
        backups = getattr(exc, "backups", [])
        w: QWidget = self.window
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Tệp dữ liệu bị hỏng"), str(exc), parent=w)
        box.setObjectName("damaged_dialog")
        restore = None
        if backups:
            box.setInformativeText(self.tr("Bản sao lưu gần nhất: %1").replace("%1", backups[0].name))
            restore = box.addButton(self.tr("Khôi phục bản sao lưu gần nhất"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setInformativeText(self.tr("Không có bản sao lưu. Hãy liên hệ bộ phận kỹ thuật; tệp hỏng được giữ nguyên."))
        box.addButton(self.tr("Thoát"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if restore is not None and box.clickedButton() is restore:
            from app.db import restore_backup

            dd = self.window.data_dir
            restore_backup(backups[0], dd.database, dd.backups)
            self.start()
        else:
            self.window.close()

    def _opened(self, db) -> None:
        task_manager().sessions = db.sessions
        self.window.show_cases(db.data_dir.database, db.key.database)
        if db.encrypted_now:
            self.window.statusBar().showMessage(self.tr("Đã mã hóa dữ liệu của máy."), 10000)
        if db.backup_made:
            self.window.statusBar().showMessage(
                self.tr("Đã sao lưu dữ liệu trước khi nâng cấp: %1").replace("%1", db.backup_made.name), 10000)

        def load(session):
            from app.services.catalog_lookup import load_catalogs_for_ui
            from app.services.recovery import pending_recoveries
            from app.services.settings import current_unit, lock_after_minutes

            unit = current_unit(session)
            return (load_catalogs_for_ui(session), (unit.name if unit else ""), pending_recoveries(session),
                    lock_after_minutes(session))

        Op(self.window, load).success(lambda r: self._loaded(db, *r)).run()

    def _loaded(self, db, catalogs, unit_name: str, recoveries, lock_minutes: int) -> None:
        self.window.database_ready(db, catalogs, unit_name, lock_minutes)
        data_dir = self.window.data_dir

        def check(_session) -> None:
            from app.services.startup import ensure_sound

            ensure_sound(data_dir, db.key)

        Op(self.window, check, with_session=False).failure(self._open_failed).run()
        if not unit_name:
            self._first_start(db)
        elif recoveries:
            self._offer_recoveries(recoveries)

    def _first_start(self, db) -> None:
        from app.ui.setup_dialog import FirstStartDialog

        dialog = FirstStartDialog(self.window.catalogs, self.window, officer=(self.signed.officer_id, self.signed.name))
        dialog.done_setup.connect(lambda: self._set_up(db))
        dialog.open()

    def _set_up(self, db) -> None:
        """The unit is set up (or demo data loaded): the list, shown empty, is read again."""
        self.window.list_page.model.reload()
        self._opened(db)

    def _offer_recoveries(self, recoveries) -> None:
        w = self.window
        untitled = self.tr("Vụ việc chưa đặt tên")
        names = "\n".join(f"• {r.title or untitled}" for r in recoveries)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Khôi phục bản nháp"),
                          self.tr("Lần trước ứng dụng đóng đột ngột khi còn %n bản nháp chưa lưu:", "", len(recoveries))
                          + "\n" + names + "\n\n" + self.tr("Mở lại để kiểm tra và lưu?"), parent=w)
        box.setObjectName("recovery_prompt")
        yes = box.addButton(self.tr("Khôi phục"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Bỏ qua"), QMessageBox.ButtonRole.RejectRole)

        def answered(_r) -> None:
            if box.clickedButton() is yes:
                for r in recoveries:
                    w.open_recovered(r.key, r.form)
            else:
                from app.services.recovery import clear_recovery

                keys = [r.key for r in recoveries]
                Op(w, lambda s: [clear_recovery(s, k) for k in keys]).run()

        box.finished.connect(answered)
        box.open()

