"""Photos and scans of a case on a real SQLite file and a real attachments directory."""

from __future__ import annotations

import hashlib
import io
import uuid

import pytest
from PIL import Image
from sqlalchemy import select, text

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.errors import RecordLocked, ValidationFailed
from app.models import Attachment, AuditEvent, Case
from app.services.attachments import (
    MAX_BYTES,
    add_attachment,
    attachment_infos,
    case_version,
    read_blob,
    remove_attachment,
    set_caption,
    sniff_media_type,
)
from app.services.cases import finalise_case, save_case


def _jpeg(colour: tuple[int, int, int], size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=90)
    return out.getvalue()


@pytest.fixture
def case_id(demo_db, actor) -> uuid.UUID:
    with unit_of_work(demo_db.sessions) as s:
        return save_case(s, sample_case_entry(s), actor).id


def _add(db, directory, case_id, data, name, actor, caption=""):
    with unit_of_work(db.sessions) as s:
        return str(add_attachment(s, directory, case_id, data, name, actor, caption).id)


def _version(db, case_id) -> int:
    with unit_of_work(db.sessions) as s:
        return case_version(s, case_id)


def test_add_stores_the_file_by_content_and_bumps_the_case(demo_db, actor, case_id):
    folder = demo_db.data_dir.attachments
    photo = _jpeg((180, 40, 40))
    before = _version(demo_db, case_id)
    _add(demo_db, folder, case_id, photo, "niem-phong-thung-3.jpg", actor, "  Niêm phong thùng số 3 ")
    assert _version(demo_db, case_id) == before + 1  # the case changed: sync pushes it
    with unit_of_work(demo_db.sessions) as s:
        [info] = attachment_infos(s, case_id)
    sha = hashlib.sha256(photo).hexdigest()
    assert (info.filename, info.size, info.sha256) == ("niem-phong-thung-3.jpg", len(photo), sha)
    assert info.caption == "Niêm phong thùng số 3" and info.media_type == "image/jpeg"
    assert read_blob(folder, sha) == photo  # sealed on disk: the photo's bytes never are
    assert photo[:64] not in (folder / sha).read_bytes()


def test_the_same_photo_twice_is_one_file_and_two_records(demo_db, actor, case_id):
    folder = demo_db.data_dir.attachments
    photo = _jpeg((20, 120, 60))
    _add(demo_db, folder, case_id, photo, "anh-1.jpg", actor)
    _add(demo_db, folder, case_id, photo, "anh-1-ban-sao.jpg", actor)
    assert [p.name for p in folder.iterdir()] == [hashlib.sha256(photo).hexdigest()]
    with unit_of_work(demo_db.sessions) as s:
        assert [i.filename for i in attachment_infos(s, case_id)] == ["anh-1.jpg", "anh-1-ban-sao.jpg"]


def test_caption_is_changed_checked_and_audited(demo_db, actor, case_id):
    att = _add(demo_db, demo_db.data_dir.attachments, case_id, _jpeg((0, 0, 200)), "xe-tai.jpg", actor)
    before = _version(demo_db, case_id)
    with unit_of_work(demo_db.sessions) as s:
        set_caption(s, att, "Xe tải biển số 12C-045.67 chở hàng", actor)
    assert _version(demo_db, case_id) == before + 1
    with unit_of_work(demo_db.sessions) as s:
        with pytest.raises(ValidationFailed) as err:
            set_caption(s, att, "x" * 301, actor)
        assert "300" in err.value.errors["caption"]
    with unit_of_work(demo_db.sessions) as s:
        assert attachment_infos(s, case_id)[0].caption == "Xe tải biển số 12C-045.67 chở hàng"
        events = s.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == att)).all()
        assert events == ["caption"]


def test_remove_is_a_tombstone_and_keeps_the_file(demo_db, actor, case_id):
    folder = demo_db.data_dir.attachments
    photo = _jpeg((90, 90, 90))
    att = _add(demo_db, folder, case_id, photo, "hoa-don.jpg", actor)
    before = _version(demo_db, case_id)
    with unit_of_work(demo_db.sessions) as s:
        remove_attachment(s, att, actor)
    assert _version(demo_db, case_id) == before + 1
    with unit_of_work(demo_db.sessions) as s:
        assert attachment_infos(s, case_id) == []
        row = s.get(Attachment, uuid.UUID(att))
        assert row is not None and row.deleted_at is not None and row.version == 2
        assert s.scalars(select(AuditEvent.action).where(AuditEvent.detail == "hoa-don.jpg")).all() == [
            "attach", "detach"]
    assert (folder / hashlib.sha256(photo).hexdigest()).exists()


def test_empty_and_too_large_files_are_refused_and_nothing_is_saved(demo_db, actor, case_id):
    folder = demo_db.data_dir.attachments
    for data in (b"", b"\xff\xd8\xff" + bytes(MAX_BYTES)):
        with unit_of_work(demo_db.sessions) as s, pytest.raises(ValidationFailed) as err:
            add_attachment(s, folder, case_id, data, "anh.jpg", actor)
        assert "file" in err.value.errors
    with unit_of_work(demo_db.sessions) as s:
        assert attachment_infos(s, case_id) == []
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_finalised_case_takes_no_change(demo_db, actor, case_id):
    folder = demo_db.data_dir.attachments
    att = _add(demo_db, folder, case_id, _jpeg((1, 2, 3)), "tang-vat.jpg", actor)
    with unit_of_work(demo_db.sessions) as s:
        finalise_case(s, case_id, actor)
    for change in (
        lambda s: add_attachment(s, folder, case_id, _jpeg((4, 5, 6)), "moi.jpg", actor),
        lambda s: set_caption(s, att, "Sửa sau khi khóa", actor),
        lambda s: remove_attachment(s, att, actor),
    ):
        with unit_of_work(demo_db.sessions) as s, pytest.raises(RecordLocked):
            change(s)
    with unit_of_work(demo_db.sessions) as s:
        [info] = attachment_infos(s, case_id)
        assert info.caption == "" and s.get(Case, case_id).is_finalised


def test_a_colleagues_draft_takes_no_photo(demo_db, actor, case_id):
    with unit_of_work(demo_db.sessions) as s:
        s.execute(text("UPDATE inspection SET origin_device = :d WHERE id = :i"),
                  {"d": str(uuid.uuid4()), "i": case_id.hex})
    with unit_of_work(demo_db.sessions) as s, pytest.raises(RecordLocked) as err:
        add_attachment(s, demo_db.data_dir.attachments, case_id, _jpeg((7, 7, 7)), "a.jpg", actor)
    assert "máy khác" in str(err.value)


def test_only_photos_and_scans_are_recognised():
    assert sniff_media_type(_jpeg((1, 1, 1))) == "image/jpeg"
    assert sniff_media_type(b"%PDF-1.7\n...") == "application/pdf"
    assert sniff_media_type(b"MZ\x90\x00 an executable") is None
