"""The base of every dialog that records a follow-through step: labelled fields, each with
its red message line (objectName ``error:<field>``), and a use-case run as one operation.

A record is an event that stays on file (only voided with a reason), so nothing is
written until the user presses the action button; a refusal (ValidationFailed) puts each
message next to its field and writes nothing (the service raises before it flushes and the
operation's unit of work rolls back). Enter in a field goes on to the next field; Enter
elsewhere and Esc are "Quay lại".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationFailed
from app.ui.errors import show_error
from app.ui.ops import Op
from app.ui.widgets.row_table import RowTable
from app.ui.widgets.styles import GENERAL_ERROR_STYLE, NOTE_STYLE, error_label

LABEL_WIDTH = 170

UseCase = Callable[[Any, Any], Any]  # fn(session, actor) -> the record written


def long_text(lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class FormDialog(QDialog):
    """Subclasses add fields with :meth:`field` and implement :meth:`use_case`."""

    written = Signal(object)  # what the use-case returned, after its unit of work committed

    def __init__(self, title: str, action: str, parent: QWidget | None = None, *, name: str,
                 scroll: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setModal(True)
        self.busy = False
        self.general = error_label("error:general", self)
        self.general.setStyleSheet(GENERAL_ERROR_STYLE)
        self.intro = QLabel(objectName="intro", wordWrap=True)
        self.intro.setStyleSheet(NOTE_STYLE)
        self.intro.hide()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.errors: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self._rows_of: dict[str, tuple[QWidget, ...]] = {}  # path → its label and box
        self.tables: dict[str, RowTable] = {}  # path → a table that marks its own cells
        self.aliases: dict[str, str] = {}  # an error's field → the field whose line shows it
        self._rows = 0
        self.confirm_button = QPushButton(action, objectName="confirm_button")
        self.back_button = QPushButton(self.tr("&Quay lại"), objectName="back_button")
        self.back_button.setDefault(True)  # never the act itself by a stray Enter
        self.confirm_button.setAutoDefault(False)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.confirm_button)
        self.buttons.addWidget(self.back_button)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.general)
        self.body.addWidget(self.intro)
        self.scroll_area: QScrollArea | None = None
        if scroll:  # a long form (a decision) stays within a 1366×768 screen
            holder = QWidget(objectName="form_body")
            holder.setLayout(self.grid)
            self.scroll_area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
            self.scroll_area.setWidget(holder)
            self.body.addWidget(self.scroll_area, 1)
        else:
            self.body.addLayout(self.grid)
            self.body.addStretch(1)
        self.body.addLayout(self.buttons)
        self.confirm_button.clicked.connect(self.submit)
        self.back_button.clicked.connect(self.reject)

    # --- building ----------------------------------------------------------------------------
    def note(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def field(self, label: str, widget: QWidget, path: str = "", *, hint: str = "") -> QWidget:
        """A labelled row; ``path`` is the field name the service uses in its errors. A
        mnemonic in ``label`` (``&``) puts the keyboard on the field."""
        title = QLabel(label, wordWrap=True)
        title.setFixedWidth(LABEL_WIDTH)
        title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        title.setContentsMargins(0, 4, 0, 0)
        title.setBuddy(widget.focusProxy() or widget)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            note = QLabel(hint, wordWrap=True)
            note.setStyleSheet(NOTE_STYLE)
            column.addWidget(note)
        if path:
            error = error_label(f"error:{path}", box)
            column.addWidget(error)
            self.errors[path] = error
            self.widgets[path] = widget
            self._rows_of[path] = (title, box)
        self.grid.addWidget(title, self._rows, 0)
        self.grid.addWidget(box, self._rows, 1)
        self._rows += 1
        return widget

    def register(self, path: str, widget: QWidget, error: QLabel) -> None:
        """A message line the subclass placed itself (``error:<path>``), for ``widget``."""
        error.setObjectName(f"error:{path}")
        self.errors[path] = error
        self.widgets[path] = widget

    def show_field(self, path: str, visible: bool) -> None:
        for w in self._rows_of[path]:
            w.setVisible(visible)

    def section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold; margin-top: 6px;")
        self.grid.addWidget(label, self._rows, 0, 1, 2)
        self._rows += 1
        return label

    def span(self, widget: QWidget, path: str = "") -> QWidget:
        """A widget across the whole width (a table), with its own message line."""
        self.grid.addWidget(widget, self._rows, 0, 1, 2)
        self._rows += 1
        if path:
            error = error_label(f"error:{path}", self)
            self.grid.addWidget(error, self._rows, 0, 1, 2)
            self._rows += 1
            self.errors[path] = error
            self.widgets[path] = widget
        return widget

    def table(self, table: RowTable, path: str) -> RowTable:
        """A RowTable across the width; "path.N.key" errors mark its cells."""
        self.grid.addWidget(table, self._rows, 0, 1, 2)
        self._rows += 1
        self.tables[path] = table
        return table

    # --- the subclass's part ------------------------------------------------------------------
    def use_case(self) -> UseCase:
        """What the action button runs: ``fn(session, actor)``, built from the fields now."""
        raise NotImplementedError

    def local_errors(self) -> dict[str, str]:
        """Errors the widgets know without the services (an amount that is not a number)."""
        return {}

    # --- running -------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.busy:
            return
        self.clear_errors()
        local = self.local_errors()
        if local:
            self.show_errors(local)
            return
        fn = self.use_case()
        self.busy = True
        self.confirm_button.setEnabled(False)
        Op.acting(self, fn).success(self._done).failure(self._failed).run()

    def _done(self, result: Any) -> None:
        self.busy = False
        self.confirm_button.setEnabled(True)
        self.accept()
        self.written.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self.confirm_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self.show_errors(exc.errors)
            return
        show_error(self, exc)

    # --- errors --------------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message beside its field (a table's rows share its line); the rest on top."""
        self.clear_errors()
        rest: list[str] = []
        first: QWidget | None = None
        placed: dict[str, list[str]] = {}
        per_table: dict[str, dict[str, str]] = {}
        for path, message in errors.items():
            prefix = next((p for p in self.tables if path == p or path.startswith(p + ".")), None)
            if prefix is not None:
                per_table.setdefault(prefix, {})[path[len(prefix) + 1:]] = message
                continue
            key = self._key_for(path)
            if key is None:
                rest.append(message)
                continue
            placed.setdefault(key, []).append(message)
        for key, messages in placed.items():
            self.errors[key].setText("\n".join(messages))
            self.errors[key].show()
            if first is None:
                first = self.widgets[key]
        for prefix, table_errors in per_table.items():
            self.tables[prefix].show_errors(table_errors)
            if first is None:
                self.tables[prefix].focus_error(next(iter(table_errors)))
        if rest:
            self.general.setText("\n".join(f"• {m}" for m in rest))
            self.general.show()
        if first is not None:
            target = first.focusProxy() or first
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.scroll_area is not None:
                self.scroll_area.ensureWidgetVisible(target)

    def _key_for(self, path: str) -> str | None:
        path = self.aliases.get(path, path)
        if path in self.errors:
            return path
        for key in sorted(self.errors, key=len, reverse=True):
            if path.startswith(key + "."):
                return key
        return None

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        for table in self.tables.values():
            table.clear_errors()
        self.general.clear()
        self.general.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Enter in a field moves on (a dialog's Enter would otherwise go to "Quay lại")."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            focus = self.focusWidget()
            if focus is not None and not isinstance(focus, QAbstractButton):
                self.focusNextChild()
                return
        super().keyPressEvent(event)
