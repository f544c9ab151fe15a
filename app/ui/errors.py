"""The one place that tells the user about an error."""

from __future__ import annotations

import errno

from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import DomainError, ValidationFailed


def file_error_text(exc: OSError, path: str = "", action: str = "ghi") -> str:
    """A file that could not be read or written, said in Vietnamese (the OS says it in English)."""
    where = path or exc.filename or ""
    if isinstance(exc, PermissionError):
        reason = "không có quyền truy cập chỗ này (chọn thư mục khác, VD Tài liệu)"
    elif isinstance(exc, FileNotFoundError):
        reason = "thư mục không tồn tại hoặc tên tệp có ký tự không dùng được"
    elif isinstance(exc, IsADirectoryError):
        reason = "đây là một thư mục, không phải tệp"
    elif exc.errno == errno.ENOSPC:
        reason = "ổ đĩa đã đầy"
    elif exc.errno == errno.EROFS:
        reason = "ổ đĩa chỉ cho đọc"
    else:
        reason = "hệ điều hành từ chối"
    return f"Không {action} được tệp {where}: {reason}."


def error_text(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename:  # a file, not a network error
        return file_error_text(exc, action="đọc hoặc ghi")
    if isinstance(exc, ValidationFailed):
        return "Dữ liệu chưa hợp lệ:\n" + "\n".join(f"• {m}" for m in exc.errors.values())
    if isinstance(exc, DomainError):
        return str(exc)
    return f"Đã có lỗi không mong muốn ({type(exc).__name__}): {exc}\nDữ liệu đã lưu không bị ảnh hưởng."


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Thực Địa", error_text(exc), parent=parent)
    box.addButton("Đóng", QMessageBox.ButtonRole.AcceptRole)
    box.open() if parent is not None else box.exec()
