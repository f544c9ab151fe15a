""""Xuất dữ liệu chưa đồng bộ": the encrypted file a revoked or broken laptop carries to
the office (app.sync.export). The passphrase is asked twice, the messages sit next to the
fields, and the export (scrypt + AES-GCM, attachments read from disk) runs on the database
worker, never the GUI thread.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationFailed
from app.paths import DataDir
from app.text import group_digits
from app.ui.errors import error_text
from app.ui.ops import Op
from app.ui.widgets.styles import error_label


def _export(session, data_dir: DataDir, out: Path, passphrase: str):
    from app.sync import credentials
    from app.sync.export import export_unsynced

    creds = credentials.load(session)
    if creds is None:
        raise ValidationFailed({"file": "Máy chưa đăng ký với Chi cục: không có gì để xuất."})
    return export_unsynced(session, creds, data_dir.attachments, out, passphrase)


class ExportDialog(QDialog):
    def __init__(self, data_dir: DataDir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Xuất dữ liệu chưa đồng bộ"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Tệp xuất chứa mọi bản ghi máy chưa gửi được lên Chi cục (kể cả ảnh đính kèm), "
            "được mã hóa bằng mật khẩu dưới đây. Hãy chuyển tệp cho Chi cục và báo mật khẩu "
            "theo đường riêng (gọi điện, gặp trực tiếp). Dữ liệu trên máy không bị xóa."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(objectName="passphrase", echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(objectName="passphrase_again", echoMode=QLineEdit.EchoMode.Password)
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.file = QLineEdit(str(Path(docs or Path.home()) / f"ThucDia-chua-dong-bo-{stamp}.tdx"),
                              objectName="file")
        browse = QPushButton(self.tr("Chọn…"), clicked=self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.errors = {k: error_label(f"error:{k}") for k in ("passphrase", "passphrase_again", "file")}
        form = QFormLayout()
        form.addRow(self.tr("Mật khẩu (ít nhất 10 ký tự)"), self.passphrase)
        form.addRow("", self.errors["passphrase"])
        form.addRow(self.tr("Nhập lại mật khẩu"), self.again)
        form.addRow("", self.errors["passphrase_again"])
        form.addRow(self.tr("Lưu vào tệp"), row)
        form.addRow("", self.errors["file"])
        self.result_label = QLabel(objectName="export_result", wordWrap=True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Xuất tệp"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro,):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu tệp xuất"), self.file.text(),
                                              self.tr("Tệp xuất Thực Địa (*.tdx)"))
        if path:
            self.file.setText(path)

    def _show(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)

    def export(self) -> None:
        from app.sync.export import check_passphrase

        try:
            check_passphrase(self.passphrase.text(), self.again.text())
        except ValidationFailed as exc:
            self._show(exc.errors)
            return
        if not self.file.text().strip():
            self._show({"file": self.tr("Chọn nơi lưu tệp xuất.")})
            return
        self._show({})
        self.export_button.setEnabled(False)
        self.result_label.setText(self.tr("Đang xuất và mã hóa…"))
        out, passphrase = Path(self.file.text().strip()), self.passphrase.text()
        Op(self, lambda s: _export(s, self.data_dir, out, passphrase)).success(self._done).failure(
            self._failed).run()

    def _done(self, summary) -> None:
        self.export_button.setEnabled(True)
        self.passphrase.clear()
        self.again.clear()
        self.result_label.setText(
            self.tr("Đã xuất %1 bản ghi và %2 tệp đính kèm vào %3 (%4 byte, đã mã hóa).")
            .replace("%1", str(summary.records)).replace("%2", str(summary.attachments))
            .replace("%3", str(summary.path)).replace("%4", group_digits(summary.size)))

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self._show({k if k in self.errors else "file": v for k, v in exc.errors.items()})
            self.result_label.clear()
        else:
            self.result_label.setText(error_text(exc))
