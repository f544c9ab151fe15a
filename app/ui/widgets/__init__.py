"""Reusable input widgets (Qt only): catalogue pickers, optional dates, row tables.

Names load on first use (PEP 562), so a window that needs only the picker does not pay
for the table and date modules at start-up.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "ChoiceIndex": "catalog_match",
    "CatalogPicker": "catalog_picker",
    "Column": "cell_delegate",
    "ChoiceCombo": "choice_combo",
    "DateTimeField": "datetime_field",
    "ElidedLabel": "elided_label",
    "VN_TZ": "datetime_field",
    "format_money": "money",
    "tidy_money": "money",
    "RowTable": "row_table",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
