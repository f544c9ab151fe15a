"""Small input widgets of the follow-through dialogs: whole đồng, a calendar day, a choice
from the record's Vietnamese value words (app.sync.wire.labels)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.datetime_field import DateTimeField
from app.ui.widgets.money import format_money, tidy_money
from app.validation import parse_money


class MoneyField(QLineEdit):
    """Whole đồng typed as Vietnamese write them ("1.500.000"); regrouped on leaving."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(placeholder)
        self.setMaximumWidth(200)
        self.editingFinished.connect(lambda: self.setText(tidy_money(self.text())))

    def value(self) -> int | None:
        amount, error = parse_money(self.text())
        return None if error else amount

    def set_value(self, amount: int | None) -> None:
        self.setText("" if amount is None else format_money(amount))


class DayField(DateTimeField):
    """A calendar day (Vietnam), with "Hôm nay" and the N key for today."""

    def __init__(self, parent: QWidget | None = None, *, value: date | None = None) -> None:
        super().__init__(parent, with_time=False, now_button=True)
        if value is not None:
            self.set_value(value)

    def day(self) -> date | None:
        value = self.value()
        return value if isinstance(value, date) else None


def choice(words: dict[str, str], keys: tuple[str, ...] | None = None) -> ChoiceCombo:
    """A combo of ``words`` (value → Vietnamese), in ``keys`` order when given."""
    return ChoiceCombo([(k, words[k]) for k in (keys or tuple(words))])
