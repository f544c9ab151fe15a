"""The outcome timeline: one row per recorded event (date, what happened, who recorded it,
its document); a voided event is struck through with the reason it was voided."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.ui.outcome.view import Event
from app.ui.vn_format import day_text
from app.ui.widgets.styles import ERROR, MUTED

EVENT_ROLE = Qt.ItemDataRole.UserRole  # the Event on column 0
HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # the words as rich text (struck + reason when void)
Index = QModelIndex | QPersistentModelIndex


class _RichText(QStyledItemDelegate):
    """Paints a cell's HTML_ROLE (falls back to its text) with wrapping."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        font = QFont(option.font)
        font.setStrikeOut(False)  # the HTML strikes the words, never the reason beside them
        doc.setDefaultFont(font)
        doc.setDocumentMargin(3)
        doc.setHtml(index.data(HTML_ROLE) or escape(index.data() or ""))
        doc.setTextWidth(max(option.rect.width(), 50))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 (Qt)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        if isinstance(view, QTableWidget):
            opt.rect.setWidth(view.columnWidth(index.column()))
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class Timeline(QTableWidget):
    """Read-only; ``current_event()`` is the selected row's Event (for "Hủy bản ghi…")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("outcome_timeline")
        self.setHorizontalHeaderLabels([self.tr("Ngày"), self.tr("Sự việc"), self.tr("Người ghi nhận"),
                                        self.tr("Văn bản")])
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.setItemDelegateForColumn(1, _RichText(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 90)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 150)
        header.resizeSection(3, 170)
        header.sectionResized.connect(lambda *_a: self.resizeRowsToContents())

    def set_events(self, events: list[Event]) -> None:
        self.setRowCount(len(events))
        muted = QBrush(QColor(MUTED))
        for r, event in enumerate(events):
            texts = (day_text(event.on), event.words, event.actor, event.document)
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text if not event.void else self.tr("Đã hủy: %1").replace("%1", event.void_reason))
                if event.void:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setForeground(muted)
                self.setItem(r, col, item)
            self.item(r, 0).setData(EVENT_ROLE, event)
            self.item(r, 1).setData(HTML_ROLE, self._html(event))
        self.resizeRowsToContents()

    def _html(self, event: Event) -> str:
        words = escape(event.words)
        if not event.void:
            return words
        reason = escape(self.tr("Đã hủy: %1").replace("%1", event.void_reason))
        return f'<s style="color:{MUTED}">{words}</s><br><span style="color:{ERROR}">{reason}</span>'

    def current_event(self) -> Event | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return item.data(EVENT_ROLE) if item is not None else None

    def row_of(self, event: Event) -> int:
        return next((r for r in range(self.rowCount()) if self.item(r, 0).data(EVENT_ROLE) == event), -1)
