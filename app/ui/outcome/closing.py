"""Closing the file, reopening it by a recorded correction, and voiding a mistaken record
with its reason (the record stays on file, struck through)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.outcome.fields import DayField
from app.ui.outcome.form_dialog import FormDialog, UseCase, long_text
from app.ui.outcome.view import Event, OutcomeView
from app.ui.vn_format import day_text


class CloseDialog(FormDialog):
    def __init__(self, view: OutcomeView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kết thúc hồ sơ"), self.tr("&Kết thúc hồ sơ"), parent, name="close_dialog")
        self.view = view
        self.note(self.tr("Sau khi kết thúc, hồ sơ không ghi thêm được bước nào; muốn ghi tiếp phải mở lại "
                          "hồ sơ và ghi lý do."))
        self.on = self.field(self.tr("&Ngày kết thúc"), DayField(value=view.today), "done_on")
        if view.missing:  # the service would refuse: say why now, and do not offer the act
            self.show_errors({"case_id": self.tr("Chưa kết thúc được hồ sơ:") + "\n"
                              + "\n".join(f"• {m}" for m in view.missing)})
            self.confirm_button.setEnabled(False)
        self.resize(560, self.sizeHint().height())

    def use_case(self) -> UseCase:
        from app.services.follow_through.steps import close_case

        case_id, on = self.view.case_id, self.on.day()
        return lambda s, actor: close_case(s, case_id, on, actor)


class ReopenDialog(FormDialog):
    def __init__(self, view: OutcomeView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mở lại hồ sơ"), self.tr("&Mở lại hồ sơ"), parent, name="reopen_dialog")
        self.view = view
        self.reason = self.field(self.tr("&Lý do mở lại"), long_text(3), "reason")
        self.on = self.field(self.tr("&Ngày"), DayField(value=view.today), "done_on")
        self.resize(560, self.sizeHint().height())

    def use_case(self) -> UseCase:
        from app.services.follow_through.steps import reopen_case

        case_id, reason, on = self.view.case_id, self.reason.toPlainText().strip(), self.on.day()
        return lambda s, actor: reopen_case(s, case_id, reason, on, actor)


class VoidDialog(FormDialog):
    def __init__(self, view: OutcomeView, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hủy bản ghi"), self.tr("&Hủy bản ghi"), parent, name="void_dialog")
        self.view, self.event = view, event
        if event.kind == "decision":
            what = self.tr("Quyết định số %1 (cả văn bản đã in, giữ nguyên số)").replace("%1", event.document)
        else:
            what = self.tr("Bản ghi «%1» ngày %2").replace("%1", event.words).replace("%2", day_text(event.on))
        self.note(what + self.tr(" được giữ lại, đánh dấu đã hủy kèm lý do; sau khi hủy, ghi lại bản đúng."))
        self.reason = self.field(self.tr("&Lý do hủy"), long_text(3), "void_reason")
        self.resize(560, self.sizeHint().height())

    def use_case(self) -> UseCase:
        from app.services.follow_through.records import void_record

        kind, record_id, reason = self.event.kind, self.event.record_id, self.reason.toPlainText().strip()
        return lambda s, actor: void_record(s, kind, record_id, reason, actor)
