""""Xử lý tang vật": what became of one held item (or part of it): returned, confiscated,
sold at auction, destroyed, handed to another agency, or handled at once. The fields that
the chosen measure needs are the ones shown."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.sync.wire.labels import GOODS_VALUES
from app.ui.outcome.fields import DayField, MoneyField, choice
from app.ui.outcome.form_dialog import FormDialog, UseCase, long_text
from app.ui.outcome.view import OutcomeView
from app.ui.widgets.money import tidy_quantity

# which optional fields each measure shows
_SHOWN = {
    "tra_lai": {"document_no"},
    "tich_thu": {"appraised_value", "document_no"},
    "ban": {"appraised_value", "sold_value", "receipt_no", "document_no"},
    "tieu_huy": {"document_no"},
    "chuyen_giao": {"agency", "document_no"},
    "xu_ly_ngay": {"sold_value", "receipt_no", "document_no"},
}


class GoodsDialog(FormDialog):
    def __init__(self, view: OutcomeView, parent: QWidget | None = None, item_index: int = 0) -> None:
        super().__init__(self.tr("Xử lý tang vật"), self.tr("&Ghi nhận"), parent, name="goods_dialog")
        self.view = view
        self.item = self.field(self.tr("&Tang vật"), QComboBox(objectName="held_item"), "seized_item_id")
        for goods in view.held:
            self.item.addItem(self.tr("%1 — còn %2").replace("%1", goods.name).replace("%2", goods.left))
        self.item.setCurrentIndex(min(item_index, max(len(view.held) - 1, 0)))
        self.action = self.field(self.tr("Biện &pháp xử lý"), choice(GOODS_VALUES["action"]), "action")
        self.done_on = self.field(self.tr("&Ngày xử lý"), DayField(value=view.today), "done_on")
        self.quantity = self.field(self.tr("&Số lượng xử lý"), QLineEdit(), "quantity",
                                   hint=self.tr("Để trống: toàn bộ số lượng còn giữ."))
        self.appraised_value = self.field(self.tr("T&rị giá định giá (đồng)"), MoneyField(), "appraised_value")
        self.sold_value = self.field(self.tr("Số tiền &bán được (đồng)"), MoneyField(), "sold_value")
        self.receipt_no = self.field(self.tr("Số &chứng từ nộp tiền"), QLineEdit(), "receipt_no")
        self.agency = self.field(self.tr("Cơ quan t&iếp nhận"), QLineEdit(), "agency")
        self.document_no = self.field(self.tr("Số &văn bản, biên bản"), QLineEdit(), "document_no")
        self.note_edit = self.field(self.tr("Ghi c&hú"), long_text(2), "note")
        self.quantity.editingFinished.connect(lambda: self.quantity.setText(tidy_quantity(self.quantity.text())))
        self.action.changed.connect(self._fields_for_action)
        self._fields_for_action()
        self.resize(620, self.sizeHint().height())

    def _fields_for_action(self) -> None:
        shown = _SHOWN.get(self.action.value(), set())
        for name in ("appraised_value", "sold_value", "receipt_no", "agency"):
            self.show_field(name, name in shown)
        self.adjustSize()

    def use_case(self) -> UseCase:
        from app.services.follow_through.entries import GoodsDispositionEntry
        from app.services.follow_through.goods import dispose_goods

        held = self.view.held[self.item.currentIndex()] if self.view.held else None
        shown = _SHOWN.get(self.action.value(), set())
        form = GoodsDispositionEntry(
            seized_item_id=held.item_id if held else None,
            action=self.action.value(),
            done_on=self.done_on.day(),
            quantity=self.quantity.text().strip() or None,  # as typed; the service reads it
            appraised_value=self.appraised_value.text() if "appraised_value" in shown else None,
            sold_value=self.sold_value.text() if "sold_value" in shown else None,
            receipt_no=self.receipt_no.text().strip() if "receipt_no" in shown else "",
            agency=self.agency.text().strip() if "agency" in shown else "",
            document_no=self.document_no.text().strip(),
            note=self.note_edit.toPlainText().strip(),
        )
        case_id = self.view.case_id
        return lambda s, actor: dispose_goods(s, case_id, form, actor)
