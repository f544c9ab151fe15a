"""Section 6 — Tạm giữ tang vật (at most one seizure is edited here)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.rows import Catalogs
from app.services.case_entry import CaseEntry, GoodsEntry, SeizedItemEntry, SeizureEntry
from app.ui.case_editor.goods_section import totals_text
from app.ui.case_editor.section import Section, plain_text
from app.ui.widgets import Column, DateTimeField, RowTable
from app.ui.widgets.styles import NOTE_STYLE, TOTAL_STYLE

P = "seizures.0."


def item_from_goods(g: GoodsEntry) -> SeizedItemEntry:
    return SeizedItemEntry(
        name=g.name,
        category_code=g.category_code,
        unit=g.unit,
        quantity=g.quantity,
        estimated_value=g.estimated_value,
        note=g.note,
    )


class SeizureSection(Section):
    def __init__(
        self,
        catalogs: Catalogs,
        goods: Callable[[], list[GoodsEntry]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Tạm giữ tang vật"), parent)
        self._goods = goods
        self._others: list[SeizureEntry] = []
        self._first = SeizureEntry()
        self.enabled = QCheckBox(self.tr("Có tạm giữ tang vật"))
        self.enabled.setStyleSheet("font-weight: bold;")
        self.box.addWidget(self.enabled)
        self.watch(self.enabled)
        self.enabled.toggled.connect(self.refresh)

        self.detail = QWidget()
        inner = QVBoxLayout(self.detail)
        inner.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(self.detail)
        g = self.grid(2, inner)
        self.seized_at = DateTimeField(now_button=True)
        self.keeper = QLineEdit()
        self.reason = plain_text(
            lines=2,
            placeholder=self.tr("VD Để xác minh tình tiết làm căn cứ ra quyết định xử lý vi phạm"),
        )
        self.storage_place = QLineEdit()
        self.storage_place.setPlaceholderText(
            self.tr("VD Kho tang vật Đội QLTT số 3, số 12 đường…")
        )
        self.sealed = QCheckBox(self.tr("Tang vật được niêm phong"))
        g.add(self.tr("Thời điểm tạm giữ"), self.seized_at, P + "seized_at")
        g.add(self.tr("Người quản lý, bảo quản"), self.keeper, P + "keeper")
        g.add(self.tr("Lý do tạm giữ"), self.reason, P + "reason", span=True)
        g.add(self.tr("Nơi bảo quản"), self.storage_place, P + "storage_place", span=True)
        g.add("", self.sealed, P + "sealed", span=True)

        self.heading(self.tr("Danh mục tang vật"), inner)
        self.items = self.register_table(
            P + "items",
            RowTable(
                SeizedItemEntry,
                [
                    Column("name", self.tr("Tên tang vật"), "long", width=170),
                    Column(
                        "category_code",
                        self.tr("Nhóm hàng"),
                        "picker",
                        width=130,
                        choices=tuple(catalogs.goods_categories),
                    ),
                    Column(
                        "unit",
                        self.tr("Đơn vị\ntính"),
                        "picker",
                        width=75,
                        choices=tuple(catalogs.measure_units),
                    ),
                    Column("quantity", self.tr("Số lượng"), "number", width=75),
                    Column("kind", self.tr("Chủng loại"), width=95),
                    Column("condition", self.tr("Tình trạng,\nđặc điểm"), "long", width=120),
                    Column(
                        "estimated_value", self.tr("Trị giá ước tính\n(đồng)"), "money", width=120
                    ),
                    Column("seal_numbers", self.tr("Số niêm phong"), width=100),
                    Column("note", self.tr("Ghi chú"), "long", width=80, stretch=True),
                ],
                P + "items",
                min_rows=6,
                max_rows=16,
            ),
        )
        inner.addWidget(self.items)
        self.copy_button = self.edit_action(QPushButton(self.tr("&Chép từ hàng hóa kiểm tra")))
        self.copy_button.setToolTip(
            self.tr("Thêm vào danh mục các hàng hóa kiểm tra chưa có ở đây")
        )
        self.copy_button.clicked.connect(self.copy_from_goods)
        self.items.buttons.insertWidget(2, self.copy_button)
        self.total = QLabel()
        self.total.setObjectName("seizure_total")
        self.total.setStyleSheet(TOTAL_STYLE)
        self.items.buttons.addWidget(self.total)
        self.items.changed.connect(self.refresh)
        self.others_note = QLabel()
        self.others_note.setStyleSheet(NOTE_STYLE)
        self.others_note.setWordWrap(True)
        self.box.addWidget(self.others_note)
        self.box.addStretch(1)
        self.refresh()

    def load(self, form: CaseEntry) -> None:
        first = form.seizures[0] if form.seizures else SeizureEntry()
        self._first = first
        self._others = list(form.seizures[1:])
        self.enabled.setChecked(bool(form.seizures))
        self.seized_at.set_value(first.seized_at)
        self.reason.setPlainText(first.reason)
        self.storage_place.setText(first.storage_place)
        self.keeper.setText(first.keeper)
        self.sealed.setChecked(first.sealed)
        self.items.set_rows(first.items)
        self.refresh()

    def store(self, form: CaseEntry) -> None:
        seizures = [self.seizure()] if self.enabled.isChecked() else []
        form.seizures = seizures + list(self._others)

    def seizure(self) -> SeizureEntry:
        return dataclasses.replace(
            self._first,  # fields this page does not show are kept
            seized_at=self.seized_at.value(),  # type: ignore[arg-type]
            reason=self.reason.toPlainText(),
            storage_place=self.storage_place.text(),
            keeper=self.keeper.text(),
            sealed=self.sealed.isChecked(),
            items=self.items.rows(),
        )

    def categories(self) -> set[str]:
        if not self.enabled.isChecked():
            return set()
        return {self.items.value(r, "category_code") for r in range(self.items.row_count())}

    def copy_from_goods(self) -> int:
        """Append the inspected goods not yet listed (same name, unit, quantity); returns how many."""
        have = {(i.name, i.unit, i.quantity) for i in self.items.rows()}
        added = 0
        for g in self._goods():
            if g.name.strip() and (g.name, g.unit, g.quantity) not in have:
                self.items.add_row(item_from_goods(g))
                added += 1
        return added

    def refresh(self) -> None:
        on = self.enabled.isChecked()
        self.detail.setEnabled(on)
        self.copy_button.setVisible(not self.is_locked())  # sits in the table's button row
        values = [self.items.value(r, "estimated_value") for r in range(self.items.row_count())]
        self.total.setText(totals_text(values))
        self.others_note.setVisible(bool(self._others))
        self.others_note.setText(
            self.tr(
                "Vụ việc còn {n} biên bản tạm giữ khác: được giữ nguyên, không sửa ở đây."
            ).format(n=len(self._others))
        )
