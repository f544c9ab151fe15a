"""A photo (or the pages of a scan) full size, fitted to the screen; decoded off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.attachments import AttachmentInfo
from app.ui.case_photos.grid import size_text
from app.ui.case_photos.images import PDF_PAGES_SHOWN, image_loader, render_pdf
from app.ui.ops import Op
from app.ui.vn_format import local_time_text


class PhotoViewer(QDialog):
    def __init__(self, info: AttachmentInfo, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_viewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(info.caption or info.filename)
        self.key = f"view:{info.id}"
        screen = (parent.screen() if parent else self.screen()).availableGeometry()
        # the dialog takes 90 % of the screen; the photo fits inside its frame and buttons
        self.box = QSize(int(screen.width() * 0.9) - 60, int(screen.height() * 0.9) - 110)
        self.pages = QVBoxLayout()
        self.pages.setContentsMargins(0, 0, 0, 0)
        self.pages.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self.tr("Đang mở…"), objectName="viewer_status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.status)
        canvas = QWidget()
        canvas.setLayout(self.pages)
        canvas.setStyleSheet("background: #2b2b2b; color: #e0e0e0;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(canvas)
        details = QLabel(" · ".join(p for p in (
            info.filename, size_text(info.size), local_time_text(info.created_at), info.caption) if p))
        details.setWordWrap(True)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(details, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(int(screen.width() * 0.9), int(screen.height() * 0.9))
        if info.is_pdf:
            box = QSize(self.box.width(), self.box.width() * 3 // 2)  # pages one under another
            Op(self, lambda _s: render_pdf(path, box, PDF_PAGES_SHOWN), with_session=False).success(
                self._show).failure(lambda _e: self._show([])).run()
        else:
            image_loader().ready.connect(self._ready)
            image_loader().request(self.key, path, self.box)

    def _ready(self, key: str, image: QImage) -> None:
        if key == self.key:
            self._show([image] if not image.isNull() else [])

    def _show(self, images: list[QImage]) -> None:
        if not images:
            self.status.setText(self.tr("Không mở được tệp này: tệp hỏng hoặc không phải ảnh."))
            return
        self.status.hide()
        for image in images:
            page = QLabel(objectName="viewer_page")
            page.setPixmap(QPixmap.fromImage(image))
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.pages.addWidget(page)
