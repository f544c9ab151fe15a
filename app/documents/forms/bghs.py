"""MBB28 — Biên bản bàn giao hồ sơ vụ vi phạm có dấu hiệu tội phạm để truy cứu trách nhiệm hình
sự (NĐ 118/2021, Điều 62 Luật XLVPHC).

The registry key is "BB-BGHS"; the ký hiệu printed in the number is the official "BB-CHS"
(MBB28 reads "Số: …/BB-CHS"). The form has no back page.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.documents import blocks as b
from app.documents.closing import closing_group
from app.documents.formspec import AUTHOR, RECEIVER, SIGN_TITLE_NAME, FormContext, FormSpec, SigSpec
from app.documents.snapshot import DocumentSnapshot, RelatedDoc
from app.documents.vntext import clause, date_short, two_digits


def _file_line(doc: RelatedDoc) -> str:
    """ "Biên bản … số 20030005/BB-TG ngày 05/01/2026 (02 tờ, bản chính) kèm Bảng kê (05 tờ)":
    the sheets are those the document itself states, its Bảng kê's with it."""
    when = f" ngày {date_short(doc.issued_on)}" if doc.issued_on else ""
    title = doc.title[:1].upper() + doc.title[1:]
    text = f"{title} số {doc.number}{when}"
    if doc.sheets is None:
        return f"{text} (bản chính)"
    text += f" ({two_digits(doc.sheets)} tờ, bản chính)"
    if doc.annex_sheets:
        text += f" kèm Bảng kê ({two_digits(doc.annex_sheets)} tờ)"
    return text


def handed_over(s: DocumentSnapshot) -> list[str]:
    """What the file holds: the case's biên bản and the decisions issued in the app (from the
    related documents), then the other papers named on the handover (decisions made
    elsewhere, photographs)."""
    own = SPEC.symbol
    docs = [
        _file_line(d)
        for d in s.related
        if d.symbol.startswith(("BB-", "QĐ-")) and d.symbol != own and d.title
    ]
    return docs + [clause(d) for d in (s.handover.documents if s.handover else ())]


def build(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    st = ctx.st
    decision = s.related_doc("QĐ-CHS")
    issuer = b.value(decision.issuer if decision else "")
    ref = b.related_ref(s, "QĐ-CHS")
    number = b.esc(decision.number) if decision else f"{b.SLOT}/QĐ-CHS"
    receiver = s.handover.receiver if s.handover else None
    out: list[Flowable] = [
        b.para(
            f"Căn cứ Quyết định số: {ref} của {issuer} chuyển hồ sơ vụ vi phạm có dấu hiệu tội "
            "phạm để truy cứu trách nhiệm hình sự.",
            st.body,
        ),
        b.opening(s, st, s.agency.address or s.place.text),
        b.heading(st, "Chúng tôi gồm:"),
        b.heading(st, "1. Người có thẩm quyền lập biên bản - Bên bàn giao hồ sơ:"),
        *b.officer_lines(st, s.leader),
        b.heading(st, "2. Bên nhận bàn giao hồ sơ:"),
        *b.officer_lines(st, receiver),
        b.para(
            "Tiến hành bàn giao và lập biên bản bàn giao hồ sơ vụ vi phạm theo Quyết định số: "
            f"{number}.",
            st.body,
        ),
    ]
    documents = handed_over(s)
    if documents:
        out.append(b.heading(st, f"Hồ sơ gồm: {len(documents):02d} loại tài liệu, cụ thể:"))
        out += [
            b.para(f"{i}. {b.esc(d)};" if i < len(documents) else f"{i}. {b.esc(d)}.", st.body)
            for i, d in enumerate(documents, start=1)
        ]
    else:
        out += b.text_block(st, "Hồ sơ gồm:", "", optional=False, lines=4)
    out.append(
        b.para(
            "Đại diện bên nhận bàn giao hồ sơ đã kiểm tra, nhận đủ các tài liệu có trong hồ sơ nêu trên.",
            st.body,
        )
    )
    dist = "bên bàn giao hồ sơ, bên nhận bàn giao hồ sơ mỗi bên giữ 01 bản, 01 bản lưu hồ sơ"
    return out + closing_group(s, ctx, dist, refusal_phrase=None)


SPEC = FormSpec(
    code="BB-BGHS",
    symbol="BB-CHS",
    mau="MBB28",
    title="Biên bản bàn giao hồ sơ vụ vi phạm có dấu hiệu tội phạm để truy cứu trách nhiệm hình sự",
    heading="BIÊN BẢN",
    subtitle=("Bàn giao hồ sơ vụ vi phạm có dấu hiệu tội phạm\nđể truy cứu trách nhiệm hình sự"),
    default_copies=3,
    signatures=(
        SigSpec(RECEIVER, "BÊN NHẬN BÀN GIAO", note=SIGN_TITLE_NAME),
        SigSpec(AUTHOR, "BÊN BÀN GIAO", note=SIGN_TITLE_NAME),
    ),
    build=build,
    back_page=False,
)
