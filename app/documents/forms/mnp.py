"""MBB27 BB-MNP — Biên bản mở niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ
theo thủ tục hành chính (NĐ 118/2021)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.documents import blocks as b
from app.documents.closing import closing_group
from app.documents.forms.nptg import keeper, keeper_distribution
from app.documents.formspec import (
    AUTHOR,
    KEEPER,
    SIGN_TITLE_NAME,
    SUBJECT,
    FormContext,
    FormSpec,
    SigSpec,
)
from app.documents.snapshot import DocumentSnapshot
from app.documents.tables import SEALED

_BASIS_TITLES = {
    "QĐ-TG": "Quyết định tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành nghề",
    "BB-TG": "Biên bản tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành nghề",
    "BB-NPTG": "Biên bản niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục hành chính",
}


def _basis(s: DocumentSnapshot) -> str:
    """Căn cứ (2): the seizure decision, the seizure minutes, the sealing minutes."""
    parts = []
    for symbol, title in _BASIS_TITLES.items():
        if s.related_doc(symbol) is not None:
            parts.append(f"{title} số {b.related_ref(s, symbol)}")
    return "; ".join(parts) if parts else b.DOTS


def build(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    st, subj = ctx.st, s.subject
    np_doc = s.related_doc("BB-NPTG")
    np_no = b.esc(np_doc.number) if np_doc else f"{b.SLOT}/BB-NPTG"
    out: list[Flowable] = [
        b.para(f"Căn cứ {_basis(s)}.", st.body),
        b.opening(s, st),
        b.heading(st, "Chúng tôi gồm:"),
        b.heading(st, "1. Người có thẩm quyền lập biên bản - Người niêm phong:"),
        *b.officer_lines(st, s.leader),
        b.heading(
            st,
            f"2. {b.party(subj).capitalize()} vi phạm có tang vật, phương tiện vi phạm hành chính "
            "bị tạm giữ đã được niêm phong:",
        ),
        *b.subject_lines(st, subj, numbered=False),
        b.heading(
            st,
            "3. Người có trách nhiệm bảo quản tang vật, phương tiện vi phạm hành chính bị tạm giữ "
            "được niêm phong:",
        ),
        *b.officer_lines(st, keeper(s)),
        b.para(
            "Tiến hành mở niêm phong và lập biên bản mở niêm phong tang vật, phương tiện vi phạm "
            "hành chính bị tạm giữ theo thủ tục hành chính đã niêm phong theo Biên bản số: "
            f"{np_no}.",
            st.body,
        ),
        b.para(
            "1. Tình trạng của niêm phong trước khi mở vẫn còn nguyên vẹn, không bị rách rời hoặc "
            "chắp vá.",
            st.body,
        ),
        b.heading(st, "2. Tang vật, phương tiện vi phạm hành chính được mở niêm phong, gồm:"),
        *b.goods_listing(ctx, s.seized_items, SEALED),
    ]
    out += b.text_block(st, "3. Ý kiến bổ sung khác (nếu có):", s.extra_opinion, optional=True)
    out.append(
        b.para(
            "4. Số tang vật, phương tiện vi phạm hành chính được mở niêm phong nói trên vẫn đầy đủ về "
            "số lượng, đúng chủng loại và vẫn giữ nguyên tình trạng như khi tiến hành niêm phong theo "
            f"Biên bản số: {b.related_ref(s, 'BB-NPTG', 'lập ngày')} niêm phong tang vật, phương tiện "
            "vi phạm hành chính bị tạm giữ theo thủ tục hành chính.",
            st.body,
        )
    )
    dist = keeper_distribution(s, ctx.spec.copies(s), "được niêm phong")
    return out + closing_group(s, ctx, dist)


SPEC = FormSpec(
    code="BB-MNP",
    symbol="BB-MNP",
    mau="MBB27",
    title="Biên bản mở niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục hành chính",
    heading="BIÊN BẢN",
    subtitle=(
        "Mở niêm phong tang vật, phương tiện vi phạm hành chính\nbị tạm giữ theo thủ tục hành chính"
    ),
    default_copies=3,
    signatures=(
        SigSpec(SUBJECT, "CÁ NHÂN VI PHẠM", "NGƯỜI ĐẠI DIỆN\nCỦA TỔ CHỨC VI PHẠM"),
        SigSpec(AUTHOR, "NGƯỜI NIÊM PHONG", note=SIGN_TITLE_NAME),
        SigSpec(KEEPER, "NGƯỜI BẢO QUẢN TANG VẬT,\nPHƯƠNG TIỆN", note=SIGN_TITLE_NAME),
    ),
    build=build,
    needs_seizure=True,
)
