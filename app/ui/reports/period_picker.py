"""The period picker of TT 55/2020: tuần, tháng, quý, 6, 9, 10 tháng, năm, cao điểm Tết,
từ đầu năm, a custom range; it gives the period's key as ``app.statistics.periods`` reads it
(``quy:2026-3``) and a file name stem for it (``2026-Q3``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from app.ui.vn_format import vn_today

KINDS = (  # key, words
    ("tuan", "Tuần (thứ Năm – thứ Tư)"),
    ("thang", "Tháng"),
    ("quy", "Quý"),
    ("6thang", "6 tháng"),
    ("9thang", "9 tháng"),
    ("10thang", "10 tháng"),
    ("nam", "Năm"),
    ("tet", "Cao điểm Tết Nguyên đán"),
    ("tudaunam", "Từ đầu năm đến ngày"),
    ("tu", "Khoảng ngày tùy chọn"),
)
TET_PARTS = (("", "Cả đợt"), ("truoc", "Trước Tết"), ("trong", "Trong Tết"), ("sau", "Sau Tết"))
ROMAN = ("I", "II", "III", "IV")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def file_stem(key: str) -> str:
    """``quy:2026-3`` → ``2026-Q3``; ``thang:2026-05`` → ``2026-05``; ``tu:A:B`` → ``A-den-B``."""
    kind, _, arg = key.partition(":")
    if kind == "quy":
        y, q = arg.split("-")
        return f"{y}-Q{q}"
    if kind == "thang":
        y, m = arg.split("-")
        return f"{y}-{int(m):02d}"
    if kind == "nam":
        return arg
    if kind.endswith("thang"):
        return f"{arg}-{kind}"
    if kind == "tu":
        return arg.replace(":", "-den-")
    if kind == "tudaunam":
        return f"tu-dau-nam-{arg}"
    return f"{kind}-{arg.replace(':', '-')}"


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = vn_today()
        self.kind = QComboBox(objectName="report_kind")
        for key, words in KINDS:
            self.kind.addItem(self.tr(words), key)
        self.year = QSpinBox(objectName="report_year", minimum=2000, maximum=2100, value=today.year)
        self.part = QComboBox(objectName="report_part")  # the month, the quarter, the part of Tết
        self.day_from = QDateEdit(_qdate(today), objectName="report_from", calendarPopup=True,
                                  displayFormat="dd/MM/yyyy")
        self.day_to = QDateEdit(_qdate(today), objectName="report_to", calendarPopup=True,
                                displayFormat="dd/MM/yyyy")
        self.kind_label = QLabel(self.tr("&Kỳ báo cáo"), buddy=self.kind)
        self.year_label = QLabel(self.tr("Nă&m"), buddy=self.year)
        self.part_label = QLabel(buddy=self.part)
        self.from_label = QLabel(self.tr("&Từ ngày"), buddy=self.day_from)
        self.to_label = QLabel(self.tr("Đế&n ngày"), buddy=self.day_to)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind_label, self.kind, self.year_label, self.year, self.part_label, self.part,
                  self.from_label, self.day_from, self.to_label, self.day_to):
            row.addWidget(w)
        row.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.year.valueChanged, self.part.currentIndexChanged, self.day_from.dateChanged,
                       self.day_to.dateChanged):
            signal.connect(lambda *_: self.changed.emit())
        self.kind.setCurrentIndex(self.kind.findData("quy"))
        self.part.setCurrentIndex((today.month - 1) // 3)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if kind == "thang":
            self.part_label.setText(self.tr("T&háng"))
            for m in range(1, 13):
                self.part.addItem(self.tr("Tháng %1").replace("%1", str(m)), m)
            self.part.setCurrentIndex(vn_today().month - 1)
        elif kind == "quy":
            self.part_label.setText(self.tr("&Quý"))
            for q in range(1, 5):
                self.part.addItem(self.tr("Quý %1").replace("%1", ROMAN[q - 1]), q)
            self.part.setCurrentIndex((vn_today().month - 1) // 3)
        elif kind == "tet":
            self.part_label.setText(self.tr("Đ&ợt"))
            for value, words in TET_PARTS:
                self.part.addItem(self.tr(words), value)
        self.part.blockSignals(False)
        has_part = kind in ("thang", "quy", "tet")
        self.part.setVisible(has_part)
        self.part_label.setVisible(has_part)
        has_year = kind not in ("tuan", "tudaunam", "tu")
        self.year.setVisible(has_year)
        self.year_label.setVisible(has_year)
        self.day_from.setVisible(kind == "tu")
        self.from_label.setVisible(kind == "tu")
        self.day_to.setVisible(kind in ("tuan", "tudaunam", "tu"))
        self.to_label.setVisible(kind in ("tuan", "tudaunam", "tu"))
        self.to_label.setText(self.tr("&Ngày") if kind == "tuan" else self.tr("Đế&n ngày"))
        self.changed.emit()

    def set_key(self, key: str) -> None:
        """Pick the period of ``key`` (``quy:2025-1``, ``tu:2025-05-17:2025-10-15``…)."""
        kind, _, arg = key.partition(":")
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if kind in ("thang", "quy"):
            y, n = arg.split("-")
            self.year.setValue(int(y))
            self.part.setCurrentIndex(self.part.findData(int(n)))
        elif kind == "tet":
            y, _, part = arg.partition(":")
            self.year.setValue(int(y))
            self.part.setCurrentIndex(self.part.findData(part))
        elif kind == "tu":
            a, b = arg.split(":")
            self.day_from.setDate(_qdate(date.fromisoformat(a)))
            self.day_to.setDate(_qdate(date.fromisoformat(b)))
        elif kind in ("tuan", "tudaunam"):
            self.day_to.setDate(_qdate(date.fromisoformat(arg)))
        else:
            self.year.setValue(int(arg))

    def key(self) -> str:
        kind, year = self.kind.currentData(), self.year.value()
        if kind in ("thang", "quy"):
            return f"{kind}:{year}-{self.part.currentData()}"
        if kind == "tet":
            part = self.part.currentData()
            return f"tet:{year}" + (f":{part}" if part else "")
        if kind == "tu":
            return f"tu:{_day(self.day_from.date()).isoformat()}:{_day(self.day_to.date()).isoformat()}"
        if kind in ("tuan", "tudaunam"):
            return f"{kind}:{_day(self.day_to.date()).isoformat()}"
        return f"{kind}:{year}"
