"""Helpers and expected values of the document tests (imported by conftest and the tests)."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass

from pypdf import PdfReader

from app.documents.forms import FORMS
from app.documents.render import RenderedPdf, render
from app.documents.snapshot import DocumentSnapshot

SHEETS = re.compile(r"(?<!này )gồm\s+(\d+)\s+tờ")  # the biên bản's, not its Bảng kê's
ANNEX_SHEETS = re.compile(r"Bảng kê này gồm\s+(\d+)\s+tờ")


FOOTER = re.compile(r"Chữ ký/nháy của các bên: Số: \S+ · Mã kiểm tra: [0-9a-f]{16} ?")


def body(page: str) -> str:
    """A page's text without its number (top margin) and footer (drawn first on every page)."""
    return FOOTER.sub("", re.sub(r"^\d+ ", "", page), count=1).strip()


def normalise(text: str) -> str:
    """NFC, every run of whitespace (no-break spaces included) as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


@dataclass
class Rendered:
    snapshot: DocumentSnapshot
    pdf: RenderedPdf
    reader: PdfReader
    pages: list[str]

    @property
    def text(self) -> str:
        """The body text of all pages, without page numbers and footers, as one line."""
        return " ".join(body(p) for p in self.pages)

    @property
    def has_back_page(self) -> bool:
        return FORMS[self.snapshot.form_code].back_page

    @property
    def own_pages(self) -> list[str]:
        """The pages of the biên bản itself (an attached Bảng kê follows them)."""
        return self.pages[: len(self.pages) - self.pdf.annex_sheets]

    def printed_sheets(self) -> int:
        """The "gồm … tờ" of the document (of the Bảng kê itself for a BANG-KE snapshot)."""
        pattern = ANNEX_SHEETS if self.snapshot.form_code == "BANG-KE" else SHEETS
        counts = {int(m) for m in pattern.findall(self.text)}
        assert len(counts) == 1, f"one sheet count expected, found {counts}"
        return counts.pop()


def read(snapshot: DocumentSnapshot, **kw: object) -> Rendered:
    pdf = render(snapshot, **kw)  # type: ignore[arg-type]
    reader = PdfReader(io.BytesIO(pdf))
    return Rendered(snapshot, pdf, reader, [normalise(p.extract_text()) for p in reader.pages])


NUMBER = re.compile(r"^\d{8}/BB-[A-Z]+$")
STANDARD_14 = {
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Symbol",
    "ZapfDingbats",
}
COMMON_LABELS = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH LẠNG SƠN",
    "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3",
]
CLOSING = [
    "Biên bản lập xong hồi",
    "có nội dung và giá trị như nhau; đã đọc lại cho những người có tên nêu trên cùng nghe, "
    "công nhận là đúng và cùng ký tên dưới đây",
]
SEIZED_HEADER = (
    "STT Tên tang vật, phương tiện vi phạm hành chính Đơn vị tính Số lượng Chủng loại "
    "Tình trạng, đặc điểm Ghi chú"
)
SUBJECT = [
    "Họ và tên: Nguyễn Thị Ánh Giới tính: Nữ",
    "Ngày, tháng, năm sinh: 12/08/1986 Quốc tịch: Việt Nam",
    "Nghề nghiệp: Kinh doanh tự do",
    "Nơi ở hiện tại: thôn Pò Đứa, xã Đồng Đăng, tỉnh Lạng Sơn",
    "Số định danh cá nhân/CMND/Hộ chiếu: 020186001234; ngày cấp: 22/04/2021; "
    "nơi cấp: Cục Cảnh sát quản lý hành chính về trật tự xã hội",
]
LEADER = ["Họ và tên: Hoàng Văn Minh Chức vụ: Đội trưởng", "Cơ quan: Đội Quản lý thị trường số 3"]
WITNESS = ["Họ và tên: Lê Văn Tâm Nghề nghiệp: Lái xe", "Địa chỉ: thôn 3, xã Ea Kar, tỉnh Đắk Lắk"]
ON_SITE = [
    "Hôm nay, hồi 09 giờ 05 phút, ngày 05/01/2026, tại thôn Nà Lừa, xã Tân Thanh, tỉnh Lạng Sơn."
]
GOODS = [
    "Thuốc lá điếu nhập lậu, bao 20 điếu, vỏ màu xanh",
    "Kem dưỡng da mặt, hộp 50 g, dưỡng trắng",
    "Áo khoác nữ chần bông, cỡ M",
    "Bánh quy bơ, hộp thiếc 908 g, vị bơ",
    "Hạt dưa rang, loại to",
    "12,5",
]
KEEPER = ["Họ và tên: Nông Đức Thắng Chức vụ: Kiểm soát viên thị trường"]
CITATION = "điểm a khoản 5 Điều 15 Nghị định số 98/2020/NĐ-CP"

FILLED: dict[str, list[str]] = {
    "BB-KT": SUBJECT
    + ON_SITE
    + WITNESS
    + GOODS
    + [
        "Ông (bà) Hoàng Văn Minh; chức vụ: Đội trưởng; số hiệu công chức: 20-QLTT-0123 - Trưởng đoàn",
        "số hiệu công chức: 20-QLTT-0245",
        "số hiệu công chức: 20-QLTT-0311",
        "Công an xã Tân Thanh: ông (bà) Vi Văn Hùng",
        "Đồn Biên phòng Tân Thanh: ông (bà) Lương Quốc Bảo",
        "Phương tiện được kiểm tra: xe ô tô biển kiểm soát 12C-123.45",
        "tin báo số TB-0112/2026",
        "thuốc lá điếu nhập lậu",
        CITATION,
        "mức phạt tiền đề xuất: 15.000.000 đồng (Mười lăm triệu đồng)",
    ],
    "BB-VPHC": SUBJECT
    + ON_SITE
    + LEADER
    + WITNESS
    + [
        "Căn cứ: Biên bản kiểm tra số 20030015/BB-KT ngày 05/01/2026 của Đội Quản lý thị trường số 3",
        f"3. Quy định tại: {CITATION}",
        "thuốc lá điếu nhập lậu",
        "Trong thời hạn 05 ngày làm việc",
        "có quyền gửi văn bản giải trình đến Chi cục trưởng Chi cục Quản lý thị trường tỉnh Lạng Sơn",
        "có mặt vào hồi 08 giờ 00 phút, ngày 09/01/2026",
    ],
    "BB-LV": SUBJECT
    + ON_SITE
    + LEADER
    + WITNESS
    + GOODS
    + [
        "1. Thời gian xảy ra vụ việc: hồi 09 giờ 05 phút, ngày 05/01/2026",
        "2. Địa điểm xảy ra vụ việc: thôn Nà Lừa, xã Tân Thanh, tỉnh Lạng Sơn",
        "Xe ô tô tải biển kiểm soát 12C-123.45 dừng ở lề phải",
    ],
    "BB-TG": SUBJECT
    + ON_SITE
    + LEADER
    + WITNESS
    + GOODS
    + [
        "bảo quản tại kho tang vật của Đội Quản lý thị trường số 3",
    ],
    "BB-NPTG": SUBJECT
    + ON_SITE
    + LEADER
    + KEEPER
    + GOODS
    + [
        "Căn cứ Biên bản số: 20030005/BB-TG lập ngày 05/01/2026",
        "b) Họ và tên: Lê Văn Tâm",
        "tỉnh Đắk Lắk",
        "c) Họ và tên: Hoàng Thị Mai",
        "Niêm phong số: LS-260105-01",
        "được lập thành 03 bản",
        "giao cho ông (bà) Nông Đức Thắng là người bảo quản tang vật",
        "Số hiệu niêm phong đã sử dụng: LS-260105-01 đến LS-260105-06",
    ],
    "BB-MNP": SUBJECT
    + LEADER
    + KEEPER
    + GOODS
    + [
        "Hôm nay, hồi 09 giờ 00 phút, ngày 12/01/2026",
        "Biên bản niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục "
        "hành chính số 20030003/BB-NPTG ngày 05/01/2026",
        "20030002/QĐ-TG",
        "được lập thành 03 bản",
    ],
    "BB-TL": SUBJECT
    + LEADER
    + GOODS
    + [
        "Căn cứ Biên bản số: 20030005/BB-TG ngày 05/01/2026",
        "tại số 8 đường Hùng Vương, phường Đông Kinh, tỉnh Lạng Sơn",
        "2. Ông (bà) là chủ sở hữu được nhận lại tang vật",
    ],
    "BB-BGHS": LEADER
    + [
        "Căn cứ Quyết định số: 20030001/QĐ-CHS ngày 19/01/2026 của Chi cục trưởng Chi cục Quản lý "
        "thị trường tỉnh Lạng Sơn",
        "Họ và tên: Đinh Công Sơn Chức vụ: Điều tra viên",
        "Cơ quan: Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn",
        "1. Biên bản kiểm tra việc chấp hành pháp luật trong sản xuất, kinh doanh hàng hóa, dịch vụ "
        "số 20030015/BB-KT ngày 05/01/2026 (",
        "5. Quyết định số 20030001/QĐ-CHS ngày 19/01/2026 chuyển hồ sơ vụ vi phạm;",
        "Hôm nay, hồi 14 giờ 00 phút, ngày 20/01/2026",
    ],
    "BANG-KE": GOODS
    + [
        "(Kèm theo Biên bản số 20030005/BB-TG ngày 05 tháng 01 năm 2026)",
        "liệt kê 60 mặt hàng",
        "Nguyễn Thị Ánh",
        "Hoàng Văn Minh",
        "Lê Văn Tâm",
    ],
}

LABELS: dict[str, list[str]] = {
    "BB-KT": CLOSING
    + [
        "BIÊN BẢN KIỂM TRA",
        "Việc chấp hành pháp luật trong sản xuất, kinh doanh hàng hóa, dịch vụ",
        "Đoàn kiểm tra gồm:",
        "Cơ quan phối hợp:",
        "Người chứng kiến, đại diện chính quyền:",
        "Tiến hành kiểm tra đối với ông (bà) có tên sau đây:",
        "1. Nội dung kiểm tra:",
        "2. Kết quả kiểm tra:",
        "3. Ý kiến của cá nhân được kiểm tra:",
        "4. Ý kiến của đại diện cơ quan phối hợp kiểm tra (nếu có):",
        "6. Ý kiến đánh giá, kiến nghị, đề xuất của Đoàn kiểm tra:",
        "STT Tên hàng hóa Đơn vị tính Số lượng Xuất xứ Hóa đơn, chứng từ Ghi chú",
        "ĐỐI TƯỢNG ĐƯỢC KIỂM TRA",
        "THÀNH VIÊN ĐOÀN KIỂM TRA",
        "TRƯỞNG ĐOÀN KIỂM TRA",
        "ĐẠI DIỆN CƠ QUAN PHỐI HỢP",
        "NGƯỜI CHỨNG KIẾN",
    ],
    "BB-VPHC": CLOSING
    + [
        "BIÊN BẢN VI PHẠM HÀNH CHÍNH",
        "Chúng tôi gồm:",
        "1. Người có thẩm quyền lập biên bản:",
        "2. Với sự chứng kiến của:",
        "Tiến hành lập biên bản vi phạm hành chính đối với ông (bà) có tên sau đây:",
        "2. Đã có các hành vi vi phạm hành chính:",
        "3. Quy định tại:",
        "5. Ý kiến trình bày của cá nhân vi phạm:",
        "8. Chúng tôi đã yêu cầu cá nhân vi phạm chấm dứt ngay hành vi vi phạm.",
        "9. Các biện pháp ngăn chặn và bảo đảm xử lý vi phạm hành chính được áp dụng, gồm:",
        "10. Quyền và thời hạn giải trình:",
        "để giải quyết vụ việc",
        "CÁ NHÂN VI PHẠM (Ký, ghi rõ họ và tên)",
        "NGƯỜI LẬP BIÊN BẢN (Ký, ghi rõ chức vụ, họ và tên)",
    ],
    "BB-LV": CLOSING
    + [
        "BIÊN BẢN LÀM VIỆC",
        "2. Người chứng kiến (nếu có):",
        "4. Cá nhân có liên quan trực tiếp đến vụ việc:",
        "Tiến hành lập biên bản làm việc đối với ông (bà) có liên quan trực tiếp đến vụ việc:",
        "3. Diễn biến của vụ việc:",
        "4. Hiện trường:",
        "5. Thiệt hại (nếu có): Không",
        "7. Lời khai của cá nhân có liên quan trực tiếp đến vụ việc:",
        "9. Các biện pháp xử lý và ngăn chặn hậu quả do sự việc gây ra (nếu có):",
        "10. Tang vật, phương tiện có liên quan đến vụ việc (nếu có):",
    ],
    "BB-TG": CLOSING
    + [
        "BIÊN BẢN",
        "Tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành nghề",
        "Tiến hành tạm giữ và lập biên bản tạm giữ tang vật, phương tiện vi phạm hành chính của "
        "ông (bà) có tên sau đây:",
        "2. Tang vật, phương tiện vi phạm hành chính bị tạm giữ, gồm:",
        SEIZED_HEADER,
        "Ngoài những tang vật, phương tiện vi phạm hành chính và các giấy tờ nêu trên, chúng tôi "
        "không tạm giữ thêm thứ gì khác.",
        "4. Ý kiến trình bày của cá nhân vi phạm:",
        "6. Ý kiến bổ sung (nếu có):",
    ],
    "BB-NPTG": CLOSING
    + [
        "Niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục hành chính",
        "1. Người có thẩm quyền lập biên bản - Người niêm phong:",
        "3. Ông (bà) vi phạm có tang vật, phương tiện vi phạm hành chính bị tạm giữ phải được niêm phong:",
        "4. Người có trách nhiệm bảo quản tang vật, phương tiện vi phạm hành chính bị tạm giữ phải niêm phong:",
        "Tiến hành niêm phong và lập biên bản niêm phong tang vật, phương tiện vi phạm hành chính "
        "bị tạm giữ theo Biên bản số: 20030005/BB-TG.",
        "1. Tang vật, phương tiện vi phạm hành chính niêm phong, gồm:",
        SEIZED_HEADER,
        "NGƯỜI NIÊM PHONG",
        "NGƯỜI BẢO QUẢN TANG VẬT, PHƯƠNG TIỆN",
        "ĐẠI DIỆN CHÍNH QUYỀN",
    ],
    "BB-MNP": CLOSING
    + [
        "Mở niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục hành chính",
        "1. Tình trạng của niêm phong trước khi mở vẫn còn nguyên vẹn, không bị rách rời hoặc chắp vá.",
        "2. Tang vật, phương tiện vi phạm hành chính được mở niêm phong, gồm:",
        SEIZED_HEADER,
        "4. Số tang vật, phương tiện vi phạm hành chính được mở niêm phong nói trên vẫn đầy đủ về "
        "số lượng, đúng chủng loại và vẫn giữ nguyên tình trạng như khi tiến hành niêm phong",
        "NGƯỜI NIÊM PHONG",
        "NGƯỜI BẢO QUẢN TANG VẬT, PHƯƠNG TIỆN",
    ],
    "BB-TL": CLOSING
    + [
        "Trả lại tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành nghề",
        "Tiến hành trả lại và lập biên bản trả lại tang vật, phương tiện vi phạm hành chính.",
        "1. Tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục hành chính được trả "
        "lại, gồm:",
        SEIZED_HEADER,
        "CÁ NHÂN ĐƯỢC NHẬN LẠI",
        "NGƯỜI LẬP BIÊN BẢN",
    ],
    "BB-BGHS": CLOSING
    + [
        "Bàn giao hồ sơ vụ vi phạm có dấu hiệu tội phạm để truy cứu trách nhiệm hình sự",
        "1. Người có thẩm quyền lập biên bản - Bên bàn giao hồ sơ:",
        "2. Bên nhận bàn giao hồ sơ:",
        "Tiến hành bàn giao và lập biên bản bàn giao hồ sơ vụ vi phạm theo Quyết định số: "
        "20030001/QĐ-CHS.",
        "Đại diện bên nhận bàn giao hồ sơ đã kiểm tra, nhận đủ các tài liệu có trong hồ sơ nêu trên.",
        "bên bàn giao hồ sơ, bên nhận bàn giao hồ sơ mỗi bên giữ 01 bản, 01 bản lưu hồ sơ",
        "BÊN NHẬN BÀN GIAO",
        "BÊN BÀN GIAO",
    ],
    "BANG-KE": [
        "BẢNG KÊ",
        "Tang vật, phương tiện vi phạm hành chính",
        SEIZED_HEADER,
        "là bộ phận không tách rời của Biên bản số 20030005/BB-TG",
    ],
}
