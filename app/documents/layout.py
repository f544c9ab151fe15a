"""The page: A4 frame, page numbers from page 2, and the footer on every page.

Footer (inside the 20 mm bottom margin line, above the text frame's lower edge):

- "Chữ ký/nháy của các bên: ……" — TT 27/2020 Đ18: the parties sign every page;
- the document number and the content fingerprint in small type;
- a QR code with ``THUCDIA:1:<document id>:<fingerprint>``; with a provincial verification
  URL the code carries ``<url>?ma=THUCDIA:1:…`` so a phone opens the check page directly,
  and the token is still there verbatim. The code is drawn once as a form XObject and
  placed on every page.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from app.documents.closing import BACK_TEMPLATE
from app.documents.flowables import SheetCount
from app.documents.fonts import ITALIC, REGULAR
from app.documents.formspec import INITIALS
from app.documents.snapshot import DocumentSnapshot
from app.documents.styles import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    FRAME_X,
    FRAME_Y,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    QR_SIZE,
)
from app.documents.vntext import to_vn_time

TOKEN_PREFIX = "THUCDIA:1"
QR_FORM = "thucdiaQR"
QUIET_MODULES = 4
RULE_GAP = 1.5 * mm  # the footer rule sits this far above the QR_SIZE box
BODY_TEMPLATE = "body"
ANNEX_TEMPLATE = "annex"
STRIKE_MIN = 35 * mm


def verification_token(document_id: str, fingerprint: str) -> str:
    return f"{TOKEN_PREFIX}:{document_id}:{fingerprint}"


def qr_payload(document_id: str, fingerprint: str, verify_url: str | None = None) -> str:
    token = verification_token(document_id, fingerprint)
    if not verify_url:
        return token
    sep = "&" if "?" in verify_url else "?"
    return f"{verify_url}{sep}ma={token}"


@lru_cache(maxsize=64)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules (error correction M, smallest version that fits), no quiet zone."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def qr_fit(payload: str, height: float) -> float:
    """The side of the code that leaves a quiet zone of :data:`QUIET_MODULES` modules above it
    within ``height`` (ISO/IEC 18004: a reader needs 4 modules of white around the symbol; the
    footer rule above the code must not eat into it)."""
    n = len(qr_matrix(payload))
    return height * n / (n + QUIET_MODULES)


def define_qr_form(canvas: Canvas, payload: str, size: float = QR_SIZE) -> None:
    """Draw the QR code once as a form XObject named ``QR_FORM``: one filled path, dark
    modules merged into runs per row, written as literal operators (ReportLab's per-rect number
    formatting costs ~15 ms per code in pure Python)."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    cell = size / n
    ops = ["0 g"]
    for r, row in enumerate(matrix):
        y = size - (r + 1) * cell
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                ops.append(
                    f"{start * cell:.3f} {y:.3f} {(c - start) * cell + 0.01:.3f} {cell + 0.01:.3f} re"
                )
            else:
                c += 1
    ops.append("f")
    canvas.beginForm(QR_FORM, 0, 0, size, size)
    canvas.addLiteral("\n".join(ops))
    canvas.endForm()


def pdf_date(dt: datetime) -> str:
    """PDF date string of ``dt`` in Vietnam time: "D:20260105114000+07'00'"."""
    t = to_vn_time(dt)
    off = t.utcoffset()
    minutes = int(off.total_seconds() // 60) if off is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hh, mm_ = divmod(abs(minutes), 60)
    return f"D:{t:%Y%m%d%H%M%S}{sign}{hh:02d}'{mm_:02d}'"


class FormDocTemplate(BaseDocTemplate):
    """Three page templates: ``body`` (numbered from page 2), ``back`` (the delivery page) and
    ``annex`` (an attached Bảng kê, numbered from its own page 2; ``annex_count.first_page``
    is set when its first page begins)."""

    def __init__(
        self,
        filename: Any,
        snapshot: DocumentSnapshot,
        title: str,
        payload: str,
        count: SheetCount,
        annex_count: SheetCount | None = None,
        initials: str = INITIALS,
        **kw: Any,
    ) -> None:
        self.snapshot = snapshot
        self.initials = initials
        self.count = count
        self.annex_count = annex_count or SheetCount()
        self._annex_started = False
        self.payload = payload
        self.fingerprint = snapshot.fingerprint()
        self._qr_defined = False
        super().__init__(
            filename,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=FRAME_X,
            rightMargin=PAGE_WIDTH - FRAME_X - FRAME_WIDTH,
            topMargin=MARGIN_TOP,
            bottomMargin=FRAME_Y,
            title=f"{title} số {snapshot.number}",
            author=snapshot.agency.name,
            subject=snapshot.number,
            creator="Thực Địa",
            keywords=verification_token(snapshot.document_id, self.fingerprint),
            invariant=1,
            pageCompression=1,
            initialFontName=REGULAR,
            initialFontSize=13,
            **kw,
        )
        frame = Frame(
            FRAME_X,
            FRAME_Y,
            FRAME_WIDTH,
            FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="text",
        )
        self.addPageTemplates(
            [
                PageTemplate(id=BODY_TEMPLATE, frames=[frame], onPage=self._decorate_body),
                PageTemplate(id=BACK_TEMPLATE, frames=[frame], onPage=self._decorate_back),
                PageTemplate(id=ANNEX_TEMPLATE, frames=[frame], onPage=self._decorate_annex),
            ]
        )

    def beforeDocument(self) -> None:
        fixed = pdf_date(self.snapshot.issued_at)
        self.canv.setDateFormatter(lambda *_: fixed)

    def afterPage(self) -> None:
        """Strike out (gạch chéo, TT 22/2021 Đ5) a large empty space left at the foot of a page
        because the next block had to start on a new page. Signature pages are left alone."""
        if self.pageTemplate.id != BODY_TEMPLATE:
            return
        if self.count.page is not None and self.page >= self.count.page:
            return
        f = self.frame
        top, bottom = f._y - 3 * mm, f._y1 + 2 * mm
        if top - bottom < STRIKE_MIN:
            return
        self.canv.saveState()
        self.canv.setLineWidth(0.5)
        self.canv.line(f._x1 + 20 * mm, top, f._x2 - 20 * mm, bottom)
        self.canv.restoreState()

    def _decorate_body(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._page_number(canvas, canvas.getPageNumber())
        self._footer(canvas)

    def _decorate_annex(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        page = canvas.getPageNumber()
        if not self._annex_started:
            self.annex_count.first_page = page
            self._annex_started = True
        self._page_number(canvas, page - self.annex_count.first_page + 1)
        self._footer(canvas)

    def _page_number(self, canvas: Canvas, n: int) -> None:
        if n >= 2:
            canvas.setFont(REGULAR, 13)
            canvas.drawCentredString(
                FRAME_X + FRAME_WIDTH / 2, PAGE_HEIGHT - MARGIN_TOP / 2 - 4, str(n)
            )

    def _decorate_back(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._footer(canvas)

    def _footer(self, canvas: Canvas) -> None:
        qr_side = qr_fit(self.payload, QR_SIZE + RULE_GAP)
        if not self._qr_defined:
            define_qr_form(canvas, self.payload, qr_side)
            self._qr_defined = True
        canvas.saveState()
        text_right = FRAME_X + FRAME_WIDTH - QR_SIZE - 4 * mm
        top = MARGIN_BOTTOM + QR_SIZE + RULE_GAP
        canvas.setLineWidth(0.4)
        canvas.line(FRAME_X, top, FRAME_X + FRAME_WIDTH, top)
        y = MARGIN_BOTTOM + 9 * mm
        canvas.setFont(ITALIC, 11)
        canvas.drawString(FRAME_X, y, self.initials)
        x = FRAME_X + stringWidth(self.initials, ITALIC, 11)
        canvas.setDash([0.8, 2.2])
        canvas.line(x, y - 1, text_right, y - 1)
        canvas.setDash([])
        canvas.setFont(REGULAR, 8.5)
        canvas.drawString(
            FRAME_X,
            MARGIN_BOTTOM + 1.5 * mm,
            f"Số: {self.snapshot.number} · Mã kiểm tra: {self.fingerprint}",
        )
        canvas.translate(FRAME_X + FRAME_WIDTH - qr_side, MARGIN_BOTTOM)
        canvas.doForm(QR_FORM)
        canvas.restoreState()
