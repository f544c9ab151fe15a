"""The action buttons of "Kết quả xử lý": which step can be recorded now, and the dialog
that records it. Keys are the due items' action keys (app.services.follow_through), so a
"Việc cần làm" row opens the case with its action one key away."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton

if TYPE_CHECKING:
    from app.ui.outcome.page import OutcomePage


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutcomeActions", text)


ACTIONS: list[tuple[str, tuple[str, ...]]] = [
    (_tr("Quyết định"), ("sanction", "seizure", "confiscate", "no_sanction", "deliver")),
    (_tr("Thi hành"), ("explain", "pay", "goods", "step")),
    (_tr("Chuyển cơ quan điều tra"), ("refer", "answer")),
    (_tr("Hồ sơ"), ("close", "reopen", "void")),
]

TEXTS = {
    "sanction": _tr("Quyết định &xử phạt (MQĐ02)…"),
    "seizure": _tr("Quyết định &tạm giữ (MQĐ20)…"),
    "confiscate": _tr("Tịch thu, không xử phạt (MQĐ1&4)…"),
    "no_sanction": _tr("&Không xử phạt…"),
    "deliver": _tr("&Giao quyết định…"),
    "explain": _tr("G&iải trình…"),
    "pay": _tr("&Nộp phạt…"),
    "goods": _tr("Xử lý tang &vật…"),
    "step": _tr("Hoãn, giảm, cưỡng chế, bước kh&ác…"),
    "refer": _tr("&Chuyển hồ sơ có dấu hiệu tội phạm…"),
    "answer": _tr("Kết quả của cơ quan điều t&ra…"),
    "close": _tr("Kết thúc hồ &sơ…"),
    "reopen": _tr("&Mở lại hồ sơ…"),
    "void": _tr("&Hủy bản ghi đã chọn…"),
}


class Actions(QObject):
    recorded = Signal(object)  # what a dialog wrote

    def __init__(self, page: OutcomePage) -> None:
        super().__init__(page)
        self.page = page
        self.buttons: dict[str, QPushButton] = {}
        self.open_dialog: Any = None  # the dialog on screen (tests and the keyboard reach it)

    def button(self, key: str) -> QPushButton:
        b = QPushButton(TEXTS[key], objectName=f"action_{key}")
        b.setStyleSheet("text-align: left; padding: 4px 8px;")
        b.clicked.connect(lambda _c=False, k=key: self.run(k))
        self.buttons[key] = b
        return b

    # --- what can be done now ------------------------------------------------------------------
    def update(self) -> None:
        view = self.page.view
        reasons = self._reasons(view) if view is not None else dict.fromkeys(self.buttons, "")
        for key, button in self.buttons.items():
            why = reasons.get(key)
            button.setEnabled(why is None)
            button.setToolTip(why or "")

    def _reasons(self, view) -> dict[str, str | None]:
        """Why each action cannot be taken now (None: it can)."""
        closed = _tr("Hồ sơ đã kết thúc; mở lại hồ sơ trước.") if view.closed else None
        sanction = view.sanction()
        event = self.page.timeline.current_event()
        return {
            "sanction": closed,
            "seizure": closed,
            "confiscate": closed,
            "no_sanction": closed,
            "deliver": closed or (None if view.undelivered() else _tr("Không có quyết định đã ban hành chưa giao.")),
            "explain": closed,
            "pay": closed or (None if sanction and sanction.fine_total else
                              _tr("Chưa có quyết định xử phạt có tiền phạt.")),
            "goods": closed or (None if view.held else _tr("Không còn tang vật đang tạm giữ.")),
            "step": closed,
            "refer": closed,
            "answer": closed or (None if view.waiting_referral else _tr("Không có hồ sơ đang chờ cơ quan điều tra.")),
            "close": closed,
            "reopen": None if view.closed else _tr("Hồ sơ chưa kết thúc."),
            "void": (None if event is not None and event.record_id is not None and not event.void
                     else _tr("Chọn một sự việc còn hiệu lực trong bảng Diễn biến.")),
        }

    # --- doing it --------------------------------------------------------------------------------
    def run(self, key: str | None) -> None:
        button = self.buttons.get(key or "")
        view = self.page.view
        if button is None or view is None or not button.isEnabled():
            return
        opener: Callable[[], Any] = getattr(self, f"_open_{key}")
        dialog = opener()
        if dialog is not None:
            self.open_dialog = dialog
            if hasattr(dialog, "written"):
                dialog.written.connect(self.recorded)
            dialog.open()

    def _open_sanction(self) -> Any:
        from app.ui.outcome.decision_dialog import DecisionDialog

        return DecisionDialog.for_case(self.page, "xu_phat")

    def _open_seizure(self) -> Any:
        from app.ui.outcome.decision_dialog import DecisionDialog

        return DecisionDialog.for_case(self.page, "tam_giu")

    def _open_confiscate(self) -> Any:
        from app.ui.outcome.decision_dialog import DecisionDialog

        return DecisionDialog.for_case(self.page, "tich_thu")

    def _open_no_sanction(self) -> Any:
        from app.ui.outcome.ending_dialog import EndingDialog

        return EndingDialog(self.page.view, self.page)

    def _open_deliver(self) -> Any:
        from app.ui.outcome.delivery_dialog import DeliveryDialog

        return DeliveryDialog(self.page.view, self.page)

    def _open_explain(self) -> Any:
        from app.ui.outcome.step_dialog import StepDialog

        return StepDialog(self.page.view, self.page, explanation=True)

    def _open_step(self) -> Any:
        from app.ui.outcome.step_dialog import StepDialog

        return StepDialog(self.page.view, self.page)

    def _open_pay(self) -> Any:
        from app.ui.outcome.payment_dialog import PaymentDialog

        return PaymentDialog(self.page.view, self.page)

    def _open_goods(self) -> Any:
        from app.ui.outcome.goods_dialog import GoodsDialog

        return GoodsDialog(self.page.view, self.page)

    def _open_refer(self) -> Any:
        from app.ui.outcome.referral_dialog import ReferralDialog

        return ReferralDialog(self.page.view, self.page)

    def _open_answer(self) -> Any:
        from app.ui.outcome.referral_dialog import AnswerDialog

        return AnswerDialog(self.page.view, self.page)

    def _open_close(self) -> Any:
        from app.ui.outcome.closing import CloseDialog

        return CloseDialog(self.page.view, self.page)

    def _open_reopen(self) -> Any:
        from app.ui.outcome.closing import ReopenDialog

        return ReopenDialog(self.page.view, self.page)

    def _open_void(self) -> Any:
        from app.ui.outcome.closing import VoidDialog

        event = self.page.timeline.current_event()
        return VoidDialog(self.page.view, event, self.page) if event is not None else None


def confirm(parent, title: str, text: str, action: str, go: Callable[[], None], *, name: str) -> QMessageBox:
    """A question whose default (Enter, Esc) is "Quay lại"; ``go`` only on ``action``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName(name)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(_tr("&Quay lại"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.finished.connect(lambda _r: go() if box.clickedButton() is yes else None)
    box.open()
    return box
