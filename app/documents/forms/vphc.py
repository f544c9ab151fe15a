"""MBB01 BB-VPHC — Biên bản vi phạm hành chính (NĐ 118/2021, Điều 58 Luật XLVPHC)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.documents import blocks as b
from app.documents.closing import closing_group, distribution_to_subject
from app.documents.formspec import (
    AUTHOR,
    AUTHORITY,
    INTERPRETER,
    SIGN_TITLE_NAME,
    SUBJECT,
    VICTIM,
    WITNESS,
    FormContext,
    FormSpec,
    SigSpec,
)
from app.documents.snapshot import DocumentSnapshot
from app.documents.vntext import join_clauses


def _basis(s: DocumentSnapshot) -> str:
    """Căn cứ (4): the minutes this one rests on, e.g. the Biên bản kiểm tra."""
    kt = s.related_doc("BB-KT")
    if kt is None:
        return b.DOTS
    unit = f" của {b.esc(kt.issuer)}" if kt.issuer else ""
    return f"Biên bản kiểm tra số {b.related_ref(s, 'BB-KT')}{unit}"


def _measures(s: DocumentSnapshot) -> str:
    if s.measures:
        return s.measures
    if s.seizure is not None:
        return "Tạm giữ tang vật, phương tiện vi phạm hành chính."
    return ""


def _explanation(s: DocumentSnapshot, ctx: FormContext, n: int) -> list[Flowable]:
    """Item 10 — right and time limit to explain; left out when the case has no such right."""
    if not s.explanation_days:
        return []
    direct = s.explanation_days == 2
    days = "02 ngày làm việc" if direct else f"{s.explanation_days:02d} ngày làm việc"
    paper = "văn bản yêu cầu được giải trình trực tiếp" if direct else "văn bản giải trình"
    name = b.value(b.signer(s.subject))
    return [
        b.para(
            f"{n}. Quyền và thời hạn giải trình: Trong thời hạn {days} kể từ ngày lập biên bản này, "
            f"ông (bà) {name} là {b.who(s.subject)} vi phạm có quyền gửi {paper} đến "
            f"{b.value(s.explanation_to)} để thực hiện quyền giải trình.",
            ctx.st.body,
        )
    ]


def build(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    st, subj = ctx.st, s.subject
    who, kind = b.who(subj), b.party_kind(subj)
    out: list[Flowable] = [b.opening(s, st)]
    if s.place_reason:
        out.append(b.line(st, "Lý do lập biên bản tại địa điểm khác", s.place_reason))
    out += [
        b.para(f"Căn cứ: {_basis(s)}.", st.body),
        b.heading(st, "Chúng tôi gồm:"),
        b.heading(st, "1. Người có thẩm quyền lập biên bản:"),
        *b.officer_lines(st, s.leader),
        b.heading(st, "2. Với sự chứng kiến của:"),
        *b.witnesses_block(st, s.witnesses),
    ]
    if s.interpreter is None:
        out.append(b.heading(st, f"3. Người phiên dịch: {b.NONE_TEXT}"))
    else:
        out += [b.heading(st, "3. Người phiên dịch:"), *b.witness_lines(st, s.interpreter)]
    out.append(
        b.para(
            f"Tiến hành lập biên bản vi phạm hành chính đối với {b.party(subj)} có tên sau đây:",
            st.body,
        )
    )
    out += b.subject_lines(st, subj)
    acts = "\n".join(v.description for v in s.violations)
    cites = join_clauses(v.citation for v in s.violations)
    out += b.text_block(st, "2. Đã có các hành vi vi phạm hành chính:", acts, optional=False)
    out += b.text_block(st, "3. Quy định tại:", cites, optional=False)
    out += b.text_block(st, "4. Cá nhân/tổ chức bị thiệt hại (nếu có):", s.victim, optional=True)
    out += b.text_block(
        st, f"5. Ý kiến trình bày của {who} vi phạm:", s.subject_opinion, optional=False
    )
    out += b.text_block(
        st,
        "6. Ý kiến trình bày của đại diện chính quyền, người chứng kiến (nếu có):",
        s.witness_opinion,
        optional=True,
    )
    out += b.text_block(
        st,
        "7. Ý kiến trình bày của cá nhân/tổ chức bị thiệt hại (nếu có):",
        s.victim_opinion,
        optional=True,
    )
    out.append(
        b.para(f"8. Chúng tôi đã yêu cầu {kind} vi phạm chấm dứt ngay hành vi vi phạm.", st.body)
    )
    out += b.text_block(
        st,
        "9. Các biện pháp ngăn chặn và bảo đảm xử lý vi phạm hành chính được áp dụng, gồm:",
        _measures(s),
        optional=True,
    )
    explanation = _explanation(s, ctx, 10)
    out += explanation
    n = 10 + len(explanation)
    name = b.value(b.signer(subj))
    out.append(
        b.para(
            f"{n}. Yêu cầu ông (bà) {name} là {who} vi phạm có mặt vào {b.time_slot(s.appointment_at)}, "
            f"tại {b.value(s.appointment_place)} để giải quyết vụ việc.",
            st.body,
        )
    )
    dist = distribution_to_subject(s, ctx.spec.copies(s), f"{who} vi phạm")
    return out + closing_group(s, ctx, dist)


SPEC = FormSpec(
    code="BB-VPHC",
    symbol="BB-VPHC",
    mau="MBB01",
    title="Biên bản vi phạm hành chính",
    heading="BIÊN BẢN VI PHẠM HÀNH CHÍNH",
    subtitle="Về {s.field_of_law}",
    default_copies=2,
    signatures=(
        SigSpec(SUBJECT, "CÁ NHÂN VI PHẠM", "NGƯỜI ĐẠI DIỆN\nCỦA TỔ CHỨC VI PHẠM"),
        SigSpec(AUTHOR, "NGƯỜI LẬP BIÊN BẢN", note=SIGN_TITLE_NAME),
        SigSpec(VICTIM, "CÁ NHÂN/NGƯỜI ĐẠI DIỆN\nCỦA TỔ CHỨC BỊ THIỆT HẠI", optional=True),
        SigSpec(AUTHORITY, "ĐẠI DIỆN CHÍNH QUYỀN", note=SIGN_TITLE_NAME, optional=True),
        SigSpec(INTERPRETER, "NGƯỜI PHIÊN DỊCH", optional=True),
        SigSpec(WITNESS, "NGƯỜI CHỨNG KIẾN", optional=True),
    ),
    build=build,
    needs_violations=True,
)
