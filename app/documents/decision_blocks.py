"""Blocks the decisions (MQĐ02, MQĐ20) share, laid out per NĐ 30/2020 Phụ lục I: the title
with the deciding authority, the italic "Căn cứ" lines, "QUYẾT ĐỊNH:", the articles, the
signature beside "Nơi nhận", and the back page recording delivery by hand."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import NextPageTemplate
from reportlab.platypus.flowables import KeepTogether

from app.documents.blocks import Rule, esc, party, time_slot, value
from app.documents.closing import BACK_TEMPLATE
from app.documents.flowables import SheetCount
from app.documents.fonts import REGULAR
from app.documents.formspec import SIGN_NAME, FormContext
from app.documents.paragraphs import para
from app.documents.signatures import SigBox, signature_rows
from app.documents.snapshot import DocumentSnapshot, PrintedDecision, PrintedSubject
from app.documents.styles import Styles
from app.documents.vntext import clause, date_short

# the Law as amended, in every căn cứ line (FOLLOW-THROUGH.md: the 2026 model decision)
LAW = "Luật Xử lý vi phạm hành chính (sửa đổi, bổ sung năm 2020 và năm 2025)"
SIGN_SEAL = "(Ký, đóng dấu (nếu có); ghi rõ họ và tên)"
SIGN_SPACE = 24 * mm


def decision_of(s: DocumentSnapshot) -> PrintedDecision:
    if s.decision is None:
        raise ValueError(f"{s.form_code} {s.number}: the snapshot holds no decision")
    return s.decision


def title_block(ctx: FormContext, s: DocumentSnapshot, subtitle: str) -> list[Flowable]:
    """ "QUYẾT ĐỊNH", the trích yếu, the short rule, then the deciding authority (chức danh
    and agency, caps bold: note 3 of the forms)."""
    st, d = ctx.st, decision_of(s)
    authority = d.authority.upper() if d.authority else "……"
    return [
        para(esc(ctx.spec.heading), st.title),
        para(esc(subtitle).replace("\n", "<br/>"), st.subtitle),
        Rule(),
        para(esc(authority), st.center_bold),
    ]


def bases(st: Styles, lines: list[str]) -> list[Flowable]:
    """Each "Căn cứ …" on its own line, italic, ending in ";" and the last in "." (NĐ 30)."""
    out: list[Flowable] = []
    for i, text in enumerate(lines):
        end = "." if i == len(lines) - 1 else ";"
        out.append(para(f"Căn cứ {clause(text)}{end}", st.basis))
    return out


def decides(st: Styles) -> Paragraph:
    return para("QUYẾT ĐỊNH:", st.center_bold)


def article(st: Styles, n: int, text: str = "") -> Paragraph:
    """ "Điều n." in bold, then the article's text (already markup)."""
    return para(f"<b>Điều {n}.</b> {text}".rstrip(), st.body)


def related_number(s: DocumentSnapshot, symbol: str) -> tuple[str, str] | None:
    """(number, "dd/mm/yyyy") of the case's latest issued document of ``symbol``."""
    doc = s.related_doc(symbol)
    if doc is None:
        return None
    return doc.number, date_short(doc.issued_on) if doc.issued_on else "……/……/……"


def person_of(subject: PrintedSubject | None) -> str:
    """ "Ông (bà)" / "Tổ chức", capitalised, to open a sentence."""
    word = party(subject)
    return word[0].upper() + word[1:]


def name_of(subject: PrintedSubject | None) -> str:
    """The individual's name, or the organisation's (notes 18: who may complain)."""
    return value(subject.name if subject else "")


class SignaturePage(Flowable):
    """Zero-size mark drawn with the signature: it tells the page template which page holds
    the signature, whose empty foot is left as it is (a biên bản's closing paragraph does the
    same, flowables.ClosingParagraph); the empty foot of an earlier page is struck out."""

    def __init__(self, count: SheetCount) -> None:
        super().__init__()
        self.count = count

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.count.page is None:
            self.count.page = self.canv.getPageNumber()


def signature_block(ctx: FormContext, s: DocumentSnapshot, last: list[Flowable]) -> Flowable:
    """ "Nơi nhận:" on the left; on the right the signer's chức vụ (caps bold), "(Ký, đóng
    dấu (nếu có); ghi rõ họ và tên)", room to sign and the name. Kept with ``last``, the end
    of the decision's text, so the signature never stands alone on a page."""
    st, d = ctx.st, decision_of(s)
    recipients = [
        Paragraph("Nơi nhận:", st.recipients_head),
        para("- Như Điều 3;", st.recipients),
        para("- Lưu: Hồ sơ.", st.recipients),
    ]
    signer = [
        para(esc((d.signer_title or "……").upper()), st.signer_title),
        para(esc(SIGN_SEAL), st.sig_note),
        Spacer(1, SIGN_SPACE),
        para(esc(d.signer) if d.signer else "", st.signer_name),
    ]
    table = Table([[recipients, signer]], colWidths=["42%", "58%"])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 11),  # else the cells name Helvetica, not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return KeepTogether([*last, SignaturePage(ctx.count), table])


def back_page(s: DocumentSnapshot, ctx: FormContext, phrase: str) -> list[Flowable]:
    """The page printed on the back (note ***): "Quyết định đã giao trực tiếp cho <phrase>
    vào hồi … giờ … phút, ngày …/…/…" and the receiver's box."""
    st = ctx.st
    receiver = SigBox("NGƯỜI NHẬN QUYẾT ĐỊNH", SIGN_NAME, s.delivered_to)
    return [
        NextPageTemplate(BACK_TEMPLATE),
        PageBreak(),
        para("(Mặt sau quyết định)", st.back_head),
        para(f"Quyết định đã giao trực tiếp cho {esc(phrase)} vào {time_slot(s.delivered_at)}.",
             st.body),
        Spacer(1, 6 * mm),
        *signature_rows([receiver], right_only=True),
    ]
