"""MBB02 BB-LV — Biên bản làm việc (NĐ 118/2021, điểm d khoản 3 Điều 58 Luật XLVPHC)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.documents import blocks as b
from app.documents.closing import closing_group, distribution_to_subject
from app.documents.formspec import (
    AUTHOR,
    SIGN_TITLE_NAME,
    SUBJECT,
    VICTIM,
    WITNESS,
    FormContext,
    FormSpec,
    SigSpec,
)
from app.documents.snapshot import DocumentSnapshot
from app.documents.tables import INSPECTED, SEIZED


def _events(s: DocumentSnapshot) -> str:
    lines = [s.contents] if s.contents else []
    lines += [f"{f.content}: {f.result}" if f.result else f.content for f in s.findings]
    return "\n".join(lines)


def build(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    st, subj = ctx.st, s.subject
    who, kind = b.who(subj), b.party_kind(subj)
    out: list[Flowable] = [
        b.opening(s, st),
        b.heading(st, "Chúng tôi gồm:"),
        b.heading(st, "1. Người có thẩm quyền lập biên bản:"),
        *b.officer_lines(st, s.leader),
    ]
    plain = [w for w in s.witnesses if not w.is_authority]
    if plain:
        out += [b.heading(st, "2. Người chứng kiến (nếu có):"), *b.witnesses_block(st, plain)]
    else:
        out.append(b.heading(st, f"2. Người chứng kiến (nếu có): {b.NONE_TEXT}"))
    out += b.text_block(st, "3. Cá nhân/Tổ chức bị thiệt hại (nếu có):", s.victim, optional=True)
    out.append(b.heading(st, f"4. {kind.capitalize()} có liên quan trực tiếp đến vụ việc:"))
    out += b.subject_lines(st, subj, numbered=False)
    out.append(
        b.para(
            f"Tiến hành lập biên bản làm việc đối với {b.party(subj)} có liên quan trực tiếp đến vụ việc:",
            st.body,
        )
    )
    when = b.time_slot(s.started_at)
    out.append(b.para(f"1. Thời gian xảy ra vụ việc: {when}.", st.body))
    out.append(b.line(st, "2. Địa điểm xảy ra vụ việc", s.place.text))
    out += b.text_block(st, "3. Diễn biến của vụ việc:", _events(s), optional=False, lines=3)
    out += b.text_block(st, "4. Hiện trường:", s.scene, optional=False)
    out += b.text_block(st, "5. Thiệt hại (nếu có):", s.damage, optional=True)
    out += b.text_block(
        st,
        "6. Ý kiến trình bày của cá nhân/tổ chức bị thiệt hại (nếu có):",
        s.victim_opinion,
        optional=True,
    )
    out += b.text_block(
        st,
        f"7. Lời khai của {kind} có liên quan trực tiếp đến vụ việc:",
        s.subject_opinion,
        optional=False,
    )
    out += b.text_block(
        st, "8. Ý kiến trình bày của người chứng kiến (nếu có):", s.witness_opinion, optional=True
    )
    out += b.text_block(
        st,
        "9. Các biện pháp xử lý và ngăn chặn hậu quả do sự việc gây ra (nếu có):",
        s.measures,
        optional=True,
    )
    items = s.seized_items or s.goods
    label = "10. Tang vật, phương tiện có liên quan đến vụ việc (nếu có):"
    if items:
        out += [
            b.heading(st, label),
            *b.goods_listing(ctx, items, SEIZED if s.seized_items else INSPECTED),
        ]
    else:
        out.append(b.heading(st, f"{label} {b.NONE_TEXT}"))
    dist = distribution_to_subject(
        s, ctx.spec.copies(s), f"{who} có liên quan trực tiếp đến vụ việc"
    )
    return out + closing_group(
        s, ctx, dist, refusal_phrase="là {who} có liên quan trực tiếp đến vụ việc"
    )


SPEC = FormSpec(
    code="BB-LV",
    symbol="BB-LV",
    mau="MBB02",
    title="Biên bản làm việc",
    heading="BIÊN BẢN LÀM VIỆC",
    subtitle="",
    default_copies=2,
    signatures=(
        SigSpec(
            SUBJECT,
            "CÁ NHÂN CÓ LIÊN QUAN\nĐẾN VỤ VIỆC",
            "NGƯỜI ĐẠI DIỆN CỦA TỔ CHỨC\nCÓ LIÊN QUAN ĐẾN VỤ VIỆC",
        ),
        SigSpec(AUTHOR, "NGƯỜI LẬP BIÊN BẢN", note=SIGN_TITLE_NAME),
        SigSpec(VICTIM, "CÁ NHÂN/NGƯỜI ĐẠI DIỆN\nTỔ CHỨC BỊ THIỆT HẠI", optional=True),
        SigSpec(WITNESS, "NGƯỜI CHỨNG KIẾN", optional=True),
    ),
    build=build,
    delivered_phrase="{who} có liên quan trực tiếp đến vụ việc",
)
