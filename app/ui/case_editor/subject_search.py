"""The search box that reuses a subject from the registry (asynchronous lookup).

The host passes ``subject_lookup(query, callback)``; it searches off the GUI thread and
calls ``callback(results)`` later on the GUI thread. Typing is debounced (250 ms) and
needs at least 2 characters; answers to an older query are dropped.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QModelIndex, QStringListModel, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.services.case_entry import SubjectEntry
from app.text import fold

SubjectLookup = Callable[[str, Callable[[list[SubjectEntry]], None]], None]
DEBOUNCE_MS = 250


def describe(s: SubjectEntry) -> str:
    """One line per result: name — ID or tax code — address."""
    ident = s.tax_code if s.kind == "organisation" else (s.id_number or s.tax_code)
    return " — ".join(p for p in (s.name, ident, s.address) if p)


class SubjectSearch(QLineEdit):
    chosen = Signal(object)  # SubjectEntry

    def __init__(self, lookup: SubjectLookup | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._serial = 0
        self.setPlaceholderText(self.tr("Tìm đối tượng đã có (số định danh, mã số thuế, họ tên)"))
        self.setClearButtonEnabled(True)
        self._results: list[SubjectEntry] = []  # row i of the popup is _results[i]
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(10)
        self.setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._on_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._on_edited)

    def has_lookup(self) -> bool:
        return self._lookup is not None

    def popup(self) -> QWidget:
        return self._completer.popup()

    def _on_edited(self, text: str) -> None:
        self._results = []
        self._model.setStringList([])  # before QLineEdit re-opens the popup on stale rows
        self._serial += 1
        if self._lookup is not None and len(fold(text).replace(" ", "")) >= 2:
            self._timer.start()
        else:
            self._timer.stop()

    def _search(self) -> None:
        serial, query = self._serial, self.text().strip()

        def deliver(results: list[SubjectEntry]) -> None:
            if shiboken6.isValid(self) and serial == self._serial:
                self._show(results)

        assert self._lookup is not None
        self._lookup(query, deliver)

    def _show(self, results: list[SubjectEntry]) -> None:
        self._results = list(results)
        lines = [describe(s) for s in results]
        if not lines:
            lines = [self.tr("Không thấy đối tượng nào — nhập mới ở dưới")]
        self._model.setStringList(lines)
        self._completer.setCompletionPrefix("")
        self._completer.complete()

    def _on_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._results):
            self.chosen.emit(self._results[index.row()])
        QTimer.singleShot(0, self.clear)
