"""Vietnamese labels for the wire fields a person sees in a conflict or a refusal.

Qt-free so the conflicts view, the command line and tests share one table. A field path
from the server ("subject.id_number", "seizures.0.items.3.quantity") reads as
"Đối tượng › Số định danh" and "Tạm giữ (dòng 1) › Tang vật (dòng 4) › Số lượng". A field
without a label keeps its wire name: nothing is hidden from the user.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from app.vntime import vn

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")

FIELD_LABELS: dict[str, str] = {
    # subject registry
    "kind": "Loại đối tượng",
    "name": "Tên",
    "gender": "Giới tính",
    "birth_date": "Ngày sinh",
    "nationality": "Quốc tịch",
    "occupation": "Nghề nghiệp",
    "id_kind": "Loại giấy tờ",
    "id_number": "Số định danh",
    "id_issued_on": "Ngày cấp giấy tờ",
    "id_issued_by": "Nơi cấp giấy tờ",
    "tax_code": "Mã số thuế",
    "registration_no": "Số đăng ký kinh doanh",
    "registration_issued_on": "Ngày cấp đăng ký",
    "registration_issued_by": "Nơi cấp đăng ký",
    "representative_name": "Người đại diện",
    "representative_gender": "Giới tính người đại diện",
    "representative_title": "Chức vụ người đại diện",
    "address": "Địa chỉ",
    "commune_code": "Xã/phường",
    "phone": "Điện thoại",
    # case
    "status": "Trạng thái",
    "basis_kind": "Căn cứ kiểm tra",
    "decision_no": "Số quyết định",
    "decision_date": "Ngày quyết định",
    "decision_signer": "Người ký quyết định",
    "decision_signer_title": "Chức vụ người ký",
    "surprise_ground": "Căn cứ kiểm tra đột xuất",
    "tip_ref": "Tin báo số",
    "started_at": "Bắt đầu kiểm tra",
    "ended_at": "Kết thúc kiểm tra",
    "place_address": "Địa điểm",
    "subject_id": "Đối tượng (mã)",
    "subject": "Đối tượng",
    "subject_present": "Đối tượng có mặt",
    "vehicle_plate": "Biển số xe",
    "contents": "Nội dung kiểm tra",
    "subject_opinion": "Ý kiến đối tượng",
    "forces_opinion": "Ý kiến lực lượng phối hợp",
    "witness_opinion": "Ý kiến người chứng kiến",
    "team_conclusion": "Kết luận của đoàn",
    "refusal_reason": "Lý do không ký",
    "finalised_at": "Hoàn tất lúc",
    "finalised_by": "Người hoàn tất",
    "amends_id": "Đính chính cho vụ",
    "amendment_reason": "Lý do đính chính",
    "members": "Thành viên đoàn",
    "forces": "Lực lượng phối hợp",
    "witnesses": "Người chứng kiến",
    "findings": "Kết quả kiểm tra",
    "goods": "Hàng hóa",
    "violations": "Hành vi vi phạm",
    "seizures": "Tạm giữ",
    "items": "Tang vật",
    "attachments": "Ảnh, tài liệu đính kèm",
    # rows of a case
    "full_name": "Họ tên",
    "position_title": "Chức vụ",
    "badge_no": "Số thẻ",
    "is_leader": "Trưởng đoàn",
    "force_code": "Lực lượng",
    "agency_name": "Cơ quan",
    "representative": "Người đại diện",
    "role": "Vai trò",
    "content": "Nội dung",
    "result": "Kết quả",
    "category_code": "Nhóm hàng",
    "unit": "Đơn vị tính",
    "quantity": "Số lượng",
    "origin": "Xuất xứ",
    "papers": "Hóa đơn, chứng từ",
    "estimated_value": "Trị giá ước tính",
    "note": "Ghi chú",
    "legal_act_code": "Điều, khoản, điểm",
    "violation_kind": "Hành vi",
    "description": "Mô tả",
    "proposed_fine": "Mức phạt đề xuất",
    "criminal_signs": "Có dấu hiệu tội phạm",
    "criminal_signs_cleared": "Lý do bỏ dấu hiệu tội phạm",
    "seized_at": "Tạm giữ lúc",
    "reason": "Lý do",
    "storage_place": "Nơi bảo quản",
    "keeper": "Người bảo quản",
    "sealed": "Niêm phong",
    "condition": "Tình trạng",
    "seal_numbers": "Số niêm phong",
    "caption": "Chú thích",
    "filename": "Tên tệp",
    # issued documents and number reports
    "number": "Số biên bản",
    "form_code": "Mẫu biên bản",
    "symbol": "Ký hiệu",
    "year": "Năm",
    "sequence": "Số thứ tự",
    "issued_at": "Lập lúc",
    "issued_by": "Người lập",
    "void_reason": "Lý do hủy",
    "voided_at": "Hủy lúc",
    "copies": "Số bản",
    # tips
    "received_at": "Ngày nhận",
    "summary": "Nội dung tin báo",
    "suspect": "Đối tượng nghi vấn",
    "case_id": "Vụ việc",
    # the record as a whole
    "version": "Phiên bản",
    "base_version": "Phiên bản gốc",
    "deleted_at": "Đã xóa lúc",
}

VALUE_LABELS: dict[str, dict[str, str]] = {
    "status": {
        "draft": "Bản nháp",
        "finalised": "Đã hoàn tất",
        "issued": "Đã lập",
        "void": "Đã hủy",
        "new": "Mới",
        "assigned": "Đã giao",
        "in_progress": "Đang xử lý",
        "done": "Đã xử lý",
        "dismissed": "Không xử lý",
    },
    "kind": {"individual": "Cá nhân", "organisation": "Tổ chức"},
    "basis_kind": {"decision": "Theo quyết định", "surprise": "Đột xuất"},
    "id_kind": {"cccd": "Căn cước / CCCD", "cmnd": "CMND", "passport": "Hộ chiếu"},
    "role": {"witness": "Người chứng kiến", "commune": "Đại diện chính quyền xã"},
}


def field_label(path: str) -> str:
    """A wire field or dotted path as Vietnamese words; unknown names are kept as they are."""
    if not path:
        return ""
    parts: list[str] = []
    for segment in path.split("."):
        if segment.isdigit() and parts:
            parts[-1] = f"{parts[-1]} (dòng {int(segment) + 1})"
        else:
            parts.append(FIELD_LABELS.get(segment, segment))
    return " › ".join(parts)


def value_text(field: str, value: str) -> str:
    """A coded value ("finalised", "organisation") in words for the field it belongs to;
    ISO dates as dd/mm/yyyy and timestamps in Vietnam time."""
    if ISO_TIME.match(value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        return f"{vn(moment):%d/%m/%Y %H:%M}" if moment.tzinfo else f"{moment:%d/%m/%Y %H:%M}"
    if ISO_DATE.match(value):
        try:
            return f"{date.fromisoformat(value):%d/%m/%Y}"
        except ValueError:
            return value
    return VALUE_LABELS.get(field.rsplit(".", 1)[-1], {}).get(value, value)
