"""The fields of a conflict side by side, with the version to keep chosen per field.

One line per difference ("Hàng hóa (dòng 1) › Số lượng": this laptop's value, the
server's); the last column chooses whose value to keep. Differences inside one list
(the goods, the team) are kept together: choosing for one line chooses for its list.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

SERVER, LOCAL = "server", "local"


class FieldChoices(QTableWidget):
    choice_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("conflict_fields")
        self.setHorizontalHeaderLabels([self.tr("Nội dung"), self.tr("Bản của máy này"),
                                        self.tr("Bản trên máy chủ"), self.tr("Giữ")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.resizeSection(0, 240)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        sample = QComboBox()  # the choice column is as wide as its widest choice
        sample.addItems([self.tr("Máy chủ"), self.tr("Máy này")])
        header.resizeSection(3, max(sample.sizeHint().width(), header.sectionSizeHint(3)) + 8)
        self.fields: list[str] = []  # the top-level field of each line
        self.combos: dict[int, QComboBox] = {}

    def set_changes(self, changes, mergeable: frozenset[str]) -> None:
        from app.sync.field_labels import field_label

        self.setRowCount(len(changes))
        self.fields = [c.field for c in changes]
        self.combos = {}
        for r, c in enumerate(changes):
            for col, text in enumerate((c.label, c.local, c.server)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(r, col, item)
            if c.field in mergeable:
                combo = QComboBox(objectName=f"keep:{c.path}")
                combo.addItem(self.tr("Máy chủ"), SERVER)
                combo.addItem(self.tr("Máy này"), LOCAL)
                if c.path != c.field:
                    combo.setToolTip(self.tr("Chọn cho cả mục «%1»").replace("%1", field_label(c.field)))
                combo.currentIndexChanged.connect(lambda _i, row=r: self._follow(row))
                self.setCellWidget(r, 3, combo)
                self.combos[r] = combo
            else:
                fixed = QTableWidgetItem(self.tr("Máy chủ"))
                fixed.setToolTip(self.tr("Nội dung này chỉ giữ được theo cả bản ghi"))
                self.setItem(r, 3, fixed)
        self.resizeRowsToContents()

    def combo_for(self, path: str) -> QComboBox | None:
        """The choice on the line of ``path`` ("goods.0.quantity"), if it can be chosen."""
        return next((c for c in self.combos.values() if c.objectName() == f"keep:{path}"), None)

    def taken_from_local(self) -> set[str]:
        return {self.fields[r] for r, combo in self.combos.items() if combo.currentData() == LOCAL}

    def _follow(self, row: int) -> None:
        """Lines of one list share one choice."""
        side = self.combos[row].currentData()
        for r, combo in self.combos.items():
            if r != row and self.fields[r] == self.fields[row] and combo.currentData() != side:
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(side))
                combo.blockSignals(False)
        self.choice_changed.emit()
