"""The decision service on cases saved through the real services: drafted from the case, the
signer's competence (NĐ 189/2025) refusing what exceeds it (organisations ×2, the range of
the act, the confiscation limit), the dates, delivery, not sanctioned, MQĐ14, void."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.db import unit_of_work
from app.documents.decisions import issue_decision
from app.errors import ValidationFailed
from app.models import AuditEvent, CaseDecision, IssuedDocument, Violation
from app.services.case_checks import warnings_of_case
from app.services.follow_through.decision_rules import today_vn
from app.services.follow_through.decisions import (
    DecisionRefused,
    check_issuable,
    competence_problem,
    decisions_of,
    draft_decision,
    end_without_sanction,
    record_confiscation,
    record_delivery,
    save_decision,
    signers,
    void_decision,
)
from app.services.follow_through.entries import DecisionEntry
from app.vntime import VN_TZ
from tests.follow_through.decision_cases import (
    TREASURY,
    bien_ban_time,
    drafted,
    finalised_case,
    form_of,
    with_fines,
)

SMUGGLING = "98/2020-D15-K1"  # a whole clause graded by value: judged by the fine imposed
CITATION = "khoản 1 Điều 15 Nghị định số 98/2020/NĐ-CP"


def _save(db, decision_id, actor, **changes):
    with unit_of_work(db.sessions) as s:
        d = s.get(CaseDecision, decision_id)
        return save_decision(s, decision_id, form_of(d, **changes), actor)


def _refused(db, decision_id, actor, **changes) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as err:
        _save(db, decision_id, actor, **changes)
    return err.value.errors


def _lines(db, decision_id, *fines, **line_changes):
    with unit_of_work(db.sessions) as s:
        return with_fines(s.get(CaseDecision, decision_id), *fines, **line_changes)


def _stored(db, decision_id) -> tuple[list[int], int, int]:
    with unit_of_work(db.sessions) as s:
        d = s.get(CaseDecision, decision_id)
        return [ln["fine"] for ln in d.lines], d.fine_total, d.version


def test_a_decision_is_drafted_from_the_case_as_it_was_saved(demo_db, actor):
    case_id = finalised_case(demo_db, actor)
    decision_id = drafted(demo_db, case_id, actor)
    with unit_of_work(demo_db.sessions) as s:
        d = s.get(CaseDecision, decision_id)
        violation = s.scalars(select(Violation).where(Violation.inspection_id == case_id)).one()
        assert (d.kind, d.status, d.form_code) == ("xu_phat", "draft", "MQĐ02")
        assert d.lines == [{"violation_id": str(violation.id), "legal_act_code": SMUGGLING, "fine": 8_000_000,
                            "additional": "", "remedial": "", "remedial_days": None}]
        assert d.fine_total == 8_000_000 and d.subject_kind == "individual"
        assert (d.signer_name, d.signer_title_code) == ("Hoàng Văn Thắng", "doi_truong")
        assert d.place == "Lạng Sơn" and d.decided_on == today_vn()
        assert (d.pay_account, d.pay_within_days) == (TREASURY.account, 10)
        assert d.unit_id is not None and d.recorded_by == actor.officer_name
        assert d.origin_device == actor.device_id
        assert [x.id for x in decisions_of(s, case_id)] == [decision_id]
        # drafting again opens the same draft
        assert draft_decision(s, case_id, "xu_phat", actor).id == decision_id
        assert [(x.name, x.title_code) for x in signers(s)][0] == ("Hoàng Văn Thắng", "doi_truong")
        assert competence_problem(s, d) is None


def test_a_fine_above_the_signers_competence_is_refused_with_the_reason(demo_db, actor):
    case_id = finalised_case(demo_db, actor)
    decision_id = drafted(demo_db, case_id, actor)
    before = _stored(demo_db, decision_id)
    errors = _refused(demo_db, decision_id, actor, lines=_lines(demo_db, decision_id, 40_000_000))
    assert errors == {"signer_title_code": (
        f"Mức phạt 40.000.000 đồng đối với hành vi tại {CITATION} vượt thẩm quyền xử phạt của Đội trưởng "
        "Đội Quản lý thị trường: 30.000.000 đồng (30% mức phạt tối đa 100.000.000 đồng của lĩnh vực). "
        "Quyết định phải do người có thẩm quyền cao hơn ký.")}
    assert _stored(demo_db, decision_id) == before  # nothing saved
    # a kiểm soát viên may fine an individual up to 10 % of the field's maximum
    errors = _refused(demo_db, decision_id, actor, signer_name="Nông Thị Hạnh",
                      signer_title_code="kiem_soat_vien", lines=_lines(demo_db, decision_id, 12_000_000))
    assert "vượt thẩm quyền xử phạt của Kiểm soát viên thị trường: 10.000.000 đồng" in errors["signer_title_code"]
    assert "12.000.000 đồng" in errors["signer_title_code"]
    with unit_of_work(demo_db.sessions) as s:  # the screen asks the same before saving
        form = form_of(s.get(CaseDecision, decision_id), signer_title_code="kiem_soat_vien",
                       lines=_lines(demo_db, decision_id, 12_000_000))
        assert competence_problem(s, form) == errors["signer_title_code"]
    # the Chi cục trưởng's 50 % covers it: saved, and the issue check agrees
    saved = _save(demo_db, decision_id, actor, signer_name="Vi Văn Quang", signer_title_code="chi_cuc_truong",
                  lines=_lines(demo_db, decision_id, 40_000_000))
    assert (saved.fine_total, saved.signer_title_code) == (40_000_000, "chi_cuc_truong")


def test_an_organisation_doubles_the_limit(demo_db, actor):
    case_id = finalised_case(demo_db, actor, organisation=True)
    decision_id = drafted(demo_db, case_id, actor)
    with unit_of_work(demo_db.sessions) as s:
        assert s.get(CaseDecision, decision_id).subject_kind == "organisation"
    # 50.000.000 đồng is above an Đội trưởng's 30 % for an individual, within 2 × for a company
    saved = _save(demo_db, decision_id, actor, lines=_lines(demo_db, decision_id, 50_000_000))
    assert saved.fine_total == 50_000_000
    errors = _refused(demo_db, decision_id, actor, lines=_lines(demo_db, decision_id, 70_000_000))
    assert errors["signer_title_code"].startswith(
        f"Mức phạt 70.000.000 đồng đối với hành vi tại {CITATION} vượt thẩm quyền xử phạt của Đội trưởng "
        "Đội Quản lý thị trường: 60.000.000 đồng (30% mức phạt tối đa 100.000.000 đồng của lĩnh vực, gấp "
        "02 lần đối với tổ chức).")
    # the subject's kind is the case's
    assert _refused(demo_db, decision_id, actor, subject_kind="individual") == {
        "subject_kind": "Đối tượng của vụ việc là tổ chức."}


def test_competence_follows_the_top_of_the_acts_range_and_its_field(demo_db, actor):
    """Hàng cấm (Điều 8): field maximum 200 tr. A kiểm soát viên's 10 % is 20 tr, below the
    30 tr top of khoản 4's range: refused even for a 10 tr fine (Luật XLVPHC Điều 52)."""
    case_id = finalised_case(demo_db, actor, acts=(("98/2020-D8-K4", "Vận chuyển 1.200 bao thuốc lá "
                                                    "điếu nhập lậu", "10.000.000"),))
    decision_id = drafted(demo_db, case_id, actor)
    errors = _refused(demo_db, decision_id, actor, signer_name="Nông Thị Hạnh", signer_title_code="kiem_soat_vien")
    assert errors["signer_title_code"].startswith(
        "Khung tiền phạt của khoản 4 Điều 8 Nghị định số 98/2020/NĐ-CP đối với cá nhân đến 30.000.000 đồng, "
        "vượt thẩm quyền xử phạt của Kiểm soát viên thị trường: 20.000.000 đồng (10% mức phạt tối đa "
        "200.000.000 đồng của lĩnh vực)")
    assert _save(demo_db, decision_id, actor).signer_title_code == "doi_truong"  # 60 tr covers it


def test_confiscation_above_twice_the_fine_limit_is_refused(demo_db, actor):
    case_id = finalised_case(demo_db, actor)
    decision_id = drafted(demo_db, case_id, actor)
    errors = _refused(demo_db, decision_id, actor, confiscated_value=75_000_000)
    assert errors["signer_title_code"].startswith(
        "Trị giá tang vật, phương tiện tịch thu 75.000.000 đồng vượt thẩm quyền tịch thu của Đội trưởng "
        "Đội Quản lý thị trường: 60.000.000 đồng (02 lần mức tiền phạt 30.000.000 đồng).")
    assert _save(demo_db, decision_id, actor, confiscated_value=16_250_000).confiscated_value == 16_250_000


def test_the_bien_ban_warns_by_the_same_rule_the_decision_refuses_by(demo_db, actor):
    case_id = finalised_case(demo_db, actor, acts=((SMUGGLING, "Kinh doanh hàng nhập lậu", "40.000.000"),))
    with unit_of_work(demo_db.sessions) as s:
        warning = warnings_of_case(s, case_id)["violations"]
    decision_id = drafted(demo_db, case_id, actor)  # the proposed 40 tr comes with the draft
    with unit_of_work(demo_db.sessions) as s:
        d = s.get(CaseDecision, decision_id)
        refusal = competence_problem(s, d)
        with pytest.raises(ValidationFailed) as err:
            check_issuable(s, decision_id)
    sentence = (f"Mức phạt 40.000.000 đồng đối với hành vi tại {CITATION} vượt thẩm quyền xử phạt của Đội "
                "trưởng Đội Quản lý thị trường: 30.000.000 đồng (30% mức phạt tối đa 100.000.000 đồng của "
                "lĩnh vực).")
    assert warning == sentence + " Cần chuyển người có thẩm quyền cao hơn."
    assert refusal == err.value.errors["signer_title_code"] == (
        sentence + " Quyết định phải do người có thẩm quyền cao hơn ký.")


def test_a_decision_dated_before_the_bien_ban_is_refused(demo_db, actor):
    case_id = finalised_case(demo_db, actor)
    decision_id = drafted(demo_db, case_id, actor)
    with unit_of_work(demo_db.sessions) as s:
        vphc = s.scalars(select(IssuedDocument).where(IssuedDocument.form_code == "BB-VPHC")).one()
        made_on, number = vphc.issued_at.astimezone(VN_TZ).date(), vphc.number
    assert made_on == bien_ban_time().astimezone(VN_TZ).date()
    day_before = made_on - timedelta(days=1)
    before = _stored(demo_db, decision_id)
    errors = _refused(demo_db, decision_id, actor, decided_on=day_before)
    assert errors == {"decided_on": (
        f"Ngày ra quyết định {day_before:%d/%m/%Y} trước ngày lập biên bản vi phạm hành chính số {number} "
        f"({made_on:%d/%m/%Y}): quyết định phải ra sau biên bản.")}
    errors = _refused(demo_db, decision_id, actor, decided_on=today_vn() + timedelta(days=1))
    assert "chưa tới" in errors["decided_on"]
    assert _stored(demo_db, decision_id) == before
    assert _save(demo_db, decision_id, actor, decided_on=made_on).decided_on == made_on  # the same day is fine


def test_bad_lines_and_terms_are_refused_at_their_field(demo_db, actor):
    case_id = finalised_case(demo_db, actor)
    decision_id = drafted(demo_db, case_id, actor)
    errors = _refused(demo_db, decision_id, actor, pay_within_days=7, pay_account="TK 7111",
                      lines=_lines(demo_db, decision_id, 0, remedial_days=0))
    assert errors == {
        "lines.0.fine": f"Hành vi tại {CITATION} không áp dụng hình thức cảnh cáo: nhập mức phạt tiền.",
        "lines.0.remedial_days": "Thời hạn khắc phục hậu quả từ 01 đến 365 ngày.",
        "pay_within_days": "Thời hạn nộp phạt ít nhất 10 ngày kể từ ngày nhận quyết định (Luật Xử lý vi phạm "
                           "hành chính, Điều 73), nhiều nhất 365 ngày.",
        "pay_account": "Số tài khoản chỉ gồm chữ số (có thể có dấu chấm, gạch nối).",
    }
    with unit_of_work(demo_db.sessions) as s:
        with pytest.raises(ValidationFailed) as err:
            save_decision(s, decision_id, DecisionEntry(), actor)
        assert err.value.errors == {"lines": "Quyết định xử phạt phải ghi ít nhất một hành vi vi phạm."}


def test_issued_decisions_are_delivered_once_and_voided_with_their_document(demo_db, actor):
    case_id = finalised_case(demo_db, actor)
    decision_id = drafted(demo_db, case_id, actor)
    with unit_of_work(demo_db.sessions) as s:
        doc = issue_decision(s, decision_id, actor)
        number, doc_id = doc.number, doc.id
    with unit_of_work(demo_db.sessions) as s:
        with pytest.raises(DecisionRefused, match="đã ban hành, không sửa được"):
            save_decision(s, decision_id, form_of(s.get(CaseDecision, decision_id)), actor)
        with pytest.raises(ValidationFailed) as err:
            record_delivery(s, decision_id, "truc_tiep", today_vn() - timedelta(days=9), actor)
        assert "trước ngày ra quyết định" in err.value.errors["delivered_on"]
        d = record_delivery(s, decision_id, "truc_tiep", today_vn(), actor)
        assert (d.delivered_how, d.delivered_on) == ("truc_tiep", today_vn())
    with unit_of_work(demo_db.sessions) as s:
        with pytest.raises(DecisionRefused, match="Đã ghi giao quyết định"):
            record_delivery(s, decision_id, "buu_dien", today_vn(), actor)
        with pytest.raises(DecisionRefused, match=f"quyết định xử phạt số {number}"):
            end_without_sanction(s, case_id, "khong_vi_pham", "", today_vn(), actor)
        with pytest.raises(ValidationFailed):
            void_decision(s, decision_id, "  ", actor)
        void_decision(s, decision_id, "Ghi sai mức phạt", actor)
    with unit_of_work(demo_db.sessions) as s:
        d, doc = s.get(CaseDecision, decision_id), s.get(IssuedDocument, doc_id)
        assert (d.status, d.void_reason, d.number) == ("void", "Ghi sai mức phạt", number)
        assert (doc.status, doc.void_reason, doc.number) == ("void", "Ghi sai mức phạt", number)
        actions = {e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "decision"))}
        assert {"draft", "issue", "deliver", "void"} <= actions
        # a new draft can now be made; the void one stays on record
        again = draft_decision(s, case_id, "xu_phat", actor)
        assert [x.status for x in decisions_of(s, case_id)] == ["void", "draft"] and again.number == ""


def test_a_case_ends_without_a_sanction_or_with_a_confiscation_recorded(demo_db, actor):
    case_id = finalised_case(demo_db, actor)
    with unit_of_work(demo_db.sessions) as s:
        with pytest.raises(ValidationFailed) as err:
            end_without_sanction(s, case_id, "khac", " ", today_vn(), actor)
        assert err.value.errors == {"reason": "Ghi rõ lý do không xử phạt."}
        ended = end_without_sanction(s, case_id, "het_thoi_hieu", "Quá thời hiệu 02 năm", today_vn(), actor)
        assert (ended.kind, ended.status, ended.reason_code) == ("khong_xu_phat", "issued", "het_thoi_hieu")
        with pytest.raises(ValidationFailed) as err:
            record_confiscation(s, case_id, DecisionEntry(), actor)
        assert set(err.value.errors) == {"number", "decided_on", "signer_name", "reason", "confiscated_value"}
        mqd14 = record_confiscation(s, case_id, DecisionEntry(
            decided_on=today_vn(), signer_name="Hoàng Văn Thắng", signer_title_code="doi_truong",
            number="20030001/QĐ-TTTV", confiscated_value=16_250_000,
            reason="Không xác định được người vi phạm; hết thời hạn thông báo mà không có người đến nhận"), actor)
        assert (mqd14.kind, mqd14.form_code, mqd14.status, mqd14.number) == (
            "tich_thu", "MQĐ14", "issued", "20030001/QĐ-TTTV")
        assert [x.kind for x in decisions_of(s, case_id)] == ["khong_xu_phat", "tich_thu"]
