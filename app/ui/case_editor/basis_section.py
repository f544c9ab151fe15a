"""Section 1 — Căn cứ, thời gian, địa điểm."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from app.rows import Catalogs
from app.services.case_entry import CaseEntry
from app.ui.case_editor.section import Section, plain_text
from app.ui.widgets import CatalogPicker, DateTimeField
from app.ui.widgets.styles import hint_label
from app.validation import plate_warning


class BasisSection(Section):
    def __init__(self, catalogs: Catalogs, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Căn cứ, thời gian, địa điểm"), parent)
        self.heading(self.tr("Căn cứ kiểm tra"))
        self.by_decision = QRadioButton(self.tr("Theo Quyết định kiểm tra"))
        self.by_surprise = QRadioButton(self.tr("Kiểm tra đột xuất"))
        self.basis = QButtonGroup(self)
        self.basis.addButton(self.by_decision)
        self.basis.addButton(self.by_surprise)
        radios = QWidget()
        row = QHBoxLayout(radios)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.by_decision)
        row.addSpacing(24)
        row.addWidget(self.by_surprise)
        row.addStretch(1)
        g = self.grid(1)
        g.add(self.tr("Căn cứ"), radios, "basis_kind", span=True)
        self.watch(self.by_decision)
        self.by_decision.toggled.connect(self.refresh)

        g = self.grid(2)
        self.decision_no = QLineEdit()
        self.decision_no.setPlaceholderText(self.tr("VD 20030015/QĐ-KT"))
        self.decision_date = DateTimeField(with_time=False)
        self.decision_signer = QLineEdit()
        self.decision_signer_title = QLineEdit()
        self.decision_signer_title.setPlaceholderText(self.tr("VD Đội trưởng Đội QLTT số 3"))
        self._decision_slots = [
            g.add(self.tr("Số Quyết định"), self.decision_no, "decision_no"),
            g.add(self.tr("Ngày Quyết định"), self.decision_date, "decision_date"),
            g.add(self.tr("Người ký"), self.decision_signer, "decision_signer"),
            g.add(self.tr("Chức vụ người ký"), self.decision_signer_title, "decision_signer_title"),
        ]
        self.surprise_ground = plain_text(
            lines=3,
            placeholder=self.tr(
                "VD Phát hiện xe tải chở hàng không có hóa đơn, chứng từ tại đường mòn…"
            ),
        )
        self.tip_ref = QLineEdit()
        self.tip_ref.setPlaceholderText(self.tr("Số tin báo, nếu có"))
        self._surprise_slots = [
            g.add(
                self.tr("Căn cứ kiểm tra đột xuất"),
                self.surprise_ground,
                "surprise_ground",
                span=True,
            ),
            g.add(self.tr("Tin báo số"), self.tip_ref, "tip_ref"),
        ]

        self.heading(self.tr("Thời gian"))
        g = self.grid(2)
        self.started_at = DateTimeField(now_button=True)
        self.ended_at = DateTimeField(now_button=True)
        g.add(self.tr("Bắt đầu"), self.started_at, "started_at")
        g.add(self.tr("Kết thúc"), self.ended_at, "ended_at")

        self.heading(self.tr("Địa điểm"))
        g = self.grid(2)
        self.place_address = QLineEdit()
        self.place_address.setPlaceholderText(self.tr("Số nhà, thôn/tổ, đường; VD Km 12, QL 4A"))
        self.commune = CatalogPicker(
            catalogs.communes, placeholder=self.tr("Gõ tên xã, VD tan thanh")
        )
        self.vehicle_plate = QLineEdit()
        self.vehicle_plate.setPlaceholderText(self.tr("VD 12C-123.45 (nếu kiểm tra phương tiện)"))
        self.vehicle_plate.textEdited.connect(self._upper_plate)
        self.plate_hint = hint_label("hint:vehicle_plate")
        self.vehicle_plate.textChanged.connect(self._update_plate_hint)
        g.add(self.tr("Địa chỉ nơi kiểm tra"), self.place_address, "place_address", span=True)
        g.add(self.tr("Xã, phường"), self.commune, "commune_code")
        g.add(
            self.tr("Biển số phương tiện"),
            self.vehicle_plate,
            "vehicle_plate",
            extra=self.plate_hint,
        )
        self.box.addStretch(1)
        self.by_surprise.setChecked(True)

    def load(self, form: CaseEntry) -> None:
        (self.by_decision if form.basis_kind == "decision" else self.by_surprise).setChecked(True)
        self.decision_no.setText(form.decision_no)
        self.decision_date.set_value(form.decision_date)
        self.decision_signer.setText(form.decision_signer)
        self.decision_signer_title.setText(form.decision_signer_title)
        self.surprise_ground.setPlainText(form.surprise_ground)
        self.tip_ref.setText(form.tip_ref)
        self.started_at.set_value(form.started_at)
        self.ended_at.set_value(form.ended_at)
        self.place_address.setText(form.place_address)
        self.commune.set_code(form.commune_code)
        self.vehicle_plate.setText(form.vehicle_plate)
        self.refresh()

    def store(self, form: CaseEntry) -> None:
        form.basis_kind = "decision" if self.by_decision.isChecked() else "surprise"
        form.decision_no = self.decision_no.text()
        form.decision_date = self.decision_date.value()  # type: ignore[assignment]
        form.decision_signer = self.decision_signer.text()
        form.decision_signer_title = self.decision_signer_title.text()
        form.surprise_ground = self.surprise_ground.toPlainText()
        form.tip_ref = self.tip_ref.text()
        form.started_at = self.started_at.value()  # type: ignore[assignment]
        form.ended_at = self.ended_at.value()  # type: ignore[assignment]
        form.place_address = self.place_address.text()
        form.commune_code = self.commune.code()
        form.vehicle_plate = self.vehicle_plate.text()

    def refresh(self) -> None:
        decision = self.by_decision.isChecked()
        for slot in self._decision_slots:
            slot.box.setEnabled(decision)
            slot.label.setEnabled(decision)
        for slot in self._surprise_slots:
            slot.box.setEnabled(not decision)
            slot.label.setEnabled(not decision)
        self._update_plate_hint()

    def _upper_plate(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            pos = self.vehicle_plate.cursorPosition()
            self.vehicle_plate.setText(upper)
            self.vehicle_plate.setCursorPosition(pos)

    def _update_plate_hint(self) -> None:
        warning = plate_warning(self.vehicle_plate.text())
        self.plate_hint.setText(warning or "")
        self.plate_hint.setVisible(bool(warning))
