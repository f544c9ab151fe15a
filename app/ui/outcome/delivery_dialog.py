""""Giao quyết định": how and when an issued decision reached the person (in person,
registered post, electronically, public posting; within 3 working days, Luật XLVPHC Điều 70)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.sync.wire.labels import DECISION_VALUES
from app.ui.outcome.fields import DayField, choice
from app.ui.outcome.form_dialog import FormDialog, UseCase
from app.ui.outcome.view import OutcomeView
from app.ui.vn_format import day_text


class DeliveryDialog(FormDialog):
    def __init__(self, view: OutcomeView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Giao quyết định"), self.tr("&Ghi nhận đã giao"), parent, name="delivery_dialog")
        self.view = view
        self.decisions = view.undelivered()
        kinds = DECISION_VALUES["kind"]
        self.decision = self.field(self.tr("Quyết định đã &ban hành"), QComboBox(objectName="delivered_decision"), "decision_id")
        for d in self.decisions:
            self.decision.addItem(self.tr("%1 số %2 ngày %3").replace("%1", kinds.get(d.kind, d.kind))
                                  .replace("%2", d.number).replace("%3", day_text(d.decided_on)))
        self.how = self.field(self.tr("&Hình thức giao"), choice(DECISION_VALUES["delivered_how"]), "delivered_how")
        self.on = self.field(self.tr("&Ngày giao"), DayField(value=view.today), "delivered_on")
        self.resize(620, self.sizeHint().height())

    def use_case(self) -> UseCase:
        from app.services.follow_through.decisions import record_delivery

        decision_id = self.decisions[self.decision.currentIndex()].id if self.decisions else None
        how, on = self.how.value(), self.on.day()
        return lambda s, actor: record_delivery(s, decision_id, how, on, actor)
