"""Text blocks shared by the forms: labelled lines, people, the subject, time and place.

Values are escaped for ReportLab's paragraph markup here; labels are fixed official wording.
A missing value prints a dotted gap for handwriting (``DOTS``); an optional "(nếu có)" item
with nothing to say prints "Không".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.flowables import KeepTogether

from app.documents.flowables import HeaderBlock, WritingLines
from app.documents.formspec import Annex, FormContext, FormSpec
from app.documents.paragraphs import para
from app.documents.snapshot import (
    DocumentSnapshot,
    GoodsLine,
    Person,
    PrintedSubject,
    PrintedWitness,
)
from app.documents.styles import Styles
from app.documents.tables import ANNEX_ROWS, goods_table
from app.documents.vntext import clause, date_long, date_short, money_figures, money_words, time_hm

DOTS = "…" * 14
SLOT = "….."
NONE_TEXT = "Không"
GAP = "&nbsp;" * 5


def esc(text: str) -> str:
    return escape(text)


def value(text: str | None) -> str:
    """Escaped value, or a dotted gap when there is none."""
    return esc(text) if text else DOTS


def value_clause(text: str | None) -> str:
    """:func:`value` of user text the form follows with its own punctuation (vntext.clause)."""
    return value(clause(text or ""))


def line(
    st: Styles, label: str, text: str | None, style: ParagraphStyle | None = None
) -> Paragraph:
    """ "Label: value" (or "Label: …………" when the value is missing)."""
    return para(f"{label}: {value(text)}", style or st.body)


def pair(st: Styles, *fields: tuple[str, str | None]) -> Paragraph:
    """Several "Label: value" on one line, as the forms print "Họ và tên: … Giới tính: …"."""
    return para(GAP.join(f"{label}: {value(text)}" for label, text in fields), st.body)


def heading(st: Styles, markup: str) -> Paragraph:
    return para(markup, st.body)


def text_block(
    st: Styles, label: str, text: str, *, optional: bool, lines: int = 2
) -> list[Flowable]:
    """A numbered item followed by free text.

    Empty text: "Không" for an optional item, dotted writing lines for a required one.
    """
    if not text:
        if optional:
            return [para(f"{label} {NONE_TEXT}", st.body)]
        return [KeepTogether([para(label, st.body), WritingLines(lines)])]
    chunks = [c.strip() for c in text.split("\n") if c.strip()]
    if len(chunks) == 1 and len(label) + len(chunks[0]) < 90:
        return [para(f"{label} {esc(chunks[0])}", st.body)]
    return [para(label, st.body)] + [para(esc(c), st.body) for c in chunks]


def date_or_slots(d: date | datetime | None) -> str:
    return date_short(d) if d is not None else f"{SLOT}/{SLOT}/{SLOT}"


def time_slot(dt: datetime | None) -> str:
    """ "hồi 09 giờ 05 phút, ngày 05/01/2026" in Vietnam time, or the dotted slots."""
    if dt is None:
        return f"hồi {SLOT} giờ {SLOT} phút, ngày {SLOT}/{SLOT}/{SLOT}"
    return f"hồi {time_hm(dt)}, ngày {date_short(dt)}"


def opening(s: DocumentSnapshot, st: Styles, place: str | None = None) -> Paragraph:
    """ "Hôm nay, hồi … giờ … phút, ngày …/…/…, tại …"."""
    where = s.place.text if place is None else place
    return para(f"Hôm nay, {time_slot(s.started_at)}, tại {value_clause(where)}.", st.body)


def who(subject: PrintedSubject | None) -> str:
    """ "cá nhân" / "người đại diện của tổ chức" (the forms' <cá nhân/người đại diện…> choice)."""
    return "người đại diện của tổ chức" if subject and subject.is_organisation else "cá nhân"


def party(subject: PrintedSubject | None) -> str:
    """ "ông (bà)" / "tổ chức" (the forms' <ông (bà)/tổ chức> choice)."""
    return "tổ chức" if subject and subject.is_organisation else "ông (bà)"


def party_kind(subject: PrintedSubject | None) -> str:
    """ "cá nhân" / "tổ chức" (the forms' <cá nhân/tổ chức> choice)."""
    return "tổ chức" if subject and subject.is_organisation else "cá nhân"


def signer(subject: PrintedSubject | None) -> str:
    return subject.signer if subject else ""


def officer_lines(st: Styles, p: Person | None, org_label: str = "Cơ quan") -> list[Flowable]:
    """ "Họ và tên: … Chức vụ: …" / "Cơ quan: …"."""
    if p is None:
        return [pair(st, ("Họ và tên", ""), ("Chức vụ", "")), line(st, org_label, "")]
    return [
        pair(st, ("Họ và tên", p.full_name), ("Chức vụ", p.position_title)),
        line(st, org_label, p.organisation),
    ]


def witness_lines(st: Styles, w: PrintedWitness, prefix: str = "") -> list[Flowable]:
    """A witness (họ tên, nghề nghiệp, địa chỉ) or an authority representative (chức vụ, cơ quan)."""
    if w.is_authority:
        first = pair(st, (f"{prefix}Họ và tên", w.full_name), ("Chức vụ", w.position_title))
        return [first, line(st, "Cơ quan", w.organisation)]
    first = pair(st, (f"{prefix}Họ và tên", w.full_name), ("Nghề nghiệp", w.occupation))
    return [first, line(st, "Địa chỉ", w.address)]


def witnesses_block(st: Styles, witnesses: Iterable[PrintedWitness]) -> list[Flowable]:
    out: list[Flowable] = []
    for w in witnesses:
        out += witness_lines(st, w)
    return out or [para(NONE_TEXT, st.body)]


def witnesses_lettered(st: Styles, witnesses: Iterable[PrintedWitness]) -> list[Flowable]:
    """MBB26's lettering of "Với sự chứng kiến của": a) an adult of the subject's family (not a
    role the case records), b) the witnesses, c) the representatives of the commune or the
    organisation. A letter prefixes the first person of its group; empty groups are left out."""
    people = list(witnesses)
    groups = (
        ("b", [w for w in people if not w.is_authority]),
        ("c", [w for w in people if w.is_authority]),
    )
    out: list[Flowable] = []
    for letter, group in groups:
        for i, w in enumerate(group):
            out += witness_lines(st, w, f"{letter}) " if i == 0 else "")
    return out or [para(NONE_TEXT, st.body)]


def subject_lines(
    st: Styles, subject: PrintedSubject | None, numbered: bool = True, *, tax_code: bool = False
) -> list[Flowable]:
    """The subject block of NĐ 118 (FORMS.md): individual or organisation fields.

    ``tax_code``: the form asks an individual's "Mã số thuế" too (BB-KT, a business
    inspection); the line is printed when the individual has one. The NĐ 118 forms have no
    such line for an individual."""
    n = "1. " if numbered else ""
    if subject is None:
        return [line(st, f"{n}Họ và tên", "")]
    if subject.is_organisation:
        reg_tail = (
            f"; ngày cấp: {date_or_slots(subject.registration_issued_on)}; "
            f"nơi cấp: {value(subject.registration_issued_by)}"
        )
        return [
            line(st, f"{n}Tên của tổ chức", subject.name),
            line(st, "Địa chỉ trụ sở chính", subject.address),
            line(st, "Mã số doanh nghiệp", subject.tax_code),
            para(
                "Số GCN đăng ký đầu tư/doanh nghiệp hoặc GP thành lập/đăng ký hoạt động: "
                f"{value(subject.registration_no)}{reg_tail}",
                st.body,
            ),
            pair(
                st,
                ("Người đại diện theo pháp luật", subject.representative_name),
                ("Giới tính", subject.representative_gender),
            ),
            line(st, "Chức danh", subject.representative_title),
        ]
    born = date_short(subject.birth_date) if subject.birth_date else f"{SLOT}/{SLOT}/{SLOT}"
    tax = [line(st, "Mã số thuế", subject.tax_code)] if tax_code and subject.tax_code else []
    return [
        pair(st, (f"{n}Họ và tên", subject.name), ("Giới tính", subject.gender)),
        pair(st, ("Ngày, tháng, năm sinh", born), ("Quốc tịch", subject.nationality)),
        line(st, "Nghề nghiệp", subject.occupation),
        line(st, "Nơi ở hiện tại", subject.address),
        para(
            f"Số định danh cá nhân/CMND/Hộ chiếu: {value(subject.id_number)}; "
            f"ngày cấp: {date_or_slots(subject.id_issued_on)}; "
            f"nơi cấp: {value(subject.id_issued_by)}",
            st.body,
        ),
        *tax,
    ]


def goods_listing(ctx: FormContext, items: tuple[GoodsLine, ...], kind: str) -> list[Flowable]:
    """The goods table; or, for a list longer than ``ANNEX_ROWS``, one sentence saying the list
    is in the Bảng kê attached to this biên bản (render.render prints it after the biên bản, in
    the same PDF): the rows are never printed twice."""
    if len(items) <= ANNEX_ROWS:
        return [goods_table(items, kind)]
    ctx.annex = Annex(items, kind)
    values = [i.estimated_value for i in items if i.estimated_value is not None]
    worth = ""
    if values:
        total = sum(values)
        worth = f", tổng trị giá ước tính {money_figures(total)} (Bằng chữ: {money_words(total)})"
    return [
        para(
            f"{len(items):02d} mặt hàng{worth}, chi tiết tại Bảng kê kèm theo Biên bản này, là bộ "
            "phận không tách rời của Biên bản.",
            ctx.st.body,
        )
    ]


def related_ref(s: DocumentSnapshot, symbol: str, with_date: str = "ngày") -> str:
    """ "20030016/BB-TG ngày 05/01/2026" from the related documents, or dotted slots."""
    doc = s.related_doc(symbol)
    if doc is None:
        return f"{SLOT}/{symbol} {with_date} {SLOT}/{SLOT}/{SLOT}"
    return f"{esc(doc.number)} {with_date} {date_or_slots(doc.issued_on)}"


def header(s: DocumentSnapshot, spec: FormSpec) -> Flowable:
    number = "" if spec.code == "BANG-KE" else s.number
    return HeaderBlock(s.agency.parent_name, s.agency.name, number, dated_line(s))


def dated_line(s: DocumentSnapshot) -> str:
    """A decision's "Lạng Sơn, ngày 09 tháng 01 năm 2026" (dotted where not yet known);
    "" for the minutes, which have none."""
    d = s.decision
    if d is None:
        return ""
    when = date_long(d.decided_on) if d.decided_on else "ngày …… tháng …… năm ……"
    return f"{d.place_name or '……'}, {when}"


def title(ctx: FormContext, subtitle: str | None = None) -> list[Flowable]:
    st, spec = ctx.st, ctx.spec
    out: list[Flowable] = [para(esc(spec.heading), st.title)]
    sub = spec.subtitle if subtitle is None else subtitle
    if sub:
        out.append(para(esc(sub).replace("\n", "<br/>"), st.subtitle))
    out.append(Rule())
    return out


class Rule(Flowable):
    """The short centred rule under a title (NĐ 30: 1/3 to 1/2 of the line)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 14

    def draw(self) -> None:
        third = self.width / 3
        self.canv.setLineWidth(0.6)
        self.canv.line(third * 1.1, 8, third * 1.9, 8)


def decision_text(s: DocumentSnapshot) -> str:
    """The ground of a BB-KT: the Quyết định kiểm tra, or the ground of a surprise check."""
    b = s.basis
    if b.kind == "decision":
        signer_part = f" của {esc(b.decision_signer_title)}" if b.decision_signer_title else ""
        when = date_long(b.decision_date) if b.decision_date else f"ngày {SLOT}/{SLOT}/{SLOT}"
        return f"Căn cứ Quyết định kiểm tra số {value(b.decision_no)} {when}{signer_part}."
    ground = value_clause(b.surprise_ground)
    tip = f" (tin báo số {esc(b.tip_ref)})" if b.tip_ref else ""
    return f"Căn cứ: {ground}{tip}."
