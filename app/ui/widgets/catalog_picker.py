"""A catalogue field: type a few letters without diacritics, pick from the list.

Free text is never accepted: text that names no catalogue entry leaves ``code()`` empty
and the picker shows itself invalid ("Chọn từ danh mục") until the user picks or clears.

Codes live in Python lists beside the Qt models (not in item data roles): one
``addItems``/``setStringList`` call per refill instead of one QVariant per row.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.rows import Choice
from app.ui.widgets.catalog_match import ChoiceIndex, index_for
from app.ui.widgets.read_only import ReadOnlyComboMixin

_INVALID_STYLE = "QComboBox { border: 1px solid #c62828; background: #fff3f3; }"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CatalogPicker(ReadOnlyComboMixin):
    """Editable combo over ``Choice`` rows with folded type-ahead.

    Signals: ``changed`` on every change of text or selection (set_code included — callers
    that must ignore loads guard themselves); ``chosen(code)`` when the user picks an entry
    from the list; ``validity_changed(bool)`` when the typed text starts or stops naming an
    entry (checked when editing finishes).
    """

    changed = Signal()
    chosen = Signal(str)
    validity_changed = Signal(bool)

    def __init__(
        self,
        choices: Iterable[Choice] = (),
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self._valid = True
        self._choices: list[Choice] = []
        self._codes: list[str] = []
        self._rows: dict[str, int] = {}
        self._match_codes: list[str] = []
        self._matches = QStringListModel(self)
        self._completer = QCompleter(self._matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        # On the line edit, not QComboBox.setCompleter: the combo would also react to the
        # completion (by label text) and report each pick twice.
        self.lineEdit().setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._on_completion)
        self._completer.popup().installEventFilter(self)
        self.lineEdit().textEdited.connect(self._refill)
        self.lineEdit().setPlaceholderText(placeholder or self.tr("Gõ vài chữ để tìm…"))
        self.lineEdit().editingFinished.connect(self.check)
        self.editTextChanged.connect(self._emit_changed)
        self.activated.connect(self._on_activated)
        self.set_choices(choices)

    # -- data ---------------------------------------------------------------------------
    def set_choices(self, choices: Iterable[Choice]) -> None:
        code = self.code() if self._choices else ""
        self._choices = list(choices)
        self._index: ChoiceIndex = index_for(self._choices)
        self._codes = [c.code for c in self._choices]
        self._rows = {c: i for i, c in enumerate(self._codes)}
        self.blockSignals(True)
        self.clear()
        self.addItems([c.label for c in self._choices])
        self.blockSignals(False)
        self.set_code(code)

    def choices(self) -> list[Choice]:
        return list(self._choices)

    def code(self) -> str:
        """The chosen entry's code, or "" when empty or when the text names no entry."""
        choice = self._resolve(self.currentText())
        return choice.code if choice else ""

    def set_code(self, code: str | None) -> None:
        """Show the entry with ``code``; an unknown code is kept (shown as itself)."""
        code = code or ""
        if not code:
            self.setCurrentIndex(-1)
            self.setEditText("")
        else:
            if code not in self._rows:  # gone from the current catalogue: keep, not lose
                self._choices.append(Choice(code, code))
                self._index = ChoiceIndex(self._choices)
                self._codes.append(code)
                self._rows[code] = len(self._codes) - 1
                self.addItem(code)
            row = self._rows[code]
            self.setCurrentIndex(row)
            self.setEditText(self._choices[row].label)
        self._set_valid(True)

    def label(self) -> str:
        return self.currentText()

    def is_valid(self) -> bool:
        return self._valid

    def check(self) -> bool:
        """Validate the typed text: snap an exact (folded) match to its label, else flag it."""
        text = self.currentText()
        choice = self._resolve(text)
        if choice is not None and text != choice.label:
            self.setCurrentIndex(self._rows[choice.code])
            self.setEditText(choice.label)
        self._set_valid(choice is not None or not text.strip())
        return self._valid

    # -- behaviour ----------------------------------------------------------------------
    def _resolve(self, text: str) -> Choice | None:
        if not text.strip():
            return None
        row = self.currentIndex()
        if 0 <= row < len(self._choices) and self._choices[row].label == text:
            return self._choices[row]
        return self._index.exact(text)

    def _refill(self, text: str) -> None:
        found = self._index.search(text, limit=60) if text.strip() else []
        self._match_codes = [c.code for c in found]
        labels = [c.label for c in found]
        self._matches.setStringList(labels)
        if labels:  # long labels (legal acts) need a popup wider than a table cell
            widest = max(self.fontMetrics().horizontalAdvance(label) for label in labels)
            self._completer.popup().setMinimumWidth(min(720, max(self.width(), widest + 40)))

    def _on_completion(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._match_codes):
            self._pick(self._match_codes[index.row()])

    def _on_activated(self, row: int) -> None:
        if 0 <= row < len(self._codes):
            self._pick(self._codes[row])

    def _pick(self, code: str) -> None:
        row = self._rows.get(code, -1)
        if row >= 0:
            self.setCurrentIndex(row)
            self.setEditText(self._choices[row].label)
        self._set_valid(True)
        self.chosen.emit(code)

    def _emit_changed(self, _text: str = "") -> None:
        self.changed.emit()

    def _set_valid(self, valid: bool) -> None:
        if valid == self._valid:
            return
        self._valid = valid
        self.setStyleSheet("" if valid else _INVALID_STYLE)
        self.setToolTip("" if valid else self.tr("Chọn từ danh mục"))
        self.validity_changed.emit(valid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list with nothing highlighted picks the best match."""
        popup = self._completer.popup()
        if (
            watched is popup
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER
            and not popup.currentIndex().isValid()
            and self._match_codes
        ):
            popup.hide()
            self._pick(self._match_codes[0])
            return True
        return super().eventFilter(watched, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._completer.popup().hide()
            self.check()
