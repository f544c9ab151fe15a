"""A fixed short list (giới tính, loại giấy tờ, vai trò): value ↔ Vietnamese label."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.ui.widgets.read_only import ReadOnlyComboMixin


class ChoiceCombo(ReadOnlyComboMixin):
    """``value()`` / ``set_value()``; a value not in the list is kept, shown as itself."""

    changed = Signal()

    def __init__(self, items: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, label in items:
            self.addItem(label, value)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> str:
        data = self.currentData()
        return "" if data is None else str(data)

    def set_value(self, value: str | None) -> None:
        value = value or ""
        row = self.findData(value)
        if row < 0:
            self.addItem(value, value)
            row = self.count() - 1
        self.setCurrentIndex(row)

    def label_of(self, value: str) -> str:
        row = self.findData(value)
        return self.itemText(row) if row >= 0 else value
