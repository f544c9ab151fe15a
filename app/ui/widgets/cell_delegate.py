"""Cell editors for RowTable: catalogue pickers, fixed choices, long text, money."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.rows import Choice
from app.ui.widgets.catalog_picker import CatalogPicker
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.money import tidy_number
from app.ui.widgets.person_line import PersonLine

KINDS = ("text", "long", "number", "money", "picker", "choice", "check", "person")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column of a RowTable, bound to the dataclass field ``key``.

    kind: text (one line) · long (several lines, Shift+Enter for a new line) · number
    (read as Vietnamese write it and shown as understood: "1500" → "1.500", "12,5") · money
    (whole đồng, grouped "1.500.000") · picker (catalogue ``choices``, type-ahead) · choice
    (a fixed short list ``options``) · check (bool) · person (free text, the people in
    ``choices`` offered as it is typed).
    """

    key: str
    title: str
    kind: str = "text"
    width: int = 120
    choices: tuple[Choice, ...] = ()
    options: tuple[tuple[str, str], ...] = ()
    stretch: bool = False
    tip: str = ""

    def label_for(self, code: str) -> str:
        pool: Sequence[tuple[str, str]] = self.options or [(c.code, c.label) for c in self.choices]
        return next((label for value, label in pool if value == code), code)


class CellStore(Protocol):
    """What the delegate needs from its table: codes and texts by (row, column)."""

    def code_at(self, row: int, column: int) -> str: ...

    def text_at(self, row: int, column: int) -> str: ...

    def put_code(self, row: int, column: int, code: str, label: str) -> None: ...

    def put_text(self, row: int, column: int, text: str) -> None: ...


class LongTextEditor(QPlainTextEdit):
    """Enter commits (like a one-line cell); Shift+Enter starts a new line."""

    commit_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.commit_requested.emit()
            return
        super().keyPressEvent(event)


class CellDelegate(QStyledItemDelegate):
    """Editors per column kind; values go to and come from ``store`` (the RowTable).

    ``person_chosen(row, column, code)``: an offered person was picked in a person cell."""

    person_chosen = Signal(int, int, str)

    def __init__(
        self, columns: Sequence[Column], store: CellStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.store = store

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        col = self.columns[index.column()]
        if col.kind == "picker":
            picker = CatalogPicker(col.choices, parent)
            picker.chosen.connect(lambda _code, p=picker: self.commitData.emit(p))
            return picker
        if col.kind == "choice":
            return ChoiceCombo(col.options, parent)
        if col.kind == "person":
            person = PersonLine(col.choices, parent)  # type: ignore[arg-type]
            person.setFrame(False)
            where = QPersistentModelIndex(index)
            person.chosen.connect(lambda code, e=person: self._person_chosen(e, where, code))
            return person
        if col.kind == "long":
            editor = LongTextEditor(parent)
            editor.setTabChangesFocus(True)
            editor.commit_requested.connect(lambda e=editor: self._commit_and_close(e))
            return editor
        line = QLineEdit(parent)
        line.setFrame(False)
        if col.kind in ("number", "money"):
            line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return line

    def _person_chosen(self, editor: QWidget, where: QPersistentModelIndex, code: str) -> None:
        self.commitData.emit(editor)
        if where.isValid():
            self.person_chosen.emit(where.row(), where.column(), code)

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        r, c = index.row(), index.column()
        if isinstance(editor, CatalogPicker):
            editor.set_code(self.store.code_at(r, c))
        elif isinstance(editor, ChoiceCombo):
            editor.set_value(self.store.code_at(r, c))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(self.store.text_at(r, c))
            editor.selectAll()  # typing replaces the cell, as in a one-line cell
        elif isinstance(editor, QLineEdit):
            editor.setText(self.store.text_at(r, c))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        r, c = index.row(), index.column()
        if isinstance(editor, CatalogPicker):
            if not editor.check():
                return  # free text is not a catalogue entry: keep the cell as it was
            code = editor.code()
            self.store.put_code(r, c, code, editor.label() if code else "")
        elif isinstance(editor, ChoiceCombo):
            self.store.put_code(r, c, editor.value(), editor.currentText())
        elif isinstance(editor, QPlainTextEdit):
            self.store.put_text(r, c, editor.toPlainText())
        elif isinstance(editor, QLineEdit):
            text, kind = editor.text(), self.columns[c].kind
            self.store.put_text(r, c, tidy_number(kind, text) if kind in ("number", "money") else text)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 10)  # air around wrapped lines

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect = rect.adjusted(0, 0, 0, max(0, 90 - rect.height()))
        elif isinstance(editor, CatalogPicker):
            rect = rect.adjusted(0, 0, max(0, 260 - rect.width()), 0)
        editor.setGeometry(rect)
