""""Không xử phạt": the case ends without a sanction decision, with its reason (no
violation established, time-barred, transferred to another agency, offender unknown)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.sync.wire.labels import DECISION_VALUES
from app.ui.outcome.fields import DayField, choice
from app.ui.outcome.form_dialog import FormDialog, UseCase, long_text
from app.ui.outcome.view import OutcomeView


class EndingDialog(FormDialog):
    def __init__(self, view: OutcomeView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kết thúc vụ việc không xử phạt"), self.tr("&Ghi nhận không xử phạt"), parent,
                         name="no_sanction_dialog")
        self.view = view
        self.note(self.tr("Vụ việc kết thúc không ra quyết định xử phạt. Tang vật còn giữ phải được trả lại "
                          "hoặc tịch thu (MQĐ14)."))
        self.reason_code = self.field(self.tr("&Lý do"), choice(DECISION_VALUES["reason_code"]), "reason_code")
        self.reason = self.field(self.tr("&Diễn giải"), long_text(3), "reason")
        self.on = self.field(self.tr("&Ngày"), DayField(value=view.today), "decided_on")
        self.resize(600, self.sizeHint().height())

    def use_case(self) -> UseCase:
        from app.services.follow_through.decisions import end_without_sanction

        case_id, code, reason, on = self.view.case_id, self.reason_code.value(), self.reason.toPlainText().strip(), \
            self.on.day()
        return lambda s, actor: end_without_sanction(s, case_id, code, reason, on, actor)
