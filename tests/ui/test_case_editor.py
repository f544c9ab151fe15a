"""The case editor driven like an inspector would: Vietnamese typed through an input
method, catalogue fields picked by typing without diacritics, tables filled by keyboard.

No database: the catalogues are built by hand, the subject registry is a fake lookup that
answers later on the GUI thread (as the host's worker does).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QApplication

from app.rows import ActChoice, Catalogs, Choice
from app.services.case_entry import (
    CaseEntry,
    FindingEntry,
    ForceEntry,
    GoodsEntry,
    MemberEntry,
    SeizedItemEntry,
    SeizureEntry,
    SubjectEntry,
    ViolationEntry,
    WitnessEntry,
)
from app.ui.case_editor import CaseEditor
from app.ui.widgets import VN_TZ, ChoiceIndex
from tests.ui.helpers import error_text, open_cell, pick, pick_cell, tick, type_cell
from tests.vn_input import type_text

ACT_15 = "nd98-15-1-a"
ACT_8 = "nd98-8-1-a"


def make_catalogs() -> Catalogs:
    return Catalogs(
        provinces=[Choice("20", "Lạng Sơn"), Choice("04", "Cao Bằng")],
        communes=[
            Choice("06733", "xã Tân Thanh, Lạng Sơn"),
            Choice("06760", "xã Đồng Đăng, Lạng Sơn"),
            Choice("06100", "phường Đông Kinh, Lạng Sơn"),
            Choice("01330", "xã Trà Lĩnh, Cao Bằng"),
        ],
        goods_categories=[
            Choice("thuoc_la", "thuốc lá điếu"),
            Choice("phao_no", "pháo nổ"),
            Choice("my_pham", "mỹ phẩm"),
            Choice("duong", "lương thực, đường cát"),
        ],
        prohibited_categories=frozenset({"phao_no"}),
        violation_kinds=[
            Choice("nhap_lau", "Hàng nhập lậu"),
            Choice("hang_cam", "Hàng cấm"),
        ],
        legal_acts=[
            ActChoice(
                ACT_8,
                "Điểm a Khoản 1 Điều 8 NĐ 98/2020/NĐ-CP — Buôn bán hàng cấm "
                "có giá trị dưới 3.000.000 đồng",
                "",
                1_000_000,
                3_000_000,
                2,
                "hang_cam",
            ),
            ActChoice(
                ACT_15,
                "Điểm a Khoản 1 Điều 15 NĐ 98/2020/NĐ-CP — Kinh doanh hàng hóa "
                "nhập lậu có giá trị dưới 3.000.000 đồng",
                "",
                500_000,
                1_000_000,
                2,
                "nhap_lau",
            ),
        ],
        measure_units=[
            Choice("bao", "bao"),
            Choice("kg", "kg"),
            Choice("cai", "cái"),
            Choice("thung", "thùng"),
        ],
        forces=[
            Choice("qltt", "Quản lý thị trường"),
            Choice("cong_an", "Công an"),
            Choice("bien_phong", "Bộ đội Biên phòng"),
        ],
        nationalities=[Choice("VN", "Việt Nam"), Choice("CN", "Trung Quốc"), Choice("LA", "Lào")],
        officer_titles={"ksv": 10},
    )


def full_form(kind: str = "individual") -> CaseEntry:
    """Every field filled, datetimes with seconds (kept exactly), numbers as typed."""
    subject = SubjectEntry(
        id="subj-42",
        kind=kind,
        name="Nguyễn Thị Ánh",
        gender="nữ",
        birth_date=date(1990, 5, 17),
        nationality="VN",
        occupation="Kinh doanh tự do",
        id_kind="cccd",
        id_number="020190001234",
        id_issued_on=date(2021, 4, 2),
        id_issued_by="Cục Cảnh sát QLHC về TTXH",
        tax_code="4901234561",
        registration_no="4900123456",
        registration_issued_on=date(2015, 3, 9),
        registration_issued_by="Sở KH&ĐT Lạng Sơn",
        representative_name="Hoàng Văn Đức",
        representative_gender="nam",
        representative_title="Giám đốc",
        address="Thôn Bản Vẻ, xã Tân Thanh, tỉnh Lạng Sơn",
        commune_code="06733",
        phone="0912 345 678",
    )
    items = [
        SeizedItemEntry(
            "Thuốc lá điếu Jet",
            "thuoc_la",
            "bao",
            "1500",
            "Jet",
            "Còn nguyên bao",
            "22.500.000",
            "NP-01",
            "Không tem",
        ),
        SeizedItemEntry(
            "Pháo hoa nổ", "phao_no", "kg", "12,5", "Pháo dàn", "Hộp giấy", "2.417.228", "NP-02", ""
        ),
        SeizedItemEntry(
            "Mỹ phẩm không nhãn phụ",
            "my_pham",
            "cai",
            "40",
            "Kem",
            "Mới",
            "",
            "NP-03",
            "Chưa định giá",
        ),
    ]
    return CaseEntry(
        id="case-7",
        version=3,
        basis_kind="decision",
        decision_no="20030015/QĐ-KT",
        decision_date=date(2025, 11, 18),
        decision_signer="Lê Văn Hùng",
        decision_signer_title="Đội trưởng Đội QLTT số 3",
        surprise_ground="",
        tip_ref="TB-12",
        started_at=datetime(2025, 11, 20, 1, 30, 15, 120, tzinfo=UTC),
        ended_at=datetime(2025, 11, 20, 3, 5, tzinfo=UTC),
        place_address="Km 12, Quốc lộ 4A, thôn Nà Pàn",
        commune_code="06733",
        vehicle_plate="12C-123.45",
        subject=subject,
        subject_present=False,
        members=[
            MemberEntry(
                "Trần Quốc Toản", "Kiểm soát viên thị trường", "20-QLTT-0123", True, "off-1"
            ),
            MemberEntry("Đặng Thu Hà", "Kiểm soát viên", "20-QLTT-0456", False, None),
        ],
        forces=[ForceEntry("bien_phong", "Đồn Biên phòng Tân Thanh", "Vi Văn Thắng", "Đại úy")],
        witnesses=[
            WitnessEntry(
                "Lương Văn Sáu", "commune", "Phó Chủ tịch UBND xã", "020080001111", "Thôn Bản Vẻ"
            )
        ],
        findings=[
            FindingEntry("Hóa đơn, chứng từ", "Không xuất trình được"),
            FindingEntry("Nhãn hàng hóa", "Nhãn tiếng Trung,\nkhông có nhãn phụ"),
        ],
        contents="Kiểm tra hàng hóa vận chuyển trên xe tải",
        goods=[
            GoodsEntry(
                "Thuốc lá điếu Jet",
                "thuoc_la",
                "bao",
                "1500",
                "Trung Quốc",
                "Không có",
                "22.500.000",
                "",
            ),
            GoodsEntry(
                "Đường cát trắng",
                "duong",
                "kg",
                "12,5",
                "Thái Lan",
                "HĐ 0001234",
                "250000",
                "Bao 50 kg",
            ),
        ],
        violations=[
            ViolationEntry(ACT_15, "nhap_lau", "Kinh doanh hàng nhập lậu", "1.000.000", True)
        ],
        seizures=[
            SeizureEntry(
                datetime(2025, 11, 20, 2, 45, 59, tzinfo=UTC),
                "Để xác minh",
                "Kho Đội QLTT số 3",
                "Trần Quốc Toản",
                True,
                items,
            )
        ],
        subject_opinion="Tôi nhất trí",
        forces_opinion="Thống nhất",
        witness_opinion="Không",
        team_conclusion="Đề nghị xử phạt",
        refusal_reason="Đối tượng bỏ đi",
    )


@pytest.fixture
def editor(qtbot) -> CaseEditor:
    w = CaseEditor(make_catalogs())
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


# -- round trip ---------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["individual", "organisation"])
def test_set_form_then_form_returns_the_same_case(editor, kind):
    form = full_form(kind)
    editor.set_entry(form)
    assert editor.form() == form
    assert editor.form() is not form
    assert editor.form().seizures[0].items[1].quantity == "12,5"


def test_blank_and_surprise_forms_round_trip(editor):
    for form in (
        CaseEntry(),
        CaseEntry(id="c1", version=1, seizures=[], subject=SubjectEntry()),
        CaseEntry(basis_kind="surprise", surprise_ground="Tin báo\nxe tải", tip_ref="7"),
    ):
        editor.set_entry(form)
        assert editor.form() == form


def test_form_does_not_share_objects_with_the_loaded_form(editor):
    form = full_form()
    editor.set_entry(form)
    out = editor.form()
    out.goods[0].name = "khác"
    out.seizures[0].items.clear()
    assert editor.form() == form


# -- typing -------------------------------------------------------------------------------
def test_typed_values_come_back_exactly(qtbot, editor):
    editor.nav.setCurrentRow(1)
    subject = editor.subject
    type_text(subject.w["name"], "Nguyễn Thị Ánh")
    type_text(subject.w["address"], "Thôn Nà Pàn, xã Tân Thanh")
    type_text(subject.w["id_number"], "020190001234")
    pick(qtbot, subject.w["commune_code"], "tan thanh")

    editor.nav.setCurrentRow(0)
    pick(qtbot, editor.basis.commune, "dong dang")
    type_text(editor.basis.place_address, "Km 3, đường Hữu Nghị")

    editor.nav.setCurrentRow(3)
    goods = editor.goods.goods
    qtbot.mouseClick(goods.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, goods, 0, "name", "Đường cát trắng")
    pick_cell(qtbot, goods, 0, "category_code", "duong")
    pick_cell(qtbot, goods, 0, "unit", "kg")
    type_cell(qtbot, goods, 0, "quantity", "12,5")
    type_cell(qtbot, goods, 0, "estimated_value", "24917228")
    type_cell(qtbot, goods, 0, "origin", "Thái Lan")

    form = editor.form()
    assert form.subject.name == "Nguyễn Thị Ánh"
    assert form.subject.address == "Thôn Nà Pàn, xã Tân Thanh"
    assert form.subject.id_number == "020190001234"
    assert form.subject.commune_code == "06733"
    assert form.subject.id is None
    assert form.commune_code == "06760"
    assert form.place_address == "Km 3, đường Hữu Nghị"
    assert form.goods == [
        GoodsEntry(
            name="Đường cát trắng",
            category_code="duong",
            unit="kg",
            quantity="12,5",
            origin="Thái Lan",
            estimated_value="24.917.228",
        )
    ]
    assert editor.goods.total.text() == "Tổng: 1 mặt hàng, trị giá 24.917.228 đồng"
    assert editor.current_title() == "Nguyễn Thị Ánh — xã Đồng Đăng, Lạng Sơn"


def test_enter_on_the_last_row_adds_a_row(qtbot, editor):
    editor.nav.setCurrentRow(3)
    goods = editor.goods.goods
    qtbot.mouseClick(goods.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, goods, 0, "name", "Áo khoác")
    qtbot.keyClick(goods.table, Qt.Key.Key_Return)
    assert goods.row_count() == 2
    assert (goods.table.currentRow(), goods.table.currentColumn()) == (1, 0)
    type_text(goods.table, "Giày")  # typing on a cell starts editing it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert [g.name for g in editor.form().goods] == ["Áo khoác", "Giày"]


def test_catalog_field_rejects_free_text(qtbot, editor):
    commune = editor.basis.commune
    type_text(commune.lineEdit(), "Xã không có")
    editor.basis.place_address.setFocus()
    qtbot.waitUntil(lambda: error_text(editor, "commune_code") == "Chọn từ danh mục")
    assert editor.form().commune_code == ""
    assert editor.local_errors() == {"commune_code": "Chọn từ danh mục"}
    type_text(commune.lineEdit(), "xa tra linh, cao bang")  # an exact label, diacritics aside
    qtbot.waitUntil(commune.completer().popup().isVisible)
    qtbot.keyClick(commune.completer().popup(), Qt.Key.Key_Tab)  # leave the field
    qtbot.waitUntil(lambda: error_text(editor, "commune_code") is None)
    assert commune.currentText() == "xã Trà Lĩnh, Cao Bằng"
    assert editor.form().commune_code == "01330"


def test_type_ahead_ignores_diacritics_and_reads_citations():
    index = ChoiceIndex(make_catalogs().communes + make_catalogs().legal_acts)
    assert index.search("tan thanh")[0].label == "xã Tân Thanh, Lạng Sơn"
    assert index.search("DONG DANG")[0].code == "06760"
    assert index.search("dong kinh")[0].code == "06100"
    assert index.search("15 k1")[0].code == ACT_15
    assert index.search("d8 hang cam")[0].code == ACT_8
    assert index.search("zzz") == []


def test_vehicle_plate_is_upper_case_with_a_soft_warning(qtbot, editor):
    plate = editor.basis.vehicle_plate
    type_text(plate, "12c-123.45")
    assert plate.text() == "12C-123.45"
    assert not editor.basis.plate_hint.isVisible()
    type_text(plate, "桂A·12345")
    assert editor.basis.plate_hint.isVisible()
    assert "không theo mẫu Việt Nam" in editor.basis.plate_hint.text()
    assert editor.form().vehicle_plate == "桂A·12345"


def test_decision_fields_follow_the_basis(qtbot, editor):
    basis = editor.basis
    assert basis.by_surprise.isChecked() and not basis.decision_no.isEnabled()
    tick(qtbot, basis.by_decision)
    assert basis.decision_no.isEnabled() and not basis.surprise_ground.isEnabled()
    type_text(basis.decision_no, "15/QĐ-KT")
    assert editor.form().basis_kind == "decision"
    assert editor.form().decision_no == "15/QĐ-KT"


# -- dates ----------------------------------------------------------------------------------
def test_datetimes_are_shown_in_vietnam_time_and_stored_in_utc(qtbot, editor):
    editor.set_entry(CaseEntry(started_at=datetime(2025, 11, 20, 1, 30, tzinfo=UTC)))
    edit = editor.basis.started_at.edit
    assert edit.text() == "20/11/2025 08:30"
    assert editor.basis.ended_at.edit.text() == "chưa nhập"
    edit.setFocus()
    edit.setSelectedSection(edit.Section.HourSection)
    qtbot.keyClicks(edit, "09")
    assert editor.form().started_at == datetime(2025, 11, 20, 2, 30, tzinfo=UTC)


def test_an_empty_date_starts_on_typing_and_clears_with_the_cross(qtbot, editor):
    editor.nav.setCurrentRow(1)
    field = editor.subject.w["birth_date"]
    assert field.value() is None
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == date.today()
    assert field.clear_button.isVisible()
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.value() is None
    assert editor.form().subject.birth_date is None


# -- errors ---------------------------------------------------------------------------------
def test_show_errors_puts_the_message_under_the_field_and_goes_there(qtbot, editor):
    editor.set_entry(full_form())
    message = "Số định danh cá nhân phải có đủ 12 chữ số (đang có 11)."
    editor.show_errors({"subject.id_number": message})
    assert error_text(editor, "subject.id_number") == message
    assert editor.stack.currentWidget() is editor.subject
    assert editor.nav.currentRow() == 1
    qtbot.waitUntil(lambda: editor.subject.w["id_number"].hasFocus())
    assert "⚠ 1" in editor.nav.item(1).text()
    editor.clear_errors()
    assert error_text(editor, "subject.id_number") is None
    assert "⚠" not in editor.nav.item(1).text()


def test_errors_in_table_rows_mark_the_cell(qtbot, editor):
    editor.set_entry(full_form())
    editor.show_errors(
        {
            "goods.1.quantity": "Số lượng phải là số (VD 12 hoặc 12,5).",
            "seizures.0.items.2.unit": "Chọn đơn vị tính.",
            "members": "Đoàn kiểm tra chỉ có một Trưởng đoàn.",
            "something.new": "Lỗi khác",
        }
    )
    assert editor.stack.currentWidget() is editor.team  # the first section with an error
    assert error_text(editor, "members") == "Đoàn kiểm tra chỉ có một Trưởng đoàn."
    goods = editor.goods.goods
    cell = goods.table.item(1, goods.column_of("quantity"))
    assert cell.background().color() == QColor("#ffd7d7")
    assert cell.toolTip() == "Số lượng phải là số (VD 12 hoặc 12,5)."
    assert error_text(editor, "goods") == "Dòng 2, Số lượng: Số lượng phải là số (VD 12 hoặc 12,5)."
    assert error_text(editor, "seizures.0.items") == "Dòng 3, Đơn vị tính: Chọn đơn vị tính."
    assert error_text(editor, "general") == "• Lỗi khác"
    editor.show_errors({"goods.1.quantity": "Sai"})
    assert editor.stack.currentWidget() is editor.goods
    assert (goods.table.currentRow(), goods.table.currentColumn()) == (
        1,
        goods.column_of("quantity"),
    )
    editor.clear_errors()
    assert (
        goods.table.item(1, goods.column_of("quantity")).background().style()
        == Qt.BrushStyle.NoBrush
    )


# -- locked -----------------------------------------------------------------------------------
def test_locked_case_is_read_only(qtbot, editor):
    form = full_form()
    editor.set_entry(form, locked=True)
    assert editor.is_locked()
    assert editor.banner.isVisible()
    assert editor.banner.text().endswith("Vụ việc đã hoàn tất và khóa — chỉ xem, không sửa được. Muốn sửa: lập bản đính chính.")
    assert editor.subject.w["name"].isReadOnly()
    assert editor.results.contents.isReadOnly()
    assert editor.basis.started_at.isReadOnly()
    assert editor.basis.commune.isReadOnly() and editor.subject.w["gender"].isReadOnly()
    editor.nav.setCurrentRow(1)
    editor.subject.w["gender"].setFocus()
    qtbot.keyClick(editor.subject.w["gender"], Qt.Key.Key_Down)
    editor.subject.w["gender"].showPopup()
    assert not editor.subject.w["gender"].view().isVisible()
    assert not editor.subject.individual.isEnabled()
    assert not editor.seizure.enabled.isEnabled()
    assert not editor.subject.search.isVisible()
    editor.nav.setCurrentRow(3)
    goods = editor.goods.goods
    assert goods.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not goods.add_button.isVisible() and not goods.remove_button.isVisible()
    editor.nav.setCurrentRow(5)
    assert not editor.seizure.copy_button.isVisible()
    members = editor.team.members
    assert (
        not members.table.item(0, members.column_of("is_leader")).flags()
        & Qt.ItemFlag.ItemIsUserCheckable
    )
    name = editor.subject.w["name"]
    assert not name.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)  # no IME text
    name.setFocus()
    qtbot.keyClicks(name, "abc")
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    assert editor.form() == form

    editor.set_locked(False)
    assert not editor.banner.isVisible()
    assert not editor.subject.w["name"].isReadOnly()
    assert not editor.basis.commune.isReadOnly()
    assert editor.basis.decision_no.isEnabled()  # basis = decision
    assert not editor.basis.surprise_ground.isEnabled()
    editor.nav.setCurrentRow(3)
    assert goods.add_button.isVisible()


# -- violations -----------------------------------------------------------------------------
def test_choosing_an_act_fills_description_and_shows_the_fine_range(qtbot, editor):
    editor.nav.setCurrentRow(4)
    vt = editor.violations.table
    qtbot.mouseClick(vt.add_button, Qt.MouseButton.LeftButton)
    pick_cell(qtbot, vt, 0, "legal_act_code", "15 k1")
    v = editor.form().violations[0]
    assert v.legal_act_code == ACT_15
    assert v.violation_kind == "nhap_lau"
    assert v.description == "Kinh doanh hàng hóa nhập lậu có giá trị dưới 3.000.000 đồng"
    hint = editor.violations.fine_hint
    assert hint.isVisible()
    assert "Khung phạt cá nhân: 500.000 – 1.000.000 đồng; tổ chức ×2" in hint.text()
    type_cell(qtbot, vt, 0, "proposed_fine", "5000000")
    assert editor.form().violations[0].proposed_fine == "5.000.000"
    assert "nằm ngoài khung" in hint.text()


def test_prohibited_goods_mark_criminal_signs(qtbot, editor):
    editor.nav.setCurrentRow(4)
    vt = editor.violations.table
    qtbot.mouseClick(vt.add_button, Qt.MouseButton.LeftButton)
    pick_cell(qtbot, vt, 0, "legal_act_code", "hang cam")
    assert editor.form().violations[0].criminal_signs is False
    assert not editor.violations.criminal_note.isVisible()

    editor.nav.setCurrentRow(3)
    goods = editor.goods.goods
    qtbot.mouseClick(goods.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, goods, 0, "name", "Pháo hoa")
    pick_cell(qtbot, goods, 0, "category_code", "phao no")
    assert editor.form().goods[0].category_code == "phao_no"
    assert editor.form().violations[0].criminal_signs is True
    editor.nav.setCurrentRow(4)
    assert editor.violations.criminal_note.isVisible()
    assert editor.violations.criminal_note.text() == (
        "Hàng cấm: có dấu hiệu tội phạm, cần xem xét chuyển cơ quan điều tra"
    )
    qtbot.mouseClick(vt.add_button, Qt.MouseButton.LeftButton)  # later rows start ticked too
    assert [v.criminal_signs for v in editor.form().violations] == [True, True]


def test_loading_prohibited_goods_does_not_change_the_form(editor):
    form = full_form()
    form.violations[0].criminal_signs = False  # the inspector unticked it earlier
    editor.set_entry(form)
    assert editor.form() == form
    assert editor.violations.prohibited


# -- team ---------------------------------------------------------------------------------------
def test_one_leader_only(qtbot, editor):
    editor.nav.setCurrentRow(2)
    members = editor.team.members
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, members, 0, "full_name", "Trần Quốc Toản")
    type_cell(qtbot, members, 1, "full_name", "Đặng Thu Hà")
    assert [m.is_leader for m in editor.form().members] == [True, False]  # first one leads
    members.table.setCurrentCell(1, members.column_of("is_leader"))
    qtbot.keyClick(members.table, Qt.Key.Key_Space)
    assert [m.is_leader for m in editor.form().members] == [False, True]


def test_hidden_row_fields_survive_edits(qtbot, editor):
    editor.set_entry(full_form())
    editor.nav.setCurrentRow(2)
    type_cell(qtbot, editor.team.members, 0, "badge_no", "20-QLTT-9999")
    first = editor.form().members[0]
    assert (first.badge_no, first.officer_id) == ("20-QLTT-9999", "off-1")


# -- seizure ------------------------------------------------------------------------------------
def test_seizure_copies_goods_and_totals(qtbot, editor):
    form = full_form()
    form.seizures = []
    editor.set_entry(form)
    editor.nav.setCurrentRow(5)
    seizure = editor.seizure
    assert not seizure.detail.isEnabled()
    tick(qtbot, seizure.enabled)
    assert seizure.detail.isEnabled()
    qtbot.mouseClick(seizure.copy_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(seizure.copy_button, Qt.MouseButton.LeftButton)  # no duplicates
    items = editor.form().seizures[0].items
    assert [(i.name, i.unit, i.quantity) for i in items] == [
        ("Thuốc lá điếu Jet", "bao", "1500"),
        ("Đường cát trắng", "kg", "12,5"),
    ]
    assert seizure.total.text() == "Tổng: 2 mặt hàng, trị giá 22.750.000 đồng"
    type_text(seizure.storage_place, "Kho Đội QLTT số 3")
    tick(qtbot, seizure.enabled)
    assert editor.form().seizures == []


# -- subject registry -------------------------------------------------------------------------
class FakeRegistry:
    """Answers later on the GUI thread, like the host's database worker."""

    def __init__(self, subjects: list[SubjectEntry]) -> None:
        self.subjects, self.queries = subjects, []

    def __call__(self, query, callback) -> None:
        self.queries.append(query)
        QTimer.singleShot(10, lambda: callback(list(self.subjects)))


def test_choosing_a_registered_subject_fills_the_fields_and_keeps_its_id(qtbot):
    known = full_form().subject
    registry = FakeRegistry([known, SubjectEntry(id="s2", name="Nguyễn Văn Bình")])
    w = CaseEditor(make_catalogs(), subject_lookup=registry)
    qtbot.addWidget(w)
    w.show()
    w.nav.setCurrentRow(1)
    search = w.subject.search
    type_text(search, "n")
    type_text(search, "ng")
    qtbot.waitUntil(lambda: search.popup().isVisible())
    assert registry.queries == ["ng"]  # one query, after the pause, from 2 characters
    qtbot.keyClick(search.popup(), Qt.Key.Key_Down)
    with qtbot.waitSignal(w.edited):
        qtbot.keyClick(search.popup(), Qt.Key.Key_Return)
    assert w.subject.w["name"].text() == "Nguyễn Thị Ánh"
    assert w.subject.w["id_number"].text() == "020190001234"
    assert w.form().subject == known
    assert w.subject.existing.isVisible()
    assert w.subject.existing_label.text() == "Đang dùng đối tượng đã có trong sổ"
    qtbot.waitUntil(lambda: search.text() == "")

    qtbot.mouseClick(w.subject.new_button, Qt.MouseButton.LeftButton)
    assert w.form().subject == SubjectEntry()
    assert not w.subject.existing.isVisible()


def test_organisation_fields_replace_the_personal_ones(qtbot, editor):
    editor.nav.setCurrentRow(1)
    s = editor.subject
    assert s.person_box.isVisible() and not s.org_box.isVisible()
    tick(qtbot, s.organisation)
    assert s.org_box.isVisible() and not s.person_box.isVisible()
    assert s.name_slot.label.text() == "Tên tổ chức"
    type_text(s.w["name"], "Công ty TNHH Thương mại Đồng Đăng")
    type_text(s.w["representative_name"], "Hoàng Văn Đức")
    f = editor.form().subject
    assert (f.kind, f.name, f.representative_name) == (
        "organisation",
        "Công ty TNHH Thương mại Đồng Đăng",
        "Hoàng Văn Đức",
    )


# -- edited ----------------------------------------------------------------------------------
def test_edited_fires_on_typing_not_on_set_form(qtbot, editor):
    with qtbot.assertNotEmitted(editor.edited):
        editor.set_entry(full_form())
        editor.set_entry(CaseEntry(), locked=True)
        editor.set_locked(False)
        editor.show_errors({"decision_no": "x"})
        editor.clear_errors()
        editor.form()
    with qtbot.waitSignal(editor.edited, timeout=1000):
        type_text(editor.basis.place_address, "Chợ Đông Kinh")
    with qtbot.waitSignal(editor.edited, timeout=1000):
        pick(qtbot, editor.basis.commune, "dong kinh")
    assert editor.current_title() == "phường Đông Kinh, Lạng Sơn"


def test_late_answers_to_an_older_query_are_dropped(qtbot):
    calls = []
    w = CaseEditor(make_catalogs(), subject_lookup=lambda q, cb: calls.append((q, cb)))
    qtbot.addWidget(w)
    w.show()
    w.nav.setCurrentRow(1)
    search = w.subject.search
    type_text(search, "ng")
    qtbot.waitUntil(lambda: len(calls) == 1)
    type_text(search, "nguyen b")
    qtbot.waitUntil(lambda: len(calls) == 2)
    calls[1][1]([SubjectEntry(id="b", name="Nguyễn Văn Bình")])
    calls[0][1]([SubjectEntry(id="a", name="Nguyễn Thị Ánh")])  # the slow, older answer
    model = search.completer().model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Nguyễn Văn Bình"]


def test_digits_typed_into_an_empty_time_start_from_today(qtbot, editor):
    field = editor.basis.ended_at
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "05")
    value = field.value()
    assert value is not None and value.tzinfo is not None
    assert value.astimezone(VN_TZ).day == 5
    assert editor.form().ended_at == value


def test_form_includes_a_cell_still_being_typed(qtbot, editor):
    editor.nav.setCurrentRow(3)
    goods = editor.goods.goods
    qtbot.mouseClick(goods.add_button, Qt.MouseButton.LeftButton)
    type_text(open_cell(goods, 0, "quantity"), "3,25")  # no Enter: Save pressed mid-typing
    assert editor.form().goods[0].quantity == "3,25"


def test_locking_closes_an_open_cell_and_keeps_its_text(qtbot, editor):
    editor.nav.setCurrentRow(3)
    goods = editor.goods.goods
    qtbot.mouseClick(goods.add_button, Qt.MouseButton.LeftButton)
    type_text(open_cell(goods, 0, "name"), "Rượu ngô")
    editor.set_locked(True)
    assert goods.table.state() != QAbstractItemView.State.EditingState
    assert editor.form().goods[0].name == "Rượu ngô"
