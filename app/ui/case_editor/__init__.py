"""The case editor widget (plain ``CaseEntry`` in and out; never touches the database)."""

from app.ui.case_editor.editor import CaseEditor

__all__ = ["CaseEditor"]
