"""MBB16 BB-TL — Biên bản trả lại tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ
hành nghề bị tạm giữ, when no seizure decision was issued (điểm b khoản 4 Điều 125 Luật XLVPHC)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.documents import blocks as b
from app.documents.closing import closing_group, distribution_to_subject
from app.documents.formspec import AUTHOR, SIGN_TITLE_NAME, SUBJECT, FormContext, FormSpec, SigSpec
from app.documents.snapshot import DocumentSnapshot
from app.documents.tables import SEIZED

GOODS = "tang vật, phương tiện vi phạm hành chính"


def build(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    st, subj = ctx.st, s.subject
    tg = b.related_ref(s, "BB-TG")
    place = s.agency.address or s.place.text
    out: list[Flowable] = [
        b.para(
            f"Căn cứ Biên bản số: {tg} tạm giữ tang vật, phương tiện vi phạm hành chính, giấy "
            "phép, chứng chỉ hành nghề.",
            st.body,
        ),
        b.opening(s, st, place),
        b.heading(st, "Chúng tôi gồm:"),
        b.heading(st, "1. Người có thẩm quyền lập biên bản:"),
        *b.officer_lines(st, s.leader),
        b.heading(
            st,
            f"2. {b.party(subj).capitalize()} là {b.esc(s.owner_capacity)} được nhận lại {GOODS} "
            f"đã bị tạm giữ theo Biên bản số: {tg}:",
        ),
        *b.subject_lines(st, subj, numbered=False),
        b.para(f"Tiến hành trả lại và lập biên bản trả lại {GOODS}.", st.body),
        b.heading(
            st,
            "1. Tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục hành "
            "chính được trả lại, gồm:",
        ),
        *b.goods_listing(ctx, s.seized_items, SEIZED),
        b.heading(
            st,
            "2. Giấy phép, chứng chỉ hành nghề bị tạm giữ theo thủ tục hành chính được "
            f"trả lại, gồm: {b.NONE_TEXT}",
        ),
    ]
    out += b.text_block(st, "3. Ý kiến bổ sung (nếu có):", s.extra_opinion, optional=True)
    dist = distribution_to_subject(s, ctx.spec.copies(s), f"{b.who(subj)} được nhận lại {GOODS}")
    return out + closing_group(s, ctx, dist, refusal_phrase="là {who} được nhận lại " + GOODS)


SPEC = FormSpec(
    code="BB-TL",
    symbol="BB-TL",
    mau="MBB16",
    title="Biên bản trả lại tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành nghề",
    heading="BIÊN BẢN",
    subtitle=("Trả lại tang vật, phương tiện vi phạm hành chính,\ngiấy phép, chứng chỉ hành nghề"),
    default_copies=2,
    signatures=(
        SigSpec(SUBJECT, "CÁ NHÂN ĐƯỢC NHẬN LẠI", "NGƯỜI ĐẠI DIỆN\nCỦA TỔ CHỨC ĐƯỢC NHẬN LẠI"),
        SigSpec(AUTHOR, "NGƯỜI LẬP BIÊN BẢN", note=SIGN_TITLE_NAME),
    ),
    build=build,
    needs_seizure=True,
    delivered_phrase="{who} được nhận lại " + GOODS,
)
