"""MQĐ20 QĐ-TG — Quyết định tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép,
chứng chỉ hành nghề (NĐ 118/2021; Luật XLVPHC Điều 125): the decision a seizure needs
within 24 hours of its biên bản.

Numbered ``PPUUSSSS/QĐ-TG``: the symbol the NĐ 118 form prints, in a yearly sequence of its
own, as TT 22/2021 Đ6 k1 numbers each form (the QLTT sample already cites "…/QĐ-TG")."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.documents import blocks as b
from app.documents import decision_blocks as db
from app.documents.formspec import FormContext, FormSpec
from app.documents.snapshot import DocumentSnapshot
from app.documents.vntext import date_short, two_digits

WHAT = "tang vật, phương tiện vi phạm hành chính"


def _bases(s: DocumentSnapshot) -> list[str]:
    lines = [f"Điều 125 {db.LAW}"]
    tg = db.related_number(s, "BB-TG")
    vphc = db.related_number(s, "BB-VPHC")
    if tg is not None or vphc is None:
        number, made = tg or (f"{b.SLOT}/BB-TG", f"{b.SLOT}/{b.SLOT}/{b.SLOT}")
        lines.append(f"Biên bản số: {b.esc(number)} lập ngày {made} tạm giữ tang vật, phương tiện vi "
                     "phạm hành chính, giấy phép, chứng chỉ hành nghề")
    else:  # goods seized with the biên bản vi phạm hành chính, which lists them (Đ125 k4 b)
        lines.append(f"Biên bản vi phạm hành chính số: {b.esc(vphc[0])} lập ngày {vphc[1]}, ghi tang "
                     "vật, phương tiện vi phạm hành chính bị tạm giữ")
    found = db.related_number(s, "QĐ-GQXP")
    if found:
        lines.append(f"Quyết định số: {b.esc(found[0])} ngày {found[1]} về việc giao quyền xử phạt vi "
                     "phạm hành chính")
    return lines


def build(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    st, d, subj = ctx.st, db.decision_of(s), s.subject
    party, who, Party = b.party(subj), b.who(subj), db.person_of(subj)
    out: list[Flowable] = db.title_block(ctx, s, ctx.spec.subtitle)
    out += db.bases(st, _bases(s))
    out += [
        db.decides(st),
        db.article(st, 1),
        b.para(f"1. Tạm giữ {WHAT} đối với {party} có tên sau đây:", st.body),
        *b.subject_lines(st, subj, numbered=False),
        b.para("2. Tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành nghề bị tạm giữ "
               "theo biên bản tạm giữ kèm theo Quyết định này.", st.body),
    ]
    out += b.text_block(st, "3. Lý do tạm giữ:", d.reason, optional=False)
    days = two_digits(d.held_days) if d.held_days else b.SLOT
    since = date_short(d.held_from) if d.held_from else f"{b.SLOT}/{b.SLOT}/{b.SLOT}"
    until = date_short(d.held_until) if d.held_until else f"{b.SLOT}/{b.SLOT}/{b.SLOT}"
    out.append(b.para(f"4. Thời hạn tạm giữ: {days} ngày, từ ngày {since} đến ngày {until}.", st.body))
    out.append(b.line(st, "5. Địa điểm tạm giữ", d.held_place))
    if d.sealed:
        out.append(b.para("6. Việc niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo "
                          "thủ tục hành chính được lập thành biên bản kèm theo Quyết định này.", st.body))
    name = b.value(subj.name if subj else "")
    out += [
        db.article(st, 2, "Quyết định này có hiệu lực thi hành kể từ ngày ký."),
        db.article(st, 3, "Quyết định này được:"),
        b.para(f"1. Giao cho ông (bà) {b.value(b.signer(subj))} là {who} bị áp dụng biện pháp ngăn chặn "
               f"tạm giữ {WHAT} có tên tại Điều 1 Quyết định này để chấp hành.", st.body),
        b.para(f"a) {Party} bị áp dụng biện pháp ngăn chặn tạm giữ {WHAT} có tên tại Điều 1 phải nghiêm "
               "chỉnh chấp hành Quyết định này.", st.body),
        b.para(f"b) {Party} {name} có quyền khiếu nại hoặc khởi kiện hành chính đối với Quyết định này "
               "theo quy định của pháp luật.", st.body),
    ]
    last = f"2. Gửi cho {b.value(d.executor)} để tổ chức thực hiện"
    if not d.informed:
        return out + [db.signature_block(ctx, s, [b.para(last + "./.", st.body)])]
    out.append(b.para(last + ".", st.body))
    tail = b.para(f"3. Gửi cho {b.esc(d.informed)} để biết và phối hợp thực hiện./.", st.body)
    return out + [db.signature_block(ctx, s, [tail])]


def back(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    return db.back_page(s, ctx, f"{b.who(s.subject)} bị áp dụng biện pháp ngăn chặn tạm giữ {WHAT}")


SPEC = FormSpec(
    code="MQĐ20",
    symbol="QĐ-TG",
    mau="MQĐ20",
    title="Quyết định tạm giữ tang vật, phương tiện vi phạm hành chính",
    heading="QUYẾT ĐỊNH",
    subtitle="Tạm giữ tang vật, phương tiện vi phạm hành chính,\ngiấy phép, chứng chỉ hành nghề",
    default_copies=2,
    signatures=(),
    build=build,
    needs_seizure=True,
    counts_sheets=False,
    initials="Chữ ký/nháy của người ký quyết định: ",
    own_title=True,
    back=back,
)
