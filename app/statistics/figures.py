"""The figures a report gives, each declared once: its code, its words, its unit, and the
events of ``stat_event`` it adds up (app.statistics.projection names them).

A figure is the sum of ``n`` (counts) or of ``amount`` (whole đồng) over its events in the
period; ``doi_tuong``, ``ca_nhan`` and ``to_chuc`` count distinct subjects of the cases
found with a violation: their events less the repeats of a subject in the period
(app.statistics.subjects). ``joint`` figures count only joint (liên ngành) cases.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.statistics.projection import OTHER_SUBJECT_EVENT, SUBJECT_EVENTS, TICH_THU_STATES

COUNT, MONEY, DISTINCT = "n", "amount", "distinct"


@dataclass(frozen=True)
class Figure:
    code: str
    label: str
    unit: str  # "vụ", "bị can", "đối tượng", "đồng"
    events: tuple[str, ...]
    measure: str = COUNT
    joint: bool = False  # joint (liên ngành) cases only

    @property
    def money(self) -> bool:
        return self.measure == MONEY


_TICH_THU = tuple(f"tich_thu_{s}" for s in TICH_THU_STATES)
BUDGET = ("phat_da_nop", "cham_nop", "ban_tich_thu", "truy_thu_thue")

FIGURES: tuple[Figure, ...] = (
    Figure("vu_kiem_tra", "Số vụ kiểm tra", "vụ", ("kiem_tra",)),
    Figure("vu_vi_pham", "Số vụ phát hiện vi phạm", "vụ", ("vi_pham",)),
    Figure("doi_tuong", "Số đối tượng vi phạm", "đối tượng",
           (*SUBJECT_EVENTS.values(), OTHER_SUBJECT_EVENT), DISTINCT),
    Figure("ca_nhan", "— trong đó cá nhân", "đối tượng", (SUBJECT_EVENTS["individual"],), DISTINCT),
    Figure("to_chuc", "— trong đó tổ chức", "đối tượng", (SUBJECT_EVENTS["organisation"],),
           DISTINCT),
    Figure("vu_xu_ly", "Số vụ xử lý (khởi tố và xử lý hành chính)", "vụ",
           ("khoi_to", "xu_ly_hanh_chinh")),
    Figure("vu_xu_ly_hanh_chinh", "Số vụ xử lý vi phạm hành chính", "vụ", ("xu_ly_hanh_chinh",)),
    Figure("vu_chuyen_dieu_tra", "Số vụ chuyển cơ quan điều tra", "vụ", ("chuyen_dieu_tra",)),
    Figure("vu_khoi_to", "Số vụ khởi tố", "vụ", ("khoi_to",)),
    Figure("bi_can", "Số bị can", "bị can", ("bi_can",)),
    Figure("vu_tra_lai", "Số vụ cơ quan điều tra trả lại, không khởi tố", "vụ", ("tra_lai",)),
    Figure("vu_lien_nganh", "Số vụ phối hợp kiểm tra liên ngành", "vụ", ("kiem_tra",), joint=True),
    Figure("tien_phat_quyet_dinh", "Tiền phạt theo quyết định", "đồng", ("phat_quyet_dinh",), MONEY),
    Figure("tien_phat_da_nop", "Tiền phạt đã nộp", "đồng", ("phat_da_nop",), MONEY),
    Figure("tien_cham_nop", "Tiền chậm nộp phạt", "đồng", ("cham_nop",), MONEY),
    Figure("tien_ban_tich_thu", "Tiền bán hàng tịch thu", "đồng", ("ban_tich_thu",), MONEY),
    Figure("truy_thu_thue", "Truy thu thuế", "đồng", ("truy_thu_thue",), MONEY),
    Figure("thu_nop_ngan_sach", "Thu nộp ngân sách", "đồng", BUDGET, MONEY),
    Figure("tri_gia_tam_giu", "Trị giá hàng tạm giữ", "đồng", ("hang_tam_giu",), MONEY),
    Figure("tri_gia_tich_thu", "Trị giá hàng tịch thu", "đồng", _TICH_THU, MONEY),
    Figure("tich_thu_da_ban", "— đã bán", "đồng", ("tich_thu_da_ban",), MONEY),
    Figure("tich_thu_tieu_huy", "— đã tiêu hủy", "đồng", ("tich_thu_tieu_huy",), MONEY),
    Figure("tich_thu_chuyen_giao", "— đã chuyển giao", "đồng", ("tich_thu_chuyen_giao",), MONEY),
    Figure("tich_thu_chua_xu_ly", "— chưa xử lý", "đồng", ("tich_thu_chua_xu_ly",), MONEY),
)

BY_CODE = {f.code: f for f in FIGURES}

# the figures member agencies submit for their force (server.statistics.members)
# (vu_xu_ly is theirs added up: khởi tố + xử lý hành chính)
MEMBER_FIGURES = ("vu_kiem_tra", "vu_khoi_to", "bi_can", "vu_xu_ly_hanh_chinh",
                  "tien_phat_quyet_dinh", "thu_nop_ngan_sach", "tri_gia_tich_thu")


def figure(code: str) -> Figure:
    return BY_CODE[code]
