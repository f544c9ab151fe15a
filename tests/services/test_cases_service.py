"""Case use-cases on a real SQLite file: save, validate, finalise, lock, amend."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.errors import RecordLocked, ValidationFailed
from app.models import AuditEvent, Case, SeizedItem, Subject
from app.readmodel import search_cases
from app.services.case_entry import CaseEntry, GoodsEntry, SubjectEntry
from app.services.cases import (
    amend_case,
    delete_draft,
    finalise_case,
    finalise_summary,
    get_case_entry,
    save_case,
)
from tests.signin import connect_file


def _save(db, form, actor):
    with unit_of_work(db.sessions) as s:
        return save_case(s, form, actor).id


def _form(db):
    with unit_of_work(db.sessions) as s:
        return sample_case_entry(s)


def test_saved_case_reads_back_with_every_part(demo_db, actor):
    case_id = _save(demo_db, _form(demo_db), actor)
    with unit_of_work(demo_db.sessions) as s:
        form = get_case_entry(s, case_id)
    assert form.subject.name == "Nguyễn Thị Ánh"
    assert form.subject.id_number == "020186001234"
    assert [g.name for g in form.goods] == [
        "Thuốc lá điếu nhãn hiệu Esse (nhập lậu)", "Đường cát trắng không rõ nguồn gốc"]
    assert form.goods[0].quantity == "500" and form.goods[0].estimated_value == "11.500.000"
    assert len(form.seizures) == 1 and [i.seal_numbers for i in form.seizures[0].items] == ["NP-000001", "NP-000002"]
    assert [m.is_leader for m in form.members] == [True, False]
    assert form.vehicle_plate == "12C-123.45" and form.status == "draft" and form.local_no == 1
    # the file on disk really holds it (a second connection, no ORM)
    con = connect_file(demo_db.data_dir.database, demo_db.data_dir)
    assert con.execute("SELECT count(*) FROM seized_item").fetchone()[0] == 2
    con.close()


def test_bad_id_rejected_and_nothing_written(demo_db, actor):
    form = _form(demo_db)
    form.subject.id_number = "0201860012"  # 10 digits
    form.seizures[0].items[1].quantity = "0"
    with pytest.raises(ValidationFailed) as err:
        _save(demo_db, form, actor)
    assert err.value.errors["subject.id_number"] == "Số định danh cá nhân phải có đủ 12 chữ số (đang có 10)."
    assert err.value.errors["seizures.0.items.1.quantity"] == "Số lượng phải lớn hơn 0."
    with unit_of_work(demo_db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0
        assert s.scalar(select(func.count()).select_from(Subject)) == 0


def test_id_must_agree_with_birth_date_and_gender(demo_db, actor):
    form = _form(demo_db)
    form.subject.gender = "nam"
    with pytest.raises(ValidationFailed) as err:
        _save(demo_db, form, actor)
    assert err.value.errors["subject.id_number"] == "Số định danh ghi giới tính nữ, khác giới tính đã nhập."


def test_draft_may_be_incomplete_but_finalising_lists_what_is_missing(demo_db, actor):
    case_id = _save(demo_db, CaseEntry(place_address="Chợ cửa khẩu Tân Thanh"), actor)
    with unit_of_work(demo_db.sessions) as s:
        summary = finalise_summary(s, case_id)
    assert summary.missing["subject.name"] == "Nhập đối tượng được kiểm tra."
    assert summary.missing["members"] == "Đoàn kiểm tra phải có ít nhất 2 người."
    assert summary.missing["commune_code"] == "Chọn xã/phường nơi kiểm tra."
    assert "surprise_ground" in summary.missing and "ended_at" in summary.missing
    with pytest.raises(ValidationFailed), unit_of_work(demo_db.sessions) as s:
        finalise_case(s, case_id, actor)
    with unit_of_work(demo_db.sessions) as s:
        assert s.get(Case, case_id).status == "draft"


def test_finalised_case_is_locked_in_the_service(demo_db, actor):
    case_id = _save(demo_db, _form(demo_db), actor)
    with unit_of_work(demo_db.sessions) as s:
        summary = finalise_summary(s, case_id)
        assert summary.missing == {}
        assert "Tạm giữ 2 tang vật" in summary.lines
        finalise_case(s, case_id, actor)
    with unit_of_work(demo_db.sessions) as s:
        form = get_case_entry(s, case_id)
    assert form.status == "finalised"
    form.subject.name = "Nguyễn Thị Ánh Hồng"
    with pytest.raises(RecordLocked) as err, unit_of_work(demo_db.sessions) as s:
        save_case(s, form, actor)
    assert "đã hoàn tất và khóa" in str(err.value)
    with pytest.raises(RecordLocked), unit_of_work(demo_db.sessions) as s:
        delete_draft(s, case_id, actor)
    with unit_of_work(demo_db.sessions) as s:
        assert s.get(Case, case_id).subject.name == "Nguyễn Thị Ánh"
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == str(case_id))).all()
    assert actions == ["create", "finalise"]


def test_amendment_is_a_new_draft_linked_to_the_original(demo_db, actor):
    case_id = _save(demo_db, _form(demo_db), actor)
    with unit_of_work(demo_db.sessions) as s:
        finalise_case(s, case_id, actor)
    with unit_of_work(demo_db.sessions) as s:
        copy = amend_case(s, case_id, "Sai số lượng tang vật", actor)
        copy_id = copy.id
    with unit_of_work(demo_db.sessions) as s:
        copy = s.get(Case, copy_id)
        assert copy.amends_id == case_id and copy.status == "draft"
        assert copy.amendment_reason == "Sai số lượng tang vật"
        assert copy.subject_id == s.get(Case, case_id).subject_id  # same registry subject


def test_removed_rows_become_tombstones_and_versions_count_changes(demo_db, actor):
    form = _form(demo_db)
    case_id = _save(demo_db, form, actor)
    with unit_of_work(demo_db.sessions) as s:
        form = get_case_entry(s, case_id)
    form.seizures[0].items.pop()
    form.goods.append(GoodsEntry("Mỹ phẩm không nhãn phụ tiếng Việt", "", "hộp", "12,5"))
    _save(demo_db, form, actor)
    with unit_of_work(demo_db.sessions) as s:
        items = s.scalars(select(SeizedItem).order_by(SeizedItem.position)).all()
        assert [i.deleted_at is None for i in items] == [True, False]
        assert items[1].version == 2
        reread = get_case_entry(s, case_id)
        assert s.get(Case, case_id).version == 2
    assert len(reread.seizures[0].items) == 1
    assert reread.goods[-1].quantity == "12,5"


def test_subject_reused_from_registry_is_not_duplicated(demo_db, actor):
    first = _form(demo_db)
    _save(demo_db, first, actor)
    with unit_of_work(demo_db.sessions) as s:
        from app.services.subjects import find_subjects

        hits = find_subjects(s, "nguyen thi")
        by_id = find_subjects(s, "0201860")
    assert [h.name for h in hits] == ["Nguyễn Thị Ánh"] and by_id[0].id == hits[0].id
    second = _form(demo_db)
    second.subject = hits[0]
    _save(demo_db, second, actor)
    with unit_of_work(demo_db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(Subject)) == 1


def test_search_ignores_diacritics_and_folds_d(demo_db, actor):
    form = _form(demo_db)
    form.subject = SubjectEntry(name="Đặng Văn Đức", id_number="066090001234", address="Buôn Ma Thuột, Đắk Lắk")
    form.vehicle_plate = "47C-555.12"
    _save(demo_db, form, actor)
    _save(demo_db, _form(demo_db), actor)
    with unit_of_work(demo_db.sessions) as s:
        def names(q):
            return [r.subject_name for r in search_cases(s, q)]

        assert names("dak lak") == ["Đặng Văn Đức"]
        assert names("dang van duc") == ["Đặng Văn Đức"]
        assert names("nguyen thi anh") == ["Nguyễn Thị Ánh"]
        assert names("47C55512") == ["Đặng Văn Đức"]
        assert names("066090001234") == ["Đặng Văn Đức"]
        assert names("thuoc la esse") == ["Nguyễn Thị Ánh", "Đặng Văn Đức"] or len(names("thuoc la esse")) == 2
        assert names("khong co ai ten nay") == []


def test_deleted_draft_disappears_from_list_and_search(demo_db, actor):
    case_id = _save(demo_db, _form(demo_db), actor)
    with unit_of_work(demo_db.sessions) as s:
        delete_draft(s, case_id, actor)
    with unit_of_work(demo_db.sessions) as s:
        assert search_cases(s, "nguyen thi anh") == []
        assert s.get(Case, case_id).deleted_at is not None  # a tombstone, not a delete


def test_unknown_case_id(demo_db):
    from app.errors import NotFound

    with pytest.raises(NotFound), unit_of_work(demo_db.sessions) as s:
        get_case_entry(s, uuid.uuid4())
