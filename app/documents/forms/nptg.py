"""MBB26 BB-NPTG — Biên bản niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo
thủ tục hành chính (NĐ 118/2021, khoản 5a Điều 125 Luật XLVPHC). Made in 03 copies."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.documents import blocks as b
from app.documents.closing import closing_group
from app.documents.formspec import (
    AUTHOR,
    AUTHORITY,
    KEEPER,
    SIGN_TITLE_NAME,
    SUBJECT,
    WITNESS,
    FormContext,
    FormSpec,
    SigSpec,
)
from app.documents.snapshot import DocumentSnapshot, Person
from app.documents.tables import SEALED
from app.documents.vntext import clause, two_digits


def keeper(s: DocumentSnapshot) -> Person | None:
    """The person responsible for keeping the sealed goods, as an officer block."""
    z = s.seizure
    if z is None or not z.keeper:
        return None
    return Person(z.keeper, z.keeper_title, organisation=z.keeper_organisation)


def keeper_distribution(s: DocumentSnapshot, copies: int, action: str) -> str:
    """ "… 01 bản, giao cho ông (bà) K là người bảo quản … 01 bản và 01 bản lưu hồ sơ"."""
    name = b.value(b.signer(s.subject))
    k = keeper(s)
    archive = max(copies - 2, 1)
    return (
        f"giao cho ông (bà) {name} là {b.who(s.subject)} vi phạm 01 bản, giao cho ông (bà) "
        f"{b.value(k.full_name if k else '')} là người bảo quản tang vật, phương tiện vi phạm "
        f"hành chính {action} 01 bản và {two_digits(archive)} bản lưu hồ sơ"
    )


def build(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    st, subj = ctx.st, s.subject
    tg = b.related_ref(s, "BB-TG", "lập ngày")
    tg_no = s.related_doc("BB-TG")
    k = keeper(s)
    out: list[Flowable] = [
        b.para(
            f"Căn cứ Biên bản số: {tg} tạm giữ tang vật, phương tiện vi phạm hành chính, "
            "giấy phép, chứng chỉ hành nghề.",
            st.body,
        ),
        b.opening(s, st),
        b.heading(st, "Chúng tôi gồm:"),
        b.heading(st, "1. Người có thẩm quyền lập biên bản - Người niêm phong:"),
        *b.officer_lines(st, s.leader),
        b.heading(st, "2. Với sự chứng kiến của:"),
        *b.witnesses_lettered(st, s.witnesses),
        b.heading(
            st,
            f"3. {b.party(subj).capitalize()} vi phạm có tang vật, phương tiện vi phạm hành chính "
            "bị tạm giữ phải được niêm phong:",
        ),
        *b.subject_lines(st, subj, numbered=False),
        b.heading(
            st,
            "4. Người có trách nhiệm bảo quản tang vật, phương tiện vi phạm hành chính bị tạm giữ "
            "phải niêm phong:",
        ),
        *b.officer_lines(st, k),
        b.para(
            "Tiến hành niêm phong và lập biên bản niêm phong tang vật, phương tiện vi phạm hành "
            "chính bị tạm giữ theo Biên bản số: "
            f"{b.esc(tg_no.number) if tg_no else b.SLOT + '/BB-TG'}.",
            st.body,
        ),
        b.heading(st, "1. Tang vật, phương tiện vi phạm hành chính niêm phong, gồm:"),
        *b.goods_listing(ctx, s.seized_items, SEALED),
    ]
    extra = s.extra_opinion
    if not extra and s.seizure is not None and s.seizure.seal_numbers:
        extra = f"Số hiệu niêm phong đã sử dụng: {clause(s.seizure.seal_numbers)}."
    out += b.text_block(st, "2. Ý kiến bổ sung khác (nếu có):", extra, optional=True)
    out.append(
        b.para(
            "3. Số tang vật, phương tiện vi phạm hành chính được niêm phong nêu trên đã giao cho "
            f"ông (bà) {b.value(k.full_name if k else '')} thuộc cơ quan "
            f"{b.value(k.organisation if k else '')} chịu trách nhiệm bảo quản.",
            st.body,
        )
    )
    dist = keeper_distribution(s, ctx.spec.copies(s), "được niêm phong")
    return out + closing_group(s, ctx, dist)


SPEC = FormSpec(
    code="BB-NPTG",
    symbol="BB-NPTG",
    mau="MBB26",
    title="Biên bản niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục hành chính",
    heading="BIÊN BẢN",
    subtitle=(
        "Niêm phong tang vật, phương tiện vi phạm hành chính\nbị tạm giữ theo thủ tục hành chính"
    ),
    default_copies=3,
    signatures=(
        SigSpec(SUBJECT, "CÁ NHÂN VI PHẠM", "NGƯỜI ĐẠI DIỆN\nCỦA TỔ CHỨC VI PHẠM"),
        SigSpec(AUTHOR, "NGƯỜI NIÊM PHONG", note=SIGN_TITLE_NAME),
        SigSpec(AUTHORITY, "ĐẠI DIỆN CHÍNH QUYỀN", note=SIGN_TITLE_NAME, optional=True),
        SigSpec(KEEPER, "NGƯỜI BẢO QUẢN TANG VẬT,\nPHƯƠNG TIỆN", note=SIGN_TITLE_NAME),
        SigSpec(WITNESS, "NGƯỜI CHỨNG KIẾN", optional=True),
    ),
    build=build,
    needs_seizure=True,
)
