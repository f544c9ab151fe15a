"""Every form rendered from the sample case, read back with pypdf: values, labels, layout."""

from __future__ import annotations

import re

import pytest
from documents_support import (
    COMMON_LABELS,
    FILLED,
    LABELS,
    NUMBER,
    STANDARD_14,
    Rendered,
    body,
    read,
)
from pypdf.generic import NameObject

from app.documents.forms import FORMS
from app.documents.layout import TOKEN_PREFIX
from app.documents.sample import TOTAL_VALUE, sample_snapshot
from app.documents.vntext import money_figures, money_words

ALL = list(FORMS)
BACK = [c for c in ALL if FORMS[c].back_page]


def test_registry_has_the_forms_the_field_needs() -> None:
    assert set(FORMS) == {
        "BB-KT",
        "BB-VPHC",
        "BB-LV",
        "BB-TG",
        "BB-NPTG",
        "BB-MNP",
        "BB-TL",
        "BB-BGHS",
        "BANG-KE",
    }
    assert FORMS["BB-NPTG"].default_copies == 3
    assert FORMS["BB-VPHC"].needs_violations and FORMS["BB-TG"].needs_seizure
    assert {FORMS[c].mau for c in ALL} >= {
        "MBB01",
        "MBB02",
        "MBB15",
        "MBB16",
        "MBB26",
        "MBB27",
        "MBB28",
    }


@pytest.mark.parametrize("code", ALL)
def test_filled_values_appear_with_diacritics(forms: dict[str, Rendered], code: str) -> None:
    text = forms[code].text
    missing = [v for v in FILLED[code] if v not in text]
    assert not missing, f"{code}: not printed: {missing}"


@pytest.mark.parametrize("code", ALL)
def test_official_labels(forms: dict[str, Rendered], code: str) -> None:
    text = forms[code].text
    missing = [v for v in LABELS[code] + COMMON_LABELS if v not in text]
    assert not missing, f"{code}: labels missing: {missing}"


@pytest.mark.parametrize("code", ALL)
def test_document_number_format(forms: dict[str, Rendered], code: str) -> None:
    r = forms[code]
    assert NUMBER.match(r.snapshot.number)
    assert FORMS[code].symbol in ("", r.snapshot.number.split("/")[1])
    header = r.pages[0]
    if code == "BANG-KE":
        assert f"Kèm theo Biên bản số {r.snapshot.number}" in header
    else:
        assert f"Số: {r.snapshot.number}" in header
    assert all(NUMBER.match(n) for n in re.findall(r"Số: (\S+)", r.text))


@pytest.mark.parametrize("code", ALL)
def test_sheet_count_is_the_real_one(forms: dict[str, Rendered], code: str) -> None:
    r = forms[code]
    pages = len(r.own_pages)
    expected = pages - 1 if r.has_back_page else pages
    assert r.printed_sheets() == expected == r.pdf.sheet_count
    assert r.pdf.page_count == len(r.reader.pages)


@pytest.mark.parametrize("code", ALL)
def test_a4_portrait(forms: dict[str, Rendered], code: str) -> None:
    for page in forms[code].reader.pages:
        assert float(page.mediabox.width) == pytest.approx(595.27, abs=1)
        assert float(page.mediabox.height) == pytest.approx(841.89, abs=1)


@pytest.mark.parametrize("code", ALL)
def test_fonts_are_embedded_truetype(forms: dict[str, Rendered], code: str) -> None:
    seen = 0
    for page in forms[code].reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            base = str(font["/BaseFont"]).split("+")[-1].lstrip("/")
            assert base not in STANDARD_14, f"standard-14 font {base} used"
            desc = font["/FontDescriptor"].get_object()
            assert NameObject("/FontFile2") in desc, f"{base} not embedded as TrueType"
            seen += 1
    assert seen


@pytest.mark.parametrize("code", ALL)
def test_every_page_has_the_initials_line_and_fingerprint(
    forms: dict[str, Rendered], code: str
) -> None:
    r = forms[code]
    for text in r.pages:
        assert "Chữ ký/nháy của các bên:" in text
        assert f"Mã kiểm tra: {r.pdf.fingerprint}" in text
    assert r.pdf.fingerprint == r.snapshot.fingerprint()
    keywords = r.reader.metadata["/Keywords"]
    assert keywords == f"{TOKEN_PREFIX}:{r.snapshot.document_id}:{r.snapshot.fingerprint()}"


@pytest.mark.parametrize("code", ALL)
def test_page_numbers_from_page_two(forms: dict[str, Rendered], code: str) -> None:
    r = forms[code]
    sheets = r.pdf.sheet_count
    assert not r.pages[0].startswith("1 ")
    for n in range(2, sheets + 1):
        assert r.pages[n - 1].startswith(f"{n} "), f"page {n} has no number"
    if r.has_back_page:
        assert not re.match(r"\d+ ", r.own_pages[-1])


@pytest.mark.parametrize("code", BACK)
def test_back_page_is_last(forms: dict[str, Rendered], code: str) -> None:
    r = forms[code]
    last = r.own_pages[-1]  # the last page of the biên bản; an attached Bảng kê follows it
    assert body(last).startswith("(Mặt sau biên bản)")
    assert f"Số: {r.snapshot.number}" in last
    assert "Biên bản đã giao trực tiếp cho" in last
    assert "NGƯỜI NHẬN BIÊN BẢN (Ký, ghi rõ họ và tên)" in last
    assert all("Mặt sau" not in p for p in r.pages if p is not last)


@pytest.mark.parametrize("code", ["BB-BGHS", "BANG-KE"])
def test_forms_without_back_page(forms: dict[str, Rendered], code: str) -> None:
    assert "Mặt sau" not in forms[code].text


def test_refusal_line_and_witness_boxes(forms: dict[str, Rendered]) -> None:
    text = forms["BB-VPHC"].text
    assert (
        "Lý do ông (bà) Nguyễn Thị Ánh là cá nhân vi phạm không ký biên bản: cho rằng hàng hóa "
        "là của người khác thuê vận chuyển" in text
    )
    refusal_at = text.index("không ký biên bản")
    assert (
        text.index("ĐẠI DIỆN CHÍNH QUYỀN (Ký, ghi rõ chức vụ, họ và tên) Hoàng Thị Mai")
        > refusal_at
    )
    assert text.index("NGƯỜI CHỨNG KIẾN (Ký, ghi rõ họ và tên) Lê Văn Tâm") > refusal_at
    assert all("không ký biên bản" not in forms[c].text for c in ALL if c != "BB-VPHC")


def test_totals_in_figures_and_words(forms: dict[str, Rendered]) -> None:
    for code in ("BB-TG", "BB-NPTG", "BB-TL", "BANG-KE"):
        text = forms[code].text
        assert f"{money_figures(TOTAL_VALUE)} (Bằng chữ: {money_words(TOTAL_VALUE)})" in text
        assert "Cộng bao 360" in text and "Cộng kg 35" in text


def test_unused_optional_items_print_khong(forms: dict[str, Rendered]) -> None:
    text = forms["BB-VPHC"].text
    assert "3. Người phiên dịch: Không" in text
    assert "4. Cá nhân/tổ chức bị thiệt hại (nếu có): Không" in text
    assert "3. Giấy phép, chứng chỉ hành nghề bị tạm giữ, gồm: Không" in forms["BB-TG"].text


def test_no_dotted_gap_where_data_exists(forms: dict[str, Rendered]) -> None:
    for code in ALL:
        for label in (
            "Họ và tên:",
            "Chức vụ:",
            "Giới tính:",
            "Quốc tịch:",
            "Nghề nghiệp:",
            "Nơi ở hiện tại:",
            "Cơ quan:",
            "Địa chỉ:",
            "Căn cứ:",
        ):
            assert f"{label} …" not in forms[code].text, f"{code}: dots after {label}"


def test_organisation_subject(org_forms: dict[str, Rendered]) -> None:
    for code, r in org_forms.items():
        text = r.text
        for value in (
            "Tên của tổ chức: Công ty TNHH Thương mại Hoàng Long",
            "Mã số doanh nghiệp: 4901234561",
            "Người đại diện theo pháp luật: Trần Văn Long Giới tính: Nam",
            "Chức danh: Giám đốc",
        ):
            assert value in text, f"{code}: {value}"
        assert "Họ và tên: Nguyễn Thị Ánh" not in text
    assert "NGƯỜI ĐẠI DIỆN CỦA TỔ CHỨC VI PHẠM" in org_forms["BB-VPHC"].text
    assert "giao cho ông (bà) Trần Văn Long là người đại diện của tổ chức vi phạm 01 bản" in (
        org_forms["BB-VPHC"].text
    )


def test_same_snapshot_gives_identical_bytes() -> None:
    for code in ("BB-KT", "BB-TG", "BB-BGHS"):
        a = read(sample_snapshot(code)).pdf
        b = read(sample_snapshot(code)).pdf
        assert bytes(a) == bytes(b)


def test_creation_date_comes_from_the_snapshot(forms: dict[str, Rendered]) -> None:
    meta = forms["BB-KT"].reader.metadata
    assert meta["/CreationDate"] == "D:20260105114000+07'00'"
    assert meta["/ModDate"] == "D:20260105114000+07'00'"


def test_verify_url_changes_only_the_qr(forms: dict[str, Rendered]) -> None:
    with_url = read(sample_snapshot("BB-BGHS"), verify_url="https://qltt.example.gov.vn/xac-minh")
    assert with_url.pages == forms["BB-BGHS"].pages
    assert bytes(with_url.pdf) != bytes(forms["BB-BGHS"].pdf)
