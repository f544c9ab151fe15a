"""One page of the case editor: a titled, scrollable form whose fields know their path.

A section registers each input under the field path the services use in their errors
("subject.id_number", "seizures.0.storage_place") and each table under its prefix
("goods", "seizures.0.items"), so ``show_errors`` can put every message next to its field.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.case_entry import CaseEntry
from app.ui.widgets import CatalogPicker, ChoiceCombo, DateTimeField, RowTable
from app.ui.widgets.read_only import ReadOnlyComboMixin
from app.ui.widgets.styles import error_label, hint_label

LABEL_WIDTH = 150
_COMPOSITES = (RowTable, DateTimeField, CatalogPicker)


@dataclass
class FieldSlot:
    path: str
    label: QLabel
    widget: QWidget
    error: QLabel
    box: QWidget

    def set_visible(self, visible: bool) -> None:
        self.label.setVisible(visible)
        self.box.setVisible(visible)


def plain_text(
    parent: QWidget | None = None, lines: int = 3, placeholder: str = ""
) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    line = edit.fontMetrics().lineSpacing()
    edit.setFixedHeight(line * lines + 14)
    return edit


def change_signal(widget: QWidget):  # noqa: ANN201 (a bound Qt signal, or None)
    if isinstance(widget, CatalogPicker | ChoiceCombo | DateTimeField | RowTable):
        return widget.changed
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None  # a plain container (radio rows): its buttons are watched one by one


class FieldGrid(QGridLayout):
    """Label/field pairs in ``pairs`` columns; ``span`` takes a whole line."""

    def __init__(self, section: Section, pairs: int = 2) -> None:
        super().__init__()
        self.section, self.pairs = section, pairs
        self._row, self._col = 0, 0
        self.setHorizontalSpacing(10)
        self.setVerticalSpacing(6)
        for p in range(pairs):
            self.setColumnStretch(2 * p + 1, 1)

    def add(
        self,
        title: str,
        widget: QWidget,
        path: str = "",
        *,
        span: bool = False,
        extra: QWidget | None = None,
    ) -> FieldSlot:
        if span and self._col:
            self.new_line()
        label = QLabel(title)
        label.setWordWrap(True)
        label.setFixedWidth(LABEL_WIDTH)  # the same in every grid, so fields line up
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 4, 0, 0)
        label.setBuddy(widget.focusProxy() or widget)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        err = error_label(f"error:{path}" if path else "", box)
        column.addWidget(err)
        if extra is not None:
            column.addWidget(extra)
        column.addStretch(1)  # the field stays at the top when its neighbour shows an error
        width = 2 * self.pairs - 1 if span else 1
        self.addWidget(label, self._row, self._col * 2)
        self.addWidget(box, self._row, self._col * 2 + 1, 1, width)
        slot = FieldSlot(path, label, widget, err, box)
        self.section.register_field(slot)
        if span:
            self._row, self._col = self._row + 1, 0
        else:
            self._col += 1
            if self._col >= self.pairs:
                self.new_line()
        return slot

    def new_line(self) -> None:
        if self._col:
            self._row, self._col = self._row + 1, 0


class Section(QScrollArea):
    """Base of the seven pages. Subclasses build widgets, then implement load/store.

    ``tabbed_out(forward)`` fires when Tab / Shift+Tab leaves the page's last (first)
    field, so the editor can go on to the next (previous) section.
    """

    changed = Signal()
    tabbed_out = Signal(bool)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field only
        self.body = QWidget()
        self.body.setObjectName("sectionBody")
        self.setWidget(self.body)
        self.box = QVBoxLayout(self.body)
        self.box.setContentsMargins(16, 12, 16, 16)
        self.box.setSpacing(10)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.box.addWidget(heading)
        self.warning_note = hint_label("warnings")  # what to look at again before printing
        self.box.addWidget(self.warning_note)
        self._slots: dict[str, FieldSlot] = {}
        self._tables: dict[str, RowTable] = {}
        self._order: list[str] = []
        self._locked = False
        self._edit_actions: list[QAbstractButton] = []

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt override)
        inside = self.isAncestorOf(self.window().focusWidget() or self)
        moved = super().focusNextPrevChild(forward)
        if inside and not self.isAncestorOf(self.window().focusWidget() or self):
            self.tabbed_out.emit(forward)
        return moved

    # -- building -----------------------------------------------------------------------
    def grid(self, pairs: int = 2, parent_box: QVBoxLayout | None = None) -> FieldGrid:
        grid = FieldGrid(self, pairs)
        (parent_box or self.box).addLayout(grid)
        return grid

    def heading(self, text: str, parent_box: QVBoxLayout | None = None) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold; font-size: 11pt; margin-top: 6px;")
        (parent_box or self.box).addWidget(label)
        return label

    def register_field(self, slot: FieldSlot) -> None:
        signal = change_signal(slot.widget)
        if signal is not None:
            signal.connect(self.changed)
        if slot.path:
            self._slots[slot.path] = slot
            self._order.append(slot.path)
            if signal is not None:
                signal.connect(lambda *_a, s=slot: self._hide_error(s))
        if isinstance(slot.widget, CatalogPicker):
            slot.widget.validity_changed.connect(lambda ok, s=slot: self._picker_validity(s, ok))

    def register_table(self, prefix: str, table: RowTable) -> RowTable:
        self._tables[prefix] = table
        self._order.append(prefix)
        table.changed.connect(self.changed)
        return table

    def edit_action(self, button: QAbstractButton) -> QAbstractButton:
        """Mark a button as editing-only: hidden while the case is locked."""
        self._edit_actions.append(button)
        return button

    def watch(self, widget: QWidget) -> None:
        change_signal(widget).connect(self.changed)

    # -- data (subclasses) --------------------------------------------------------------
    def load(self, form: CaseEntry) -> None:
        raise NotImplementedError

    def store(self, form: CaseEntry) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-apply states that depend on values (enabled fields, hints, totals)."""

    # -- errors -------------------------------------------------------------------------
    def _key_for(self, path: str) -> str | None:
        if path in self._slots:
            return path
        prefixes = sorted(self._tables, key=len, reverse=True)
        return next((p for p in prefixes if path == p or path.startswith(p + ".")), None)

    def handles(self, path: str) -> bool:
        return self._key_for(path) is not None

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Show the errors this section owns; returns their paths in on-screen order."""
        mine = {p: m for p, m in errors.items() if self.handles(p)}
        per_table: dict[str, dict[str, str]] = {}
        for path, message in mine.items():
            key = self._key_for(path)
            if key in self._slots:
                slot = self._slots[key]
                slot.error.setText(message)
                slot.error.show()
            elif key is not None:
                per_table.setdefault(key, {})[path[len(key) + 1 :]] = message
        for key, table_errors in per_table.items():
            self._tables[key].show_errors(table_errors)
        return sorted(mine, key=lambda p: self._order.index(self._key_for(p) or ""))

    def show_warnings(self, warnings: dict[str, str]) -> list[str]:
        """Warnings (they never block a save) this section owns, listed under its heading as
        "⚠ Dòng 1, Mức phạt đề xuất (đồng): …"; returns their paths."""
        mine = [p for p in warnings if self.handles(p)]
        lines = []
        for path in sorted(mine, key=lambda p: self._order.index(self._key_for(p) or "")):
            key = self._key_for(path) or ""
            if key in self._slots:
                where = self._slots[key].label.text()
            else:
                where = self._tables[key].place(path[len(key) + 1 :])
            lines.append(f"⚠ {where}: {warnings[path]}" if where else f"⚠ {warnings[path]}")
        self.warning_note.setText("\n".join(lines))
        self.warning_note.setVisible(bool(lines))
        return mine

    def clear_warnings(self) -> None:
        self.warning_note.clear()
        self.warning_note.hide()

    def clear_errors(self) -> None:
        for slot in self._slots.values():
            self._hide_error(slot)
        for table in self._tables.values():
            table.clear_errors()

    def local_errors(self) -> dict[str, str]:
        """Errors the widgets know without the services: free text in a catalogue field."""
        return {
            p: s.error.text()
            for p, s in self._slots.items()
            if isinstance(s.widget, CatalogPicker) and not s.widget.is_valid()
        }

    def focus_error(self, path: str) -> None:
        key = self._key_for(path)
        if key in self._slots:
            slot = self._slots[key]
            self.ensureWidgetVisible(slot.box)
            target = slot.widget.focusProxy() or slot.widget
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif key is not None:
            table = self._tables[key]
            self.ensureWidgetVisible(table)
            table.focus_error(path[len(key) + 1 :])

    def _hide_error(self, slot: FieldSlot) -> None:
        if isinstance(slot.widget, CatalogPicker) and not slot.widget.is_valid():
            return
        slot.error.clear()
        slot.error.hide()

    def _picker_validity(self, slot: FieldSlot, ok: bool) -> None:
        if ok:
            self._hide_error(slot)
        else:
            slot.error.setText(QCoreApplication.translate("Section", "Chọn từ danh mục"))
            slot.error.show()

    # -- locking ------------------------------------------------------------------------
    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        for w in self.body.findChildren(QWidget):
            if _inside_composite(w, self.body):
                continue
            if isinstance(w, ReadOnlyComboMixin | DateTimeField):
                w.setReadOnly(locked)
            elif isinstance(w, QLineEdit | QPlainTextEdit):
                w.setReadOnly(locked)
                w.style().unpolish(w)  # re-evaluate the [readOnly="true"] style rule
                w.style().polish(w)
            elif isinstance(w, RowTable):
                w.set_locked(locked)
            elif isinstance(w, QComboBox | QCheckBox | QRadioButton):
                w.setEnabled(not locked)
        for button in self._edit_actions:
            button.setVisible(not locked)
        self.refresh()

    def is_locked(self) -> bool:
        return self._locked


def _inside_composite(widget: QWidget, stop: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        if isinstance(parent, _COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False
