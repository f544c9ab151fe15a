"""BANG-KE — Bảng kê tang vật, phương tiện kèm theo a biên bản whose list is long (> ~15 lines).

The snapshot's ``number`` is the number of the biên bản the list belongs to; the annex has no
number of its own (NĐ 30/2020 Phụ lục I, III.1: "Kèm theo văn bản số … ngày …"). It is signed
on every page like its biên bản (TT 27/2020 Đ18 k4 b) and has no back page.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.documents import blocks as b
from app.documents.closing import closing_group
from app.documents.formspec import (
    AUTHOR,
    AUTHORITY,
    SIGN_TITLE_NAME,
    SUBJECT,
    WITNESS,
    Annex,
    FormContext,
    FormSpec,
    SigSpec,
)
from app.documents.snapshot import DocumentSnapshot
from app.documents.tables import INSPECTED, SEIZED, goods_table
from app.documents.vntext import date_long

#: The title line under "BẢNG KÊ" for each kind of goods table.
SUBTITLES = {
    INSPECTED: "Hàng hóa được kiểm tra",
    SEIZED: "Tang vật, phương tiện vi phạm hành chính",
}


def build(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    """The Bảng kê on its own (a preview): the seized items, else the inspected goods."""
    return listing(
        s, ctx, Annex(s.seized_items or s.goods, SEIZED if s.seized_items else INSPECTED)
    )


def attached(s: DocumentSnapshot, ctx: FormContext, annex: Annex) -> list[Flowable]:
    """The Bảng kê attached to the biên bản ``s``: header without a number, title, list."""
    subtitle = SUBTITLES.get(annex.kind, SPEC.subtitle)
    return [b.header(s, SPEC), *b.title(ctx, subtitle), *listing(s, ctx, annex)]


def listing(s: DocumentSnapshot, ctx: FormContext, annex: Annex) -> list[Flowable]:
    st = ctx.st
    when = f" {date_long(s.started_at)}" if s.started_at else ""
    items = annex.items
    number = b.esc(s.number)

    def make(count: str) -> str:
        return (
            f"Bảng kê này gồm {count} tờ, liệt kê {len(items):02d} mặt hàng, là bộ phận không tách "
            f"rời của Biên bản số {number}{when}."
        )

    return [
        b.para(f"(Kèm theo Biên bản số {number}{when})", st.annex_ref),
        goods_table(items, annex.kind),
        *closing_group(s, ctx, "", make_text=make, refusal_phrase=None),
    ]


SPEC = FormSpec(
    code="BANG-KE",
    symbol="",
    mau="Bảng kê",
    title="Bảng kê tang vật, phương tiện vi phạm hành chính",
    heading="BẢNG KÊ",
    subtitle="Tang vật, phương tiện vi phạm hành chính",
    default_copies=2,
    signatures=(
        SigSpec(SUBJECT, "CÁ NHÂN VI PHẠM", "NGƯỜI ĐẠI DIỆN\nCỦA TỔ CHỨC VI PHẠM"),
        SigSpec(AUTHOR, "NGƯỜI LẬP BIÊN BẢN", note=SIGN_TITLE_NAME),
        SigSpec(WITNESS, "NGƯỜI CHỨNG KIẾN", optional=True),
        SigSpec(
            AUTHORITY,
            "ĐẠI DIỆN CHÍNH QUYỀN",
            note=SIGN_TITLE_NAME,
            optional=True,
            when_refused=False,
        ),
    ),
    build=build,
    back_page=False,
)
