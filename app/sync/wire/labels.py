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

# --- the follow-through (app.sync.wire.outcome) ---------------------------------------------------

FOLLOW_THROUGH_COMMON: dict[str, str] = {
    "case_id": "Vụ việc",
    "status": "Trạng thái",
    "recorded_by": "Người ghi nhận",
    "void_reason": "Lý do hủy",
    "note": "Ghi chú",
}

DECISION: dict[str, str] = FOLLOW_THROUGH_COMMON | {
    "kind": "Loại quyết định",
    "form_code": "Mẫu quyết định",
    "number": "Số quyết định",
    "document_id": "Văn bản đã phát hành",
    "decided_on": "Ngày ra quyết định",
    "place": "Địa điểm ra quyết định",
    "signer_name": "Người ký",
    "signer_title_code": "Chức vụ người ký",
    "subject_kind": "Loại đối tượng",
    "lines": "Hình thức xử phạt theo từng hành vi",
    "violation_id": "Hành vi vi phạm",
    "legal_act_code": "Điều, khoản, điểm",
    "fine": "Mức phạt",
    "additional": "Hình thức xử phạt bổ sung",
    "remedial": "Biện pháp khắc phục hậu quả",
    "remedial_days": "Thời hạn khắc phục hậu quả (ngày)",
    "fine_total": "Tổng tiền phạt",
    "confiscated_value": "Trị giá tang vật tịch thu",
    "aggravating": "Tình tiết tăng nặng",
    "mitigating": "Tình tiết giảm nhẹ",
    "pay_account": "Tài khoản nộp phạt",
    "pay_within_days": "Thời hạn nộp phạt (ngày)",
    "reason_code": "Lý do không xử phạt",
    "reason": "Diễn giải lý do",
    "delivered_how": "Hình thức giao quyết định",
    "delivered_on": "Ngày giao quyết định",
    "held_days": "Thời hạn tạm giữ (ngày)",
    "held_place": "Địa điểm tạm giữ",
}

PAYMENT: dict[str, str] = FOLLOW_THROUGH_COMMON | {
    "decision_id": "Quyết định",
    "purpose": "Khoản nộp",
    "receipt_no": "Số biên lai, chứng từ",
    "paid_on": "Ngày nộp",
    "amount": "Số tiền nộp",
    "late_amount": "Tiền chậm nộp",
    "channel": "Nơi nộp",
}

GOODS_DISPOSITION: dict[str, str] = FOLLOW_THROUGH_COMMON | {
    "seized_item_id": "Tang vật",
    "item_name": "Tên tang vật",
    "action": "Biện pháp xử lý",
    "done_on": "Ngày xử lý",
    "quantity": "Số lượng",
    "appraised_value": "Trị giá định giá",
    "sold_value": "Số tiền bán được",
    "receipt_no": "Số chứng từ",
    "agency": "Cơ quan tiếp nhận",
    "document_no": "Số văn bản",
}

REFERRAL: dict[str, str] = FOLLOW_THROUGH_COMMON | {
    "transferred_on": "Ngày chuyển hồ sơ",
    "agency": "Cơ quan điều tra tiếp nhận",
    "document_no": "Số quyết định chuyển hồ sơ",
    "answer": "Kết quả giải quyết",
    "answer_on": "Ngày có kết quả",
    "answer_no": "Số quyết định của cơ quan điều tra",
    "returned_on": "Ngày nhận lại hồ sơ",
}

ACCUSED: dict[str, str] = FOLLOW_THROUGH_COMMON | {
    "referral_id": "Hồ sơ chuyển",
    "subject_id": "Đối tượng (mã)",
    "full_name": "Họ tên bị can",
    "birth_year": "Năm sinh",
    "id_number": "Số định danh",
    "address": "Nơi cư trú",
}

STEP: dict[str, str] = FOLLOW_THROUGH_COMMON | {
    "step": "Bước",
    "done_on": "Ngày",
    "due_on": "Hạn",
    "decision_id": "Quyết định",
    "summary": "Nội dung",
    "document_no": "Số văn bản",
    "amount": "Số tiền",
}

EVENT_STATUS = {"status": {"valid": "Có hiệu lực", "void": "Đã hủy"}}

DECISION_VALUES: dict[str, dict[str, str]] = {
    "kind": {"xu_phat": "Quyết định xử phạt vi phạm hành chính",
             "tam_giu": "Quyết định tạm giữ tang vật, phương tiện",
             "tich_thu": "Quyết định tịch thu tang vật (không ra quyết định xử phạt)",
             "khong_xu_phat": "Không xử phạt"},
    "status": {k: STATUS_WORDS[k] for k in ("draft", "issued", "void")},
    "subject_kind": CASE_VALUES["kind"],
    "reason_code": {"khong_vi_pham": "Không xác định được vi phạm",
                    "het_thoi_hieu": "Hết thời hiệu xử phạt",
                    "chuyen_co_quan_khac": "Chuyển cơ quan khác xử lý",
                    "khong_xac_dinh_doi_tuong": "Không xác định được đối tượng vi phạm",
                    "khac": "Lý do khác"},
    "delivered_how": {"truc_tiep": "Giao trực tiếp", "buu_dien": "Gửi bảo đảm qua bưu điện",
                      "dien_tu": "Gửi bằng phương thức điện tử", "niem_yet": "Niêm yết công khai"},
}
PAYMENT_VALUES: dict[str, dict[str, str]] = EVENT_STATUS | {
    "purpose": {"tien_phat": "Tiền phạt", "truy_thu_thue": "Truy thu thuế"},
    "channel": {"kho_bac": "Nộp tại Kho bạc Nhà nước", "ngan_hang": "Nộp qua ngân hàng",
                "cong_dvc": "Nộp trực tuyến qua Cổng Dịch vụ công quốc gia",
                "tai_cho": "Nộp tại chỗ cho người có thẩm quyền"},
}
GOODS_VALUES: dict[str, dict[str, str]] = EVENT_STATUS | {
    "action": {"tra_lai": "Trả lại", "tich_thu": "Tịch thu", "ban": "Bán (đấu giá)",
               "tieu_huy": "Tiêu hủy", "chuyen_giao": "Chuyển giao cơ quan khác",
               "xu_ly_ngay": "Xử lý ngay (hàng dễ hư hỏng)"},
}
REFERRAL_VALUES: dict[str, dict[str, str]] = EVENT_STATUS | {
    "answer": {"cho": "Chờ kết quả", "khoi_to": "Khởi tố", "khong_khoi_to": "Không khởi tố"},
}
STEP_VALUES: dict[str, dict[str, str]] = EVENT_STATUS | {
    "step": {"giai_trinh_yeu_cau": "Yêu cầu giải trình", "giai_trinh_nhan": "Nhận giải trình",
             "xac_minh": "Xác minh tình tiết", "hoan_thi_hanh": "Hoãn thi hành quyết định",
             "giam_phat": "Giảm tiền phạt", "mien_phat": "Miễn tiền phạt",
             "nop_nhieu_lan": "Nộp tiền phạt nhiều lần", "cuong_che": "Cưỡng chế thi hành",
             "gia_han_tam_giu": "Gia hạn tạm giữ", "dong_ho_so": "Kết thúc hồ sơ",
             "mo_lai": "Mở lại hồ sơ"},
}
