"""The grid of photo tiles: thumbnail, file name, size and caption under it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.services.attachments import AttachmentInfo
from app.text import group_digits
from app.ui.case_photos.images import image_loader

THUMB = QSize(168, 126)
TILE = QSize(184, 196)
INFO_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # "loading" | "ready" | "failed"
_MUTED = QColor("#5f6368")


def size_text(n: int) -> str:
    """Bytes in Vietnamese: "845 KB", "12,4 MB", "1.024 byte"."""
    if n < 1024:
        return f"{group_digits(n)} byte"
    if n < 1024 * 1024:
        return f"{group_digits(round(n / 1024))} KB"
    return f"{n / (1024 * 1024):.1f}".replace(".", ",") + " MB"


class TileDelegate(QStyledItemDelegate):
    """Paints one tile; the texts come from the item (placeholders are translated by the grid)."""

    def __init__(self, grid: PhotoGrid) -> None:
        super().__init__(grid)
        self.grid = grid

    def sizeHint(self, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex) -> QSize:
        return TILE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        info: AttachmentInfo = index.data(INFO_ROLE)
        rect = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        painter.setPen(QPen(QColor("#1f5fa8") if selected else QColor("#d6dbe1"), 2 if selected else 1))
        painter.setBrush(QColor("#e8f0fb") if selected else option.palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 4, 4)
        thumb_rect = QRect(rect.left() + (rect.width() - THUMB.width()) // 2, rect.top() + 4, THUMB.width(), THUMB.height())
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            size = pixmap.size().scaled(thumb_rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(thumb_rect.center())
            painter.drawPixmap(target, pixmap)
            painter.setPen(QColor("#c0c6cc"))  # a white scan page still shows its edge
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target.adjusted(0, 0, -1, -1))
        else:
            painter.fillRect(thumb_rect, QColor("#eef1f4"))
            painter.setPen(_MUTED)
            painter.drawText(thumb_rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.grid.placeholder(info, index.data(STATE_ROLE)))
        y = thumb_rect.bottom() + 6
        font = QFont(option.font)
        lines = [(info.filename, True, False, QColor("#202124")), (size_text(info.size), False, False, _MUTED)]
        if info.caption:
            lines.append((info.caption, False, True, QColor("#202124")))
        for text, bold, italic, colour in lines:
            font.setBold(bold)
            font.setItalic(italic)
            painter.setFont(font)
            painter.setPen(colour)
            line = QRect(rect.left() + 6, y, rect.width() - 12, painter.fontMetrics().height())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft,
                             painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, line.width()))
            y += line.height() + 1
        painter.restore()


class PhotoGrid(QListWidget):
    """Tiles in rows that wrap with the width; shows a hint while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_grid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(TILE + QSize(6, 6))
        self.setSpacing(0)
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.setItemDelegate(TileDelegate(self))
        self.setMinimumHeight(TILE.height() + 24)
        self.empty_text = ""
        self._thumbs: dict[str, QPixmap | None] = {}  # sha256 → thumbnail (None: cannot show)
        self._directory: Path | None = None
        image_loader().ready.connect(self._thumbnail_ready)

    def set_infos(self, infos: list[AttachmentInfo], directory: Path | None, select: set[str]) -> None:
        """One tile per photo; thumbnails not yet made are asked of the image loader."""
        self._directory = directory
        self.clear()
        for info in infos:
            item = QListWidgetItem()
            item.setData(INFO_ROLE, info)
            item.setToolTip("\n".join(p for p in (info.filename, size_text(info.size), info.caption) if p))
            self.addItem(item)
            self._apply_thumb(item, info)
            item.setSelected(info.id in select)

    def _apply_thumb(self, item: QListWidgetItem, info: AttachmentInfo) -> None:
        if info.sha256 in self._thumbs:
            pixmap = self._thumbs[info.sha256]
            item.setData(STATE_ROLE, "ready" if pixmap is not None else "failed")
            if pixmap is not None:
                item.setData(Qt.ItemDataRole.DecorationRole, pixmap)
        elif self._directory is not None:
            item.setData(STATE_ROLE, "loading")
            box = THUMB * max(2.0, self.devicePixelRatioF())  # sharp on high-DPI screens
            image_loader().request(f"thumb:{info.sha256}", self._directory / info.sha256, box, pdf=info.is_pdf)

    def _thumbnail_ready(self, key: str, image: QImage) -> None:
        sha = key.removeprefix("thumb:")
        items = [self.item(n) for n in range(self.count())]
        mine = [i for i in items if i.data(INFO_ROLE).sha256 == sha]
        if key == sha or not mine:
            return
        self._thumbs[sha] = QPixmap.fromImage(image) if not image.isNull() else None
        for item in mine:
            self._apply_thumb(item, item.data(INFO_ROLE))

    def placeholder(self, info: AttachmentInfo, state: str | None) -> str:
        if state == "failed":
            return self.tr("Không xem trước được")
        if info.is_pdf and state != "loading":
            return "PDF"
        return self.tr("Đang tải ảnh…")

    def paintEvent(self, event) -> None:  # noqa: ANN001 (QPaintEvent)
        super().paintEvent(event)
        if self.count() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(_MUTED)
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()
