"""Snapshots: frozen JSON, NFC on the way in, built read-only from ORM objects; layering."""

from __future__ import annotations

import ast
import dataclasses
import json
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session

from app import models as m
from app.documents.from_orm import snapshot_from_inspection
from app.documents.render import render
from app.documents.sample import sample_snapshot
from app.documents.snapshot import DocumentSnapshot

PACKAGE = Path(__file__).resolve().parents[2] / "app" / "documents"


def test_json_round_trip_is_exact() -> None:
    snap = sample_snapshot("BB-VPHC")
    text = snap.to_json()
    again = DocumentSnapshot.from_json(text)
    assert again == snap
    assert again.to_json() == text
    assert again.fingerprint() == snap.fingerprint()
    plain = json.loads(text)
    assert plain["subject"]["name"] == "Nguyễn Thị Ánh"
    assert plain["started_at"] == "2026-01-05T02:05:00+00:00"
    assert list(plain) == sorted(plain)
    assert "Nguyễn" in text  # UTF-8 kept, not \\u escapes


def test_fingerprint_is_16_hex_and_follows_the_content() -> None:
    a = sample_snapshot("BB-TG")
    b = dataclasses.replace(a, refusal_reason="không đồng ý")
    assert len(a.fingerprint()) == 16 and int(a.fingerprint(), 16) >= 0
    assert a.fingerprint() != b.fingerprint()
    assert a.fingerprint() == sample_snapshot("BB-TG").fingerprint()


def test_strings_are_nfc_and_times_utc_on_the_way_in() -> None:
    nfd = unicodedata.normalize("NFD", "Đắk Lắk")
    snap = dataclasses.replace(
        sample_snapshot("BB-KT"),
        contents=nfd,
        started_at=datetime(2026, 1, 5, 2, 5),  # naive
        witnesses=[dataclasses.replace(sample_snapshot("BB-KT").witnesses[0], address=nfd)],
    )
    assert snap.contents == "Đắk Lắk"
    assert snap.witnesses[0].address == "Đắk Lắk"
    assert isinstance(snap.witnesses, tuple)
    assert snap.started_at is not None and snap.started_at.tzinfo is UTC


@pytest.fixture()
def session() -> Iterator[Session]:
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA foreign_keys=ON"))
    m.Base.metadata.create_all(engine)
    with Session(engine) as s:
        yield s
    engine.dispose()


def _case(s: Session) -> m.Case:
    s.add(m.Province(code="20", name="Lạng Sơn", kind="tỉnh", border=True))
    s.flush()
    s.add_all(
        [
            m.Commune(code="06541", name="Tân Thanh", kind="xã", province_code="20"),
            m.Nationality(code="VN", name="Việt Nam"),
            m.Force(code="bien-phong", name="Bộ đội Biên phòng"),
            m.GoodsCategory(code="thuoc-la-dieu", name="Thuốc lá điếu"),
            m.ViolationKind(code="nhap-lau", name="Hàng nhập lậu", group="buon-lau"),
            m.LegalAct(
                code="ND98-15-5-a",
                decree="98/2020/NĐ-CP",
                article=15,
                clause=5,
                point="a",
                title="Kinh doanh hàng hóa nhập lậu",
                fine_min=10_000_000,
                fine_max=20_000_000,
            ),
        ]
    )
    s.flush()
    unit = m.Unit(
        name="Đội Quản lý thị trường số 3",
        parent_name="Chi cục Quản lý thị trường tỉnh Lạng Sơn",
        province_code="20",
        agency_code="20",
        team_code="03",
    )
    subject = m.Subject(
        kind="individual",
        name=unicodedata.normalize("NFD", "Nguyễn Thị Ánh"),
        gender="female",
        birth_date=date(1986, 8, 12),
        nationality="VN",
        id_number="020186001234",
        id_issued_by="Công an tỉnh Đắk Lắk",
    )
    ins = m.Case(
        local_no=1,
        unit=unit,
        subject=subject,
        commune_code="06541",
        place_address="thôn Nà Lừa",
        started_at=datetime(2026, 1, 5, 2, 5, tzinfo=UTC),
        ended_at=datetime(2026, 1, 5, 4, 40, tzinfo=UTC),
        vehicle_plate="12C-123.45",
        refusal_reason="",
    )
    ins.members = [
        m.CaseMember(
            full_name="Hoàng Văn Minh",
            position_title="Đội trưởng",
            badge_no="20-QLTT-0123",
            is_leader=True,
            position=0,
        ),
        m.CaseMember(
            full_name="Đã Xóa", position=1, deleted_at=datetime(2026, 1, 5, tzinfo=UTC)
        ),
    ]
    ins.forces = [
        m.CooperatingForce(force_code="bien-phong", agency_name="", representative="Lương Quốc Bảo")
    ]
    ins.witnesses = [
        m.Witness(
            full_name="Lê Văn Tâm",
            role="witness",
            position_title="Lái xe",
            address="xã Ea Kar, tỉnh Đắk Lắk",
        )
    ]
    ins.violations = [
        m.Violation(
            legal_act_code="ND98-15-5-a",
            violation_kind="nhap-lau",
            description="Vận chuyển thuốc lá điếu nhập lậu",
            proposed_fine=15_000_000,
        )
    ]
    seizure = m.Seizure(
        seized_at=datetime(2026, 1, 5, 4, 40, tzinfo=UTC),
        keeper="Nông Đức Thắng",
        storage_place="kho Đội",
    )
    seizure.items = [
        m.SeizedItem(
            name="Thuốc lá điếu nhập lậu",
            category_code="thuoc-la-dieu",
            unit="bao",
            quantity=Decimal("150"),
            estimated_value=2_160_000,
            position=0,
        ),
        m.SeizedItem(
            name="Dòng đã xóa",
            unit="bao",
            quantity=Decimal(1),
            position=1,
            deleted_at=datetime(2026, 1, 5, tzinfo=UTC),
        ),
    ]
    ins.seizures = [seizure]
    s.add(ins)
    s.flush()
    return ins


def test_snapshot_from_inspection_reads_catalogues_and_writes_nothing(session: Session) -> None:
    ins = _case(session)
    session.commit()
    snap = snapshot_from_inspection(
        ins, form_code="BB-TG", number="20030005/BB-TG", session=session
    )
    assert not session.new and not session.dirty and not session.deleted
    assert snap.place.text == "thôn Nà Lừa, xã Tân Thanh, tỉnh Lạng Sơn"
    assert snap.agency.province == "tỉnh Lạng Sơn"
    assert snap.subject is not None and snap.subject.name == "Nguyễn Thị Ánh"  # NFD in, NFC out
    assert (snap.subject.gender, snap.subject.nationality) == ("Nữ", "Việt Nam")
    assert [p.full_name for p in snap.members] == ["Hoàng Văn Minh"]
    assert snap.forces[0].force == "Bộ đội Biên phòng"
    assert snap.violations[0].citation == "điểm a khoản 5 Điều 15 Nghị định số 98/2020/NĐ-CP"
    assert snap.violations[0].kind == "Hàng nhập lậu"
    assert snap.seizure is not None and [i.name for i in snap.seizure.items] == [
        "Thuốc lá điếu nhập lậu"
    ]
    assert snap.seizure.items[0].kind == "Thuốc lá điếu"
    assert snap.delivered_to == "Nguyễn Thị Ánh"
    assert snap.issued_at == datetime(2026, 1, 5, 4, 40, tzinfo=UTC)
    same = snapshot_from_inspection(
        ins, form_code="BB-TG", number="20030005/BB-TG", session=session
    )
    assert same.document_id == snap.document_id and same.to_json() == snap.to_json()
    pdf = render(snap)
    assert pdf.startswith(b"%PDF") and pdf.sheet_count == pdf.page_count - 1


def test_snapshot_without_session_falls_back_to_codes(session: Session) -> None:
    ins = _case(session)
    snap = snapshot_from_inspection(
        ins, form_code="BB-KT", number="20030015/BB-KT", document_id="fixed", copies=4
    )
    assert snap.document_id == "fixed" and snap.copies == 4
    assert snap.place.commune == "xã Tân Thanh"  # the loaded relationship is enough
    assert snap.forces[0].force == "bien-phong"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


# Issuing is the documents layer's one use-case that writes: it takes a number (a service),
# renders, and freezes what it rendered (a biên bản, a decision). Everything else here only
# reads the models.
WRITERS = {"issuing.py", "decisions.py"}


def test_documents_layer_has_no_qt_and_no_writes() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 15
    for path in files:
        imports = _imports(path)
        assert not {n for n in imports if n.split(".")[0] in ("PySide6", "shiboken6")}, path
        assert not {n for n in imports if n.startswith("app.ui")}, path
        source = path.read_text(encoding="utf-8")
        if path.name in WRITERS:
            continue
        for write in (".add(", ".add_all(", ".commit(", ".flush(", ".delete(", ".merge("):
            assert write not in source, f"{path.name}: {write}"


def test_files_stay_small() -> None:
    for path in PACKAGE.rglob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path.name
