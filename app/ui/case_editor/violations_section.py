"""Section 5 — Vi phạm: hành vi (điều, khoản), mức phạt đề xuất, dấu hiệu tội phạm."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from app.rows import ActChoice, Catalogs
from app.services.case_entry import CaseEntry, ViolationEntry
from app.services.fines import fine_band
from app.ui.case_editor.section import Section
from app.ui.widgets import Column, RowTable, format_money
from app.ui.widgets.money import money_or_none
from app.ui.widgets.styles import danger_label, hint_label


def act_title(act: ActChoice) -> str:
    """The act's wording without its citation ("Điều 15 … — Kinh doanh hàng nhập lậu")."""
    return act.label.split(" — ", 1)[-1].strip()


def ask_clearing_reason(parent: QWidget) -> str:
    """The reason the inspector gives for clearing the flag ("" when cancelled)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ViolationsSection", "Bỏ dấu hiệu tội phạm"),
        QCoreApplication.translate(
            "ViolationsSection", "Vụ việc có hàng cấm: ghi lý do bỏ dấu hiệu tội phạm của hành vi "
            "này (lưu vào nhật ký cùng tên người sửa):"),
    )
    return text.strip() if ok else ""


class ViolationsSection(Section):
    def __init__(
        self, catalogs: Catalogs, subject_kind: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Vi phạm"), parent)
        self.catalogs = catalogs
        self._subject_kind = subject_kind
        self.prohibited = False
        self.table = self.register_table(
            "violations",
            RowTable(
                ViolationEntry,
                [
                    Column(
                        "legal_act_code",
                        self.tr("Hành vi vi phạm (điểm, khoản, điều)"),
                        "picker",
                        width=300,
                        choices=tuple(catalogs.legal_acts),
                        tip=self.tr("Gõ số điều, khoản hoặc vài chữ, VD: 15 k1, nhap lau"),
                    ),
                    Column(
                        "violation_kind",
                        self.tr("Loại vi phạm"),
                        "picker",
                        width=150,
                        choices=tuple(catalogs.violation_kinds),
                    ),
                    Column(
                        "description", self.tr("Mô tả hành vi"), "long", width=260, stretch=True
                    ),
                    Column(
                        "proposed_fine", self.tr("Mức phạt đề xuất\n(đồng)"), "money", width=130
                    ),
                    Column("criminal_signs", self.tr("Dấu hiệu\ntội phạm"), "check", width=85),
                ],
                "violations",
                min_rows=4,
                max_rows=10,
            ),
        )
        self.box.addWidget(self.table)
        self.fine_hint = hint_label("hint:fine_range")
        self.box.addWidget(self.fine_hint)
        self.criminal_note = danger_label("note:prohibited")
        self.criminal_note.setText(
            self.tr("Hàng cấm: có dấu hiệu tội phạm, cần xem xét chuyển cơ quan điều tra")
        )
        self.box.addWidget(self.criminal_note)
        self.box.addStretch(1)
        self.table.cell_edited.connect(self._on_cell)
        self.table.row_added.connect(self._on_row_added)
        self.table.current_row_changed.connect(lambda _r: self.update_hint())

    def load(self, form: CaseEntry) -> None:
        self.table.set_rows(form.violations)
        self.update_hint()

    def store(self, form: CaseEntry) -> None:
        form.violations = self.table.rows()

    # -- behaviour ----------------------------------------------------------------------
    def set_prohibited(self, present: bool) -> None:
        """Prohibited goods are in the case: show the note (marking is ``mark_criminal``)."""
        self.prohibited = present
        self.criminal_note.setVisible(present)

    def mark_criminal(self) -> bool:
        """Tick "Dấu hiệu tội phạm" on every violation; True when something changed."""
        changed = False
        for r in range(self.table.row_count()):
            if not self.table.value(r, "criminal_signs"):
                self.table.set_value(r, "criminal_signs", True)
                self.table.keep(r, criminal_signs=True, criminal_signs_cleared="")
                changed = True
        return changed

    def _criminal_signs_edited(self, row: int) -> None:
        """The rule is app.services.case_rules.raise_criminal_signs: with prohibited goods
        the flag is cleared only with a reason, asked here and kept with the violation."""
        if self.table.value(row, "criminal_signs"):
            self.table.keep(row, criminal_signs=True, criminal_signs_cleared="")
            return
        if not self.prohibited or not self.table.kept(row).criminal_signs:
            return  # not an unticking by the inspector (a row loaded unticked, a lock)
        reason = ask_clearing_reason(self)
        if reason:
            self.table.keep(row, criminal_signs=False, criminal_signs_cleared=reason)
        else:
            self.table.set_value(row, "criminal_signs", True)

    def fine_range_text(self, act: ActChoice) -> str:
        if not act.fine_max:
            return self.tr("Chưa có khung phạt trong danh mục cho hành vi này.")
        text = self.tr("Khung phạt cá nhân: {lo} – {hi} đồng; tổ chức ×{m}").format(
            lo=format_money(act.fine_min), hi=format_money(act.fine_max), m=act.org_multiplier
        )
        return text

    def _on_cell(self, row: int, key: str) -> None:
        if key == "criminal_signs":
            self._criminal_signs_edited(row)
        if key == "legal_act_code":
            act = self.catalogs.act(self.table.value(row, "legal_act_code"))
            if act is not None:
                if not self.table.value(row, "description").strip() or self._is_default(row):
                    self.table.set_value(row, "description", act_title(act))
                if act.violation_kind:
                    self.table.set_value(row, "violation_kind", act.violation_kind)
        self.update_hint()

    def _is_default(self, row: int) -> bool:
        text = self.table.value(row, "description").strip()
        return any(text == act_title(a) for a in self.catalogs.legal_acts)

    def _on_row_added(self, row: int) -> None:
        if self.prohibited:
            self.table.set_value(row, "criminal_signs", True)
            self.table.keep(row, criminal_signs=True)

    def update_hint(self) -> None:
        row = self.table.table.currentRow()
        if row < 0 and self.table.row_count():
            row = 0
        act = self.catalogs.act(self.table.value(row, "legal_act_code")) if row >= 0 else None
        if act is None:
            self.fine_hint.hide()
            return
        text = self.tr("Dòng {n}: ").format(n=row + 1) + self.fine_range_text(act)
        fine = money_or_none(self.table.value(row, "proposed_fine"))
        organisation = self._subject_kind() == "organisation"
        band = fine_band(act, organisation)
        if fine and band is not None and not band[0] <= fine <= band[1]:
            text += "\n" + self.tr("Mức phạt đề xuất {f} đồng nằm ngoài khung ({who}).").format(
                f=format_money(fine), who=self.tr("tổ chức") if organisation else self.tr("cá nhân")
            )
        self.fine_hint.setText(text)
        self.fine_hint.show()
