"""A realistic built-in case, as snapshots (no database), and ``write_samples``.

Đội QLTT số 3 of the Chi cục QLTT tỉnh Lạng Sơn stops truck 12C-123.45 at thôn Nà Lừa,
xã Tân Thanh and finds 60 lines of smuggled goods. Every person and company here is invented.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from app.documents.snapshot import (
    AUTHORITY,
    BASIS_SURPRISE,
    INDIVIDUAL,
    ORGANISATION,
    Agency,
    Basis,
    DocumentSnapshot,
    GoodsLine,
    Handover,
    Person,
    Place,
    PrintedFinding,
    PrintedForce,
    PrintedSeizure,
    PrintedSubject,
    PrintedViolation,
    PrintedWitness,
    RelatedDoc,
)
from app.documents.vntext import VN_TZ

TOTAL_VALUE = 24_917_228
AGENCY = Agency(
    name="Đội Quản lý thị trường số 3",
    parent_name="Chi cục Quản lý thị trường tỉnh Lạng Sơn",
    address="số 8 đường Hùng Vương, phường Đông Kinh, tỉnh Lạng Sơn",
    province="tỉnh Lạng Sơn",
    agency_code="20",
    team_code="03",
)
UNIT = "Đội Quản lý thị trường số 3"
NUMBERS = {
    "BB-KT": "20030015/BB-KT",
    "BB-VPHC": "20030006/BB-VPHC",
    "BB-LV": "20030004/BB-LV",
    "BB-TG": "20030005/BB-TG",
    "BB-NPTG": "20030003/BB-NPTG",
    "BB-MNP": "20030001/BB-MNP",
    "BB-TL": "20030001/BB-TL",
    "BB-BGHS": "20030001/BB-CHS",
    "BANG-KE": "20030005/BB-TG",
}


def vn(y: int, mo: int, d: int, h: int, mi: int) -> datetime:
    """A Vietnam wall-clock time as the aware UTC datetime the model stores."""
    return datetime(y, mo, d, h, mi, tzinfo=VN_TZ).astimezone(UTC)


START = vn(2026, 1, 5, 9, 5)
END = vn(2026, 1, 5, 11, 40)

# One line per kind of goods: name | unit | chủng loại | tình trạng | unit price (đồng) |
# three variants | the quantity of each variant.
_GOODS = """
Thuốc lá điếu nhập lậu, bao 20 điếu | bao | Thuốc lá điếu | Nguyên bao, không tem nhập khẩu | 16000 | vỏ màu xanh; vỏ màu đỏ; vỏ màu trắng | 150; 120; 90
Thuốc lá điếu nhập lậu, tút 10 bao | tút | Thuốc lá điếu | Nguyên tút, chữ nước ngoài | 150000 | loại dài; loại ngắn; loại mảnh | 6; 5; 4
Kem dưỡng da mặt, hộp 50 g | hộp | Mỹ phẩm | Nhãn chữ nước ngoài, không nhãn phụ | 42000 | dưỡng trắng; chống nắng; dưỡng ẩm | 24; 18; 12
Son môi dạng thỏi | chiếc | Mỹ phẩm | Còn nguyên vỏ hộp | 18000 | màu đỏ cam; màu hồng; màu đỏ trầm | 30; 30; 20
Sữa rửa mặt, tuýp 100 ml | hộp | Mỹ phẩm | Nhãn chữ nước ngoài | 27000 | trà xanh; than hoạt tính; nghệ | 20; 15; 10
Áo khoác nữ chần bông | chiếc | Quần áo | Mới, còn mác, không nhãn phụ | 95000 | cỡ M; cỡ L; cỡ XL | 5; 5; 4
Quần bò nam | chiếc | Quần áo | Mới, đóng gói từng chiếc | 70000 | cỡ 29; cỡ 30; cỡ 31 | 6; 6; 5
Bộ quần áo trẻ em cotton | bộ | Quần áo | Mới, đóng túi nilon | 38000 | 1–3 tuổi; 4–6 tuổi; 7–9 tuổi | 10; 10; 8
Giày thể thao nam | đôi | Giày dép | Mới, nguyên hộp | 110000 | cỡ 40; cỡ 41; cỡ 42 | 3; 3; 2
Bánh quy bơ, hộp thiếc 908 g | hộp | Bánh mứt kẹo | Còn hạn sử dụng, nhãn chữ nước ngoài | 68000 | vị bơ; vị dừa; vị socola | 8; 6; 6
Kẹo sữa viên, gói 500 g | gói | Bánh mứt kẹo | Còn hạn sử dụng, không nhãn phụ | 31000 | vị sữa; vị dâu; vị sầu riêng | 15; 12; 10
Hạt dưa rang | kg | Thực phẩm | Hàng rời, đựng bao tải dứa | 55000 | loại to; loại vừa; loại nhỏ | 12.5; 8; 6.5
Nấm hương khô | kg | Thực phẩm | Hàng rời, đựng túi nilon | 160000 | loại 1; loại 2; loại 3 | 3.5; 2.5; 2
Pin sạc dự phòng 10.000 mAh | chiếc | Hàng điện tử | Mới, nguyên hộp | 85000 | màu đen; màu trắng; màu xanh | 4; 4; 3
Tai nghe không dây | chiếc | Hàng điện tử | Mới, nguyên hộp | 65000 | màu đen; màu trắng; màu hồng | 5; 4; 3
Đèn pin sạc điện | chiếc | Hàng điện tử | Mới, không nhãn phụ | 45000 | loại nhỏ; loại vừa; loại lớn | 6; 5; 4
Dép nhựa nữ | đôi | Giày dép | Mới, buộc theo bó | 22000 | cỡ 36; cỡ 37; cỡ 38 | 10; 10; 8
Mì ăn liền, gói 120 g | thùng | Thực phẩm | Nguyên thùng 30 gói | 150000 | vị bò; vị gà; vị hải sản | 2; 2; 1
Nước tăng lực, lon 250 ml | thùng | Thực phẩm | Nguyên thùng 24 lon | 170000 | vị nguyên bản; vị chanh; không đường | 2; 1; 1
Bật lửa ga | hộp | Hàng tiêu dùng | Hộp 50 chiếc | 60000 | vỏ nhựa; vỏ kim loại; loại mini | 3; 2; 2
"""


def _bases() -> list[tuple[str, str, str, str, int, list[str], list[str]]]:
    out = []
    for line in filter(None, _GOODS.strip().splitlines()):
        name, unit, kind, cond, price, variants, qtys = (c.strip() for c in line.split("|"))
        out.append((name, unit, kind, cond, int(price), variants.split("; "), qtys.split("; ")))
    return out


_BASES = _bases()


def sample_items(n: int = 60) -> tuple[GoodsLine, ...]:
    """``n`` (≤ 60) seized lines with seal numbers; with 60 lines the total is TOTAL_VALUE."""
    lines: list[GoodsLine] = []
    for b, (name, unit, kind, cond, price, variants, qtys) in enumerate(_BASES):
        for v in range(3):
            q = Decimal(qtys[v])
            seal = f"LS-260105-{(len(lines) // 10) + 1:02d}"
            lines.append(
                GoodsLine(
                    name=f"{name}, {variants[v]}",
                    unit=unit,
                    quantity=q,
                    kind=kind,
                    condition=cond,
                    origin="Không rõ nguồn gốc",
                    papers="Không có hóa đơn, chứng từ",
                    estimated_value=int(q * price * 9 / 10 // 1000 * 1000),
                    seal_numbers=seal,
                    note="Nhãn chữ Trung Quốc" if b % 4 == 0 else "",
                )
            )
    lines = lines[:n]
    if n == len(_BASES) * 3:
        rest = TOTAL_VALUE - sum(g.estimated_value or 0 for g in lines[:-1])
        lines[-1] = dataclasses.replace(lines[-1], estimated_value=rest)
    return tuple(lines)


INDIVIDUAL_SUBJECT = PrintedSubject(
    kind=INDIVIDUAL,
    name="Nguyễn Thị Ánh",
    gender="Nữ",
    birth_date=date(1986, 8, 12),
    nationality="Việt Nam",
    occupation="Kinh doanh tự do",
    address="thôn Pò Đứa, xã Đồng Đăng, tỉnh Lạng Sơn",
    id_kind="cccd",
    id_number="020186001234",
    id_issued_on=date(2021, 4, 22),
    id_issued_by="Cục Cảnh sát quản lý hành chính về trật tự xã hội",
)
ORGANISATION_SUBJECT = PrintedSubject(
    kind=ORGANISATION,
    name="Công ty TNHH Thương mại Hoàng Long",
    address="số 25 đường Trần Đăng Ninh, phường Đông Kinh, tỉnh Lạng Sơn",
    tax_code="4901234561",
    registration_no="4901234561",
    registration_issued_on=date(2015, 6, 15),
    registration_issued_by="Phòng Đăng ký kinh doanh, Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn",
    representative_name="Trần Văn Long",
    representative_gender="Nam",
    representative_title="Giám đốc",
)
MEMBERS = (
    Person("Hoàng Văn Minh", "Đội trưởng", "20-QLTT-0123", UNIT, is_leader=True),
    Person("Lăng Thị Thu Hà", "Kiểm soát viên thị trường", "20-QLTT-0245", UNIT),
    Person("Nông Đức Thắng", "Kiểm soát viên thị trường", "20-QLTT-0311", UNIT),
)
FORCES = (
    PrintedForce("Công an", "Công an xã Tân Thanh", "Vi Văn Hùng", "Phó Trưởng Công an xã"),
    PrintedForce(
        "Bộ đội Biên phòng", "Đồn Biên phòng Tân Thanh", "Lương Quốc Bảo", "Đội trưởng Đội tuần tra"
    ),
)
WITNESSES = (
    PrintedWitness(
        "Lê Văn Tâm",
        occupation="Lái xe",
        address="thôn 3, xã Ea Kar, tỉnh Đắk Lắk",
        id_number="066089004321",
    ),
    PrintedWitness(
        "Hoàng Thị Mai",
        role=AUTHORITY,
        position_title="Phó Chủ tịch Ủy ban nhân dân xã",
        organisation="Ủy ban nhân dân xã Tân Thanh, tỉnh Lạng Sơn",
    ),
)
RELATED = (
    RelatedDoc("20030015/BB-KT", date(2026, 1, 5), UNIT),
    RelatedDoc("20030005/BB-TG", date(2026, 1, 5), UNIT),
    RelatedDoc("20030003/BB-NPTG", date(2026, 1, 5), UNIT),
    RelatedDoc(
        "20030002/QĐ-TG",
        date(2026, 1, 6),
        "Chi cục trưởng Chi cục Quản lý thị trường tỉnh Lạng Sơn",
    ),
    RelatedDoc(
        "20030001/QĐ-CHS",
        date(2026, 1, 19),
        "Chi cục trưởng Chi cục Quản lý thị trường tỉnh Lạng Sơn",
    ),
)


def issued_sample(form_code: str) -> RelatedDoc:
    """The sample's document of ``form_code`` as the BB-BGHS names it, with the sheets its own
    rendering states (never a number written here)."""
    from app.documents.forms import FORMS
    from app.documents.render import render

    snap = sample_snapshot(form_code)
    pdf = render(snap)
    return RelatedDoc(
        snap.number,
        snap.issued_at.astimezone(VN_TZ).date(),
        UNIT,
        title=FORMS[form_code].title,
        sheets=pdf.sheet_count,
        annex_sheets=pdf.annex_sheets,
    )


def base_snapshot(*, organisation: bool = False, items: int = 60) -> DocumentSnapshot:
    """The case as a BB-KT snapshot; other forms are derived with ``dataclasses.replace``."""
    goods = sample_items(items)
    subject = ORGANISATION_SUBJECT if organisation else INDIVIDUAL_SUBJECT
    return DocumentSnapshot(
        document_id="4b7f2c1e-8d3a-4e5b-9c6d-1a2b3c4d5e6f",
        form_code="BB-KT",
        number=NUMBERS["BB-KT"],
        issued_at=END,
        agency=AGENCY,
        place=Place("thôn Nà Lừa", "xã Tân Thanh", "tỉnh Lạng Sơn"),
        basis=Basis(
            kind=BASIS_SURPRISE,
            surprise_ground=(
                "khoản 2 Điều 17 Pháp lệnh Quản lý thị trường; trong khi tuần tra, Đoàn kiểm tra "
                "phát hiện xe ô tô tải biển kiểm soát 12C-123.45 có dấu hiệu vận chuyển hàng hóa "
                "nhập lậu"
            ),
            tip_ref="TB-0112/2026",
        ),
        started_at=START,
        ended_at=END,
        vehicle_plate="12C-123.45",
        members=MEMBERS,
        forces=FORCES,
        witnesses=WITNESSES,
        subject=subject,
        contents=(
            "Kiểm tra hàng hóa vận chuyển trên xe ô tô tải biển kiểm soát 12C-123.45; hóa đơn, "
            "chứng từ chứng minh nguồn gốc, xuất xứ hàng hóa; nhãn hàng hóa."
        ),
        findings=(
            PrintedFinding(
                "Hàng hóa vận chuyển trên xe",
                f"Trên xe có {items} mặt hàng gồm thuốc lá điếu nhập lậu, mỹ phẩm, quần áo, "
                "giày dép, bánh kẹo, thực phẩm và hàng điện tử, chi tiết tại bảng dưới đây.",
            ),
            PrintedFinding(
                "Hóa đơn, chứng từ",
                "Chủ hàng không xuất trình được hóa đơn, chứng từ chứng "
                "minh nguồn gốc, xuất xứ hợp pháp của hàng hóa.",
            ),
            PrintedFinding(
                "Nhãn hàng hóa", "Hàng hóa có nhãn chữ nước ngoài, không có nhãn phụ tiếng Việt."
            ),
        ),
        goods=goods,
        violations=(
            PrintedViolation(
                citation="điểm a khoản 5 Điều 15 Nghị định số 98/2020/NĐ-CP",
                act_title="Kinh doanh hàng hóa nhập lậu",
                description=(
                    "Vận chuyển thuốc lá điếu nhập lậu và các hàng hóa nhập lậu khác (60 mặt hàng, "
                    "tổng trị giá 24.917.228 đồng) không có hóa đơn, chứng từ chứng minh nguồn gốc "
                    "hợp pháp, phát hiện hồi 09 giờ 30 phút ngày 05/01/2026 tại thôn Nà Lừa, "
                    "xã Tân Thanh, tỉnh Lạng Sơn"
                ),
                kind="Hàng nhập lậu",
                proposed_fine=15_000_000,
            ),
        ),
        seizure=PrintedSeizure(
            seized_at=END,
            reason="Để xác minh tình tiết làm căn cứ ra quyết định xử lý vi phạm",
            storage_place="kho tang vật của Đội Quản lý thị trường số 3, số 8 đường Hùng Vương, "
            "phường Đông Kinh, tỉnh Lạng Sơn",
            keeper="Nông Đức Thắng",
            keeper_title="Kiểm soát viên thị trường",
            keeper_organisation=UNIT,
            sealed=True,
            seal_numbers="LS-260105-01 đến LS-260105-06",
            items=goods,
        ),
        subject_opinion=(
            "Số hàng trên là của tôi, mua lại của người không quen biết tại khu vực chợ biên giới "
            "để bán lẻ; tôi không có hóa đơn, chứng từ."
        ),
        forces_opinion="Thống nhất với kết quả kiểm tra của Đoàn kiểm tra.",
        witness_opinion="Tôi chứng kiến toàn bộ quá trình kiểm tra, thống nhất với nội dung biên bản.",
        team_conclusion=(
            "Hàng hóa trên xe không có hóa đơn, chứng từ chứng minh nguồn gốc, xuất xứ hợp pháp, "
            "có dấu hiệu là hàng hóa nhập lậu. Đoàn kiểm tra đề nghị lập biên bản vi phạm hành "
            "chính và tạm giữ toàn bộ số hàng hóa trên để xử lý theo quy định."
        ),
        scene=(
            "Xe ô tô tải biển kiểm soát 12C-123.45 dừng ở lề phải đường liên thôn thuộc thôn Nà "
            "Lừa; hàng hóa xếp trong thùng xe, phủ bạt."
        ),
        measures="Tạm giữ tang vật, phương tiện vi phạm hành chính theo Biên bản tạm giữ số 20030005/BB-TG.",
        explanation_days=5,
        explanation_to="Chi cục trưởng Chi cục Quản lý thị trường tỉnh Lạng Sơn",
        appointment_at=vn(2026, 1, 9, 8, 0),
        appointment_place="trụ sở Đội Quản lý thị trường số 3, số 8 đường Hùng Vương, phường Đông Kinh, tỉnh Lạng Sơn",
        related=RELATED,
        delivered_to=subject.signer,
    )


def sample_snapshot(
    form_code: str, *, organisation: bool = False, items: int = 60
) -> DocumentSnapshot:
    """The sample case as the snapshot of ``form_code`` (BB-VPHC carries the refusal to sign)."""
    base = base_snapshot(organisation=organisation, items=items)
    later_start, later_end = vn(2026, 1, 12, 9, 0), vn(2026, 1, 12, 10, 15)
    changes: dict[str, object] = {
        "form_code": form_code,
        "number": NUMBERS[form_code],
        "document_id": f"4b7f2c1e-8d3a-4e5b-9c6d-{sorted(NUMBERS).index(form_code):012d}",
    }
    if form_code == "BB-VPHC":
        changes["refusal_reason"] = (
            "cho rằng hàng hóa là của người khác thuê vận chuyển, không đồng ý với nội dung biên bản"
        )
    if form_code in ("BB-MNP", "BB-TL", "BB-BGHS"):
        changes.update(
            started_at=later_start,
            ended_at=later_end,
            issued_at=later_end,
            place=Place(AGENCY.address),
            witnesses=WITNESSES[:1],
        )
    if form_code == "BB-BGHS":
        day = vn(2026, 1, 20, 14, 0)
        changes.update(
            started_at=day,
            ended_at=vn(2026, 1, 20, 15, 10),
            issued_at=day,
            related=tuple(issued_sample(c) for c in ("BB-KT", "BB-VPHC", "BB-TG", "BB-NPTG"))
            + RELATED[3:],
            handover=Handover(
                receiver=Person(
                    "Đinh Công Sơn",
                    "Điều tra viên",
                    organisation="Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn",
                ),
                documents=(
                    "Quyết định số 20030001/QĐ-CHS ngày 19/01/2026 chuyển hồ sơ vụ vi phạm",
                    "Ảnh chụp hiện trường và tang vật: 24 ảnh",
                ),
            ),
        )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def write_samples(out_dir: str | Path, *, verify_url: str | None = None) -> list[Path]:
    """Write one PDF of every form (and the organisation variant of BB-VPHC) to ``out_dir``."""
    from app.documents.forms import FORMS
    from app.documents.render import render_to_file

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for code in FORMS:
        path = out / f"{code}.pdf"
        render_to_file(sample_snapshot(code), path, verify_url=verify_url)
        written.append(path)
    org = out / "BB-VPHC-to-chuc.pdf"
    render_to_file(sample_snapshot("BB-VPHC", organisation=True), org, verify_url=verify_url)
    return written + [org]


if __name__ == "__main__":  # python -m app.documents.sample OUT_DIR
    import sys

    for p in write_samples(sys.argv[1] if len(sys.argv) > 1 else "samples"):
        print(p)
