"""The file handed to the investigating police (signs of a crime), and their answer:
prosecuted, with the accused persons (bị can: the case's subject or someone new), or not
prosecuted, in which case the case returns to the administrative path."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.sync.wire.labels import REFERRAL_VALUES
from app.ui.outcome.fields import DayField, choice
from app.ui.outcome.form_dialog import FormDialog, UseCase, long_text
from app.ui.outcome.view import OutcomeView
from app.ui.vn_format import day_text
from app.ui.widgets.cell_delegate import Column
from app.ui.widgets.row_table import RowTable


class ReferralDialog(FormDialog):
    def __init__(self, view: OutcomeView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Chuyển hồ sơ vụ việc có dấu hiệu tội phạm"), self.tr("&Ghi nhận đã chuyển"),
                         parent, name="referral_dialog")
        self.view = view
        self.note(self.tr("Chuyển ngay hồ sơ cho cơ quan điều tra (TT 27/2020 Điều 22); kèm biên bản "
                          "bàn giao hồ sơ (BB-CHS)."))
        self.transferred_on = self.field(self.tr("&Ngày chuyển"), DayField(value=view.today), "transferred_on")
        self.agency = self.field(self.tr("&Cơ quan điều tra tiếp nhận"), QLineEdit(), "agency")
        self.agency.setPlaceholderText(self.tr("VD Cơ quan CSĐT Công an tỉnh Lạng Sơn"))
        self.document_no = self.field(self.tr("Số quyết định chuyển hồ &sơ"), QLineEdit(), "document_no")
        self.note_edit = self.field(self.tr("Ghi c&hú"), long_text(2), "note")
        self.resize(620, self.sizeHint().height())

    def use_case(self) -> UseCase:
        from app.services.follow_through.entries import ReferralEntry
        from app.services.follow_through.referrals import refer_case

        form = ReferralEntry(
            transferred_on=self.transferred_on.day(),
            agency=self.agency.text().strip(),
            document_no=self.document_no.text().strip(),
            note=self.note_edit.toPlainText().strip(),
        )
        case_id = self.view.case_id
        return lambda s, actor: refer_case(s, case_id, form, actor)


@dataclass
class AccusedRow:
    """One line of the accused table (text as typed; the services check it)."""

    full_name: str = ""
    birth_year: str = ""
    id_number: str = ""
    address: str = ""
    subject_id: str | None = None  # kept when the line was filled from the case's subject


class AnswerDialog(FormDialog):
    def __init__(self, view: OutcomeView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kết quả giải quyết của cơ quan điều tra"), self.tr("&Ghi nhận kết quả"),
                         parent, name="answer_dialog")
        self.view = view
        self.referral = view.waiting_referral
        if self.referral is not None:
            self.note(self.tr("Hồ sơ chuyển ngày %1 cho %2.").replace("%1", day_text(self.referral.transferred_on))
                      .replace("%2", self.referral.agency))
        answers = {k: v for k, v in REFERRAL_VALUES["answer"].items() if k != "cho"}
        self.answer = self.field(self.tr("&Kết quả"), choice(answers), "answer")
        self.answer_on = self.field(self.tr("&Ngày quyết định"), DayField(value=view.today), "answer_on")
        self.answer_no = self.field(self.tr("Số q&uyết định"), QLineEdit(), "answer_no")
        self.returned_on = self.field(self.tr("Ngày nhận &lại hồ sơ"), DayField(), "returned_on",
                                      hint=self.tr("Từ ngày này còn 5 ngày làm việc để ra quyết định xử phạt "
                                                   "(TT 27/2020 Điều 22 khoản 2)."))
        self.note_edit = self.field(self.tr("Ghi c&hú"), long_text(2), "note")
        self.accused_heading = self.section(self.tr("Bị can (người bị khởi tố)"))
        self.accused = self.table(RowTable(AccusedRow, [
            Column("full_name", self.tr("Họ tên"), width=190),
            Column("birth_year", self.tr("Năm sinh"), width=80),
            Column("id_number", self.tr("Số định danh"), width=130),
            Column("address", self.tr("Nơi cư trú"), width=200, stretch=True),
        ], "accused", min_rows=2, max_rows=6), "accused")
        self.from_subject = QPushButton(self.tr("Thêm đối tượng của &vụ việc"), objectName="accused_from_subject")
        self.from_subject.setEnabled(view.subject is not None)
        row = QHBoxLayout()
        row.addWidget(self.from_subject)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        self.span(holder)
        self.from_subject.clicked.connect(self._add_subject)
        self.answer.changed.connect(self._fields_for_answer)
        self._fields_for_answer()
        self.resize(760, self.sizeHint().height())

    def _fields_for_answer(self) -> None:
        prosecuted = self.answer.value() == "khoi_to"
        self.show_field("returned_on", not prosecuted)
        for w in (self.accused_heading, self.accused, self.from_subject):
            w.setVisible(prosecuted)
        self.adjustSize()

    def _add_subject(self) -> None:
        subject = self.view.subject
        if subject is None:
            return
        r = next((i for i, a in enumerate(self.accused.rows()) if not a.full_name.strip()), None)
        row = AccusedRow(subject.name, str(subject.birth_year or ""), subject.id_number, subject.address,
                         str(subject.id))
        if r is None:
            self.accused.add_row(row)
        else:
            rows = self.accused.rows()
            rows[r] = row
            self.accused.set_rows(rows)

    def _accused(self) -> list[AccusedRow]:
        return [a for a in self.accused.rows() if any(str(v or "").strip() for v in
                                                      (a.full_name, a.birth_year, a.id_number, a.address))]

    def local_errors(self) -> dict[str, str]:
        errors = {}
        if self.answer.value() == "khoi_to":
            for n, a in enumerate(self._accused()):
                if a.birth_year.strip() and not a.birth_year.strip().isdigit():
                    errors[f"accused.{n}.birth_year"] = self.tr("Năm sinh gồm 4 chữ số (VD 1985).")
        return errors

    def use_case(self) -> UseCase:
        import uuid

        from app.services.follow_through.entries import AccusedEntry, AnswerEntry
        from app.services.follow_through.referrals import record_answer

        prosecuted = self.answer.value() == "khoi_to"
        form = AnswerEntry(
            answer=self.answer.value(),
            answer_on=self.answer_on.day(),
            answer_no=self.answer_no.text().strip(),
            returned_on=None if prosecuted else self.returned_on.day(),
            note=self.note_edit.toPlainText().strip(),
        )
        accused = [AccusedEntry(
            full_name=a.full_name.strip(),
            birth_year=int(a.birth_year) if a.birth_year.strip() else None,
            id_number=a.id_number.strip(),
            address=a.address.strip(),
            subject_id=uuid.UUID(a.subject_id) if a.subject_id else None,
        ) for a in self._accused()] if prosecuted else []
        referral_id = self.referral.id if self.referral is not None else None
        return lambda s, actor: record_answer(s, referral_id, form, accused, actor)
