"""Section 2 — Đối tượng được kiểm tra (cá nhân hoặc tổ chức)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.rows import Catalogs
from app.services.case_entry import CaseEntry, SubjectEntry
from app.ui.case_editor.section import Section
from app.ui.case_editor.subject_search import SubjectLookup, SubjectSearch
from app.ui.widgets import CatalogPicker, ChoiceCombo, DateTimeField
from app.ui.widgets.styles import INFO_STYLE

_TEXT_FIELDS = (
    "name",
    "occupation",
    "id_number",
    "id_issued_by",
    "tax_code",
    "registration_no",
    "registration_issued_by",
    "representative_name",
    "representative_title",
    "address",
    "phone",
)


class SubjectSection(Section):
    def __init__(
        self, catalogs: Catalogs, lookup: SubjectLookup | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Đối tượng được kiểm tra"), parent)
        self._subject_id: str | None = None
        self._loaded = SubjectEntry()
        self.search = SubjectSearch(lookup)
        self.search.setVisible(lookup is not None)
        self.search.chosen.connect(self._use_existing)
        self.box.addWidget(self.search)

        self.existing = QWidget()
        row = QHBoxLayout(self.existing)
        row.setContentsMargins(0, 0, 0, 0)
        self.existing_label = QLabel(self.tr("Đang dùng đối tượng đã có trong sổ"))
        self.existing_label.setStyleSheet(INFO_STYLE)
        self.new_button = self.edit_action(QPushButton(self.tr("Nhập đối tượng mới")))
        self.new_button.clicked.connect(self._start_new)
        row.addWidget(self.existing_label, 1)
        row.addWidget(self.new_button)
        self.box.addWidget(self.existing)

        self.individual = QRadioButton(self.tr("Cá nhân"))
        self.organisation = QRadioButton(self.tr("Tổ chức"))
        group = QButtonGroup(self)
        group.addButton(self.individual)
        group.addButton(self.organisation)
        kinds = QWidget()
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.individual)
        row.addSpacing(24)
        row.addWidget(self.organisation)
        row.addStretch(1)
        self.individual.toggled.connect(self.refresh)
        self.w: dict[str, QWidget] = {f: QLineEdit() for f in _TEXT_FIELDS}
        g = self.grid(2)
        g.add(self.tr("Loại đối tượng"), kinds, "subject.kind", span=True)
        self.watch(self.individual)
        self.name_slot = g.add(self.tr("Họ và tên"), self.w["name"], "subject.name", span=True)
        self.tax_slot = g.add(self.tr("Mã số thuế"), self.w["tax_code"], "subject.tax_code")
        g.add(self.tr("Điện thoại"), self.w["phone"], "subject.phone")

        self.person_box = self._box()
        g = self.grid(2, self.person_box.layout())
        self.w["gender"] = self._gender()
        self.w["birth_date"] = DateTimeField(with_time=False)
        self.w["nationality"] = CatalogPicker(catalogs.nationalities)
        self.w["id_kind"] = ChoiceCombo(
            [
                ("cccd", self.tr("Số định danh cá nhân")),
                ("cmnd", self.tr("CMND")),
                ("passport", self.tr("Hộ chiếu")),
            ]
        )
        self.w["id_issued_on"] = DateTimeField(with_time=False)
        g.add(self.tr("Giới tính"), self.w["gender"], "subject.gender")
        g.add(self.tr("Ngày sinh"), self.w["birth_date"], "subject.birth_date")
        g.add(self.tr("Quốc tịch"), self.w["nationality"], "subject.nationality")
        g.add(self.tr("Nghề nghiệp"), self.w["occupation"], "subject.occupation")
        g.add(self.tr("Loại giấy tờ"), self.w["id_kind"], "subject.id_kind")
        g.add(self.tr("Số giấy tờ"), self.w["id_number"], "subject.id_number")
        g.add(self.tr("Ngày cấp"), self.w["id_issued_on"], "subject.id_issued_on")
        g.add(self.tr("Nơi cấp"), self.w["id_issued_by"], "subject.id_issued_by")

        self.org_box = self._box()
        g = self.grid(2, self.org_box.layout())
        self.w["registration_issued_on"] = DateTimeField(with_time=False)
        self.w["representative_gender"] = self._gender()
        g.add(
            self.tr("Số GCN đăng ký DN/đầu tư, GP thành lập"),
            self.w["registration_no"],
            "subject.registration_no",
        )
        g.add(
            self.tr("Ngày cấp"), self.w["registration_issued_on"], "subject.registration_issued_on"
        )
        g.add(
            self.tr("Nơi cấp"), self.w["registration_issued_by"], "subject.registration_issued_by"
        )
        g.new_line()
        g.add(
            self.tr("Người đại diện theo pháp luật"),
            self.w["representative_name"],
            "subject.representative_name",
        )
        g.add(
            self.tr("Giới tính"), self.w["representative_gender"], "subject.representative_gender"
        )
        g.add(self.tr("Chức danh"), self.w["representative_title"], "subject.representative_title")

        g = self.grid(2)
        self.w["commune_code"] = CatalogPicker(catalogs.communes)
        self.address_slot = g.add(
            self.tr("Nơi ở hiện tại"), self.w["address"], "subject.address", span=True
        )
        g.add(self.tr("Xã, phường (của địa chỉ)"), self.w["commune_code"], "subject.commune_code")
        g.new_line()
        self.present = QCheckBox(self.tr("Đối tượng có mặt khi kiểm tra"))
        g.add("", self.present, "subject_present", span=True)
        self.box.addStretch(1)
        self.individual.setChecked(True)
        self.w["nationality"].set_code("VN")  # type: ignore[attr-defined]
        self.refresh()

    def _box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(box)
        return box

    def _gender(self) -> ChoiceCombo:
        return ChoiceCombo([("", self.tr("—")), ("nam", self.tr("Nam")), ("nữ", self.tr("Nữ"))])

    # -- data ---------------------------------------------------------------------------
    def load(self, form: CaseEntry) -> None:
        self.load_subject(form.subject)
        self.present.setChecked(form.subject_present)

    def load_subject(self, s: SubjectEntry) -> None:
        self._loaded = s  # fields this page does not show are kept from here
        self._subject_id = s.id
        (self.organisation if s.kind == "organisation" else self.individual).setChecked(True)
        for name in _TEXT_FIELDS:
            self.w[name].setText(getattr(s, name))  # type: ignore[attr-defined]
        for name in ("gender", "representative_gender", "id_kind"):
            self.w[name].set_value(getattr(s, name))  # type: ignore[attr-defined]
        for name in ("birth_date", "id_issued_on", "registration_issued_on"):
            self.w[name].set_value(getattr(s, name))  # type: ignore[attr-defined]
        self.w["nationality"].set_code(s.nationality)  # type: ignore[attr-defined]
        self.w["commune_code"].set_code(s.commune_code)  # type: ignore[attr-defined]
        self.refresh()

    def store(self, form: CaseEntry) -> None:
        form.subject = self.subject()
        form.subject_present = self.present.isChecked()

    def subject(self) -> SubjectEntry:
        values: dict[str, object] = {n: self.w[n].text() for n in _TEXT_FIELDS}  # type: ignore[attr-defined]
        for name in ("gender", "representative_gender", "id_kind"):
            values[name] = self.w[name].value()  # type: ignore[attr-defined]
        for name in ("birth_date", "id_issued_on", "registration_issued_on"):
            values[name] = self.w[name].value()  # type: ignore[attr-defined]
        values["nationality"] = self.w["nationality"].code()  # type: ignore[attr-defined]
        values["commune_code"] = self.w["commune_code"].code()  # type: ignore[attr-defined]
        values["kind"] = "organisation" if self.organisation.isChecked() else "individual"
        return dataclasses.replace(self._loaded, id=self._subject_id, **values)

    def subject_id(self) -> str | None:
        return self._subject_id

    # -- behaviour ----------------------------------------------------------------------
    def refresh(self) -> None:
        org = self.organisation.isChecked()
        self.person_box.setVisible(not org)
        self.org_box.setVisible(org)
        self.name_slot.label.setText(self.tr("Tên tổ chức") if org else self.tr("Họ và tên"))
        self.address_slot.label.setText(
            self.tr("Địa chỉ trụ sở chính") if org else self.tr("Nơi ở hiện tại")
        )
        self.tax_slot.label.setText(
            self.tr("Mã số doanh nghiệp/MST") if org else self.tr("Mã số thuế (nếu có)")
        )
        self.existing.setVisible(self._subject_id is not None)
        self.new_button.setVisible(not self.is_locked())
        self.search.setVisible(self.search.has_lookup() and not self.is_locked())

    def _use_existing(self, subject: SubjectEntry) -> None:
        self.load_subject(subject)
        self.changed.emit()

    def _start_new(self) -> None:
        self.load_subject(SubjectEntry())
        self.w["name"].setFocus()
        self.changed.emit()
