""""Kho bạc nhận tiền phạt": the State Treasury a unit's fines are paid into and its account,
printed on every decision to sanction (MQĐ02, notes 19–21) and offered as the decision's
account. Kept in this laptop's settings; a wrong account is refused beside its field."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.settings import Treasury
from app.ui.outcome.form_dialog import FormDialog, UseCase


class TreasuryDialog(FormDialog):
    def __init__(self, current: Treasury, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kho bạc nhận tiền phạt"), self.tr("&Lưu"), parent, name="treasury_dialog")
        self.note(self.tr("In trên quyết định xử phạt (nơi nộp tiền phạt) và đề xuất sẵn khi lập quyết định."))
        self.name = self.field(self.tr("&Tên Kho bạc"), QLineEdit(current.name, objectName="treasury_name"), "name",
                               hint=self.tr("VD: Kho bạc Nhà nước khu vực VII"))
        self.address = self.field(self.tr("Đị&a chỉ"), QLineEdit(current.address, objectName="treasury_address"),
                                  "address")
        self.account = self.field(self.tr("&Số tài khoản"), QLineEdit(current.account, objectName="treasury_account"),
                                  "account", hint=self.tr("Chữ số, có thể có dấu chấm, gạch nối: 7111.0.1054321"))
        self.resize(620, self.sizeHint().height())

    def use_case(self) -> UseCase:
        from app.services.settings import set_treasury

        value = Treasury(self.name.text(), self.address.text(), self.account.text())
        return lambda s, _actor: set_treasury(s, value)
