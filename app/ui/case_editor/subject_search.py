"""The search box that reuses a subject from the registry (asynchronous lookup).

The host passes ``subject_lookup(query, callback)``; it searches off the GUI thread and
calls ``callback(results)`` later on the GUI thread. Typing is debounced (250 ms) and
needs at least 2 characters; answers to an older query are dropped.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.services.forms import SubjectForm
from app.text import fold

SubjectLookup = Callable[[str, Callable[[list[SubjectForm]], None]], None]
SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 7
DEBOUNCE_MS = 250


def describe(s: SubjectForm) -> str:
    """One line per result: name — ID or tax code — address."""
    ident = s.tax_code if s.kind == "organisation" else (s.id_number or s.tax_code)
    return " — ".join(p for p in (s.name, ident, s.address) if p)


class SubjectSearch(QLineEdit):
    chosen = Signal(object)  # SubjectForm

    def __init__(self, lookup: SubjectLookup | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._serial = 0
        self.setPlaceholderText(self.tr("Tìm đối tượng đã có (số định danh, mã số thuế, họ tên)"))
        self.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
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
        self._model.clear()  # before QLineEdit re-opens the popup on stale rows
        self._serial += 1
        if self._lookup is not None and len(fold(text).replace(" ", "")) >= 2:
            self._timer.start()
        else:
            self._timer.stop()

    def _search(self) -> None:
        serial, query = self._serial, self.text().strip()

        def deliver(results: list[SubjectForm]) -> None:
            if shiboken6.isValid(self) and serial == self._serial:
                self._show(results)

        assert self._lookup is not None
        self._lookup(query, deliver)

    def _show(self, results: list[SubjectForm]) -> None:
        self._model.clear()
        for s in results:
            item = QStandardItem(describe(s))
            item.setData(s, SUBJECT_ROLE)
            item.setToolTip(describe(s))
            self._model.appendRow(item)
        if results:
            self._completer.setCompletionPrefix("")
            self._completer.complete()
        else:
            empty = QStandardItem(self.tr("Không thấy đối tượng nào — nhập mới ở dưới"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self._model.appendRow(empty)
            self._completer.complete()

    def _on_activated(self, index: QModelIndex) -> None:
        subject = index.data(SUBJECT_ROLE)
        if isinstance(subject, SubjectForm):
            self.chosen.emit(subject)
            QTimer.singleShot(0, self.clear)
