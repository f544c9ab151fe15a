"""Colours and small labels shared by the editor's widgets (one place to restyle)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR = "#c62828"
ERROR_CELL = "#ffd7d7"
AMBER = "#8a5a00"
AMBER_BG = "#fff4d6"
MUTED = "#5f6368"

ERROR_STYLE = f"color: {ERROR};"
HINT_STYLE = f"color: {AMBER}; background: {AMBER_BG}; border-radius: 3px; padding: 2px 6px;"
NOTE_STYLE = f"color: {MUTED};"
TOTAL_STYLE = "color: #202124; font-weight: bold;"
DONE_STYLE = "color: #1b7f3b; font-weight: bold;"  # an operation went through
DANGER_STYLE = (
    f"color: {ERROR}; background: #fdecea; border: 1px solid #f5c6c2;"
    " border-radius: 3px; padding: 4px 8px; font-weight: bold;"
)
BANNER_STYLE = (
    "color: #3c2f00; background: #ffe9a8; border: 1px solid #e0c060;"
    " border-radius: 4px; padding: 6px 10px; font-weight: bold;"
)
GENERAL_ERROR_STYLE = (
    f"color: {ERROR}; background: #fdecea; border-bottom: 1px solid #f5c6c2; padding: 6px 10px;"
)
INFO_STYLE = (
    "color: #0b4f2e; background: #e3f4ea; border: 1px solid #b7dfc6;"
    " border-radius: 4px; padding: 4px 8px;"
)


def _label(style: str, object_name: str, parent: QWidget | None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.hide()
    return label


def error_label(object_name: str, parent: QWidget | None = None) -> QLabel:
    """A hidden red message line; objectName ``error:<field path>``."""
    return _label(ERROR_STYLE, object_name, parent)


def hint_label(object_name: str = "", parent: QWidget | None = None) -> QLabel:
    """A hidden amber, non-blocking hint (warnings the user may ignore)."""
    return _label(HINT_STYLE, object_name, parent)


def danger_label(object_name: str = "", parent: QWidget | None = None) -> QLabel:
    return _label(DANGER_STYLE, object_name, parent)
