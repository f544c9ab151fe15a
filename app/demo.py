"""Realistic demo data: invented people and companies in border communes.

Cases are written with bulk inserts (100,000 cases take seconds, for the benchmarks) and
are complete: the finalised ones pass every finalising rule.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from app import demo_names as N
from app.models import (
    Commune,
    Finding,
    GoodsCategory,
    InspectedGoods,
    Inspection,
    InspectionMember,
    LegalAct,
    MeasureUnit,
    Officer,
    Province,
    SeizedItem,
    Seizure,
    Subject,
    Unit,
    Violation,
    Witness,
)
from app.models.case_index import next_local_no, search_body
from app.services.settings import UnitSetup, configure_unit, current_unit, ensure_device_id
from app.text import fold
from app.validation import CCCD_PROVINCES

_MST_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
CHUNK = 2000


def person_name(rng: random.Random, female: bool) -> str:
    middle = N.MIDDLE_F if female else N.MIDDLE_M
    given = N.GIVEN_F if female else N.GIVEN_M
    return f"{rng.choice(N.FAMILY)} {rng.choice(middle)} {rng.choice(given)}"


def cccd(rng: random.Random, birth_year: int, female: bool, province: str = "020") -> str:
    century = {1900: 0, 2000: 2}[birth_year // 100 * 100]
    return f"{province}{century + int(female)}{birth_year % 100:02d}{rng.randrange(10**6):06d}"


def tax_code(rng: random.Random) -> str:
    while True:
        base = "01" + "".join(str(rng.randrange(10)) for _ in range(7))
        r = sum(int(d) * w for d, w in zip(base, _MST_WEIGHTS, strict=True)) % 11
        if r:
            return base + str(10 - r)[-1]


def ensure_demo_unit(session: Session) -> Unit:
    unit = current_unit(session)
    if unit is not None:
        return unit
    name, position, badge, title = N.OFFICERS[0]
    unit = configure_unit(
        session,
        UnitSetup(
            unit_name="Đội Quản lý thị trường số 3",
            parent_name="Chi cục Quản lý thị trường tỉnh Lạng Sơn",
            province_code="20",
            agency_code="20",
            team_code="03",
            officer_name=name,
            officer_position=position,
            officer_badge=f"20-QLTT-{badge}",
            officer_title_code=title,
        ),
    )
    for name, position, badge, title in N.OFFICERS[1:]:
        session.add(
            Officer(unit=unit, full_name=name, position=position, badge_no=f"20-QLTT-{badge}",
                    title_code=title, origin_device=unit.origin_device)
        )
    session.flush()
    return unit


class _Catalog:
    def __init__(self, session: Session) -> None:
        border = list(session.scalars(select(Commune).where(Commune.border)))
        self.communes = border or list(session.scalars(select(Commune)))
        self.provinces = {p.code: p.name for p in session.scalars(select(Province))}
        cats = list(session.scalars(select(GoodsCategory)))
        self.category: dict[str, str | None] = {}
        for keyword in {g[1] for g in N.GOODS}:
            match = next((c.code for c in cats if keyword in fold(c.name)), None)
            self.category[keyword] = match
        # cases hold a unit's code, as the editor's picker stores it ("chiếc" → "chiec")
        self.unit_code = {u.name: u.code for u in session.scalars(select(MeasureUnit))}
        acts = list(session.scalars(select(LegalAct)))
        self.acts: dict[int, list[LegalAct]] = {}
        for a in acts:
            self.acts.setdefault(a.article, []).append(a)
        self.any_acts = acts


def generate_demo(session: Session, count: int, *, seed: int = 2026, finalise_share: float = 0.35) -> int:
    """Add ``count`` cases for the demo unit. Returns the number added."""
    rng = random.Random(seed)
    device = ensure_device_id(session)
    unit = ensure_demo_unit(session)
    officers = list(session.scalars(select(Officer).where(Officer.unit_id == unit.id)))
    cat = _Catalog(session)
    if not cat.communes:
        raise RuntimeError("Chưa nạp danh mục xã/phường.")
    start_no = next_local_no(session)
    now = datetime.now(UTC).replace(microsecond=0)
    rows: dict[type, list[dict[str, Any]]] = {}
    fts: list[dict[str, Any]] = []
    for k in range(count):
        _one_case(rng, rows, fts, start_no + k, now, device, unit, officers, cat, finalise_share)
        if (k + 1) % CHUNK == 0:
            _flush(session, rows, fts)
    _flush(session, rows, fts)
    return count


ORDER = (Subject, Inspection, InspectionMember, Witness, Finding, InspectedGoods, Violation, Seizure, SeizedItem)


def _flush(session: Session, rows: dict[type, list[dict[str, Any]]], fts: list[dict[str, Any]]) -> None:
    for model in ORDER:
        if rows.get(model):
            session.execute(insert(model), rows[model])
    if fts:
        session.execute(text("INSERT INTO case_search(rowid, body) VALUES (:n, :b)"), fts)
    rows.clear()
    fts.clear()


def _base(device: str, at: datetime) -> dict[str, Any]:
    return {"id": uuid.uuid4(), "version": 1, "created_at": at, "updated_at": at, "origin_device": device}


def _one_case(rng, rows, fts, local_no, now, device, unit, officers, cat, finalise_share) -> None:
    add = lambda model, **v: rows.setdefault(model, []).append(v) or v  # noqa: E731
    commune = rng.choice(cat.communes)
    province = cat.provinces.get(commune.province_code, "")
    started = now - timedelta(days=rng.uniform(0.2, 365), hours=rng.uniform(0, 3))
    started = started.replace(second=0)
    ended = started + timedelta(minutes=rng.randrange(45, 240))
    base = _base(device, ended)
    hamlet = rng.choice(N.HAMLETS)
    address = f"{hamlet}, {commune.name}, tỉnh {province}".replace("tỉnh Thành phố", "thành phố")
    female = rng.random() < 0.45
    org = rng.random() < 0.2
    subject = {
        **_base(device, ended), "gender": None, "birth_date": None, "id_kind": None, "id_number": None,
        "id_issued_on": None, "id_issued_by": "", "tax_code": None, "registration_no": "",
        "registration_issued_on": None, "registration_issued_by": "", "representative_name": "",
        "representative_gender": None, "representative_title": "", "address": address,
        "commune_code": commune.code, "nationality": "VN", "occupation": "", "phone": "",
    }
    if org:
        words = rng.sample(N.COMPANY_WORDS, 2)
        name = f"Công ty TNHH Thương mại {words[0]} {words[1]}"
        subject |= {"kind": "organisation", "tax_code": tax_code(rng), "representative_title": "Giám đốc",
                    "representative_name": person_name(rng, female),
                    "representative_gender": "nữ" if female else "nam"}
        codes = [subject["tax_code"]]
    else:
        year = rng.randrange(1962, 2004)
        name = person_name(rng, female)
        birthplace = "020" if rng.random() < 0.6 else rng.choice(sorted(CCCD_PROVINCES))
        subject |= {"kind": "individual", "gender": "nữ" if female else "nam",
                    "birth_date": datetime(year, rng.randrange(1, 13), rng.randrange(1, 28)).date(),
                    "occupation": rng.choice(N.OCCUPATIONS), "id_kind": "cccd",
                    "id_number": cccd(rng, year, female, birthplace),
                    "id_issued_on": datetime(2021, 6, 15).date(),
                    "id_issued_by": "Cục Cảnh sát quản lý hành chính về trật tự xã hội"}
        codes = [subject["id_number"]]
    subject |= {"name": name, "name_folded": fold(name)}
    add(Subject, **subject)
    plate = f"{N.PLATE_PREFIX.get(commune.province_code, '12')}C-{rng.randrange(100, 999)}.{rng.randrange(10, 99)}" if rng.random() < 0.6 else ""
    finalised = rng.random() < finalise_share
    decision = rng.random() < 0.3
    place = f"{rng.choice(N.PLACES)}, {hamlet}"
    case = add(Inspection, **base, local_no=local_no, unit_id=unit.id,
               status="finalised" if finalised else "draft",
               basis_kind="decision" if decision else "surprise",
               decision_no=f"{rng.randrange(1, 300)}/QĐ-KT" if decision else "",
               decision_date=(started - timedelta(days=2)).date() if decision else None,
               decision_signer=officers[0].full_name if decision else "",
               decision_signer_title=officers[0].position if decision else "",
               surprise_ground="" if decision else "Tin báo của quần chúng về việc vận chuyển hàng hóa nhập lậu qua biên giới",
               tip_ref="", started_at=started, ended_at=ended, place_address=place, commune_code=commune.code,
               subject_id=subject["id"], subject_present=True, vehicle_plate=plate,
               contents="Kiểm tra hàng hóa và hóa đơn, chứng từ chứng minh nguồn gốc hàng hóa",
               subject_opinion="Đồng ý với nội dung biên bản", forces_opinion="", witness_opinion="",
               team_conclusion="Đề nghị xử lý theo quy định", refusal_reason="",
               finalised_at=ended if finalised else None, finalised_by=officers[0].full_name if finalised else "",
               amends_id=None, amendment_reason="")
    team = rng.sample(officers, min(len(officers), rng.choice((2, 3))))
    for pos, o in enumerate(team):
        add(InspectionMember, **_base(device, ended), position=pos, inspection_id=case["id"], officer_id=o.id,
            full_name=o.full_name, position_title=o.position, badge_no=o.badge_no, is_leader=pos == 0)
    add(Witness, **_base(device, ended), position=0, inspection_id=case["id"], full_name=person_name(rng, rng.random() < 0.5),
        role="commune", position_title=f"Công chức {commune.name}", id_number="", address=commune.name)
    goods_names: list[str] = []
    picks = rng.sample(N.GOODS, rng.choice((1, 2, 3)))
    total_items = []
    for pos, (gname, keyword, unit_name, price, kind) in enumerate(picks):
        qty = rng.choice((5, 10, 20, 50, 100, 200, 500, 1200))
        goods_names.append(gname)
        add(InspectedGoods, **_base(device, ended), position=pos, inspection_id=case["id"], name=gname,
            category_code=cat.category.get(keyword), unit=cat.unit_code.get(unit_name, unit_name), quantity=Decimal(qty), origin="Không có hóa đơn, chứng từ",
            papers="", estimated_value=qty * price, note="")
        total_items.append((gname, keyword, unit_name, price, kind, qty))
    add(Finding, **_base(device, ended), position=0, inspection_id=case["id"],
        content="Kiểm tra hóa đơn, chứng từ của hàng hóa đang vận chuyển",
        result="Không xuất trình được hóa đơn, chứng từ chứng minh nguồn gốc hợp pháp")
    keyword = total_items[0][1]
    acts = cat.acts.get(N.ACT_FOR_KEYWORD.get(keyword, 15)) or cat.any_acts
    if acts and rng.random() < 0.85:
        act = rng.choice(acts)
        fine = max(act.fine_min, min(act.fine_max, rng.randrange(act.fine_min, act.fine_max + 1, 500000) if act.fine_max > act.fine_min else act.fine_min))
        add(Violation, **_base(device, ended), position=0, inspection_id=case["id"], legal_act_code=act.code,
            violation_kind=act.violation_kind, description=act.title, proposed_fine=fine,
            criminal_signs=keyword in ("phao", "n2o"))
        seizure = add(Seizure, **_base(device, ended), inspection_id=case["id"], seized_at=ended, reason="Để xác minh tình tiết làm căn cứ ra quyết định xử lý",
                      storage_place=f"Kho tang vật {unit.name}", keeper=team[0].full_name, sealed=rng.random() < 0.5)
        for pos, (gname, kw, unit_name, price, kind, qty) in enumerate(total_items):
            add(SeizedItem, **_base(device, ended), position=pos, seizure_id=seizure["id"], name=gname,
                category_code=cat.category.get(kw), unit=cat.unit_code.get(unit_name, unit_name), quantity=Decimal(qty), kind=kind,
                condition="Còn nguyên bao bì", estimated_value=qty * price,
                seal_numbers=f"NP-{local_no:06d}-{pos + 1:02d}", note="")
    body = search_body([place, commune.name, subject["name"], address, subject.get("representative_name") or "", case["decision_no"], *goods_names],
                       [c for c in [*codes, plate] if c])
    fts.append({"n": local_no, "b": body})


def sample_case_form(session: Session, *, now: datetime | None = None):
    """One complete case as an inspector would enter it (used by self-test and tests)."""
    from app.services.forms import (
        CaseForm,
        FindingForm,
        GoodsForm,
        MemberForm,
        SeizedItemForm,
        SeizureForm,
        SubjectForm,
        ViolationForm,
        WitnessForm,
    )

    unit = ensure_demo_unit(session)
    officers = list(session.scalars(select(Officer).where(Officer.unit_id == unit.id).order_by(Officer.badge_no)))
    now = now or datetime.now(UTC)
    started = (now - timedelta(hours=3)).replace(second=0, microsecond=0)
    commune = session.scalars(select(Commune).where(Commune.province_code == "20").order_by(Commune.code)).first()
    act = session.scalars(select(LegalAct).where(LegalAct.article == 15).order_by(LegalAct.code)).first()
    tobacco = session.scalars(select(GoodsCategory).where(GoodsCategory.name.like("%điếu%"))).first()
    return CaseForm(
        basis_kind="surprise",
        surprise_ground="Tin báo về xe tải chở thuốc lá điếu nhập lậu qua đường mòn biên giới",
        started_at=started,
        ended_at=started + timedelta(hours=2),
        place_address="Bãi xe thôn Nà Lừa",
        commune_code=commune.code if commune else "",
        vehicle_plate="12C-123.45",
        subject=SubjectForm(
            name="Nguyễn Thị Ánh", gender="nữ", birth_date=datetime(1986, 3, 12).date(),
            occupation="Kinh doanh tự do", id_kind="cccd", id_number="020186001234",
            id_issued_on=datetime(2021, 6, 15).date(),
            id_issued_by="Cục Cảnh sát quản lý hành chính về trật tự xã hội",
            address=f"Thôn Pò Mã, {commune.name if commune else 'xã Đồng Đăng'}, tỉnh Lạng Sơn",
        ),
        members=[
            MemberForm(o.full_name, o.position, o.badge_no, is_leader=(i == 0), officer_id=str(o.id))
            for i, o in enumerate(officers[:2])
        ],
        witnesses=[WitnessForm("Lục Văn Kiên", "commune", "Công chức Văn phòng UBND xã")],
        findings=[FindingForm("Kiểm tra hóa đơn, chứng từ hàng hóa trên xe",
                              "Không xuất trình được hóa đơn, chứng từ nhập khẩu")],
        goods=[
            GoodsForm("Thuốc lá điếu nhãn hiệu Esse (nhập lậu)", tobacco.code if tobacco else "", "bao", "500", estimated_value="11.500.000"),
            GoodsForm("Đường cát trắng không rõ nguồn gốc", "", "kg", "250", estimated_value="4.750.000"),
        ],
        violations=[ViolationForm(act.code if act else "", act.violation_kind or "" if act else "",
                                  "Vận chuyển thuốc lá điếu nhập lậu", "8.000.000")] if act else [],
        seizures=[SeizureForm(
            seized_at=started + timedelta(hours=2), reason="Để xác minh tình tiết làm căn cứ ra quyết định xử lý",
            storage_place="Kho tang vật Đội Quản lý thị trường số 3", keeper=officers[0].full_name, sealed=True,
            items=[
                SeizedItemForm("Thuốc lá điếu nhãn hiệu Esse (nhập lậu)", tobacco.code if tobacco else "", "bao", "500",
                               "Thuốc lá ngoại", "Còn nguyên kiện", "11.500.000", "NP-000001"),
                SeizedItemForm("Đường cát trắng không rõ nguồn gốc", "", "kg", "250", "Đường kính trắng",
                               "Bao 50 kg", "4.750.000", "NP-000002"),
            ],
        )],
        contents="Kiểm tra hàng hóa vận chuyển trên xe ô tô tải và hóa đơn, chứng từ kèm theo",
        subject_opinion="Đồng ý với nội dung biên bản",
        team_conclusion="Đề nghị người có thẩm quyền xử phạt theo quy định",
    )
