""""Nộp phạt": one receipt on the sanction decision. The dialog says what is due on the day
paid — the fine still unpaid and the late-payment amount (0,05 %/ngày after the due date,
computed by the service) — and fills those amounts in; the officer types the receipt."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.sync.wire.labels import PAYMENT_VALUES
from app.ui.ops import Op
from app.ui.outcome.fields import DayField, MoneyField, choice
from app.ui.outcome.form_dialog import FormDialog, UseCase
from app.ui.outcome.view import OutcomeView
from app.ui.vn_format import day_text, money_text
from app.ui.widgets.styles import INFO_STYLE


class PaymentDialog(FormDialog):
    def __init__(self, view: OutcomeView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nộp tiền phạt"), self.tr("&Ghi nhận khoản nộp"), parent, name="payment_dialog")
        self.view = view
        self.decision = view.sanction()
        self.due_text = QLabel(objectName="payment_due", wordWrap=True)
        self.due_text.setStyleSheet(INFO_STYLE)
        self.body.insertWidget(2, self.due_text)
        self.receipt_no = self.field(self.tr("Số &biên lai, chứng từ"), QLineEdit(), "receipt_no")
        self.paid_on = self.field(self.tr("&Ngày nộp"), DayField(value=view.today), "paid_on")
        self.amount = self.field(self.tr("Số tiền &phạt nộp (đồng)"), MoneyField(), "amount")
        self.late_amount = self.field(self.tr("Tiền &chậm nộp (đồng)"), MoneyField(), "late_amount",
                                      hint=self.tr("0,05% số tiền chưa nộp cho mỗi ngày chậm nộp "
                                                   "(Luật XLVPHC Điều 78)."))
        self.channel = self.field(self.tr("&Hình thức nộp"), choice(PAYMENT_VALUES["channel"]), "channel")
        self.note(self.tr("Quyết định số %1 ngày %2").replace("%1", self.decision.number if self.decision else "")
                  .replace("%2", day_text(self.decision.decided_on) if self.decision else ""))
        self.resize(600, self.sizeHint().height())
        self.paid_on.changed.connect(self._ask_due)
        self._asked: Any = None
        self._filled: dict[MoneyField, str] = {}
        self._ask_due()

    def _ask_due(self) -> None:
        """What is due on the day paid (the late amount grows each day after the due date)."""
        on = self.paid_on.day()
        if self.decision is None or on is None:
            self.due_text.hide()
            return
        from app.services.follow_through.payments import amount_due

        decision_id = self.decision.id
        self._asked = on
        Op(self, lambda s: amount_due(s, decision_id, on)).success(lambda due: self._show_due(on, due)).run()

    def _show_due(self, on, due) -> None:
        if on != self._asked:
            return  # the day was changed again meanwhile
        unpaid = max(due.principal - due.paid, 0)
        lines = [self.tr("Tiền phạt: %1 đồng; đã nộp: %2 đồng; còn phải nộp: %3 đồng.")
                 .replace("%1", money_text(due.principal)).replace("%2", money_text(due.paid))
                 .replace("%3", money_text(unpaid))]
        if due.due_on is not None:
            lines.append(self.tr("Hạn nộp: %1.").replace("%1", day_text(due.due_on)))
        if due.late:
            lines.append(self.tr("Tiền chậm nộp tính đến ngày %1: %2 đồng.").replace("%1", day_text(on))
                         .replace("%2", money_text(due.late)))
        lines.append(self.tr("Tổng phải nộp ngày %1: %2 đồng.").replace("%1", day_text(on))
                     .replace("%2", money_text(unpaid + due.late)))
        self.due_text.setText("\n".join(lines))
        self.due_text.show()
        self._prefill(self.amount, unpaid)
        self._prefill(self.late_amount, due.late)

    def _prefill(self, field: MoneyField, amount: int) -> None:
        """Fill in what is due, unless the officer typed something else meanwhile."""
        if field.text().strip() in ("", self._filled.get(field, "")):
            field.set_value(amount)
            self._filled[field] = field.text()

    def use_case(self) -> UseCase:
        from app.services.follow_through.entries import PaymentEntry
        from app.services.follow_through.payments import record_payment

        form = PaymentEntry(
            decision_id=self.decision.id if self.decision else None,
            receipt_no=self.receipt_no.text().strip(),
            paid_on=self.paid_on.day(),
            amount=self.amount.text(),  # as typed: the service reads it and says what is wrong
            late_amount=self.late_amount.text() if self.late_amount.text().strip() else None,
            channel=self.channel.value(),
        )
        case_id = self.view.case_id
        return lambda s, actor: record_payment(s, case_id, form, actor)
