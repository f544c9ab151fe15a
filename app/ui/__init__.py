"""PySide6 only: windows, dialogs, Qt item models, background operations."""
