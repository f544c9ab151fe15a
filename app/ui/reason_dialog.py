"""Asking for a required reason before an act that stays on record (an amendment, voiding
a biên bản): the reason is typed by the user, never made up by the app.

The buttons carry Vietnamese texts of their own (Qt's OK/Cancel are English without a
translation); "Quay lại" is the default, so Enter never performs the act by accident.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.styles import error_label


class ReasonDialog(QDialog):
    given = Signal(str)  # the reason, stripped; emitted once, when the user confirms

    def __init__(self, title: str, prompt: str, action: str, missing: str,
                 parent: QWidget | None = None, *, name: str = "reason_dialog") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setModal(True)
        self.missing = missing
        self.reason = QPlainTextEdit(objectName="reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        prompt_label = QLabel(prompt, wordWrap=True)
        prompt_label.setBuddy(self.reason)
        self.error = error_label("error:reason", self)
        self.confirm_button = QPushButton(action, objectName="confirm_reason")
        self.back_button = QPushButton(self.tr("&Quay lại"), objectName="back_button")
        self.back_button.setDefault(True)
        self.confirm_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(520, self.sizeHint().height())
        self.confirm_button.clicked.connect(self._confirm)
        self.back_button.clicked.connect(self.reject)
        self.reason.textChanged.connect(self.error.hide)

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _confirm(self) -> None:
        if not self.text():
            self.error.setText(self.missing)
            self.error.show()
            self.reason.setFocus()
            return
        self.accept()
        self.given.emit(self.text())
