"""MQĐ02 QĐ-XPHC — Quyết định xử phạt vi phạm hành chính (NĐ 118/2021; Luật XLVPHC Điều 57,
68): the sanction decision made on the file of a biên bản vi phạm hành chính."""

from __future__ import annotations

from reportlab.platypus import Flowable
from reportlab.platypus.flowables import KeepTogether

from app.documents import blocks as b
from app.documents import decision_blocks as db
from app.documents.formspec import FormContext, FormSpec
from app.documents.snapshot import DocumentSnapshot, PrintedDecision, PrintedSanction
from app.documents.vntext import clause, join_clauses, money_figures, money_words, two_digits

ORDINALS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")


def _amount(n: int) -> str:
    return f"{money_figures(n)} (Bằng chữ: {money_words(n)})"


def _which(i: int, count: int) -> str:
    """ "Hành vi thứ nhất: " when the decision sanctions several acts, else ""."""
    if count == 1:
        return ""
    word = ORDINALS[i] if i < len(ORDINALS) else str(i + 1)
    return f"Hành vi thứ {word}: "


def _listed(st, label: str, items: list[str], *, optional: bool) -> list[Flowable]:
    """A numbered item followed by its lines (one per act when there are several)."""
    lines = [t for t in items if t]
    if len(lines) <= 1:
        return b.text_block(st, label, lines[0] if lines else "", optional=optional)
    return [b.para(label, st.body), *(b.para(b.esc(t), st.body) for t in lines)]


def _principal(st, d: PrintedDecision) -> list[Flowable]:
    """6 a) the principal sanction: a fine (each act's and the total, in figures and words)
    or a warning (notes 9, 10)."""
    sanctions = d.sanctions
    kinds = list(dict.fromkeys("Phạt tiền" if s.fine else "Cảnh cáo" for s in sanctions))
    out = [b.para(f"a) Hình thức xử phạt chính: {', '.join(kinds) or b.DOTS}.", st.body)]
    if len(sanctions) == 1:
        s = sanctions[0]
        what = f"Phạt tiền {_amount(s.fine)}" if s.fine else "Cảnh cáo"
        return [*out, b.para(f"Cụ thể: {what}.", st.body)]
    out.append(b.para("Cụ thể:", st.body))
    for i, s in enumerate(sanctions):
        what = f"phạt tiền {_amount(s.fine)}" if s.fine else "cảnh cáo"
        end = "." if i == len(sanctions) - 1 else ";"
        out.append(b.para(f"- {_which(i, len(sanctions))}{b.esc(s.citation)}: {what}{end}", st.body))
    out.append(b.para(f"Tổng số tiền phạt là {_amount(d.fine_total)}.", st.body))
    return out


def _each(sanctions: tuple[PrintedSanction, ...], attr: str) -> list[str]:
    given = [(i, getattr(s, attr)) for i, s in enumerate(sanctions) if getattr(s, attr)]
    if len(sanctions) == 1:
        return [clause(text) + "." for _, text in given]
    return [f"- {_which(i, len(sanctions))}{clause(text)}{'.' if n == len(given) - 1 else ';'}"
            for n, (i, text) in enumerate(given)]


def _specified(st, label: str, texts: list[str]) -> list[Flowable]:
    """ "b) …:" over "Cụ thể: …" (or "Cụ thể:" over one line per act), the label kept on the
    page of its first line."""
    if texts and texts[0].startswith("- "):
        lines = [b.para("Cụ thể:", st.body), *(b.para(b.esc(t), st.body) for t in texts)]
    else:
        lines = [b.para(f"Cụ thể: {b.esc(t)}" if i == 0 else b.esc(t), st.body) for i, t in enumerate(texts)]
    return [KeepTogether([b.para(label, st.body), *lines[:2]]), *lines[2:]]


def _additional(st, s: DocumentSnapshot, d: PrintedDecision) -> list[Flowable]:
    """6 b) additional sanctions (note 11), with the value confiscated when there is one."""
    texts = _each(d.sanctions, "additional")
    if not texts and not d.confiscated_value:
        return [b.para(f"b) Hình thức xử phạt bổ sung (nếu có): {b.NONE_TEXT}", st.body)]
    if d.confiscated_value:
        texts.append(f"Trị giá tang vật, phương tiện vi phạm hành chính bị tịch thu: "
                     f"{_amount(d.confiscated_value)}.")
    return _specified(st, "b) Hình thức xử phạt bổ sung (nếu có):", texts)


def _remedial(st, s: DocumentSnapshot, d: PrintedDecision) -> list[Flowable]:
    """6 c) remedial measures (notes 12–14), their term and who bears their cost."""
    texts = _each(d.sanctions, "remedial")
    if not texts:
        return [b.para(f"c) Biện pháp khắc phục hậu quả (nếu có): {b.NONE_TEXT}", st.body)]
    out = _specified(st, "c) Biện pháp khắc phục hậu quả (nếu có):", texts)
    days = [x.remedial_days for x in d.sanctions if x.remedial and x.remedial_days]
    term = f"{two_digits(max(days))} ngày" if days else f"{b.SLOT} ngày"
    party = b.party(s.subject)
    out += [
        b.para(f"Thời hạn thực hiện biện pháp khắc phục hậu quả {term}, kể từ ngày nhận được "
               "Quyết định này.", st.body),
        b.para("Những nội dung trực tiếp liên quan đến việc thực hiện biện pháp khắc phục hậu quả "
               f"(nếu có): {b.NONE_TEXT}.", st.body),
        b.para(f"Mọi chi phí tổ chức thi hành biện pháp khắc phục hậu quả do {party} bị xử phạt "
               "có tên tại Điều này chi trả.", st.body),
    ]
    return out


def _bases(s: DocumentSnapshot, d: PrintedDecision) -> list[str]:
    lines = [f"Điều 57, Điều 68, Điều 70, Điều 78, Điều 85 {db.LAW}"]
    lines += list(d.decree_basis) or [b.DOTS]
    vphc = db.related_number(s, "BB-VPHC")
    number, made = vphc if vphc else (f"{b.SLOT}/BB-VPHC", f"{b.SLOT}/{b.SLOT}/{b.SLOT}")
    lines.append(f"Biên bản vi phạm hành chính số: {b.esc(number)} lập ngày {made}")
    for symbol, text in (
        ("BB-GTTT", "Biên bản phiên giải trình trực tiếp số: {n} lập ngày {d}"),
        ("BB-XM", "Biên bản số: {n} lập ngày {d} xác minh tình tiết của vụ việc vi phạm hành chính"),
        ("QĐ-GQXP", "Quyết định số: {n} ngày {d} về việc giao quyền xử phạt vi phạm hành chính"),
    ):
        found = db.related_number(s, symbol)
        if found:
            lines.append(text.format(n=b.esc(found[0]), d=found[1]))
    return lines


def _enforcement(st, s: DocumentSnapshot, d: PrintedDecision) -> list[Flowable]:
    """Điều 3: to whom the decision goes, how the fine is paid, the right to complain."""
    subj = s.subject
    Party, party = db.person_of(subj), b.party(subj)
    name = db.name_of(subj)
    out = [
        db.article(st, 3, "Quyết định này được:"),
        b.para(f"1. Giao cho ông (bà) {b.value(b.signer(subj))} là {b.who(subj)} bị xử phạt có tên "
               "tại Điều 1 Quyết định này để chấp hành.", st.body),
        b.para(f"{Party} có tên tại Điều 1 phải nghiêm chỉnh chấp hành Quyết định xử phạt này. Nếu quá "
               f"thời hạn mà {party} {name} không tự nguyện chấp hành thì sẽ bị cưỡng chế thi hành "
               "theo quy định của pháp luật.", st.body),
    ]
    letters = iter("abcd")
    if d.fine_total:
        treasury = ", ".join(t for t in (d.treasury_name, d.treasury_address) if t)
        out += [
            b.para(f"{next(letters)}) {Party} bị xử phạt có tên tại Điều 1 phải nộp tiền phạt tại "
                   f"{b.value(treasury)} hoặc nộp tiền phạt vào tài khoản số: {b.value(d.pay_account)} "
                   f"của {b.value(d.treasury_name)} trong thời hạn {two_digits(d.pay_within_days)} "
                   "ngày, kể từ ngày nhận được Quyết định này.", st.body),
            b.para(f"Hoặc {party} bị xử phạt có tên tại Điều 1 nộp tiền phạt tại chỗ cho người đã ra "
                   "quyết định xử phạt theo quy định tại khoản 2 Điều 78 Luật Xử lý vi phạm hành chính.",
                   st.body),
        ]
    out += [
        b.para(f"{next(letters)}) {Party} bị xử phạt có tên tại Điều 1 bị tạm giữ: không có giấy tờ, "
               "tang vật, phương tiện bị tạm giữ để bảo đảm thi hành quyết định xử phạt.", st.body),
        b.para(f"{next(letters)}) {Party} {name} có quyền khiếu nại hoặc khởi kiện hành chính đối với "
               "Quyết định này theo quy định của pháp luật.", st.body),
    ]
    sends = []
    if d.fine_total:
        sends.append(f"Gửi cho {b.value(d.treasury_name)} để thu tiền phạt")
    sends.append(f"Gửi cho {b.value(d.executor)} để tổ chức thực hiện")
    if d.informed:
        sends.append(f"Gửi cho {b.esc(d.informed)} để biết và phối hợp thực hiện")
    for i, text in enumerate(sends, start=2):
        end = "./." if i == len(sends) + 1 else "."
        out.append(b.para(f"{i}. {text}{end}", st.body))
    return out


def build(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    st, d, subj = ctx.st, db.decision_of(s), s.subject
    out: list[Flowable] = db.title_block(ctx, s, ctx.spec.subtitle)
    out += db.bases(st, _bases(s, d))
    out += [
        db.decides(st),
        db.article(st, 1),
        b.para(f"1. Xử phạt vi phạm hành chính đối với {b.party(subj)} có tên sau đây:", st.body),
        *b.subject_lines(st, subj, numbered=False),
    ]
    n = len(d.sanctions)
    out += _listed(st, "2. Đã thực hiện hành vi vi phạm hành chính:",
                   [f"{_which(i, n)}{clause(x.description)}." if x.description else "" for i, x in
                    enumerate(d.sanctions)], optional=False)
    cites = [f"{_which(i, n)}{x.citation}." for i, x in enumerate(d.sanctions)] if n > 1 else \
        [join_clauses(x.citation for x in d.sanctions) + "." if d.sanctions else ""]
    out += _listed(st, "3. Quy định tại:", cites, optional=False)
    out += b.text_block(st, "4. Các tình tiết tăng nặng (nếu có):", d.aggravating, optional=True)
    out += b.text_block(st, "5. Các tình tiết giảm nhẹ (nếu có):", d.mitigating, optional=True)
    out.append(b.para("6. Bị áp dụng hình thức xử phạt, biện pháp khắc phục hậu quả như sau:", st.body))
    out += _principal(st, d)
    out += _additional(st, s, d)
    out += _remedial(st, s, d)
    out.append(db.article(st, 2, "Quyết định này có hiệu lực thi hành kể từ ngày ký."))
    enforcement = _enforcement(st, s, d)
    return out + enforcement[:-1] + [db.signature_block(ctx, s, enforcement[-1:])]


def back(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    return db.back_page(s, ctx, f"{b.who(s.subject)} bị xử phạt")


SPEC = FormSpec(
    code="MQĐ02",
    symbol="QĐ-XPHC",
    mau="MQĐ02",
    title="Quyết định xử phạt vi phạm hành chính",
    heading="QUYẾT ĐỊNH",
    subtitle="Xử phạt vi phạm hành chính",
    default_copies=2,
    signatures=(),
    build=build,
    needs_violations=True,
    counts_sheets=False,
    initials="Chữ ký/nháy của người ký quyết định: ",
    own_title=True,
    back=back,
)
