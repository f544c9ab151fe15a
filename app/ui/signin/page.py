"""The sign-in page: the whole window until an officer signs in, and again when it locks.

Modes (app.ui.signin.state): a new laptop makes its first officer's account; a laptop from
before encryption lets an officer of its unit set a password (then its data is encrypted);
otherwise an officer is picked and types the password, or the one-time code the Chi cục or
a colleague gave (then sets a password at once). Locked, the officer signed in is picked
already: unlocking asks only for the password; picking another officer is the switch.
argon2id takes ~150 ms, so every check runs off the GUI thread.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationFailed
from app.paths import DataDir
from app.ui.ops import Op
from app.ui.signin.state import FIRST, MISSING_KEYS, SIGN_IN, UPGRADE, SignInState, read_state

RETRY_MARGIN_MS = 50  # the wait runs from the miss on the worker thread; the button a little after

ERROR_STYLE = "color: #b00020;"
SET_PASSWORD = "set_password"


class SignInPage(QWidget):
    signed_in = Signal(object)  # app.security.signin.SignedIn

    def __init__(self, data_dir: DataDir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signin_page")
        self.data_dir = data_dir
        self.state = SignInState(SIGN_IN)
        self.mode = SIGN_IN
        self.locked_officer: str | None = None  # set while the window is locked
        self._pending = None  # SignedIn waiting for its new password
        self.title = QLabel(objectName="signin:title", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.hint = QLabel(objectName="signin:hint", wordWrap=True)
        self.officer = QComboBox(objectName="signin:officer")
        self.name = QLineEdit(objectName="signin:name")
        self.password = QLineEdit(objectName="signin:password", echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(objectName="signin:password_again", echoMode=QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="signin:error", styleSheet=ERROR_STYLE, wordWrap=True)
        self.submit = QPushButton(objectName="signin:submit", default=True, autoDefault=True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Cán bộ"), self.officer)
        self.form.addRow(self.tr("Họ tên"), self.name)
        self.form.addRow(self.tr("Mật khẩu"), self.password)
        self.form.addRow(self.tr("Nhập lại mật khẩu"), self.again)
        box = QFrame(objectName="signin_box", frameShape=QFrame.Shape.StyledPanel)
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addLayout(self.form)
        inner.addWidget(self.error)
        inner.addWidget(self.submit)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.submit.clicked.connect(self.go)
        for field in (self.name, self.password, self.again):
            field.returnPressed.connect(self.go)
        self.officer.currentIndexChanged.connect(lambda _i: self._officer_changed())
        # precise: a coarse timer may fire up to 5 % early, and an attempt made then is
        # refused again by the throttle's own clock
        self._retry = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._retry.timeout.connect(lambda: self.submit.setEnabled(True))

    # --- what to show -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the data directory again (the key file may have changed) and show its mode."""
        self.state = read_state(self.data_dir)
        self._show(self.state.mode)

    def show_locked(self, officer_id: str) -> None:
        self.locked_officer = officer_id
        self.state = read_state(self.data_dir)
        self._show(SIGN_IN, preselect=officer_id)

    def _show(self, mode: str, preselect: str | None = None) -> None:
        self.mode = mode
        self.error.clear()
        self.password.clear()
        self.again.clear()
        self.officer.blockSignals(True)
        self.officer.clear()
        for oid, name in self.state.officers:
            self.officer.addItem(name, oid)
        pick = preselect or self.state.preselected
        if pick and self.officer.findData(pick) >= 0:
            self.officer.setCurrentIndex(self.officer.findData(pick))
        self.officer.blockSignals(False)
        rows = {FIRST: (False, True, True, True), UPGRADE: (True, False, True, True),
                SIGN_IN: (True, False, True, False), SET_PASSWORD: (False, False, True, True),
                MISSING_KEYS: (False, False, False, False)}[mode]
        for field, visible in zip((self.officer, self.name, self.password, self.again), rows, strict=True):
            self.form.setRowVisible(field, visible)
        self.submit.setVisible(mode != MISSING_KEYS)
        self.title.setText({
            FIRST: self.tr("Thiết lập máy: tài khoản cán bộ đầu tiên"),
            UPGRADE: self.tr("Đặt mật khẩu để mã hóa dữ liệu của máy"),
            SIGN_IN: self.tr("Máy đang khóa") if self.locked_officer else self.tr("Đăng nhập"),
            SET_PASSWORD: self.tr("Đặt mật khẩu mới"),
            MISSING_KEYS: self.tr("Không mở được dữ liệu"),
        }[mode])
        self.hint.setText({
            FIRST: self.tr("Dữ liệu trên máy được mã hóa; chỉ người có mật khẩu (hoặc Chi cục) mở được. "
                           "Mật khẩu ít nhất 8 ký tự."),
            UPGRADE: self.tr("Từ phiên bản này dữ liệu trên máy được mã hóa. Chọn tên của mình và đặt mật khẩu "
                             "(ít nhất 8 ký tự); các cán bộ khác được thêm sau."),
            SIGN_IN: self.tr("Chọn tên của mình và nhập mật khẩu (hoặc mã dùng một lần do Chi cục cấp)."),
            SET_PASSWORD: self.tr("Mã dùng một lần chỉ dùng được một lần: đặt mật khẩu của mình (ít nhất 8 ký tự)."),
            MISSING_KEYS: self.tr("Thiếu tệp khóa (keys.json) của dữ liệu đã mã hóa. Chỉ Chi cục mở được bằng khóa "
                                  "của tỉnh: hãy liên hệ bộ phận kỹ thuật, đừng xóa thư mục dữ liệu."),
        }[mode])
        self.submit.setText({FIRST: self.tr("Tạo tài khoản"), UPGRADE: self.tr("Đặt mật khẩu và mã hóa"),
                             SIGN_IN: self.tr("Mở khóa") if self.locked_officer else self.tr("Đăng nhập"),
                             SET_PASSWORD: self.tr("Lưu mật khẩu"), MISSING_KEYS: ""}[mode])
        self.submit.setEnabled(True)
        (self.name if mode == FIRST else self.password).setFocus()

    def _officer_changed(self) -> None:
        if self.locked_officer and self.mode == SIGN_IN:
            switching = self.officer.currentData() != self.locked_officer
            self.submit.setText(self.tr("Đổi người dùng") if switching else self.tr("Mở khóa"))
        self.password.setFocus()

    # --- checks, off the GUI thread --------------------------------------------------------------
    def go(self) -> None:
        if not self.submit.isEnabled() or not self.submit.isVisible():
            return
        from app.security import signin

        root, name, password, again = self.data_dir.root, self.name.text(), self.password.text(), self.again.text()
        officer_id = self.officer.currentData()
        if self.mode == FIRST:
            def work(_none):
                return signin.create_first_account(root, name, password, again)
        elif self.mode == UPGRADE:
            officer_name = self.officer.currentText()

            def work(_none):
                return signin.create_first_account(root, officer_name, password, again, officer_id=officer_id)
        elif self.mode == SET_PASSWORD:
            pending = self._pending

            def work(_none):
                return signin.set_password(root, pending, password, again)
        else:
            if not officer_id:
                return

            def work(_none):
                return signin.sign_in(root, officer_id, password)
        self.submit.setEnabled(False)
        self.error.clear()
        Op(self, work, with_session=False).success(self._done).failure(self._failed).run()

    def _done(self, signed) -> None:
        if signed.must_set_password:
            self._pending = signed
            self._show(SET_PASSWORD)
            return
        self._pending = None
        self.locked_officer = None
        self.password.clear()
        self.again.clear()
        self.signed_in.emit(signed)

    def _failed(self, exc: Exception) -> None:
        self.password.clear()
        self.again.clear()
        self.password.setFocus()
        if isinstance(exc, ValidationFailed):
            self.error.setText("\n".join(exc.errors.values()))
            self.submit.setEnabled(True)
            return
        self.error.setText(str(exc))
        wait = getattr(exc, "seconds", 0)  # TryLater, or a WrongPassword that starts a wait
        if wait:
            self._retry.start(math.ceil(wait * 1000) + RETRY_MARGIN_MS)
        else:
            self.submit.setEnabled(True)

