"""One entry point: snapshot → PDF bytes, with the real sheet count in the closing paragraph.

Page-count rule ("gồm … tờ"): one PDF page is one sheet printed on one side, and the
"(Mặt sau biên bản)" delivery page is **not** counted, because it is printed on the back of
the last sheet. So ``sheet_count = page_count - 1`` for forms with a back page and
``sheet_count = page_count`` for the others (BB-BGHS and the Bảng kê have none).

How the count gets there: the closing paragraph is kept together with everything printed after
it on the last sheet, so it takes its number from the page it is drawn on (one layout pass, see
flowables.ClosingParagraph). The finished PDF is then checked; if the printed count differs from
the real one (a signature block taller than a page, a count of 100 sheets or more) the document
is laid out again with the real count forced, and checked again. A document whose count cannot
be made consistent raises ``RuntimeError`` rather than print a wrong "tờ".

A decision (MQĐ02, MQĐ20: ``spec.counts_sheets`` false) states no count of its own: it is laid
out once, and its ``sheet_count`` follows the same rule (its back page records delivery).

A goods list longer than ``tables.ANNEX_ROWS`` is printed once, in the Bảng kê attached to the
biên bản: the biên bản says so (blocks.goods_listing) and the Bảng kê follows its last page
(after the back page) in the same PDF, under the same number and QR code, numbered and counted
on its own ("Bảng kê này gồm … tờ"). ``page_count`` counts every page; ``sheet_count`` is the
biên bản's own, ``annex_sheets`` the Bảng kê's.

Output is deterministic: ReportLab runs with ``invariant=1``, the PDF creation date is the
snapshot's ``issued_at`` and the document id comes from the snapshot, so the same snapshot
always gives byte-identical PDFs.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak
from reportlab.platypus.doctemplate import NextPageTemplate

from app.documents.blocks import header, title
from app.documents.closing import back_page
from app.documents.flowables import SheetCount
from app.documents.forms import SPECS, bang_ke
from app.documents.formspec import FormContext, FormSpec
from app.documents.layout import ANNEX_TEMPLATE, FormDocTemplate, qr_payload
from app.documents.snapshot import DocumentSnapshot

MAX_PASSES = 3


class RenderedPdf(bytes):
    """PDF bytes that also tell their ``page_count`` (PDF pages), ``sheet_count`` (the "tờ"
    printed in the closing paragraph), ``annex_sheets`` (those of an attached Bảng kê, else 0),
    the ``fingerprint`` and the ``passes`` it took."""

    page_count: int
    sheet_count: int
    annex_sheets: int
    fingerprint: str
    passes: int

    def __new__(
        cls,
        data: bytes,
        *,
        page_count: int,
        sheet_count: int,
        fingerprint: str,
        passes: int,
        annex_sheets: int = 0,
    ) -> RenderedPdf:
        obj = super().__new__(cls, data)
        obj.page_count = page_count
        obj.sheet_count = sheet_count
        obj.annex_sheets = annex_sheets
        obj.fingerprint = fingerprint
        obj.passes = passes
        return obj


def form_spec(code: str) -> FormSpec:
    try:
        return SPECS[code]
    except KeyError:
        raise ValueError(f"unknown form code {code!r}; known: {', '.join(SPECS)}") from None


def check(snapshot: DocumentSnapshot, spec: FormSpec) -> None:
    """Refuse a snapshot without a number (ValueError). Missing parts (no violation, no
    seizure) are not refused here: they print as "Không" or dotted lines, which a preview
    needs; whether a case may *issue* a form is the caller's rule (``spec.needs_*``)."""
    if not snapshot.number:
        raise ValueError(f"{spec.code}: the document has no number")


def _story(snapshot: DocumentSnapshot, ctx: FormContext, annex_ctx: FormContext) -> list[Flowable]:
    spec = ctx.spec
    story: list[Flowable] = [header(snapshot, spec)]
    if not spec.own_title:
        story += title(ctx, spec.subtitle.format(s=snapshot))
    story += spec.build(snapshot, ctx)
    if spec.back_page:
        story += spec.back(snapshot, ctx) if spec.back else back_page(snapshot, ctx)
    if ctx.annex is not None:
        story += [NextPageTemplate(ANNEX_TEMPLATE), PageBreak()]
        story += bang_ke.attached(snapshot, annex_ctx, ctx.annex)
    return story


def _layout(
    snapshot: DocumentSnapshot,
    spec: FormSpec,
    payload: str,
    forced: int | None,
    forced_annex: int | None,
) -> tuple[bytes, int, SheetCount, SheetCount | None]:
    """One layout pass: the PDF, its pages, the biên bản's count and the Bảng kê's (if any)."""
    ctx = FormContext(spec=spec, count=SheetCount(forced=forced))
    annex_ctx = FormContext(spec=bang_ke.SPEC, count=SheetCount(forced=forced_annex))
    buf = io.BytesIO()
    doc = FormDocTemplate(buf, snapshot, spec.title, payload, ctx.count, annex_ctx.count,
                          initials=spec.initials)
    doc.build(_story(snapshot, ctx, annex_ctx))
    return buf.getvalue(), doc.page, ctx.count, annex_ctx.count if ctx.annex else None


def render(snapshot: DocumentSnapshot, *, verify_url: str | None = None) -> RenderedPdf:
    """The PDF of ``snapshot`` (its ``form_code`` picks the form). Pure: no I/O, no database.

    ``verify_url`` is the provincial verification address put into the QR code.
    """
    spec = form_spec(snapshot.form_code)
    check(snapshot, spec)
    payload = qr_payload(snapshot.document_id, snapshot.fingerprint(), verify_url)
    forced: int | None = None
    forced_annex: int | None = None
    for attempt in range(1, MAX_PASSES + 1):
        data, pages, count, annex = _layout(snapshot, spec, payload, forced, forced_annex)
        own = annex.first_page - 1 if annex is not None else pages
        sheets = own - (1 if spec.back_page else 0)
        annex_sheets = pages - own
        settled = not spec.counts_sheets or (count.printed == sheets and not count.unstable)
        if annex is not None:
            settled = settled and annex.printed == annex_sheets and not annex.unstable
        if settled:
            return RenderedPdf(
                data,
                page_count=pages,
                sheet_count=sheets,
                annex_sheets=annex_sheets,
                fingerprint=snapshot.fingerprint(),
                passes=attempt,
            )
        forced, forced_annex = sheets, (annex_sheets if annex is not None else None)
    raise RuntimeError(f"{spec.code} {snapshot.number}: sheet count did not settle")


def printed_sheets(snapshot: DocumentSnapshot, page_count: int) -> tuple[int, int]:
    """(sheets of the biên bản, sheets of its attached Bảng kê or 0) of a document issued from
    ``snapshot`` as ``page_count`` PDF pages: what its own closing paragraphs say. A document
    with a Bảng kê is rendered again (deterministic) to split its pages between the two."""
    spec = form_spec(snapshot.form_code)
    ctx = FormContext(spec=spec)
    spec.build(snapshot, ctx)
    if ctx.annex is None:
        return page_count - (1 if spec.back_page else 0), 0
    pdf = render(snapshot)
    return pdf.sheet_count, pdf.annex_sheets


def render_to_file(
    snapshot: DocumentSnapshot, path: str | Path, *, verify_url: str | None = None
) -> RenderedPdf:
    """Render and write atomically (temporary file, then rename)."""
    pdf = render(snapshot, verify_url=verify_url)
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(pdf)
    tmp.replace(target)
    return pdf
