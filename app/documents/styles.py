"""Page geometry and paragraph styles (NĐ 30/2020 Phụ lục I; FORMS.md "Layout").

A4 portrait; margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm. The page footer
(initials line + QR code) sits *inside* the bottom margin line, i.e. the lowest printed mark is
20 mm above the paper edge, clear of the unprintable border of portable printers; the text frame
ends above the footer. Body 13 pt, justified, first-line indent 1 cm, 6 pt after paragraphs,
leading 1.2.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm

from app.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
FOOTER_HEIGHT = 21 * mm
QR_SIZE = 17 * mm
FRAME_X = MARGIN_LEFT
FRAME_Y = MARGIN_BOTTOM + FOOTER_HEIGHT
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - FRAME_Y

BODY_SIZE = 13
LEADING = 1.2
INDENT = 1 * cm
PARA_AFTER = 6
TABLE_SIZE = 11
HEADER_SIZE = 13
NATION_SIZE = 12.5
TITLE_SIZE = 14


class Styles:
    """The named paragraph styles every form uses."""

    def __init__(self) -> None:
        register_fonts()

        def style(name: str, **kw: object) -> ParagraphStyle:
            base: dict[str, object] = {
                "fontName": REGULAR,
                "fontSize": BODY_SIZE,
                "leading": BODY_SIZE * LEADING,
                "alignment": TA_JUSTIFY,
                "spaceAfter": PARA_AFTER,
                "firstLineIndent": INDENT,
                "allowWidows": 1,
                "allowOrphans": 1,
            }
            base.update(kw)
            return ParagraphStyle(name, **base)  # type: ignore[arg-type]

        self.body = style("body")
        self.body_flush = style("body_flush", firstLineIndent=0)
        self.hanging = style("hanging", firstLineIndent=0, leftIndent=INDENT)
        self.heading = style("heading", fontName=BOLD)
        self.title = style(
            "title",
            fontName=BOLD,
            fontSize=TITLE_SIZE,
            leading=TITLE_SIZE * LEADING,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceBefore=10,
            spaceAfter=0,
        )
        self.subtitle = style(
            "subtitle",
            fontName=BOLD,
            fontSize=TITLE_SIZE,
            leading=TITLE_SIZE * LEADING,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=0,
        )
        self.annex_ref = style(
            "annex_ref",
            fontName=ITALIC,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=0,
        )
        self.center = style("center", alignment=TA_CENTER, firstLineIndent=0)
        self.back_head = style(
            "back_head",
            fontName=ITALIC,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=18,
        )
        self.sig_title = style(
            "sig_title",
            fontName=BOLD,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=0,
            fontSize=12.5,
            leading=12.5 * LEADING,
        )
        self.sig_note = style(
            "sig_note",
            fontName=ITALIC,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=0,
            fontSize=12,
            leading=12 * LEADING,
        )
        self.sig_name = style(
            "sig_name",
            fontName=BOLD,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=0,
        )
        self.cell = style(
            "cell",
            fontSize=TABLE_SIZE,
            leading=TABLE_SIZE * LEADING,
            alignment=TA_LEFT,
            firstLineIndent=0,
            spaceAfter=0,
        )
        self.cell_bold = style(
            "cell_bold",
            fontName=BOLD,
            fontSize=TABLE_SIZE,
            leading=TABLE_SIZE * LEADING,
            alignment=TA_LEFT,
            firstLineIndent=0,
            spaceAfter=0,
        )
        self.header_left = style(
            "header_left",
            fontSize=HEADER_SIZE,
            leading=HEADER_SIZE * 1.15,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=0,
        )
        self.header_left_bold = style(
            "header_left_bold",
            fontName=BOLD,
            fontSize=HEADER_SIZE,
            leading=HEADER_SIZE * 1.15,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=0,
        )
        self.bold_italic = style("bold_italic", fontName=BOLD_ITALIC)
        # decisions (NĐ 30/2020 Phụ lục I): the căn cứ lines are italic; the deciding authority
        # and "QUYẾT ĐỊNH:" bold and centred; "Nơi nhận:" bold italic 12, its lines 11
        self.basis = style("basis", fontName=ITALIC)
        self.center_bold = style(
            "center_bold",
            fontName=BOLD,
            fontSize=TITLE_SIZE,
            leading=TITLE_SIZE * LEADING,
            alignment=TA_CENTER,
            firstLineIndent=0,
        )
        # the signer's chức vụ and name: caps bold and bold, 14 pt (NĐ 30, ô 7a and 7b)
        self.signer_title = style(
            "signer_title", fontName=BOLD, fontSize=TITLE_SIZE, leading=TITLE_SIZE * LEADING,
            alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0,
        )
        self.signer_name = style(
            "signer_name", fontName=BOLD, fontSize=TITLE_SIZE, leading=TITLE_SIZE * LEADING,
            alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0,
        )
        self.recipients_head = style(
            "recipients_head",
            fontName=BOLD_ITALIC,
            fontSize=12,
            leading=12 * LEADING,
            alignment=TA_LEFT,
            firstLineIndent=0,
            spaceAfter=0,
        )
        self.recipients = style(
            "recipients",
            fontSize=11,
            leading=11 * LEADING,
            alignment=TA_LEFT,
            firstLineIndent=0,
            spaceAfter=0,
        )


@cache
def styles() -> Styles:
    """The shared styles (built once; ParagraphStyle objects are read-only in use)."""
    return Styles()
