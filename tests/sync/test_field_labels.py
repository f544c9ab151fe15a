"""Wire fields and values in the words the conflicts view shows."""

from __future__ import annotations

from app.sync.field_labels import field_label, value_text


def test_field_paths_read_as_vietnamese():
    assert field_label("tax_code") == "Mã số thuế"
    assert field_label("subject.id_number") == "Đối tượng › Số định danh"
    assert field_label("seizures.0.items.3.quantity") == "Tạm giữ (dòng 1) › Tang vật (dòng 4) › Số lượng"
    assert field_label("members") == "Thành viên đoàn" and field_label("violations") == "Hành vi vi phạm"
    assert field_label("new_wire_field") == "new_wire_field"  # unknown: shown as it is, never hidden
    assert field_label("") == ""


def test_coded_values_dates_and_times():
    assert value_text("status", "finalised") == "Đã hoàn tất"
    assert value_text("status", "dismissed") == "Không xử lý"
    assert value_text("subject.kind", "organisation") == "Tổ chức"
    assert value_text("finalised_at", "2026-03-05T03:16:00+00:00") == "05/03/2026 10:16"  # Vietnam time
    assert value_text("birth_date", "1986-03-12") == "12/03/1986"
    assert value_text("name", "Hộ kinh doanh Hà Thị Nguyệt") == "Hộ kinh doanh Hà Thị Nguyệt"
    assert value_text("address", "2026-13-45") == "2026-13-45"
