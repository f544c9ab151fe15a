"""The main window: the case list tab, one tab per open case, toolbar and status bar.

Until an officer signs in, and whenever it locks (Ctrl+L, idle, suspend), the window shows
only the sign-in page (app.ui.signin): the tabs stay alive behind it, so open cases and
unsaved editor state survive a lock; unlocking asks for the password only, picking another
officer switches who acts."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
)

from app import APP_TITLE
from app.paths import DataDir
from app.ui.case_list_page import CaseListPage
from app.ui.ops import Op, task_manager
from app.ui.reports.page import ReportsPage
from app.ui.signin.idle import IdleLock
from app.ui.signin.page import SignInPage
from app.ui.startup_flow import StartupFlow
from app.ui.tips_page import TipsPage
from app.ui.todo_page import OverdueButton, TodoPage
from app.ui.widgets.elided_label import ElidedLabel

FIRST_CASE_TAB = 4  # the case list, the tips, "Việc cần làm" and "Báo cáo" come first and never close
UNIT_TEXT_WIDTH = 460  # px of the status bar for the unit and data file ("…" past it)


class MainWindow(QMainWindow):
    ready = Signal()  # the database is open and the first page of cases is shown

    def __init__(self, data_dir: DataDir) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.db = None
        self.catalogs = None
        self.setWindowTitle(APP_TITLE)
        self.resize(1280, 800)
        self.tabs = QTabWidget(objectName="tabs", tabsClosable=True, documentMode=True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.list_page = CaseListPage(self)
        self.tabs.addTab(self.list_page, self.tr("Danh sách vụ việc"))
        self.tips_page = TipsPage(self)
        self.tabs.addTab(self.tips_page, self.tr("Tin báo"))
        self.tips_page.title_changed.connect(lambda t: self.tabs.setTabText(self.tabs.indexOf(self.tips_page), t))
        self.todo_page = TodoPage(self)
        self.tabs.addTab(self.todo_page, self.tr("Việc cần làm"))
        self.reports_page = ReportsPage(self)
        self.tabs.addTab(self.reports_page, self.tr("Báo cáo"))
        self.reports_page.open_case.connect(self.open_case)
        for i in range(FIRST_CASE_TAB):
            self.tabs.tabBar().setTabButton(i, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.signin = SignInPage(data_dir, self)
        self.signin.signed_in.connect(self._signed_in)
        self.signed = None  # app.security.signin.SignedIn: who acts, and the data key
        self.locked = True
        self._focus_before_lock = None
        self.stack = QStackedWidget(objectName="stack")
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.signin)
        self.stack.setCurrentWidget(self.signin)
        self.setCentralWidget(self.stack)
        self.idle = IdleLock(self.lock, self)
        self.list_page.open_case.connect(self.open_case)
        self.list_page.model.loaded.connect(self._first_page_shown)
        # the unit and data file sit beside the sync state, never under a passing message:
        # QStatusBar draws messages only left of its permanent widgets
        self.overdue = OverdueButton()
        self.statusBar().addPermanentWidget(self.overdue)
        self.overdue.clicked.connect(lambda: self.tabs.setCurrentWidget(self.todo_page))
        self.todo_page.overdue_counted.connect(self.overdue.set_count)
        self.todo_page.open_outcome.connect(self.open_outcome)
        self.status_label = ElidedLabel(self.tr("Đang mở dữ liệu…"))
        self.status_label.setObjectName("status_label")
        self.status_label.setMaximumWidth(UNIT_TEXT_WIDTH)  # the rest is the messages' room
        self.statusBar().addPermanentWidget(self.status_label)
        self._make_actions()
        from app.ui.sync.controls import SyncControls  # after the toolbar it joins

        self.sync = SyncControls(self)
        self.tips_page.tip_changed.connect(self.sync.local_changed)
        self.sync.controller.finished.connect(lambda _report: (self.todo_page.refresh(), self.list_page.due_changed()))
        self.startup = StartupFlow(self)
        self._ready_emitted = False

    def _make_actions(self) -> None:
        bar = QToolBar(self.tr("Thao tác"), objectName="main_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.toolbar = bar
        bar.hide()  # shown once an officer signs in

        def action(text: str, shortcut, slot, name: str) -> QAction:
            a = QAction(text, self, objectName=name)
            a.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
            a.triggered.connect(slot)
            a.setEnabled(False)
            bar.addAction(a)
            return a

        self.new_action = action(self.tr("Vụ việc mới (Ctrl+N)"), QKeySequence.StandardKey.New, self.new_case, "new_case")
        self.save_action = action(self.tr("Lưu (Ctrl+S)"), QKeySequence.StandardKey.Save, self.save_current, "save")
        self.finalise_action = action(
            self.tr("Hoàn tất (Ctrl+Enter)"),
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
            self.finalise_current, "finalise")
        self.find_action = action(self.tr("Tìm (Ctrl+F)"), QKeySequence.StandardKey.Find, self.find, "find")
        self.blocks_action = action(self.tr("Dãy số biên bản"), [], self.number_blocks, "number_blocks")
        self.lock_action = action(self.tr("Khóa máy (Ctrl+L)"), QKeySequence("Ctrl+L"), self.lock, "lock")
        self.lock_action.setToolTip(self.tr("Khóa màn hình hoặc đổi người dùng; vụ việc đang mở được giữ nguyên"))
        self.lock_minutes_action = QAction(self.tr("Thời gian tự khóa…"), self, objectName="lock_minutes")
        self.lock_minutes_action.triggered.connect(self.ask_lock_minutes)
        from PySide6.QtWidgets import QMenu, QToolButton

        self.colleague_action = QAction(self.tr("Cấp mã đăng nhập cho đồng đội…"), self, objectName="colleague_code")
        self.colleague_action.triggered.connect(self.give_colleague_code)
        self.treasury_action = QAction(self.tr("Kho bạc nhận tiền phạt…"), self, objectName="treasury")
        self.treasury_action.triggered.connect(self.ask_treasury)
        blocks_menu = QMenu(self)
        blocks_menu.addAction(self.treasury_action)
        blocks_button = bar.widgetForAction(self.blocks_action)
        if isinstance(blocks_button, QToolButton):  # the arrow beside it: the decisions' account
            blocks_button.setMenu(blocks_menu)
            blocks_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        lock_menu = QMenu(self)
        lock_menu.addAction(self.lock_minutes_action)
        lock_menu.addAction(self.colleague_action)
        lock_button = bar.widgetForAction(self.lock_action)
        if isinstance(lock_button, QToolButton):  # the arrow beside "Khóa máy" holds the setting
            lock_button.setMenu(lock_menu)
            lock_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.close_action = QAction(self, shortcut=QKeySequence("Ctrl+W"))
        self.close_action.triggered.connect(lambda: self.close_tab(self.tabs.currentIndex()))
        self.addAction(self.close_action)

    # --- sign-in, lock, switch -------------------------------------------------------------
    def open_database(self) -> None:
        """Show the sign-in page; the database opens once an officer has signed in."""
        self.signin.refresh()
        self.stack.setCurrentWidget(self.signin)
        self.signin.setFocus()
        (self.signin.name if self.signin.mode == "first" else self.signin.password).setFocus()

    def _signed_in(self, signed) -> None:
        first = self.signed is None
        switched = not first and signed.officer_id != self.signed.officer_id
        self.signed = signed
        self.locked = False
        self.stack.setCurrentWidget(self.tabs)
        self.toolbar.show()
        if first:
            self.startup.start(signed)
            return
        if switched and self.db is not None:
            self.db.sign_in(signed.officer_id, signed.name)
            self.statusBar().showMessage(self.tr("Đã đổi người dùng: %1").replace("%1", signed.name), 8000)
        self._show_officer()
        self.idle.start()
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus()
        self._focus_before_lock = None

    def lock(self) -> None:
        """Hide everything behind the sign-in page; the officer signed in is picked already."""
        if self.locked or self.signed is None:
            return
        self.locked = True
        self.idle.stop()
        focus = QApplication.focusWidget()
        self._focus_before_lock = focus if focus is not None and self.isAncestorOf(focus) else None
        for i in range(FIRST_CASE_TAB, self.tabs.count()):
            self.tabs.widget(i).write_recovery()  # unsaved edits journalled (a power cut while locked)
        for popup in self.findChildren(QMessageBox):
            popup.hide()
        self.toolbar.hide()
        self.signin.show_locked(self.signed.officer_id)
        self.stack.setCurrentWidget(self.signin)

    def ask_lock_minutes(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from app.services.settings import set_lock_after_minutes

        minutes, ok = QInputDialog.getInt(self, self.tr("Thời gian tự khóa"),
                                          self.tr("Khóa máy sau số phút không thao tác:"), self.idle.minutes, 1, 240)
        if ok:
            Op(self, lambda s: set_lock_after_minutes(s, minutes)).success(self.idle.start).run()

    def give_colleague_code(self) -> None:
        from app.ui.signin.colleague import give_colleague_code

        if self.db is not None:
            give_colleague_code(self, self.db)

    def _show_officer(self) -> None:
        if self.signed is not None:
            self.setWindowTitle(f"{APP_TITLE} — {self.signed.name}")

    # --- start-up ---------------------------------------------------------------------
    def show_cases(self, db_path, key: bytes | None = None) -> None:
        """List the cases as soon as the file is known to be sound (before the ORM loads)."""
        if self.list_page.model.active:
            return
        task_manager().db_path = db_path
        task_manager().db_key = key
        self.list_page.model.active = True
        self.list_page.apply_filter()

    def database_ready(self, db, catalogs, unit_name: str, lock_minutes: int = 10) -> None:
        """Called by the start-up flow once the database and catalogues are loaded."""
        self.db, self.catalogs = db, catalogs
        task_manager().sessions = db.sessions
        self._show_officer()
        self.idle.start(lock_minutes)
        self.list_page.set_catalogs(catalogs)
        for a in (self.new_action, self.save_action, self.finalise_action, self.find_action, self.blocks_action,
                  self.lock_action):
            a.setEnabled(True)
        self.tips_page.refresh()
        self.todo_page.start()
        self.status_label.setText(self.tr("%1 · dữ liệu tại %2").replace("%1", unit_name).replace(
            "%2", str(self.data_dir.database)))
        self.sync.start(db)

    def _first_page_shown(self, _total: int) -> None:
        if not self._ready_emitted:
            self._ready_emitted = True
            self.ready.emit()

    # --- cases --------------------------------------------------------------------------
    def _tab_for(self, case_id: str | None):
        for i in range(FIRST_CASE_TAB, self.tabs.count()):
            tab = self.tabs.widget(i)
            if case_id and case_id in (tab.case_id, tab.opening_id):
                return i
        return None

    def _add_tab(self, title: str):
        from app.ui.case_tab import CaseTab

        tab = CaseTab(self.catalogs, self)
        index = self.tabs.addTab(tab, title)
        self.tabs.setCurrentIndex(index)
        tab.title_changed.connect(lambda t, w=tab: self.tabs.setTabText(self.tabs.indexOf(w), t[:40]))
        tab.saved.connect(self.list_page.model.update_row)
        tab.saved.connect(self.sync.local_changed)
        tab.amended.connect(self.open_case)
        tab.deleted.connect(lambda _id, w=tab: self._draft_deleted(w))
        tab.outcome.recorded.connect(self.sync.local_changed)
        tab.outcome.recorded.connect(self.todo_page.refresh)
        tab.outcome.recorded.connect(self.list_page.due_changed)
        return tab

    def _draft_deleted(self, tab) -> None:
        self.close_tab(self.tabs.indexOf(tab), force=True)
        self.list_page.model.reload()
        self.sync.local_changed()

    def new_case(self) -> None:
        from app.services.case_defaults import new_case_entry

        self.new_case_from(new_case_entry)

    def new_case_from(self, make_form):
        """A new case tab whose form ``make_form(session)`` builds on the database thread."""
        if self.catalogs is None:
            return None
        tab = self._add_tab(self.tr("Vụ việc mới"))
        Op(self, make_form).success(tab.load_new).run()
        return tab

    def open_case(self, case_id: uuid.UUID) -> None:
        existing = self._tab_for(str(case_id))
        if existing is not None:
            self.tabs.setCurrentIndex(existing)
            return
        self._add_tab(self.tr("Đang mở…")).load_case(case_id)

    def open_outcome(self, case_id: uuid.UUID, action: str = "") -> None:
        """The case's "Kết quả xử lý", with ``action``'s button under the keyboard."""
        self.open_case(case_id)
        self.tabs.widget(self._tab_for(str(case_id))).show_outcome(action or None)

    def open_recovered(self, key: str, form) -> None:
        self._add_tab(self.tr("Khôi phục")).load_recovered(key, form)

    def current_case_tab(self):
        return self.tabs.currentWidget() if self.tabs.currentIndex() >= FIRST_CASE_TAB else None

    def save_current(self) -> None:
        tab = self.current_case_tab()
        if tab is not None:
            tab.save()

    def finalise_current(self) -> None:
        tab = self.current_case_tab()
        if tab is not None:
            tab.finalise()

    def number_blocks(self) -> None:
        from app.ui.number_blocks_dialog import NumberBlocksDialog

        NumberBlocksDialog(self).open()

    def ask_treasury(self) -> None:
        from app.services.settings import treasury
        from app.ui.outcome.treasury_dialog import TreasuryDialog

        Op(self, treasury).success(lambda current: TreasuryDialog(current, self).open()).run()

    def show_sync_problems(self):
        """Conflicts and refused records ("Dữ liệu cần xử lý"), for the sync status indicator."""
        from app.ui.sync.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self)
        dialog.resolved.connect(self.tips_page.refresh)
        dialog.resolved.connect(self.list_page.apply_filter)
        dialog.open()
        return dialog

    def find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.list_page.focus_search()

    def close_tab(self, index: int, *, force: bool = False) -> bool:
        if index < FIRST_CASE_TAB:
            return False
        tab = self.tabs.widget(index)
        if tab.dirty and not force:
            self.tabs.setCurrentIndex(index)
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Đóng vụ việc"),
                              self.tr("Vụ việc có thay đổi chưa lưu. Lưu trước khi đóng?"), parent=self)
            save = box.addButton(self.tr("Lưu"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(self.tr("Không lưu"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is save:
                tab.save(then=lambda: self.close_tab(self.tabs.indexOf(tab), force=True))
                return False
            if box.clickedButton() is not discard:
                return False
            tab.discard_recovery()
        self.tabs.removeTab(self.tabs.indexOf(tab))
        tab.deleteLater()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        # locked: no question to whoever is at the keyboard; unsaved edits stay in the
        # recovery journal (written at the lock) and are offered at the next start
        if not self.locked:
            for i in range(self.tabs.count() - 1, FIRST_CASE_TAB - 1, -1):
                if not self.close_tab(i):
                    event.ignore()
                    return
        self.idle.stop()
        self.sync.shutdown()
        task_manager().wait_idle()
        if self.db is not None:
            self.db.close()
        event.accept()
