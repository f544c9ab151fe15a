"""Custom flowables: the NĐ 30 header, the sheet-counting closing paragraph, handwriting lines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.documents.fonts import BOLD, ITALIC, REGULAR, draw_centred
from app.documents.paragraphs import para as make_paragraph
from app.documents.vntext import two_digits

HEADER_LEFT = 75 * mm
HEADER_GUTTER = 3 * mm
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NATION_PT = 12
MOTTO_PT = 13
AGENCY_PT = 12
NUMBER_PT = 13
DATED_PT = 13
RULE_WIDTH = 0.6


def _centered_style(name: str, font: str, size: float) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=size * 1.2,
        alignment=TA_CENTER,
    )


class HeaderBlock(Flowable):
    """Left: parent agency (caps), unit (caps bold) with a short rule, "Số: …" under it.
    Right: Quốc hiệu (caps bold) over Tiêu ngữ (bold) with a rule as long as the motto.

    ``number`` empty leaves out the "Số:" line (annexes carry the number in their title).
    ``dated`` is the place and date line of a decision ("Lạng Sơn, ngày 09 tháng 01 năm
    2026"): italic, centred under the motto, on the line of "Số:" (NĐ 30/2020, ô 3 and 4);
    minutes have none.
    """

    def __init__(self, parent: str, unit: str, number: str, dated: str = "") -> None:
        super().__init__()
        self.parent = parent.upper()
        self.unit = unit.upper()
        self.number = number
        self.dated = dated
        self._parent_p = make_paragraph(
            escape(self.parent), _centered_style("hp", REGULAR, AGENCY_PT)
        )
        self._unit_p = make_paragraph(escape(self.unit), _centered_style("hu", BOLD, AGENCY_PT))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._right_w = availWidth - HEADER_LEFT
        inner = HEADER_LEFT - HEADER_GUTTER
        _, self._ph = self._parent_p.wrap(inner, availHeight) if self.parent else (0, 0)
        _, self._uh = self._unit_p.wrap(inner, availHeight)
        left = self._ph + self._uh + 6 + (NUMBER_PT * 1.6 if self.number else 0)
        right = NATION_PT * 1.2 + MOTTO_PT * 1.2 + 4
        self.height = max(left, right)
        if self.dated:
            under_rule = NATION_PT + MOTTO_PT * 1.2 + 4 + DATED_PT * 1.2
            self._dated_drop = max(self._ph + self._uh + 6 + NUMBER_PT * 1.45, under_rule)
            self.height = max(self.height, self._dated_drop + DATED_PT * 0.4)
        return availWidth, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height
        y = top - self._ph
        if self.parent:
            self._parent_p.drawOn(c, 0, y)
        y -= self._uh
        self._unit_p.drawOn(c, 0, y)
        cl = (HEADER_LEFT - HEADER_GUTTER) / 2
        widest = max(
            (
                stringWidth(ln, BOLD, AGENCY_PT)
                for ln in simpleSplit(self.unit, BOLD, AGENCY_PT, HEADER_LEFT - HEADER_GUTTER)
            ),
            default=0.0,
        )
        rule = max(widest * 0.4, 18 * mm)
        c.setLineWidth(RULE_WIDTH)
        y -= 6
        c.line(cl - rule / 2, y, cl + rule / 2, y)
        if self.number:
            c.setFont(REGULAR, NUMBER_PT)
            base = top - self._dated_drop if self.dated else y - NUMBER_PT * 1.45
            c.drawCentredString(cl, base, f"Số: {self.number}")
        cx = HEADER_LEFT + self._right_w / 2
        y = top - NATION_PT
        c.setFont(BOLD, NATION_PT)
        c.drawCentredString(cx, y, NATION)
        y -= MOTTO_PT * 1.2
        c.setFont(BOLD, MOTTO_PT)
        c.drawCentredString(cx, y, MOTTO)
        half = stringWidth(MOTTO, BOLD, MOTTO_PT) / 2
        y -= 4
        c.line(cx - half, y, cx + half, y)
        if self.dated:
            draw_centred(c, cx, top - self._dated_drop, self.dated, ITALIC, DATED_PT)


@dataclass
class SheetCount:
    """Shared between the closing paragraph and the renderer.

    ``forced`` is the count to print (a later pass); otherwise the closing paragraph works it
    out when it is drawn. ``printed`` records what was printed and ``page`` the page it was
    printed on; ``unstable`` is set when the printed text would wrap differently from the text
    that was measured. ``first_page`` is the PDF page the counted document starts on (an
    attached Bảng kê starts after its biên bản).
    """

    forced: int | None = None
    printed: int | None = None
    unstable: bool = False
    page: int | None = None
    first_page: int = 1


class ClosingParagraph(Flowable):
    """A paragraph containing "gồm NN tờ", NN filled in when the paragraph is drawn.

    The form keeps this paragraph together with ``head`` (refusal line, first row of
    signatures); ``tail`` (the other signature rows, each one unsplittable) may flow on. When
    the paragraph is drawn it knows its page and where it stands on it, so the sheet count is
    that page number plus the pages the rest needs: the same frame arithmetic ReportLab applies
    (heights plus space after; a flowable that does not fit starts the next page).

    Digits of Liberation Serif share one advance width, so "00" measured at wrap time and the
    real two-digit count break into the same lines. The renderer checks the count against the
    finished PDF and lays the document out again with ``forced`` set if they differ.
    """

    def __init__(self, make_text: Callable[[str], str], style: ParagraphStyle, count: SheetCount):
        super().__init__()
        self.make_text = make_text
        self.style = style
        self.count = count
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.head: list[Flowable] = []
        self.tail: list[Flowable] = []
        self._aw = 0.0
        self._y = 0.0

    def _text(self, n: int | None) -> str:
        return self.make_text(two_digits(n) if n is not None else "00")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._aw = availWidth
        para = make_paragraph(self._text(self.count.forced), self.style)
        self.width, self.height = para.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self._y = y
        super().drawOn(canvas, x, y, _sW)

    def pages_after(self) -> int:
        """How many more pages ``tail`` needs after this paragraph and ``head``."""
        frame = getattr(self, "_frame", None)
        if frame is None:
            return 0
        bottom, full = frame._y1p, frame._aH
        avail = self._y - self.spaceAfter - bottom
        for f in self.head:
            _, h = f.wrap(self._aw, full)
            avail -= h + f.getSpaceAfter()
        pages = 0
        for f in self.tail:
            _, h = f.wrap(self._aw, full)
            if h > avail + 1e-6:
                pages += 1
                avail = full
            avail -= h + f.getSpaceAfter()
        return pages

    def draw(self) -> None:
        page = self.canv.getPageNumber()
        n = self.count.forced or page - self.count.first_page + 1 + self.pages_after()
        para = make_paragraph(self._text(n), self.style)
        _, h = para.wrap(self._aw, 1e6)
        if abs(h - self.height) > 0.01:
            self.count.unstable = True
        self.count.printed = n
        self.count.page = page
        para.drawOn(self.canv, 0, self.height - h)


class WritingLines(Flowable):
    """``n`` dotted lines across the frame, for text written by hand on site."""

    def __init__(self, n: int = 2, gap: float = 17.0) -> None:
        super().__init__()
        self.n = n
        self.gap = gap
        self.spaceAfter = 4

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.n * self.gap
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setLineWidth(0.5)
        c.setDash([0.8, 2.2])
        for i in range(self.n):
            y = self.height - (i + 1) * self.gap + 3
            c.line(0, y, self.width, y)
        c.restoreState()
