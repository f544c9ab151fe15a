"""Long seizures, NFC, the sheet count under stress and its fallback pass."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from decimal import Decimal

import pytest
from documents_support import SEIZED_HEADER, Rendered, body, read

from app.documents import flowables
from app.documents.sample import sample_snapshot
from app.documents.snapshot import DocumentSnapshot, GoodsLine, Person

N = 500
ITEM = re.compile(r"Mặt hàng số (\d{4})")


def many(code: str, n: int = N) -> DocumentSnapshot:
    items = tuple(
        GoodsLine(
            name=f"Mặt hàng số {i:04d}",
            unit="chiếc" if i % 3 else "kg",
            quantity=Decimal(i % 9 + 1) if i % 3 else Decimal("2.5"),
            kind="Hàng tiêu dùng",
            condition=f"Tình trạng {i:04d}",
            estimated_value=1000 * i,
            note="Ghi chú dài để dòng cao hơn" if i % 17 == 0 else "",
        )
        for i in range(1, n + 1)
    )
    snap = sample_snapshot(code)
    assert snap.seizure is not None
    return dataclasses.replace(snap, seizure=dataclasses.replace(snap.seizure, items=items))


@pytest.fixture(scope="module", params=["BB-TG", "BANG-KE"])
def long_seizure(request: pytest.FixtureRequest) -> Rendered:
    return read(many(request.param))


def test_every_item_exactly_once(long_seizure: Rendered) -> None:
    counts = Counter(int(m) for m in ITEM.findall(long_seizure.text))
    assert set(counts) == set(range(1, N + 1))
    assert set(counts.values()) == {1}


def test_header_repeats_on_every_table_page(long_seizure: Rendered) -> None:
    table_pages = [body(p) for p in long_seizure.pages if ITEM.search(p)]
    assert len(table_pages) > 10
    for text in table_pages:
        assert SEIZED_HEADER in text


def test_rows_never_split(long_seizure: Rendered) -> None:
    """Name and condition sit in different cells of one row: they must share a page."""
    for text in long_seizure.pages:
        for n in ITEM.findall(text):
            assert f"Tình trạng {n}" in text, f"row {n} split across pages"


def test_totals_and_sheet_count(long_seizure: Rendered) -> None:
    total = sum(1000 * i for i in range(1, N + 1))
    assert f"{total:,}".replace(",", ".") + " đồng" in long_seizure.text
    pages = len(long_seizure.own_pages)
    expected = pages - (1 if long_seizure.has_back_page else 0)
    assert long_seizure.printed_sheets() == expected


def test_decomposed_input_prints_composed_text() -> None:
    snap = sample_snapshot("BB-TG")
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert snap.subject is not None
    decomposed = dataclasses.replace(
        snap,
        subject=dataclasses.replace(
            snap.subject,
            name=nfd,
            address=unicodedata.normalize("NFD", "buôn Ea Tu, xã Hòa Phú, tỉnh Đắk Lắk"),
        ),
    )
    assert decomposed.subject is not None and decomposed.subject.name == "Nguyễn Thị Ánh"
    r = read(decomposed)
    assert "Họ và tên: Nguyễn Thị Ánh" in r.text
    assert "Nơi ở hiện tại: buôn Ea Tu, xã Hòa Phú, tỉnh Đắk Lắk" in r.text
    raw = "".join(p.extract_text() for p in r.reader.pages)
    assert not [c for c in raw if unicodedata.combining(c)]


def test_big_signature_block_keeps_the_count_right() -> None:
    """Twelve members: the signature rows run over several pages."""
    snap = sample_snapshot("BB-KT", items=3)
    crew = tuple(
        Person(f"Cán bộ số {i:02d}", "Kiểm soát viên thị trường", f"20-QLTT-{i:04d}")
        for i in range(12)
    )
    r = read(dataclasses.replace(snap, members=snap.members + crew))
    assert r.printed_sheets() == len(r.reader.pages) - 1
    assert "Cán bộ số 11" in r.pages[-2]


def test_wrong_prediction_is_caught_and_fixed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flowables.ClosingParagraph, "pages_after", lambda self: 5)
    r = read(sample_snapshot("BB-VPHC"))
    assert r.pdf.passes == 2
    assert r.printed_sheets() == len(r.reader.pages) - 1


def test_many_sheets() -> None:
    """A 2,000-line annex runs past 99 sheets: the count takes three digits."""
    r = read(many("BANG-KE", 2000))
    assert len(r.reader.pages) >= 100
    assert r.printed_sheets() == len(r.reader.pages)


def test_markup_characters_in_data_print_literally() -> None:
    snap = sample_snapshot("BB-KT")
    assert snap.subject is not None
    odd = dataclasses.replace(
        snap,
        agency=dataclasses.replace(snap.agency, name="Đội QLTT số 3 <cơ động> & liên ngành"),
        subject=dataclasses.replace(snap.subject, name="Cửa hàng A&B <Hà Nội>"),
        subject_opinion="Giá 5 < 7 & hàng > 3 kiện",
    )
    r = read(odd)
    assert "ĐỘI QLTT SỐ 3 <CƠ ĐỘNG> & LIÊN NGÀNH" in r.text
    assert "Họ và tên: Cửa hàng A&B <Hà Nội>" in r.text
    assert "Giá 5 < 7 & hàng > 3 kiện" in r.text
