"""Section 4 — Hàng hóa kiểm tra."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.rows import Catalogs
from app.services.case_entry import CaseEntry, GoodsEntry
from app.ui.case_editor.section import Section
from app.ui.widgets import Column, RowTable, format_money
from app.ui.widgets.money import money_or_none
from app.ui.widgets.styles import TOTAL_STYLE


def totals_text(values: Sequence[str]) -> str:
    """ "Tổng: 60 mặt hàng, trị giá 24.917.228 đồng" (+ rows whose value is unreadable)."""
    amounts = [money_or_none(v) for v in values]
    total = sum(a for a in amounts if a is not None)
    text = QCoreApplication.translate("Totals", "Tổng: {n} mặt hàng, trị giá {v} đồng").format(
        n=len(values), v=format_money(total)
    )
    unknown = sum(1 for v, a in zip(values, amounts, strict=True) if a is None and v.strip())
    if unknown:
        text += QCoreApplication.translate("Totals", " ({k} dòng có trị giá chưa đọc được)").format(
            k=unknown
        )
    return text


class GoodsSection(Section):
    def __init__(self, catalogs: Catalogs, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hàng hóa kiểm tra"), parent)
        columns = [
            Column("name", self.tr("Tên hàng"), "long", width=200),
            Column(
                "category_code",
                self.tr("Nhóm hàng"),
                "picker",
                width=150,
                choices=tuple(catalogs.goods_categories),
            ),
            Column(
                "unit",
                self.tr("Đơn vị\ntính"),
                "picker",
                width=80,
                choices=tuple(catalogs.measure_units),
            ),
            Column("quantity", self.tr("Số lượng"), "number", width=80),
            Column("origin", self.tr("Xuất xứ"), width=100),
            Column("papers", self.tr("Giấy tờ,\nhóa đơn"), "long", width=130),
            Column("estimated_value", self.tr("Trị giá ước tính\n(đồng)"), "money", width=125),
            Column("note", self.tr("Ghi chú"), "long", width=100, stretch=True),
        ]
        self.goods = self.register_table(
            "goods", RowTable(GoodsEntry, columns, "goods", min_rows=6, max_rows=16)
        )
        self.box.addWidget(self.goods)
        self.total = QLabel()
        self.total.setObjectName("goods_total")
        self.total.setStyleSheet(TOTAL_STYLE)
        self.goods.buttons.addWidget(self.total)
        self.goods.changed.connect(self.refresh)
        self.box.addStretch(1)

    def load(self, form: CaseEntry) -> None:
        self.goods.set_rows(form.goods)

    def store(self, form: CaseEntry) -> None:
        form.goods = self.goods.rows()

    def categories(self) -> set[str]:
        return {self.goods.value(r, "category_code") for r in range(self.goods.row_count())}

    def refresh(self) -> None:
        values = [self.goods.value(r, "estimated_value") for r in range(self.goods.row_count())]
        self.total.setText(totals_text(values))
