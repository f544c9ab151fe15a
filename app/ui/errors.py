"""The one place that tells the user about an error."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import DomainError, ValidationFailed


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationFailed):
        return "Dữ liệu chưa hợp lệ:\n" + "\n".join(f"• {m}" for m in exc.errors.values())
    if isinstance(exc, DomainError):
        return str(exc)
    return f"Đã có lỗi không mong muốn ({type(exc).__name__}): {exc}\nDữ liệu đã lưu không bị ảnh hưởng."


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Thực Địa", error_text(exc), parent=parent)
    box.addButton("Đóng", QMessageBox.ButtonRole.AcceptRole)
    box.open() if parent is not None else box.exec()
