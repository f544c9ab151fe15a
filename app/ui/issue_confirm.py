"""Before "Lập biên bản" takes a number: what is wrong with what will print, and — when the
case already holds this form — the deliberate choice of a replacement or a correction.

"Quay lại" is the default (Enter, Esc): going on is always an explicit choice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("IssueConfirm", text)


@dataclass(frozen=True)
class IssueChoice:
    """How to issue: plainly, as a correction of ``corrects``, or replacing ``replaces``."""

    corrects: uuid.UUID | None = None
    replaces: uuid.UUID | None = None
    reason: str = ""


def confirm_issue(parent: QWidget, title: str, check, go: Callable[[IssueChoice], None]) -> None:
    """Ask about ``check`` (an IssueCheck) and call ``go`` with the choice; nothing on "Quay lại".
    No warnings and no earlier document: ``go`` at once."""
    if not check.warnings and check.existing_id is None:
        go(IssueChoice())
        return
    parts = []
    if check.existing_id is not None:
        parts.append(
            _tr("Vụ việc đã có biên bản số {n}. Lập thêm một biên bản cùng mẫu là:").format(
                n=check.existing_number
            )
            + "\n• "
            + _tr("bản thay thế: bản số {n} bị hủy (ghi lý do), bản mới thay cho nó;").format(
                n=check.existing_number
            )
            + "\n• "
            + _tr("biên bản sửa đổi, bổ sung: bản số {n} vẫn giữ giá trị.").format(
                n=check.existing_number
            )
        )
    if check.warnings:
        parts.append(
            _tr("Trước khi lấy số, xem lại những điểm sau (biên bản sẽ in đúng như vậy):")
            + "\n"
            + "\n".join(f"⚠ {w}" for w in check.warnings)
        )
    box = QMessageBox(QMessageBox.Icon.Warning, title, "\n\n".join(parts), parent=parent)
    box.setObjectName("issue_confirm")
    actions: dict[object, Callable[[], None]] = {}
    if check.existing_id is not None:
        replace = box.addButton(_tr("Lập bản &thay thế…"), QMessageBox.ButtonRole.AcceptRole)
        correct = box.addButton(
            _tr("Lập biên bản &sửa đổi, bổ sung"), QMessageBox.ButtonRole.AcceptRole
        )
        actions[replace] = lambda: _ask_reason(parent, check, go)
        actions[correct] = lambda: go(IssueChoice(corrects=check.existing_id))
    else:
        anyway = box.addButton(_tr("&Vẫn lập biên bản"), QMessageBox.ButtonRole.AcceptRole)
        actions[anyway] = lambda: go(IssueChoice())
    back = box.addButton(_tr("&Quay lại"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.finished.connect(lambda _r: actions.get(box.clickedButton(), lambda: None)())
    box.open()


def _ask_reason(parent: QWidget, check, go: Callable[[IssueChoice], None]) -> None:
    dialog = QInputDialog(parent)
    dialog.setObjectName("replace_reason")
    dialog.setWindowTitle(_tr("Lập bản thay thế"))
    dialog.setLabelText(
        _tr("Lý do hủy biên bản số {n} (bản cũ giữ số, đánh dấu đã hủy):").format(
            n=check.existing_number
        )
    )
    dialog.setOkButtonText(_tr("Hủy bản cũ và lập bản thay thế"))
    dialog.setCancelButtonText(_tr("Quay lại"))
    dialog.accepted.connect(
        lambda: go(IssueChoice(replaces=check.existing_id, reason=dialog.textValue()))
    )
    dialog.open()
