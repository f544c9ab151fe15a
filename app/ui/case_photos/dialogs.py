"""The two small dialogs of the photos panel, with Vietnamese buttons (Qt ships none)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.attachments import AttachmentInfo

_PATTERNS = "*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff *.pdf"
_SHOWN = 10


class PhotoFileDialog(QFileDialog):
    """Pick several photos or PDF scans; ``filesSelected`` gives the paths."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Chọn ảnh hoặc bản quét để đính kèm"))
        self.setObjectName("photo_files")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFileMode(QFileDialog.FileMode.ExistingFiles)
        self.setNameFilters([self.tr("Ảnh và bản quét PDF (%1)").replace("%1", _PATTERNS), self.tr("Mọi tệp (*)")])
        labels = {
            QFileDialog.DialogLabel.Accept: self.tr("Thêm"),
            QFileDialog.DialogLabel.Reject: self.tr("Hủy"),
            QFileDialog.DialogLabel.LookIn: self.tr("Thư mục"),
            QFileDialog.DialogLabel.FileName: self.tr("Tên tệp"),
            QFileDialog.DialogLabel.FileType: self.tr("Loại tệp"),
        }
        for which, text in labels.items():
            self.setLabelText(which, text)


class RemovePhotosBox(QMessageBox):
    """"Gỡ N tệp khỏi vụ việc?"; ``confirmed()`` after it closes tells the answer."""

    def __init__(self, chosen: list[AttachmentInfo], parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Question, "", "", parent=parent)
        self.setObjectName("remove_photos_confirm")
        self.setWindowTitle(self.tr("Gỡ ảnh khỏi vụ việc"))
        names = "\n".join(f"• {i.filename}" for i in chosen[:_SHOWN]) + ("\n…" if len(chosen) > _SHOWN else "")
        self.setText(self.tr("Gỡ %n tệp sau khỏi vụ việc?", "", len(chosen)) + "\n\n" + names)
        self.setInformativeText(self.tr("Vụ việc ghi lại việc gỡ; tệp gốc vẫn được giữ trên máy."))
        self.yes = self.addButton(self.tr("Gỡ"), QMessageBox.ButtonRole.DestructiveRole)
        self.addButton(self.tr("Quay lại"), QMessageBox.ButtonRole.RejectRole)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.yes
