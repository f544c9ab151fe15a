"""Biên bản issued from a case saved as the editor saves it, read back as a clerk reads them.

Each case is made with the editor's form (``sample_case_entry``) through ``save_case`` and
``finalise_case``, issued through ``issue_document`` and read back from the frozen PDF.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from documents_support import normalise
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.documents.issuing import document_pdf, issue_document
from app.errors import ValidationFailed
from app.models import Case
from app.services.case_entry import CaseEntry, SeizedItemEntry, WitnessEntry
from app.services.cases import finalise_case, save_case

PLAIN_WITNESS = WitnessEntry("Lê Văn Tâm", "witness", "Lái xe", "066089004321", "thôn 3, xã Ea Kar, tỉnh Đắk Lắk")
COMMUNE = WitnessEntry("Lục Văn Kiên", "commune", "Công chức Văn phòng UBND xã")


@dataclass
class Issued:
    number: str
    pdf: bytes
    pages: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.pages)

    def fonts(self) -> set[str]:
        reader = PdfReader(io.BytesIO(self.pdf))
        return {
            str(ref.get_object()["/BaseFont"]).split("+")[-1]
            for page in reader.pages
            for ref in page["/Resources"]["/Font"].values()
        }


def saved_case(db, actor, edit: Callable[[CaseEntry], None] | None = None) -> str:
    with unit_of_work(db.sessions) as s:
        form = sample_case_entry(s)
        form.witnesses = [PLAIN_WITNESS, COMMUNE]
        if edit is not None:
            edit(form)
        case_id = save_case(s, form, actor).id
        finalise_case(s, case_id, actor)
    return case_id


def issue(db, actor, case_id, code: str) -> Issued:
    with unit_of_work(db.sessions) as s:
        result = issue_document(s, case_id, code, actor)
        pdf = document_pdf(s, result.document_id)
    pages = [normalise(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
    return Issued(result.number, pdf, pages)


def sheets(doc: Issued, pattern: str = r"(?<!này )gồm (\d+) tờ") -> int:
    (count,) = set(re.findall(pattern, doc.text))
    return int(count)


def many_items(n: int) -> Callable[[CaseEntry], None]:
    def edit(form: CaseEntry) -> None:
        form.seizures[0].items = [
            SeizedItemEntry(f"Mặt hàng số {i:02d}", "", "thùng", "2", "Hàng tiêu dùng", f"Tình trạng {i:02d}",
                           f"{i * 100_000}", f"NP-{i:06d}")
            for i in range(1, n + 1)
        ]

    return edit


def test_bb_tg_everyone_recorded_as_present_signs(demo_db, actor) -> None:
    tg = issue(demo_db, actor, saved_case(demo_db, actor), "BB-TG")
    text = tg.text
    assert (
        "2. Với sự chứng kiến của: Họ và tên: Lê Văn Tâm Nghề nghiệp: Lái xe "
        "Địa chỉ: thôn 3, xã Ea Kar, tỉnh Đắk Lắk "
        "Họ và tên: Lục Văn Kiên Chức vụ: Công chức Văn phòng UBND xã" in text
    )
    signatures = text[text.index("CÁ NHÂN VI PHẠM (Ký") :]
    assert "NGƯỜI CHỨNG KIẾN (Ký, ghi rõ họ và tên)" in signatures
    assert "ĐẠI DIỆN CHÍNH QUYỀN (Ký, ghi rõ chức vụ, họ và tên)" in signatures
    assert "Lê Văn Tâm" in signatures and "Lục Văn Kiên" in signatures


def test_bb_nptg_letters_its_persons_as_mbb26(demo_db, actor) -> None:
    case_id = saved_case(demo_db, actor)
    tg = issue(demo_db, actor, case_id, "BB-TG")
    text = issue(demo_db, actor, case_id, "BB-NPTG").text
    witness = text.index("b) Họ và tên: Lê Văn Tâm Nghề nghiệp: Lái xe Địa chỉ: thôn 3, xã Ea Kar")
    commune = text.index("c) Họ và tên: Lục Văn Kiên Chức vụ: Công chức Văn phòng UBND xã")
    assert text.index("2. Với sự chứng kiến của:") < witness < commune < text.index("3. Ông (bà) vi phạm")
    assert "a) Họ và tên" not in text  # an adult of the family is not a role the case records
    assert f"Căn cứ Biên bản số: {tg.number} lập ngày" in text  # the seizure actually issued


def test_bb_mnp_cites_the_seizure_decision_as_mqd20(forms) -> None:
    text = forms["BB-MNP"].text
    assert (
        "Quyết định tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành "
        "nghề số 20030002/QĐ-TG ngày 06/01/2026" in text
    )
    assert "TGTVPT" not in text


def test_bb_mnp_from_a_case_cites_the_documents_issued(demo_db, actor) -> None:
    case_id = saved_case(demo_db, actor)
    tg = issue(demo_db, actor, case_id, "BB-TG")
    np_ = issue(demo_db, actor, case_id, "BB-NPTG")
    text = issue(demo_db, actor, case_id, "BB-MNP").text
    assert f"Biên bản tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành nghề số {tg.number}" in text
    assert f"đã niêm phong theo Biên bản số: {np_.number}." in text


def test_attached_bang_ke_is_said_and_its_rows_are_printed_once(demo_db, actor) -> None:
    tg = issue(demo_db, actor, saved_case(demo_db, actor, many_items(20)), "BB-TG")
    assert (
        "2. Tang vật, phương tiện vi phạm hành chính bị tạm giữ, gồm: 20 mặt hàng, tổng trị giá "
        "ước tính 21.000.000 đồng (Bằng chữ: Hai mươi mốt triệu đồng)" in tg.text
    )
    assert "chi tiết tại Bảng kê kèm theo Biên bản này, là bộ phận không tách rời của Biên bản." in tg.text
    for i in range(1, 21):
        assert len(re.findall(rf"Mặt hàng số {i:02d}\b", tg.text)) == 1, f"row {i} printed twice or never"
    back = next(i for i, p in enumerate(tg.pages) if "(Mặt sau biên bản)" in p)
    annex = tg.pages[back + 1 :]
    assert annex and "BẢNG KÊ" in annex[0] and f"(Kèm theo Biên bản số {tg.number}" in annex[0]
    assert all("Mặt hàng số" not in p for p in tg.pages[: back + 1])
    assert sheets(tg) == back  # the biên bản counts its own sheets, the back page excluded
    assert sheets(tg, r"Bảng kê này gồm (\d+) tờ") == len(annex)


def test_bb_bghs_states_the_sheets_the_documents_state(demo_db, actor) -> None:
    case_id = saved_case(demo_db, actor, many_items(20))
    kt = issue(demo_db, actor, case_id, "BB-KT")
    tg = issue(demo_db, actor, case_id, "BB-TG")
    text = issue(demo_db, actor, case_id, "BB-BGHS").text
    kt_line = re.search(rf"1\. Biên bản kiểm tra .*? số {kt.number} ngày \S+ \((\d+) tờ, bản chính\);", text)
    assert kt_line and int(kt_line.group(1)) == sheets(kt)
    tg_line = re.search(
        rf"2\. Biên bản tạm giữ .*? số {tg.number} ngày \S+ \((\d+) tờ, bản chính\) kèm Bảng kê \((\d+) tờ\)\.",
        text,
    )
    assert tg_line
    assert (int(tg_line.group(1)), int(tg_line.group(2))) == (sheets(tg), sheets(tg, r"Bảng kê này gồm (\d+) tờ"))
    assert "Hồ sơ gồm: 02 loại tài liệu" in text


def test_user_text_is_joined_without_doubled_punctuation(demo_db, actor) -> None:
    def edit(form: CaseEntry) -> None:
        form.seizures[0].items[0].note = "Hàng để sát biên giới."
        form.violations[0].description = "Vận chuyển thuốc lá điếu nhập lậu."

    case_id = saved_case(demo_db, actor, edit)
    tg = issue(demo_db, actor, case_id, "BB-TG").text
    kt = issue(demo_db, actor, case_id, "BB-KT").text
    assert "Hàng để sát biên giới; Trị giá: 11.500.000 đ" in tg
    assert "Hành vi: Vận chuyển thuốc lá điếu nhập lậu; quy định tại" in kt
    assert "giới." not in tg and "lậu." not in kt


PLATE = "桂A·12345"
COMPANY = "广西凭祥市贸易有限公司"


def test_chinese_plate_and_company_print_every_character(demo_db, actor) -> None:
    def edit(form: CaseEntry) -> None:
        form.vehicle_plate = PLATE
        form.subject.occupation = f"Lái xe thuê cho {COMPANY}"
        form.goods[0].origin = f"Trung Quốc ({COMPANY})"

    kt = issue(demo_db, actor, saved_case(demo_db, actor, edit), "BB-KT")
    assert f"Phương tiện được kiểm tra: xe ô tô biển kiểm soát {PLATE}" in kt.text
    assert f"Nghề nghiệp: Lái xe thuê cho {COMPANY}" in kt.text
    assert COMPANY in kt.text.replace(" ", "")
    assert "DroidSansFallback" in kt.fonts()
    plain = issue(demo_db, actor, saved_case(demo_db, actor), "BB-KT")
    assert plain.fonts() and all(f.startswith("LiberationSerif") for f in plain.fonts())


def test_plain_document_bytes_do_not_depend_on_the_fallback(tmp_path) -> None:
    """A Vietnamese-only document renders byte for byte the same whether or not the fallback
    font has been loaded in the process (it is only embedded where used)."""
    import subprocess
    import sys

    from app.documents import fonts
    from app.documents.render import render
    from app.documents.sample import sample_snapshot

    code = (
        "import sys; from app.documents.render import render; "
        "from app.documents.sample import sample_snapshot; from app.documents import fonts; "
        "sys.stdout.buffer.write(render(sample_snapshot('BB-VPHC'))); "
        "assert not fonts._fallbacks"
    )
    fresh = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    fonts.runs(PLATE, fonts.REGULAR)  # the fallback is loaded in this process
    assert fonts._fallbacks
    assert bytes(render(sample_snapshot("BB-VPHC"))) == fresh


def test_unprintable_scripts_are_refused_at_the_field(demo_db, actor) -> None:
    def count() -> int:
        with unit_of_work(demo_db.sessions) as s:
            return s.scalar(select(func.count()).select_from(Case))

    before = count()

    def edit(form: CaseEntry) -> None:
        form.subject.name = "ສົມພອນ ວົງສາ"  # Lao
        form.seizures[0].items[0].note = "ទំនិញ"  # Khmer
        form.contents = "Kiểm tra xe 🚚"

    with pytest.raises(ValidationFailed) as err:
        saved_case(demo_db, actor, edit)
    errors = err.value.errors
    assert errors["subject.name"].startswith("Chữ Lào chưa in được đúng trên biên bản")
    assert errors["seizures.0.items.0.note"].startswith("Chữ Khmer chưa in được đúng trên biên bản")
    assert errors["contents"] == "Ký tự «🚚» không in được trên biên bản: hãy bỏ hoặc thay bằng chữ thường."
    assert count() == before  # nothing half-saved


def test_the_server_refuses_what_cannot_print() -> None:
    from pydantic import ValidationError

    from app.sync.wire.records import SubjectPayload

    assert SubjectPayload(name=f"Công ty {COMPANY}").name == f"Công ty {COMPANY}"
    with pytest.raises(ValidationError, match="name: Chữ Lào chưa in được"):
        SubjectPayload(name="ສົມພອນ")


def test_the_server_names_the_row_that_cannot_print_in_a_case() -> None:
    """A case's text is checked at once; a refusal still names the row and field."""
    import uuid

    from pydantic import ValidationError

    from app.sync.wire.records import CasePayload

    item = {"id": str(uuid.uuid4()), "name": "Thuốc lá điếu", "unit": "bao", "quantity": "500"}
    seizure = {"id": str(uuid.uuid4()), "items": [item, dict(item, id=str(uuid.uuid4()))]}
    lines = "Kiểm tra kho hàng\nHàng hóa không có hóa đơn,\tchứng từ"
    case = CasePayload.model_validate({"contents": lines, "seizures": [seizure]})
    assert case.contents == lines
    seizure["items"][1]["note"] = "ទំនិញ"  # Khmer
    with pytest.raises(ValidationError, match=r"seizures\.0\.items\.1\.note: Chữ Khmer chưa in"):
        CasePayload.model_validate({"contents": lines, "seizures": [seizure]})


def test_the_printable_table_is_the_fonts() -> None:
    from app.documents import fonts
    from app.paths import resources_dir
    from app.validation import validate_printable

    assert (resources_dir() / "fonts" / fonts.PRINTABLE_FILE).read_text("utf-8") == fonts.printable_table()
    assert validate_printable(f"{PLATE} {COMPANY} Nguyễn Thị Ánh, Đắk Lắk\n") is None


def test_render_never_drops_a_character() -> None:
    import dataclasses

    from app.documents.fonts import UnprintableText
    from app.documents.render import render
    from app.documents.sample import sample_snapshot

    snap = sample_snapshot("BB-VPHC")
    with pytest.raises(UnprintableText, match="U\\+1F69A"):
        render(dataclasses.replace(snap, subject_opinion="Xe 🚚 của tôi"))


def test_a_long_chinese_name_breaks_inside_its_signature_box() -> None:
    from app.documents import fonts

    name = f"{COMPANY}{COMPANY} (Công ty TNHH)"
    lines = fonts.split_lines(name, fonts.BOLD, 13, 150)
    assert len(lines) > 2
    assert all(fonts.text_width(line, fonts.BOLD, 13) <= 150 for line in lines)
    assert "".join(lines).replace(" ", "") == name.replace(" ", "")
