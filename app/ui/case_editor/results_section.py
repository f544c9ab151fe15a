"""Section 7 — Nội dung, kết quả kiểm tra và ý kiến các bên."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.case_entry import CaseEntry, FindingEntry
from app.ui.case_editor.section import Section, plain_text
from app.ui.widgets import Column, RowTable

_OPINIONS = (
    "subject_opinion",
    "forces_opinion",
    "witness_opinion",
    "team_conclusion",
    "refusal_reason",
)


class ResultsSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nội dung, kết quả, ý kiến"), parent)
        g = self.grid(1)
        self.contents = plain_text(
            lines=3,
            placeholder=self.tr(
                "VD Kiểm tra hàng hóa, hóa đơn, chứng từ chứng minh nguồn gốc hàng hóa trên xe"
            ),
        )
        g.add(self.tr("Nội dung kiểm tra"), self.contents, "contents", span=True)
        self.heading(self.tr("Kết quả kiểm tra, từng nội dung"))
        self.findings = self.register_table(
            "findings",
            RowTable(
                FindingEntry,
                [
                    Column("content", self.tr("Nội dung kiểm tra"), "long", width=330),
                    Column("result", self.tr("Kết quả"), "long", width=400, stretch=True),
                ],
                "findings",
                min_rows=3,
                max_rows=8,
            ),
        )
        self.box.addWidget(self.findings)
        self.heading(self.tr("Ý kiến"))
        g = self.grid(1)
        titles = {
            "subject_opinion": self.tr("Ý kiến của đối tượng được kiểm tra"),
            "forces_opinion": self.tr("Ý kiến của cơ quan phối hợp"),
            "witness_opinion": self.tr("Ý kiến của người chứng kiến, đại diện chính quyền"),
            "team_conclusion": self.tr("Ý kiến đánh giá, kiến nghị, đề xuất của Đoàn kiểm tra"),
            "refusal_reason": self.tr("Lý do đối tượng không ký biên bản, nếu có"),
        }
        self.opinions = {}
        for name in _OPINIONS:
            self.opinions[name] = plain_text(lines=2 if name != "team_conclusion" else 3)
            g.add(titles[name], self.opinions[name], name, span=True)
        self.box.addStretch(1)

    def load(self, form: CaseEntry) -> None:
        self.contents.setPlainText(form.contents)
        self.findings.set_rows(form.findings)
        for name, edit in self.opinions.items():
            edit.setPlainText(getattr(form, name))

    def store(self, form: CaseEntry) -> None:
        form.contents = self.contents.toPlainText()
        form.findings = self.findings.rows()
        for name, edit in self.opinions.items():
            setattr(form, name, edit.toPlainText())
