""""Đăng ký máy với Chi cục": server address and one-time code (typed, pasted as the QR's
JSON, or read from a photo of the QR), an optional CA file, the device name.

Validation is the sync package's own (``parse_enrolment``), shown next to each field; the
enrolment itself runs on the controller's network worker, never the GUI thread.
"""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import SyncError, ValidationFailed
from app.ui.ops import Op
from app.ui.sync.controller import SyncController
from app.ui.widgets.styles import DONE_STYLE, ERROR_STYLE, error_label

FIELDS = ("server_url", "code", "ca_file", "device_name")


class EnrolDialog(QDialog):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("enrol_dialog")
        self.setWindowTitle(self.tr("Đăng ký máy với Chi cục"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Chi cục cấp cho mỗi máy một mã đăng ký dùng một lần (in trên phiếu kèm mã QR). "
            "Nhập địa chỉ máy chủ và mã, dán nội dung mã QR, hoặc chọn ảnh chụp mã QR."), wordWrap=True)
        self.server_url = QLineEdit(objectName="enrol:server_url",
                                    placeholderText="https://qltt.langson.gov.vn")
        self.code = QLineEdit(objectName="enrol:code", placeholderText=self.tr(
            "Mã đăng ký, hoặc dán nội dung mã QR"))
        self.qr_button = QPushButton(self.tr("Đọc ảnh mã QR…"), objectName="enrol:qr_image")
        self.ca_file = QLineEdit(objectName="enrol:ca_file", placeholderText=self.tr(
            "Không bắt buộc: tệp .pem do Chi cục cung cấp"))
        self.ca_button = QPushButton(self.tr("Chọn tệp…"), objectName="enrol:pick_ca")
        self.device_name = QLineEdit(platform.node()[:120], objectName="enrol:device_name")
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = ((self.tr("Địa chỉ máy chủ"), "server_url", self.server_url, None),
                (self.tr("Mã đăng ký"), "code", self.code, self.qr_button),
                (self.tr("Chứng chỉ (CA)"), "ca_file", self.ca_file, self.ca_button),
                (self.tr("Tên máy"), "device_name", self.device_name, None))
        for label, key, field, button in rows:
            form.addRow(label, self._with_error(key, field, button))
        self.message = QLabel(objectName="enrol:message", wordWrap=True)
        self.message.hide()
        self.submit = QPushButton(self.tr("Đăng ký"), objectName="enrol:submit", default=True)
        self.close_button = QPushButton(self.tr("Hủy"), objectName="enrol:close")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.code.textEdited.connect(self._maybe_qr_text)
        self.qr_button.clicked.connect(self.pick_qr_image)
        self.ca_button.clicked.connect(self.pick_ca_file)
        self.submit.clicked.connect(self.enrol)
        self.close_button.clicked.connect(self.reject)
        controller.enrolled.connect(self._enrolled)
        controller.enrol_failed.connect(self._failed)
        if controller.status is not None and controller.status.server_url:
            self.server_url.setText(controller.status.server_url)  # re-enrolment after a revocation

    def _with_error(self, key: str, field: QWidget, button: QPushButton | None) -> QVBoxLayout:
        error = error_label(f"error:{key}")
        self.errors[key] = error
        line = QHBoxLayout()
        line.addWidget(field, 1)
        if button is not None:
            line.addWidget(button)
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addLayout(line)
        box.addWidget(error)
        return box

    # --- errors ----------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        other = [m for k, m in errors.items() if k not in self.errors]
        if other:
            self._say("\n".join(other), error=True)
        else:
            self.message.hide()

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.message.setText(text)
        self.message.show()

    # --- the QR code -----------------------------------------------------------------------
    def _maybe_qr_text(self, text: str) -> bool:
        """The QR's JSON pasted into the code field: split it into server and code."""
        if not text.strip().startswith("{"):
            return False
        from app.sync.enrolment import parse_enrolment

        try:
            server, code = parse_enrolment(text)
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return False
        self.server_url.setText(server)
        self.code.setText(code)
        self.show_errors({})
        return True

    def pick_qr_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn ảnh chụp mã QR"), str(Path.home()),
                                              self.tr("Ảnh (*.png *.jpg *.jpeg *.bmp *.webp)"))
        if path:
            self.load_qr_image(path)

    def load_qr_image(self, path: str) -> None:
        from app.ui.sync.qr_image import read_qr_text

        self.qr_button.setEnabled(False)
        Op(self, lambda _none: read_qr_text(path), with_session=False).success(
            self._qr_read).failure(self._qr_failed).run()

    def _qr_read(self, text: str) -> None:
        self.qr_button.setEnabled(True)
        if not self._maybe_qr_text(text):
            self.code.setText(text.strip())  # a QR holding the bare code

    def _qr_failed(self, exc: Exception) -> None:
        self.qr_button.setEnabled(True)
        self.show_errors(exc.errors if isinstance(exc, ValidationFailed) else {"": str(exc)})

    def pick_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp chứng chỉ của Chi cục"), "",
                                              self.tr("Chứng chỉ (*.pem *.crt *.cer);;Mọi tệp (*)"))
        if path:
            self.ca_file.setText(path)

    # --- enrolling -------------------------------------------------------------------------
    def enrol(self) -> None:
        from app.sync.enrolment import parse_enrolment

        errors: dict[str, str] = {}
        try:
            server, code = parse_enrolment(self.code.text(), self.server_url.text())
        except ValidationFailed as exc:
            errors.update(exc.errors)
        ca = self.ca_file.text().strip()
        if ca and not Path(ca).is_file():
            errors["ca_file"] = self.tr("Không tìm thấy tệp chứng chỉ này.")
        self.show_errors(errors)
        if errors:
            return
        self.submit.setEnabled(False)
        self._say(self.tr("Đang đăng ký với máy chủ…"), error=False)
        self.controller.enrol(server, code, device_name=self.device_name.text().strip(), ca_file=ca)

    def _enrolled(self, creds) -> None:
        self.submit.hide()
        self.close_button.setText(self.tr("Đóng"))
        self._say(self.tr("Đã đăng ký máy với đơn vị %1. Lần đồng bộ đầu tiên đã bắt đầu.")
                  .replace("%1", creds.unit_name), error=False)

    def _failed(self, exc: BaseException) -> None:
        self.submit.setEnabled(True)
        if isinstance(exc, SyncError) and exc.kind == "offline":
            self.show_errors({"server_url": str(exc)})
        elif isinstance(exc, SyncError) and exc.kind == "tls":
            self.show_errors({"ca_file": str(exc)})
        else:
            self.show_errors({"code": str(exc)} if isinstance(exc, SyncError) else {"": str(exc)})
