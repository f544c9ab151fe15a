"""A dated step of the case: giải trình asked for or received, verification, and the steps
of enforcing a decision (postponed, reduced, exempted, paid in instalments, enforced, the
seizure term extended). Closing and reopening have their own dialogs (closing.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app.sync.wire.labels import STEP_VALUES
from app.ui.outcome.fields import DayField, MoneyField, choice
from app.ui.outcome.form_dialog import FormDialog, UseCase, long_text
from app.ui.outcome.view import OutcomeView
from app.ui.vn_format import day_text

EXPLANATION_STEPS = ("giai_trinh_yeu_cau", "giai_trinh_nhan", "xac_minh")
ENFORCEMENT_STEPS = ("hoan_thi_hanh", "giam_phat", "mien_phat", "nop_nhieu_lan", "cuong_che", "gia_han_tam_giu")
ON_DECISION = {"hoan_thi_hanh", "giam_phat", "mien_phat", "nop_nhieu_lan", "cuong_che"}
WITH_AMOUNT = {"giam_phat", "mien_phat"}
WITH_DUE = {"giai_trinh_yeu_cau", "hoan_thi_hanh", "gia_han_tam_giu", "nop_nhieu_lan"}


class StepDialog(FormDialog):
    def __init__(self, view: OutcomeView, parent: QWidget | None = None, *, explanation: bool = False) -> None:
        title = self.tr("Giải trình, xác minh") if explanation else self.tr("Thi hành quyết định, bước khác")
        super().__init__(title, self.tr("&Ghi nhận"), parent,
                         name="explanation_dialog" if explanation else "step_dialog")
        self.view = view
        steps = EXPLANATION_STEPS if explanation else ENFORCEMENT_STEPS
        self.step = self.field(self.tr("&Bước"), choice(STEP_VALUES["step"], steps), "step")
        self.done_on = self.field(self.tr("&Ngày"), DayField(value=view.today), "done_on")
        self.hearing = self.field(self.tr("Giải trình trực tiếp"), QCheckBox(
            self.tr("Đối tượng yêu cầu giải trình &trực tiếp (hạn 2 ngày làm việc; bằng văn bản: 5 ngày)")),
            "hearing")
        self.due_on = self.field(self.tr("&Hạn"), DayField(), "due_on",
                                 hint=self.tr("Để trống: hạn theo luật, tính theo ngày làm việc."))
        self.decision = self.field(self.tr("Quyết định áp &dụng"), QComboBox(objectName="step_decision"), "decision_id")
        self._decisions = [d for d in view.decisions if d.status == "issued"]
        for d in self._decisions:
            self.decision.addItem(self.tr("Số %1 ngày %2").replace("%1", d.number).replace("%2", day_text(d.decided_on)))
        self.amount = self.field(self.tr("Số tiền giảm, &miễn (đồng)"), MoneyField(), "amount")
        self.document_no = self.field(self.tr("Số &văn bản"), QLineEdit(), "document_no")
        self.summary = self.field(self.tr("Nội d&ung"), long_text(3), "summary")
        self.step.changed.connect(self._fields_for_step)
        self._fields_for_step()
        self.resize(600, self.sizeHint().height())

    def _fields_for_step(self) -> None:
        step = self.step.value()
        self.show_field("due_on", step in WITH_DUE)
        self.show_field("hearing", step == "giai_trinh_yeu_cau")
        self.show_field("decision_id", step in ON_DECISION and bool(self._decisions))
        self.show_field("amount", step in WITH_AMOUNT)
        self.adjustSize()

    def use_case(self) -> UseCase:
        from app.services.follow_through.entries import StepEntry
        from app.services.follow_through.steps import record_step

        step = self.step.value()
        decision = (self._decisions[self.decision.currentIndex()].id
                    if step in ON_DECISION and self._decisions else None)
        form = StepEntry(
            step=step,
            done_on=self.done_on.day(),
            due_on=self.due_on.day() if step in WITH_DUE else None,
            decision_id=decision,
            summary=self.summary.toPlainText().strip(),
            document_no=self.document_no.text().strip(),
            amount=(self.amount.text().strip() or None) if step in WITH_AMOUNT else None,
            hearing=step == "giai_trinh_yeu_cau" and self.hearing.isChecked(),
        )
        case_id = self.view.case_id
        return lambda s, actor: record_step(s, case_id, form, actor)
