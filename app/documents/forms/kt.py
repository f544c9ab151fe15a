"""BB-KT — Biên bản kiểm tra việc chấp hành pháp luật trong sản xuất, kinh doanh hàng hóa, dịch vụ.

The QLTT form of TT 22/2021/TT-BCT is not available verbatim (reference/forms/SOURCES.md); the
content and its order follow TT 27/2020/TT-BCT Điều 18 and FORMS.md "BB-KT body", with the
shared blocks and wording of the NĐ 118/2021 forms.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.documents import blocks as b
from app.documents.closing import closing_group, distribution_to_subject
from app.documents.flowables import WritingLines
from app.documents.formspec import (
    AUTHOR,
    AUTHORITY,
    FORCES,
    MEMBERS,
    SIGN_TITLE_NAME,
    SUBJECT,
    WITNESS,
    FormContext,
    FormSpec,
    SigSpec,
)
from app.documents.snapshot import DocumentSnapshot
from app.documents.tables import INSPECTED
from app.documents.vntext import clause, money_figures, money_words


def _team(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    out: list[Flowable] = []
    for i, m in enumerate(s.members, start=1):
        role = " - Trưởng đoàn" if m is s.leader else " - Thành viên"
        out.append(
            b.para(
                f"{i}. Ông (bà) {b.esc(m.full_name)}; chức vụ: {b.value_clause(m.position_title)}; "
                f"số hiệu công chức: {b.value(m.badge_no)}{role}.",
                ctx.st.body,
            )
        )
    return out or [b.line(ctx.st, "1. Ông (bà)", "")]


def _forces(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    if not s.forces:
        return [b.heading(ctx.st, f"Cơ quan phối hợp: {b.NONE_TEXT}")]
    out: list[Flowable] = [b.heading(ctx.st, "Cơ quan phối hợp:")]
    for i, f in enumerate(s.forces, start=1):
        agency = f.agency_name or f.force
        out.append(
            b.para(
                f"{i}. {b.esc(agency)}: ông (bà) {b.value(f.representative)}; "
                f"chức vụ: {b.value_clause(f.representative_title)}.",
                ctx.st.body,
            )
        )
    return out


def _proposals(s: DocumentSnapshot) -> str:
    lines = [s.team_conclusion] if s.team_conclusion else []
    for v in s.violations:
        fine = ""
        if v.proposed_fine:
            fine = (
                f"; mức phạt tiền đề xuất: {money_figures(v.proposed_fine)} "
                f"({money_words(v.proposed_fine)})"
            )
        lines.append(f"Hành vi: {clause(v.description)}; quy định tại {clause(v.citation)}{fine}.")
    return "\n".join(lines)


def build(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    st, subj = ctx.st, s.subject
    who = b.who(subj)
    out: list[Flowable] = [
        b.para(b.decision_text(s), st.body),
        b.opening(s, st),
        b.heading(st, "Đoàn kiểm tra gồm:"),
        *_team(s, ctx),
        *_forces(s, ctx),
        b.heading(st, "Người chứng kiến, đại diện chính quyền:"),
        *b.witnesses_block(st, s.witnesses),
        b.para(f"Tiến hành kiểm tra đối với {b.party(subj)} có tên sau đây:", st.body),
        *b.subject_lines(st, subj, numbered=False, tax_code=True),
    ]
    if s.vehicle_plate:
        out.append(
            b.line(st, "Phương tiện được kiểm tra", f"xe ô tô biển kiểm soát {s.vehicle_plate}")
        )
    out += b.text_block(st, "1. Nội dung kiểm tra:", s.contents, optional=False, lines=3)
    out.append(b.heading(st, "2. Kết quả kiểm tra:"))
    if s.findings:
        for i, f in enumerate(s.findings, start=1):
            out.append(b.para(f"2.{i}. {b.esc(f.content)}: {b.value(f.result)}", st.body))
    else:
        out.append(WritingLines(4))
    if s.goods:
        out += [b.heading(st, "Hàng hóa được kiểm tra:"), *b.goods_listing(ctx, s.goods, INSPECTED)]
    out += b.text_block(
        st, f"3. Ý kiến của {who} được kiểm tra:", s.subject_opinion, optional=False
    )
    out += b.text_block(
        st,
        "4. Ý kiến của đại diện cơ quan phối hợp kiểm tra (nếu có):",
        s.forces_opinion,
        optional=True,
    )
    out += b.text_block(
        st, "5. Ý kiến của người chứng kiến (nếu có):", s.witness_opinion, optional=True
    )
    out += b.text_block(
        st,
        "6. Ý kiến đánh giá, kiến nghị, đề xuất của Đoàn kiểm tra:",
        _proposals(s),
        optional=False,
        lines=3,
    )
    dist = distribution_to_subject(s, ctx.spec.copies(s), f"{who} được kiểm tra")
    return out + closing_group(s, ctx, dist, refusal_phrase="là {who} được kiểm tra")


SPEC = FormSpec(
    code="BB-KT",
    symbol="BB-KT",
    mau="TT22/2021-BB-KT",
    title="Biên bản kiểm tra việc chấp hành pháp luật trong sản xuất, kinh doanh hàng hóa, dịch vụ",
    heading="BIÊN BẢN KIỂM TRA",
    subtitle=("Việc chấp hành pháp luật trong sản xuất,\nkinh doanh hàng hóa, dịch vụ"),
    default_copies=2,
    signatures=(
        SigSpec(SUBJECT, "ĐỐI TƯỢNG ĐƯỢC KIỂM TRA", "ĐẠI DIỆN TỔ CHỨC\nĐƯỢC KIỂM TRA"),
        SigSpec(WITNESS, "NGƯỜI CHỨNG KIẾN", optional=True),
        SigSpec(AUTHORITY, "ĐẠI DIỆN CHÍNH QUYỀN", note=SIGN_TITLE_NAME, optional=True),
        SigSpec(FORCES, "ĐẠI DIỆN CƠ QUAN PHỐI HỢP", note=SIGN_TITLE_NAME, optional=True),
        SigSpec(MEMBERS, "THÀNH VIÊN ĐOÀN KIỂM TRA", note=SIGN_TITLE_NAME, optional=True),
        SigSpec(AUTHOR, "TRƯỞNG ĐOÀN KIỂM TRA", note=SIGN_TITLE_NAME),
    ),
    build=build,
    delivered_phrase="{who} được kiểm tra",
)
