"""Small icons painted in code, so they render the same on every machine (the bundled
font has no emoji, and the app ships no icon theme)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


@cache
def lock_pixmap(size: int = 16, color: str = "#8a5a00") -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 16
    p.setPen(QPen(QColor(color), 1.6 * s))
    p.drawArc(QRectF(4.5 * s, 1.5 * s, 7 * s, 8 * s), 0, 180 * 16)
    p.drawLine(int(4.5 * s), int(5.5 * s), int(4.5 * s), int(7.5 * s))
    p.drawLine(int(11.5 * s), int(5.5 * s), int(11.5 * s), int(7.5 * s))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(color))
    p.drawRoundedRect(QRectF(2.5 * s, 7 * s, 11 * s, 8 * s), 1.5 * s, 1.5 * s)
    p.end()
    return pm


@cache
def lock_icon() -> QIcon:
    return QIcon(lock_pixmap(16))


@cache
def lock_png_base64(size: int = 16) -> str:
    """The lock as base64 PNG, for rich-text labels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    lock_pixmap(size).save(buf, "PNG")
    return bytes(data.toBase64()).decode("ascii")
