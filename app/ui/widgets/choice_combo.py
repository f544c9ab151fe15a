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
        self._values = [value for value, _label in items]
        self.addItems([label for _value, label in items])
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> str:
        row = self.currentIndex()
        return self._values[row] if 0 <= row < len(self._values) else ""

    def set_value(self, value: str | None) -> None:
        value = value or ""
        if value not in self._values:
            self._values.append(value)
            self.addItem(value)
        self.setCurrentIndex(self._values.index(value))
