"""Realistic demo data: invented people and companies in border communes.

Cases are made as an inspector types them and written through the case services
(app.services.case_write.add_cases: the rules, flags, unit and search index of every case,
100,000 cases in well under a minute for the benchmarks); the finalised ones pass every
finalising rule.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import demo_names as N
from app.models import Commune, GoodsCategory, LegalAct, MeasureUnit, Officer, Province, Unit
from app.services.case_write import NewCase, add_cases
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
from app.services.settings import UnitSetup, configure_unit, current_actor, current_unit
from app.text import fold, group_digits
from app.validation import CCCD_PROVINCES

_MST_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


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


def generate_demo(session: Session, count: int, *, seed: int = 2026, finalise_share: float = 0.35,
                  outcomes: bool = False, years: int | None = None) -> int:
    """Add ``count`` cases for the demo unit, through the case services (as typed in the
    editor; app.services.case_write.add_cases). Returns the number added.

    ``years``: how far back the cases go (1; 2 with ``outcomes``, so the reports have a
    previous year to compare with); over more than one year the cases older than ten days
    are finalised. ``outcomes``: each case is followed to its outcome through the
    follow-through services (app.demo_outcomes: decisions printed, fines paid, goods
    disposed of, referrals, closure), stopped at today."""
    rng = random.Random(seed)
    unit = ensure_demo_unit(session)
    team = _demo_team(session, unit)
    cat = _Catalog(session)
    if not cat.communes:
        raise RuntimeError("Chưa nạp danh mục xã/phường.")
    now = datetime.now(UTC).replace(microsecond=0)
    years = years or (2 if outcomes else 1)
    cases = (_one_case(rng, now, unit, team, cat, finalise_share, 365 * years, years > 1)
             for _ in range(count))
    added = add_cases(session, cases, current_actor(session))
    if outcomes:
        from app.demo_outcomes import generate_outcomes

        generate_outcomes(session, seed=seed)
    return added


def _demo_team(session: Session, unit: Unit) -> list[MemberForm]:
    """The officers of the unit; on a laptop enrolled before any local set-up the unit's
    officers may not be here yet: invented colleagues make up a team of three."""
    officers = list(session.scalars(
        select(Officer).where(Officer.unit_id == unit.id, Officer.deleted_at.is_(None)).order_by(Officer.badge_no)))
    team = [MemberForm(o.full_name, o.position, o.badge_no, officer_id=str(o.id)) for o in officers]
    known = {m.full_name for m in team}
    for name, position, badge, _title in N.OFFICERS:
        if len(team) >= 3:
            break
        if name not in known:
            team.append(MemberForm(name, position, f"{unit.agency_code}-QLTT-{badge}"))
    return team


def _money(value: int) -> str:
    return group_digits(value)


def _one_case(rng: random.Random, now: datetime, unit: Unit, officers: list[MemberForm], cat: _Catalog,
              finalise_share: float, days: int = 365, old_finalised: bool = False) -> NewCase:
    """One case as an inspector types it into the editor, in the last ``days`` days;
    ``old_finalised``: every case older than ten days finalised."""
    commune = rng.choice(cat.communes)
    province = cat.provinces.get(commune.province_code, "")
    started = now - timedelta(days=rng.uniform(0.2, days), hours=rng.uniform(0, 3))
    started = started.replace(second=0)
    ended = started + timedelta(minutes=rng.randrange(45, 240))
    hamlet = rng.choice(N.HAMLETS)
    address = f"{hamlet}, {commune.name}, tỉnh {province}".replace("tỉnh Thành phố", "thành phố")
    female = rng.random() < 0.45
    subject = SubjectForm(address=address, commune_code=commune.code)
    if rng.random() < 0.2:
        words = rng.sample(N.COMPANY_WORDS, 2)
        subject.kind = "organisation"
        subject.name = f"Công ty TNHH Thương mại {words[0]} {words[1]}"
        subject.tax_code = tax_code(rng)
        subject.representative_title = "Giám đốc"
        subject.representative_name = person_name(rng, female)
        subject.representative_gender = "nữ" if female else "nam"
    else:
        year = rng.randrange(1962, 2004)
        birthplace = "020" if rng.random() < 0.6 else rng.choice(sorted(CCCD_PROVINCES))
        subject.name = person_name(rng, female)
        subject.gender = "nữ" if female else "nam"
        subject.birth_date = datetime(year, rng.randrange(1, 13), rng.randrange(1, 28)).date()
        subject.occupation = rng.choice(N.OCCUPATIONS)
        subject.id_number = cccd(rng, year, female, birthplace)
        subject.id_issued_on = datetime(2021, 6, 15).date()
        subject.id_issued_by = "Cục Cảnh sát quản lý hành chính về trật tự xã hội"
    plate = f"{N.PLATE_PREFIX.get(commune.province_code, '12')}C-{rng.randrange(100, 999)}.{rng.randrange(10, 99)}" if rng.random() < 0.6 else ""
    finalised = rng.random() < finalise_share or (old_finalised and now - started > timedelta(days=10))
    decision = rng.random() < 0.3
    team = [dataclasses.replace(m, is_leader=pos == 0)
            for pos, m in enumerate(rng.sample(officers, min(len(officers), rng.choice((2, 3)))))]
    form = CaseForm(
        basis_kind="decision" if decision else "surprise",
        decision_no=f"{rng.randrange(1, 300)}/QĐ-KT" if decision else "",
        decision_date=(started - timedelta(days=2)).date() if decision else None,
        decision_signer=officers[0].full_name if decision else "",
        decision_signer_title=officers[0].position_title if decision else "",
        surprise_ground="" if decision else "Tin báo của quần chúng về việc vận chuyển hàng hóa nhập lậu qua biên giới",
        started_at=started, ended_at=ended, place_address=f"{rng.choice(N.PLACES)}, {hamlet}",
        commune_code=commune.code, vehicle_plate=plate, subject=subject, members=team,
        witnesses=[WitnessForm(person_name(rng, rng.random() < 0.5), "commune", f"Công chức {commune.name}",
                               "", commune.name)],
        findings=[FindingForm("Kiểm tra hóa đơn, chứng từ của hàng hóa đang vận chuyển",
                              "Không xuất trình được hóa đơn, chứng từ chứng minh nguồn gốc hợp pháp")],
        contents="Kiểm tra hàng hóa và hóa đơn, chứng từ chứng minh nguồn gốc hàng hóa",
        subject_opinion="Đồng ý với nội dung biên bản", team_conclusion="Đề nghị xử lý theo quy định",
    )
    picks = [(*g, rng.choice((5, 10, 20, 50, 100, 200, 500, 1200))) for g in rng.sample(N.GOODS, rng.choice((1, 2, 3)))]
    form.goods = [GoodsForm(gname, cat.category.get(keyword) or "", cat.unit_code.get(unit_name, unit_name), str(qty), "Không có hóa đơn, chứng từ",
                            estimated_value=_money(qty * price))
                  for gname, keyword, unit_name, price, _kind, qty in picks]
    acts = cat.acts.get(N.ACT_FOR_KEYWORD.get(picks[0][1], 15)) or cat.any_acts
    if acts and rng.random() < 0.85:
        act = rng.choice(acts)
        fine = max(act.fine_min, min(act.fine_max, rng.randrange(act.fine_min, act.fine_max + 1, 500000) if act.fine_max > act.fine_min else act.fine_min))
        form.violations = [ViolationForm(act.code, act.violation_kind or "", act.title, _money(fine))]
        form.seizures = [SeizureForm(
            seized_at=ended, reason="Để xác minh tình tiết làm căn cứ ra quyết định xử lý",
            storage_place=f"Kho tang vật {unit.name}", keeper=team[0].full_name, sealed=rng.random() < 0.5,
            items=[SeizedItemForm(gname, cat.category.get(keyword) or "", cat.unit_code.get(unit_name, unit_name), str(qty), kind, "Còn nguyên bao bì",
                                  _money(qty * price), f"NP-{ended:%y%m%d%H%M}-{pos + 1:02d}")
                   for pos, (gname, keyword, unit_name, price, kind, qty) in enumerate(picks)])]
    return NewCase(form, finalised)


def sample_case_form(session: Session, *, now: datetime | None = None):
    """One complete case as an inspector would enter it (used by self-test and tests)."""
    unit = ensure_demo_unit(session)
    officers = _demo_team(session, unit)
    now = now or datetime.now(UTC)
    started = (now - timedelta(hours=3)).replace(second=0, microsecond=0)
    commune = session.scalars(select(Commune).where(Commune.province_code == "20").order_by(Commune.code)).first()
    act = session.execute(  # the two columns used: the form names the act by its code
        select(LegalAct.code, LegalAct.violation_kind).where(LegalAct.article == 15).order_by(LegalAct.code)
    ).first()
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
            dataclasses.replace(o, is_leader=i == 0) for i, o in enumerate(officers[:2])
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
