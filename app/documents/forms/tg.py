"""MBB15 BB-TG — Biên bản tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép,
chứng chỉ hành nghề (NĐ 118/2021, Điều 125 Luật XLVPHC)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.documents import blocks as b
from app.documents.closing import closing_group, distribution_to_subject
from app.documents.formspec import (
    AUTHOR,
    AUTHORITY,
    SIGN_TITLE_NAME,
    SUBJECT,
    WITNESS,
    FormContext,
    FormSpec,
    SigSpec,
)
from app.documents.snapshot import DocumentSnapshot
from app.documents.tables import SEIZED
from app.documents.vntext import clause


def storage_note(s: DocumentSnapshot) -> str:
    """Where the seized goods are kept, for the "Ý kiến bổ sung" item when nothing else is said."""
    if s.extra_opinion or s.seizure is None or not s.seizure.storage_place:
        return s.extra_opinion
    return (
        "Tang vật, phương tiện vi phạm hành chính bị tạm giữ được đưa về bảo quản tại "
        f"{clause(s.seizure.storage_place)}."
    )


def build(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    st, subj = ctx.st, s.subject
    out: list[Flowable] = [
        b.opening(s, st),
        b.heading(st, "Chúng tôi gồm:"),
        b.heading(st, "1. Người có thẩm quyền lập biên bản:"),
        *b.officer_lines(st, s.leader),
        b.heading(st, "2. Với sự chứng kiến của:"),
        *b.witnesses_block(st, s.witnesses),
    ]
    lead = "Tiến hành tạm giữ và lập biên bản tạm giữ tang vật, phương tiện vi phạm hành chính"
    if subj is None:
        out.append(b.para(f"{lead} nhưng không xác định được cá nhân/tổ chức vi phạm.", st.body))
    else:
        out.append(b.para(f"{lead} của {b.party(subj)} có tên sau đây:", st.body))
        out += b.subject_lines(st, subj)
    out += [
        b.heading(st, "2. Tang vật, phương tiện vi phạm hành chính bị tạm giữ, gồm:"),
        *b.goods_listing(ctx, s.seized_items, SEIZED),
        b.heading(st, f"3. Giấy phép, chứng chỉ hành nghề bị tạm giữ, gồm: {b.NONE_TEXT}"),
        b.para(
            "Ngoài những tang vật, phương tiện vi phạm hành chính và các giấy tờ nêu trên, "
            "chúng tôi không tạm giữ thêm thứ gì khác.",
            st.body,
        ),
    ]
    out += b.text_block(
        st, f"4. Ý kiến trình bày của {b.who(subj)} vi phạm:", s.subject_opinion, optional=False
    )
    out += b.text_block(
        st, "5. Ý kiến trình bày của người chứng kiến (nếu có):", s.witness_opinion, optional=True
    )
    out += b.text_block(st, "6. Ý kiến bổ sung (nếu có):", storage_note(s), optional=True)
    dist = distribution_to_subject(s, ctx.spec.copies(s), f"{b.who(subj)} vi phạm")
    return out + closing_group(s, ctx, dist)


SPEC = FormSpec(
    code="BB-TG",
    symbol="BB-TG",
    mau="MBB15",
    title="Biên bản tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành nghề",
    heading="BIÊN BẢN",
    subtitle="Tạm giữ tang vật, phương tiện vi phạm hành chính,\ngiấy phép, chứng chỉ hành nghề",
    default_copies=2,
    signatures=(
        SigSpec(SUBJECT, "CÁ NHÂN VI PHẠM", "NGƯỜI ĐẠI DIỆN\nCỦA TỔ CHỨC VI PHẠM"),
        SigSpec(AUTHOR, "NGƯỜI LẬP BIÊN BẢN", note=SIGN_TITLE_NAME),
        SigSpec(WITNESS, "NGƯỜI CHỨNG KIẾN"),
        # Everyone recorded under "Với sự chứng kiến của" signs: a commune representative too.
        SigSpec(
            AUTHORITY,
            "ĐẠI DIỆN CHÍNH QUYỀN",
            note=SIGN_TITLE_NAME,
            optional=True,
            when_refused=False,
        ),
    ),
    build=build,
    needs_seizure=True,
)
