"""A name typed freely, with the unit's officers offered as it is typed.

Unlike a catalogue picker, any text is kept (a member from another force is typed by
hand); picking an offer ("Nông Thị Hạnh — Kiểm soát viên thị trường, 20-QLTT-0123")
puts the name in the field and reports the officer's code with ``chosen``.
Matching is folded like the catalogues' ("nong thi h" finds "Nông Thị Hạnh").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QStringListModel, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.rows import OfficerChoice
from app.ui.widgets.catalog_match import index_for


class PersonLine(QLineEdit):
    chosen = Signal(str)  # the picked officer's code

    def __init__(self, people: Sequence[OfficerChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = index_for(list(people))
        self._codes: list[str] = []
        self._labels: list[str] = []
        self._offers = QStringListModel(self)
        self._completer = QCompleter(self._offers, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(10)
        self.setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._picked)
        self.textEdited.connect(self._refill)

    def _refill(self, text: str) -> None:
        found = self._index.search(text, limit=20) if text.strip() else []
        self._codes = [c.code for c in found]
        self._labels = [c.label for c in found]
        self._offers.setStringList([f"{c.label} — {c.detail}" if getattr(c, "detail", "") else c.label
                                    for c in found])
        if found:
            widest = max(self.fontMetrics().horizontalAdvance(t) for t in self._offers.stringList())
            self._completer.popup().setMinimumWidth(min(640, max(self.width(), widest + 40)))

    def _picked(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._codes):
            self.setText(self._labels[index.row()])
            self.chosen.emit(self._codes[index.row()])
