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
    from app.ui.outcome.view import OutcomeView


GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("decisions", ("decision", "seizure_decision", "confiscate", "no_sanction", "deliver")),
    ("enforcing", ("explanation", "payment", "goods", "step")),
    ("criminal", ("refer", "answer")),
    ("file", ("close", "reopen", "void")),
)
"""The buttons in their groups; keys are the due items' action keys where one exists
(app.services.follow_through.due.ACTIONS; "enforce" opens "step" at cưỡng chế)."""

ALIASES = {"enforce": "step"}  # a due item's action shown by another button


class Actions(QObject):
    recorded = Signal(object)  # what a dialog wrote

    def __init__(self, page: OutcomePage) -> None:
        super().__init__(page)
        self.page = page
        self.buttons: dict[str, QPushButton] = {}
        self.open_dialog: Any = None  # the dialog on screen (tests and the keyboard reach it)
        self.titles = {"decisions": self.tr("Quyết định"), "enforcing": self.tr("Thi hành"),
                       "criminal": self.tr("Dấu hiệu tội phạm"), "file": self.tr("Hồ sơ")}
        self.texts = {
            "decision": self.tr("Quyết định &xử phạt (MQĐ02)…"),
            "seizure_decision": self.tr("Quyết định &tạm giữ (MQĐ20)…"),
            "confiscate": self.tr("Tịch thu, không xử phạt (MQĐ1&4)…"),
            "no_sanction": self.tr("&Không xử phạt…"),
            "deliver": self.tr("&Giao quyết định…"),
            "explanation": self.tr("G&iải trình, xác minh…"),
            "payment": self.tr("&Nộp phạt…"),
            "goods": self.tr("Xử lý tang &vật…"),
            "step": self.tr("Hoãn, giảm, cưỡng chế, bước kh&ác…"),
            "refer": self.tr("&Chuyển cơ quan điều tra…"),
            "answer": self.tr("Kết quả của cơ quan điều t&ra…"),
            "close": self.tr("Kết thúc hồ &sơ…"),
            "reopen": self.tr("&Mở lại hồ sơ…"),
            "void": self.tr("&Hủy bản ghi đã chọn…"),
        }

    def button(self, key: str) -> QPushButton:
        b = QPushButton(self.texts[key], objectName=f"action_{key}")
        b.setStyleSheet("text-align: left; padding: 4px 8px;")
        b.clicked.connect(lambda _c=False, k=key: self.run(k))
        self.buttons[key] = b
        return b

    def button_for(self, action: str | None) -> QPushButton | None:
        return self.buttons.get(ALIASES.get(action or "", action or ""))

    # --- what can be done now ------------------------------------------------------------------
    def update(self) -> None:
        view = self.page.view
        reasons = self._reasons(view) if view is not None else dict.fromkeys(self.buttons, "")
        for key, button in self.buttons.items():
            why = reasons.get(key)
            button.setEnabled(why is None)
            button.setToolTip(why or "")

    def _reasons(self, view: OutcomeView) -> dict[str, str | None]:
        """Why each action cannot be taken now (None: it can)."""
        closed = self.tr("Hồ sơ đã kết thúc; mở lại hồ sơ trước.") if view.closed else None
        sanction = view.sanction()
        decided = self.tr("Vụ việc đã có quyết định xử phạt số %1.").replace("%1", sanction.number) if sanction else None
        seized = view.decision("tam_giu", "issued")
        event = self.page.timeline.current_event()
        return {
            "decision": closed or decided,
            "seizure_decision": closed or decided or (
                self.tr("Đã có quyết định tạm giữ số %1.").replace("%1", seized.number) if seized else None) or (
                None if any(h.seized for h in view.held) else self.tr("Không có tang vật đang tạm giữ.")),
            "confiscate": closed or decided,
            "no_sanction": closed or decided,
            "deliver": closed or (None if view.undelivered() else self.tr("Không có quyết định đã ban hành chưa giao.")),
            "explanation": closed,
            "payment": closed or (None if sanction and sanction.fine_total else
                                  self.tr("Chưa có quyết định xử phạt có tiền phạt.")),
            "goods": closed or (None if view.held else self.tr("Không còn tang vật đang giữ.")),
            "step": closed,
            "refer": closed or decided or (
                self.tr("Hồ sơ đã chuyển %1, đang chờ kết quả.").replace("%1", view.waiting_referral.agency)
                if view.waiting_referral else None),
            "answer": closed or (None if view.waiting_referral else
                                 self.tr("Không có hồ sơ đang chờ cơ quan điều tra trả lời.")),
            "close": closed,
            "reopen": None if view.closed else self.tr("Hồ sơ chưa kết thúc."),
            "void": closed or (None if event is not None and event.record_id is not None and not event.void
                               else self.tr("Chọn một sự việc còn hiệu lực trong bảng Diễn biến.")),
        }

    # --- doing it --------------------------------------------------------------------------------
    def run(self, action: str | None) -> None:
        """Open the dialog of ``action`` (a button's key or a due item's action)."""
        button = self.button_for(action)
        view = self.page.view
        if button is None or view is None or not button.isEnabled():
            return
        key = next(k for k, b in self.buttons.items() if b is button)
        opener: Callable[[OutcomeView], Any] = getattr(self, f"_open_{key}")
        dialog = opener(view) if action != "enforce" else self._open_step(view, "cuong_che")
        if dialog is not None:
            self.show(dialog)

    def show(self, dialog: Any) -> None:
        self.open_dialog = dialog
        dialog.written.connect(self.recorded)
        dialog.open()

    def _open_decision(self, view: OutcomeView) -> None:
        from app.ui.outcome.decision_dialog import open_decision

        open_decision(self, "xu_phat")

    def _open_seizure_decision(self, view: OutcomeView) -> None:
        from app.ui.outcome.decision_dialog import open_decision

        open_decision(self, "tam_giu")

    def _open_confiscate(self, view: OutcomeView) -> None:
        from app.ui.outcome.decision_dialog import open_decision

        open_decision(self, "tich_thu")

    def _open_no_sanction(self, view: OutcomeView) -> Any:
        from app.ui.outcome.ending_dialog import EndingDialog

        return EndingDialog(view, self.page)

    def _open_deliver(self, view: OutcomeView) -> Any:
        from app.ui.outcome.delivery_dialog import DeliveryDialog

        return DeliveryDialog(view, self.page)

    def _open_explanation(self, view: OutcomeView) -> Any:
        from app.ui.outcome.step_dialog import StepDialog

        return StepDialog(view, self.page, explanation=True)

    def _open_step(self, view: OutcomeView, step: str = "") -> Any:
        from app.ui.outcome.step_dialog import StepDialog

        dialog = StepDialog(view, self.page)
        if step:
            dialog.step.set_value(step)
        return dialog

    def _open_payment(self, view: OutcomeView) -> Any:
        from app.ui.outcome.payment_dialog import PaymentDialog

        return PaymentDialog(view, self.page)

    def _open_goods(self, view: OutcomeView) -> Any:
        from app.ui.outcome.goods_dialog import GoodsDialog

        row = self.page.held.currentRow()
        return GoodsDialog(view, self.page, max(row, 0))

    def _open_refer(self, view: OutcomeView) -> Any:
        from app.ui.outcome.referral_dialog import ReferralDialog

        return ReferralDialog(view, self.page)

    def _open_answer(self, view: OutcomeView) -> Any:
        from app.ui.outcome.referral_dialog import AnswerDialog

        return AnswerDialog(view, self.page)

    def _open_close(self, view: OutcomeView) -> Any:
        from app.ui.outcome.closing import CloseDialog

        return CloseDialog(view, self.page)

    def _open_reopen(self, view: OutcomeView) -> Any:
        from app.ui.outcome.closing import ReopenDialog

        return ReopenDialog(view, self.page)

    def _open_void(self, view: OutcomeView) -> Any:
        from app.ui.outcome.closing import VoidDialog

        event = self.page.timeline.current_event()
        return VoidDialog(view, event, self.page) if event is not None else None


def confirm(parent, title: str, text: str, action: str, go: Callable[[], None], *, name: str) -> QMessageBox:
    """A question whose default (Enter, Esc) is "Quay lại"; ``go`` only on ``action``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName(name)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(QCoreApplication.translate("OutcomeActions", "&Quay lại"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.finished.connect(lambda _r: go() if box.clickedButton() is yes else None)
    box.open()
    return box
