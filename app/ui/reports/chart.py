"""A small bar chart of the period's case counts beside last year's (QPainter: QtCharts is
not part of PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.statistics.wording import count

NOW, BEFORE = QColor("#1f6fb2"), QColor("#b0b7bf")


class BarChart(QWidget):
    """Bars per figure: this period (blue) and, when compared, the same period last year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_chart")
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.bars: list[tuple[str, int, int | None]] = []
        self.title = ""

    def set_bars(self, title: str, bars: list[tuple[str, int, int | None]]) -> None:
        self.title, self.bars = title, bars
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = p.fontMetrics()
        line = fm.height()
        p.drawText(QRectF(0, 2, self.width(), line), Qt.AlignmentFlag.AlignHCenter, self.title)
        if not self.bars:
            return
        compared = any(b is not None for _, _, b in self.bars)
        top, bottom = line * 2 + 6, self.height() - line * 2 - 6
        if compared:  # the legend
            for i, (color, words) in enumerate(((NOW, self.tr("Kỳ này")), (BEFORE, self.tr("Cùng kỳ")))):
                x = 8 + i * 110
                p.fillRect(QRectF(x, line + 6, 12, 10), color)
                p.drawText(QRectF(x + 16, line + 2, 90, line), Qt.AlignmentFlag.AlignLeft, words)
        peak = max(max(n, b or 0) for _, n, b in self.bars) or 1
        slot = self.width() / len(self.bars)
        width = slot * (0.35 if compared else 0.5)
        for i, (words, now, before) in enumerate(self.bars):
            x = i * slot + (slot - width * (2 if compared else 1)) / 2
            for j, (value, color) in enumerate(((now, NOW), (before, BEFORE))):
                if value is None:
                    continue
                h = (bottom - top - line) * value / peak
                bar = QRectF(x + j * width, bottom - h, width - 2, h)
                p.fillRect(bar, color)
                p.drawText(QRectF(bar.left() - 10, bar.top() - line, bar.width() + 20, line),
                           Qt.AlignmentFlag.AlignHCenter, count(value))
            p.drawText(QRectF(i * slot, bottom + 2, slot, line * 2),
                       Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, words)
        p.drawLine(0, int(bottom), self.width(), int(bottom))
