"""The Vietnamese words for the fields of every record kind (app.sync.wire.kinds), shared by
the app's conflicts and refusals views and by the server. A payload field without its word
here fails tests/sync/test_record_kinds.py with the kind's and the field's names."""

from __future__ import annotations

# fields every record and every row of a case carries
COMMON: dict[str, str] = {
    "id": "Mã bản ghi",
    "entity": "Loại bản ghi",
    "version": "Phiên bản",
    "base_version": "Phiên bản gốc",
    "position": "Thứ tự",
    "deleted_at": "Đã xóa lúc",
}

SUBJECT: dict[str, str] = {
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
}

CASE: dict[str, str] = SUBJECT | {
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
    "officer_id": "Cán bộ (mã)",
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
    "sha256": "Mã băm tệp",
    "filename": "Tên tệp",
    "media_type": "Loại tệp",
    "size": "Dung lượng",
    "caption": "Chú thích",
}

ISSUED_DOCUMENT: dict[str, str] = {
    "inspection_id": "Vụ việc",
    "unit_id": "Đơn vị",
    "number": "Số biên bản",
    "form_code": "Mẫu biên bản",
    "symbol": "Ký hiệu",
    "year": "Năm",
    "sequence": "Số thứ tự",
    "issued_at": "Lập lúc",
    "issued_by": "Người lập",
    "sha256": "Mã băm nội dung",
    "fingerprint": "Dấu vân nội dung",
    "page_count": "Số tờ",
    "copies": "Số bản",
    "status": "Trạng thái",
    "void_reason": "Lý do hủy",
    "voided_at": "Hủy lúc",
    "corrects_id": "Đính chính cho biên bản",
    "signature": "Chữ ký số",
}

TIP: dict[str, str] = {
    "received_at": "Ngày nhận",
    "summary": "Nội dung tin báo",
    "place_address": "Địa điểm",
    "commune_code": "Xã/phường",
    "suspect": "Đối tượng nghi vấn",
    "goods": "Hàng hóa",
    "status": "Trạng thái",
    "case_id": "Vụ việc",
    "note": "Ghi chú",
}

NUMBER_BLOCK: dict[str, str] = {
    "unit_id": "Đơn vị",
    "device_id": "Máy được cấp",
    "symbol": "Ký hiệu",
    "year": "Năm",
    "first": "Số đầu",
    "last": "Số cuối",
}

CATALOG: dict[str, str] = {
    "catalog": "Danh mục",
    "items": "Mục danh mục",
    "source": "Nguồn",
    "notes": "Ghi chú",
}

OFFICER: dict[str, str] = {
    "full_name": "Họ tên",
    "position": "Chức vụ",
    "badge_no": "Số thẻ",
    "title_code": "Chức danh",
}

STATUS_WORDS: dict[str, str] = {
    "draft": "Bản nháp",
    "finalised": "Đã hoàn tất",
    "issued": "Đã lập",
    "void": "Đã hủy",
    "new": "Mới",
    "assigned": "Đã giao",
    "in_progress": "Đang xử lý",
    "done": "Đã xử lý",
    "dismissed": "Không xử lý",
}

CASE_VALUES: dict[str, dict[str, str]] = {
    "status": {k: STATUS_WORDS[k] for k in ("draft", "finalised")},
    "kind": {"individual": "Cá nhân", "organisation": "Tổ chức"},
    "basis_kind": {"decision": "Theo quyết định", "surprise": "Đột xuất"},
    "id_kind": {"cccd": "Căn cước / CCCD", "cmnd": "CMND", "passport": "Hộ chiếu"},
    "role": {"witness": "Người chứng kiến", "commune": "Đại diện chính quyền xã"},
}
SUBJECT_VALUES = {k: CASE_VALUES[k] for k in ("kind", "id_kind")}
DOCUMENT_VALUES = {"status": {k: STATUS_WORDS[k] for k in ("issued", "void")}}
TIP_VALUES = {"status": {k: STATUS_WORDS[k] for k in
                         ("new", "assigned", "in_progress", "done", "dismissed")}}
