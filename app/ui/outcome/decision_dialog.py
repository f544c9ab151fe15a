"""A decision on the case: the sanction decision (MQĐ02) and the seizure decision (MQĐ20),
drafted from the case, edited, then numbered, printed and frozen in one step; and the
confiscation decided on paper without a sanction (MQĐ14), recorded with its number.

Issuing saves the edits and takes the number in one unit of work: a refusal (a fine above
the signer's competence, NĐ 189/2025; a date before the biên bản…) shows beside its field
and leaves the draft as it was. The confirmation before a number is taken defaults to
"Quay lại".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.ui.ops import Op
from app.ui.outcome.actions import confirm
from app.ui.outcome.fields import DayField, MoneyField
from app.ui.outcome.form_dialog import FormDialog, UseCase, long_text
from app.ui.printing import ask_and_print
from app.ui.vn_format import VN_TZ, money_text
from app.ui.widgets.styles import HINT_STYLE, TOTAL_STYLE, error_label
from app.validation import parse_money

if TYPE_CHECKING:  # loaded with the dialog, after SQLAlchemy
    from app.services.follow_through.entries import DecisionEntry
    from app.ui.outcome.actions import Actions

@dataclass(frozen=True)
class DecisionDraft:
    """What the dialog starts from, read on the database thread."""

    id: uuid.UUID | None  # None: an MQĐ14 recorded from paper (no draft)
    case_id: uuid.UUID
    kind: str
    form: DecisionEntry
    signers: list[Any]  # follow_through.decisions.Signer
    citations: dict[str, str]  # legal act code → "điểm a khoản 1 Điều 15 NĐ 98/2020"
    subject: str


@dataclass(frozen=True)
class Issued:
    number: str
    pdf: bytes
    copies: int


def _read_draft(session: Any, actor: Any, case_id: uuid.UUID, kind: str) -> DecisionDraft:
    from app.models import Case, LegalAct
    from app.services.follow_through.decisions import draft_decision, signers
    from app.services.follow_through.entries import DecisionEntry, DecisionLineEntry

    case = session.get(Case, case_id)
    subject = case.subject if case is not None else None
    organisation = subject is not None and subject.is_organisation
    who = f"{subject.name} ({'tổ chức' if organisation else 'cá nhân'})" if subject is not None else ""
    if kind == "tich_thu":
        from app.services.follow_through.decision_rules import today_vn

        form = DecisionEntry(decided_on=today_vn(), subject_kind="organisation" if organisation else "individual")
        return DecisionDraft(None, case_id, kind, form, signers(session), {}, who)
    d = draft_decision(session, case_id, kind, actor)
    lines = tuple(DecisionLineEntry(ln.get("violation_id"), ln.get("legal_act_code", ""), int(ln.get("fine") or 0),
                                   ln.get("additional", ""), ln.get("remedial", ""), ln.get("remedial_days"))
                  for ln in d.lines)
    form = DecisionEntry(d.decided_on, d.place, d.signer_name, d.signer_title_code, d.subject_kind, lines,
                        d.confiscated_value, d.aggravating, d.mitigating, d.pay_account, d.pay_within_days,
                        d.reason, d.held_days, d.held_place)
    citations = {}
    for line in lines:
        act = session.get(LegalAct, line.legal_act_code) if line.legal_act_code else None
        if act is not None:
            citations[act.code] = act.citation.replace(" Nghị định số ", " Nghị định ")
    return DecisionDraft(d.id, case_id, kind, form, signers(session), citations, who)


def open_decision(actions: Actions, kind: str) -> None:
    """Draft (or take up the open draft of) a decision of ``kind`` and show it."""
    page = actions.page
    case_id = page.case_id
    if case_id is None:
        return
    if kind == "tich_thu":
        Op(page, lambda s: _read_draft(s, None, case_id, kind)).success(
            lambda draft: actions.show(DecisionDialog(draft, page))).run()
        return
    Op.acting(page, lambda s, actor: _read_draft(s, actor, case_id, kind)).success(
        lambda draft: actions.show(DecisionDialog(draft, page))).run()


class _Line:
    """The widgets of one violation's line."""

    def __init__(self, line: Any, citation: str) -> None:
        self.line = line
        self.act = QLabel(citation or line.legal_act_code, wordWrap=True)
        self.act.setMinimumWidth(190)
        self.fine = MoneyField()
        self.fine.set_value(line.fine)
        self.additional = QLineEdit(line.additional)
        self.additional.setPlaceholderText("VD Tịch thu tang vật")
        self.remedial = QLineEdit(line.remedial)
        self.remedial.setPlaceholderText("VD Buộc tiêu hủy hàng hóa")
        self.days = QLineEdit("" if line.remedial_days is None else str(line.remedial_days))
        self.days.setMaximumWidth(60)
        self.error = error_label("")


class DecisionDialog(FormDialog):
    def __init__(self, draft: DecisionDraft, parent: QWidget | None = None) -> None:
        recording = draft.kind == "tich_thu"
        titles = {"xu_phat": self.tr("Quyết định xử phạt vi phạm hành chính (MQĐ02)"),
                  "tam_giu": self.tr("Quyết định tạm giữ tang vật, phương tiện (MQĐ20)"),
                  "tich_thu": self.tr("Quyết định tịch thu tang vật không ra quyết định xử phạt (MQĐ14)")}
        super().__init__(titles[draft.kind],
                         self.tr("&Ghi nhận quyết định") if recording else self.tr("&Ra quyết định (lấy số) và in…"),
                         parent, name=f"decision_dialog_{draft.kind}", scroll=True)
        self.draft, self.kind = draft, draft.kind
        self.page = parent
        form = draft.form
        self.note(self.tr("Đối tượng: %1").replace("%1", draft.subject) + (
            "\n" + self.tr("Quyết định đã ban hành trên giấy; ghi lại số, ngày, người ký và trị giá tang vật tịch thu.")
            if recording else ""))
        if recording:
            self.number = self.field(self.tr("&Số quyết định"), QLineEdit(), "number")
        self.decided_on = self.field(self.tr("&Ngày ra quyết định"), DayField(value=form.decided_on), "decided_on")
        self.place = self.field(self.tr("Địa &danh"), QLineEdit(form.place), "place",
                                hint=self.tr("In ở dòng địa danh, ngày tháng (VD Lạng Sơn)."))
        self.signer = self.field(self.tr("Người &ký"), QComboBox(objectName="signer"), "signer_title_code")
        self.aliases["signer_name"] = "signer_title_code"
        for s in draft.signers:
            self.signer.addItem(f"{s.name} — {s.title}", (s.name, s.title_code))
        known = self.signer.findData((form.signer_name, form.signer_title_code))
        if known < 0 and form.signer_name:
            self.signer.addItem(form.signer_name, (form.signer_name, form.signer_title_code))
            known = self.signer.count() - 1
        self.signer.setCurrentIndex(max(known, 0))
        self.competence = QLabel(objectName="competence_hint", wordWrap=True, styleSheet=HINT_STYLE)
        self.competence.hide()
        self.span(self.competence)
        self.lines: list[_Line] = []
        if self.kind == "xu_phat":
            self._add_lines(draft)
        if self.kind in ("xu_phat", "tich_thu"):
            self.confiscated = self.field(self.tr("Trị giá tang &vật tịch thu (đồng)"), MoneyField(),
                                          "confiscated_value")
            self.confiscated.set_value(form.confiscated_value or None)
        if self.kind == "xu_phat":
            self.aggravating = self.field(self.tr("Tình tiết &tăng nặng"), long_text(2), "aggravating")
            self.aggravating.setPlainText(form.aggravating)
            self.mitigating = self.field(self.tr("Tình tiết &giảm nhẹ"), long_text(2), "mitigating")
            self.mitigating.setPlainText(form.mitigating)
            self.pay_account = self.field(self.tr("Tài khoản nộp &phạt"), QLineEdit(form.pay_account), "pay_account")
            self.pay_days = self.field(self.tr("Thời &hạn nộp phạt (ngày)"), QSpinBox(), "pay_within_days",
                                       hint=self.tr("Ít nhất 10 ngày kể từ ngày nhận quyết định (Điều 73)."))
            self.pay_days.setRange(1, 365)
            self.pay_days.setValue(form.pay_within_days)
        if self.kind in ("tam_giu", "tich_thu"):
            self.reason = self.field(self.tr("&Lý do") if self.kind == "tich_thu" else self.tr("&Lý do tạm giữ"),
                                     long_text(3), "reason")
            self.reason.setPlainText(form.reason)
        if self.kind == "tam_giu":
            self.held_days = self.field(self.tr("Thời &hạn tạm giữ (ngày)"), QSpinBox(), "held_days")
            self.held_days.setRange(1, 60)
            self.held_days.setValue(form.held_days or 7)
            self.held_place = self.field(self.tr("Nơi tạm &giữ"), QLineEdit(form.held_place), "held_place")
        self.state = QLabel(objectName="decision_state")
        self.buttons.insertWidget(0, self.state, 1)
        if not recording:
            self.save_button = QPushButton(self.tr("Lưu &bản nháp"), objectName="save_draft_button")
            self.save_button.setAutoDefault(False)
            self.buttons.insertWidget(2, self.save_button)
            self.save_button.clicked.connect(self.save_draft)
            self.confirm_button.clicked.disconnect()
            self.confirm_button.clicked.connect(self.ask_issue)
        self.signer.currentIndexChanged.connect(self._check_competence)
        self.resize(960, 640)  # within a 1366×768 screen with the task bar
        self._check_competence()

    def _add_lines(self, draft: DecisionDraft) -> None:
        self.section(self.tr("Hình thức xử phạt theo từng hành vi"))
        box = QWidget(objectName="decision_lines")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, text in enumerate((self.tr("Hành vi (điều, khoản, điểm)"), self.tr("Mức phạt tiền (đồng)"),
                                    self.tr("Hình thức xử phạt bổ sung"), self.tr("Biện pháp khắc phục hậu quả"),
                                    self.tr("Số ngày thực hiện"))):
            head = QLabel(text, wordWrap=True)
            head.setStyleSheet("font-weight: bold;")
            grid.addWidget(head, 0, col)
        for i, line in enumerate(draft.form.lines):
            w = _Line(line, draft.citations.get(line.legal_act_code, ""))
            for col, widget in enumerate((w.act, w.fine, w.additional, w.remedial, w.days)):
                grid.addWidget(widget, 1 + 2 * i, col)
            grid.addWidget(w.error, 2 + 2 * i, 0, 1, 5)
            self.register(f"lines.{i}", w.fine, w.error)
            w.fine.textChanged.connect(self._show_total)
            self.lines.append(w)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        self.span(box, "lines")
        self.total = QLabel(objectName="fine_total", styleSheet=TOTAL_STYLE)
        self.span(self.total)
        self._show_total()

    def _show_total(self) -> None:
        total = sum(parse_money(w.fine.text())[0] or 0 for w in self.lines)
        self.total.setText(self.tr("Tổng tiền phạt: %1 đồng").replace("%1", money_text(total)))

    # --- the form ------------------------------------------------------------------------------
    def local_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        for i, w in enumerate(self.lines):
            problem = parse_money(w.fine.text(), required=True)[1]
            if problem:
                errors[f"lines.{i}.fine"] = problem
            days = w.days.text().strip()
            if days and not days.isdigit():
                errors[f"lines.{i}.remedial_days"] = self.tr("Số ngày thực hiện là một số (VD 10).")
        if hasattr(self, "confiscated"):
            problem = parse_money(self.confiscated.text())[1]
            if problem:
                errors["confiscated_value"] = problem
        return errors

    def form(self) -> DecisionEntry:
        from app.services.follow_through.entries import DecisionLineEntry

        name, title_code = self.signer.currentData() or ("", None)
        lines = tuple(DecisionLineEntry(
            w.line.violation_id, w.line.legal_act_code, parse_money(w.fine.text())[0] or 0,
            w.additional.text().strip(), w.remedial.text().strip(),
            int(w.days.text()) if w.days.text().strip().isdigit() else None) for w in self.lines)
        values: dict[str, Any] = {"decided_on": self.decided_on.day(), "place": self.place.text().strip(),
                                  "signer_name": name, "signer_title_code": title_code, "lines": lines}
        if hasattr(self, "confiscated"):
            values["confiscated_value"] = parse_money(self.confiscated.text())[0] or 0
        if self.kind == "xu_phat":
            values |= {"aggravating": self.aggravating.toPlainText().strip(),
                       "mitigating": self.mitigating.toPlainText().strip(),
                       "pay_account": self.pay_account.text().strip(), "pay_within_days": self.pay_days.value()}
        if self.kind in ("tam_giu", "tich_thu"):
            values["reason"] = self.reason.toPlainText().strip()
        if self.kind == "tam_giu":
            values |= {"held_days": self.held_days.value(), "held_place": self.held_place.text().strip()}
        if self.kind == "tich_thu":
            values["number"] = self.number.text().strip()
        return replace(self.draft.form, **values)

    def _check_competence(self) -> None:
        """Say at once when the chosen signer may not sign (the save would be refused)."""
        if self.kind == "tam_giu" or self.local_errors():
            return
        from app.services.follow_through.decisions import competence_problem

        kind, form = self.kind, self.form()
        Op(self, lambda s: competence_problem(s, (kind, form))).success(self._show_competence).run()

    def _show_competence(self, problem: str | None) -> None:
        self.competence.setText(problem or "")
        self.competence.setVisible(bool(problem))

    # --- saving and issuing ----------------------------------------------------------------------
    def save_draft(self) -> None:
        self.clear_errors()
        local = self.local_errors()
        if local:
            self.show_errors(local)
            return
        from app.services.follow_through.decisions import save_decision

        decision_id, form = self.draft.id, self.form()
        Op.acting(self, lambda s, actor: save_decision(s, decision_id, form, actor)).success(
            lambda _d: self.state.setText(self.tr("Đã lưu bản nháp lúc %1").replace(
                "%1", datetime.now(VN_TZ).strftime("%H:%M")))).failure(self._failed).run()

    def ask_issue(self) -> None:
        self.clear_errors()
        local = self.local_errors()
        if local:
            self.show_errors(local)
            return
        what = self.tr("quyết định xử phạt") if self.kind == "xu_phat" else self.tr("quyết định tạm giữ")
        confirm(self, self.tr("Ra quyết định"),
                self.tr("Lấy số, in và khóa %1? Sau khi ban hành, quyết định không sửa được; muốn thay phải "
                        "hủy (ghi lý do) rồi lập quyết định mới.").replace("%1", what),
                self.tr("&Ra quyết định"), self.submit, name="issue_decision_confirm")

    def use_case(self) -> UseCase:
        case_id, form = self.draft.case_id, self.form()
        if self.kind == "tich_thu":
            from app.services.follow_through.decisions import record_confiscation

            return lambda s, actor: record_confiscation(s, case_id, form, actor)
        decision_id = self.draft.id

        def issue(session: Any, actor: Any) -> Issued:
            from app.documents.decisions import issue_decision
            from app.documents.issuing import document_pdf
            from app.services.follow_through.decisions import save_decision

            save_decision(session, decision_id, form, actor)
            doc = issue_decision(session, decision_id, actor)
            return Issued(doc.number, document_pdf(session, doc.id), doc.copies)

        return issue

    def _done(self, result: Any) -> None:
        super()._done(result)
        if isinstance(result, Issued) and self.page is not None:
            self.page.track_print(ask_and_print(self.page, result.pdf, result.copies,
                                                f"Quyết định {result.number}"))
