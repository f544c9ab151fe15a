""""Dãy số biên bản": the number blocks this laptop holds, and adding one the Chi cục assigns."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.ops import Op
from app.vntime import VN_TZ

ALL = "*"
ERROR_STYLE = "color: #b00020;"


class NumberBlocksDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("number_blocks")
        self.setWindowTitle(self.tr("Dãy số biên bản của máy này"))
        self.resize(760, 520)
        self.table = QTableWidget(0, 6, objectName="blocks_table", tabKeyNavigation=False)
        self.table.setHorizontalHeaderLabels([self.tr("Ký hiệu"), self.tr("Năm"), self.tr("Từ số"),
                                              self.tr("Đến số"), self.tr("Số tiếp theo"), self.tr("Còn lại")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        from app.services.numbering import SYMBOLS

        self.symbol = QComboBox(objectName="block_symbol")
        self.symbol.addItem(self.tr("Mọi loại biên bản"), ALL)
        for s in SYMBOLS:
            self.symbol.addItem(s, s)
        year = datetime.now(UTC).astimezone(VN_TZ).year
        self.year = QSpinBox(objectName="block_year", minimum=2020, maximum=2100, value=year)
        self.first = QSpinBox(objectName="block_first", minimum=1, maximum=9999, value=1)
        self.last = QSpinBox(objectName="block_last", minimum=1, maximum=9999, value=499)
        self.error = QLabel(objectName="error:block", styleSheet=ERROR_STYLE, wordWrap=True)
        self.error.hide()
        add = QPushButton(self.tr("Thêm dãy số"), objectName="add_block")
        form = QFormLayout()
        form.addRow(self.tr("Loại biên bản"), self.symbol)
        form.addRow(self.tr("Năm"), self.year)
        span = QHBoxLayout()
        span.addWidget(self.first)
        span.addWidget(QLabel(self.tr("đến")))
        span.addWidget(self.last)
        form.addRow(self.tr("Từ số"), span)
        close = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Mỗi máy chỉ dùng số trong các dãy được cấp (Thông tư 22/2021, Điều 6). Khi đồng bộ, "
            "máy chủ tỉnh cấp thêm dãy số; khi chưa đồng bộ được, nhập dãy số do Chi cục cấp cho máy này.")),
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        add.clicked.connect(self.add_block)
        close.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        from app.services.numbering import list_blocks
        from app.services.settings import current_unit

        def work(session):
            unit = current_unit(session)
            return list_blocks(session, unit) if unit else []

        Op(self, work).success(self._fill).run()

    def _fill(self, rows) -> None:
        self.table.setRowCount(len(rows))
        for r, b in enumerate(rows):
            values = (b.symbol, str(b.year), f"{b.first:04d}", f"{b.last:04d}",
                      f"{b.next:04d}" if b.remaining else "—", str(b.remaining))
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()

    def add_block(self) -> None:
        from app.services.numbering import SYMBOLS, add_block
        from app.services.settings import current_unit

        symbol, year, first, last = self.symbol.currentData(), self.year.value(), self.first.value(), self.last.value()
        symbols = SYMBOLS if symbol == ALL else (symbol,)

        def work(session) -> None:
            unit = current_unit(session)
            for s in symbols:
                add_block(session, unit, s, year, first, last, origin=unit.origin_device)

        self.error.hide()
        Op(self, work).success(lambda _r: self.refresh()).failure(self._failed).run()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(str(exc))
        self.error.show()
