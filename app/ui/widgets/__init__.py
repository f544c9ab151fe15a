"""Reusable input widgets (Qt only): catalogue pickers, optional dates, row tables."""

from app.ui.widgets.catalog_match import ChoiceIndex
from app.ui.widgets.catalog_picker import CatalogPicker
from app.ui.widgets.cell_delegate import Column
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.datetime_field import VN_TZ, DateTimeField
from app.ui.widgets.money import format_money, tidy_money
from app.ui.widgets.row_table import RowTable

__all__ = [
    "VN_TZ",
    "CatalogPicker",
    "ChoiceCombo",
    "ChoiceIndex",
    "Column",
    "DateTimeField",
    "RowTable",
    "format_money",
    "tidy_money",
]
