"""Section 3 — Đoàn kiểm tra, cơ quan phối hợp, người chứng kiến."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.rows import Catalogs
from app.services.case_entry import CaseEntry, ForceEntry, MemberEntry, WitnessEntry
from app.ui.case_editor.section import Section
from app.ui.widgets import Column, RowTable


class TeamSection(Section):
    def __init__(self, catalogs: Catalogs, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Đoàn kiểm tra"), parent)
        self.catalogs = catalogs
        self.heading(self.tr("Thành viên Đoàn kiểm tra (ít nhất 2 người, đúng 1 Trưởng đoàn)"))
        self.members = self.register_table(
            "members",
            RowTable(
                MemberEntry,
                [
                    Column("full_name", self.tr("Họ tên"), "person", width=220, choices=tuple(catalogs.officers),
                           tip=self.tr("Gõ vài chữ để chọn cán bộ của đơn vị, hoặc gõ họ tên người của lực lượng khác")),
                    Column("position_title", self.tr("Chức vụ"), width=220, stretch=True),
                    Column("badge_no", self.tr("Số hiệu"), width=140),
                    Column("is_leader", self.tr("Trưởng đoàn"), "check", width=100),
                ],
                "members",
                min_rows=3,
                max_rows=8,
            ),
        )
        self.box.addWidget(self.members)
        self.members.cell_edited.connect(self._one_leader)
        self.members.cell_edited.connect(self._member_renamed)
        self.members.row_added.connect(self._first_is_leader)
        self.members.person_chosen.connect(self._officer_chosen)

        self.heading(self.tr("Cơ quan phối hợp"))
        self.forces = self.register_table(
            "forces",
            RowTable(
                ForceEntry,
                [
                    Column(
                        "force_code",
                        self.tr("Lực lượng"),
                        "picker",
                        width=180,
                        choices=tuple(catalogs.forces),
                    ),
                    Column("agency_name", self.tr("Cơ quan, đơn vị"), width=240, stretch=True),
                    Column("representative", self.tr("Người đại diện"), width=180),
                    Column("representative_title", self.tr("Chức vụ"), width=160),
                ],
                "forces",
                min_rows=2,
                max_rows=6,
            ),
        )
        self.box.addWidget(self.forces)

        self.heading(self.tr("Người chứng kiến, đại diện chính quyền"))
        self.witnesses = self.register_table(
            "witnesses",
            RowTable(
                WitnessEntry,
                [
                    Column("full_name", self.tr("Họ tên"), width=180),
                    Column(
                        "role",
                        self.tr("Vai trò"),
                        "choice",
                        width=170,
                        options=(
                            ("witness", self.tr("Người chứng kiến")),
                            ("commune", self.tr("Đại diện chính quyền")),
                        ),
                    ),
                    Column("position_title", self.tr("Chức vụ"), width=140),
                    Column("id_number", self.tr("Số giấy tờ"), width=130),
                    Column("address", self.tr("Địa chỉ"), width=200, stretch=True),
                ],
                "witnesses",
                min_rows=2,
                max_rows=6,
            ),
        )
        self.box.addWidget(self.witnesses)
        self.box.addStretch(1)

    def load(self, form: CaseEntry) -> None:
        self.members.set_rows(form.members)
        self.forces.set_rows(form.forces)
        self.witnesses.set_rows(form.witnesses)

    def store(self, form: CaseEntry) -> None:
        form.members = self.members.rows()
        form.forces = self.forces.rows()
        form.witnesses = self.witnesses.rows()

    def _officer_chosen(self, row: int, _key: str, code: str) -> None:
        """An officer of the unit picked by name: chức vụ and số hiệu come with them."""
        officer = self.catalogs.officer(code)
        if officer is None:
            return
        self.members.set_value(row, "position_title", officer.position)
        self.members.set_value(row, "badge_no", officer.badge_no)
        self.members.set_hidden(row, officer_id=officer.code)

    def _member_renamed(self, row: int, key: str) -> None:
        """A name typed over an officer's is someone else: the link to the officer goes."""
        if key != "full_name" or not self.members.hidden(row, "officer_id"):
            return
        officer = self.catalogs.officer(self.members.hidden(row, "officer_id"))
        if officer is None or officer.label != self.members.value(row, "full_name"):
            self.members.set_hidden(row, officer_id=None)

    def _one_leader(self, row: int, key: str) -> None:
        """Checking one Trưởng đoàn unchecks the others."""
        if key != "is_leader" or not self.members.value(row, "is_leader"):
            return
        for r in range(self.members.row_count()):
            if r != row and self.members.value(r, "is_leader"):
                self.members.set_value(r, "is_leader", False)

    def _first_is_leader(self, row: int) -> None:
        if not any(self.members.value(r, "is_leader") for r in range(self.members.row_count())):
            self.members.set_value(row, "is_leader", True)
