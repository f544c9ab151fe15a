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

Output is deterministic: ReportLab runs with ``invariant=1``, the PDF creation date is the
snapshot's ``issued_at`` and the document id comes from the snapshot, so the same snapshot
always gives byte-identical PDFs.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.platypus import Flowable

from app.documents.blocks import header, title
from app.documents.closing import back_page
from app.documents.flowables import SheetCount
from app.documents.forms import FORMS
from app.documents.formspec import FormContext, FormSpec
from app.documents.layout import FormDocTemplate, qr_payload
from app.documents.snapshot import DocumentSnapshot

MAX_PASSES = 3


class RenderedPdf(bytes):
    """PDF bytes that also tell their ``page_count`` (PDF pages), ``sheet_count`` (the "tờ"
    printed in the closing paragraph), the ``fingerprint`` and the ``passes`` it took."""

    page_count: int
    sheet_count: int
    fingerprint: str
    passes: int

    def __new__(
        cls, data: bytes, *, page_count: int, sheet_count: int, fingerprint: str, passes: int
    ) -> RenderedPdf:
        obj = super().__new__(cls, data)
        obj.page_count = page_count
        obj.sheet_count = sheet_count
        obj.fingerprint = fingerprint
        obj.passes = passes
        return obj


def form_spec(code: str) -> FormSpec:
    try:
        return FORMS[code]
    except KeyError:
        raise ValueError(f"unknown form code {code!r}; known: {', '.join(FORMS)}") from None


def check(snapshot: DocumentSnapshot, spec: FormSpec) -> None:
    """Refuse a snapshot without a number (ValueError). Missing parts (no violation, no
    seizure) are not refused here: they print as "Không" or dotted lines, which a preview
    needs; whether a case may *issue* a form is the caller's rule (``spec.needs_*``)."""
    if not snapshot.number:
        raise ValueError(f"{spec.code}: the document has no number")


def _story(snapshot: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    story: list[Flowable] = [
        header(snapshot, ctx.spec),
        *title(ctx, ctx.spec.subtitle.format(s=snapshot)),
    ]
    story += ctx.spec.build(snapshot, ctx)
    if ctx.spec.back_page:
        story += back_page(snapshot, ctx)
    return story


def _layout(
    snapshot: DocumentSnapshot, spec: FormSpec, payload: str, forced: int | None
) -> tuple[bytes, int, SheetCount]:
    ctx = FormContext(spec=spec, count=SheetCount(forced=forced))
    buf = io.BytesIO()
    doc = FormDocTemplate(buf, snapshot, spec.title, payload, ctx.count)
    doc.build(_story(snapshot, ctx))
    return buf.getvalue(), doc.page, ctx.count


def render(snapshot: DocumentSnapshot, *, verify_url: str | None = None) -> RenderedPdf:
    """The PDF of ``snapshot`` (its ``form_code`` picks the form). Pure: no I/O, no database.

    ``verify_url`` is the provincial verification address put into the QR code.
    """
    spec = form_spec(snapshot.form_code)
    check(snapshot, spec)
    payload = qr_payload(snapshot.document_id, snapshot.fingerprint(), verify_url)
    forced: int | None = None
    for attempt in range(1, MAX_PASSES + 1):
        data, pages, count = _layout(snapshot, spec, payload, forced)
        sheets = pages - (1 if spec.back_page else 0)
        if count.printed == sheets and not count.unstable:
            return RenderedPdf(
                data,
                page_count=pages,
                sheet_count=sheets,
                fingerprint=snapshot.fingerprint(),
                passes=attempt,
            )
        forced = sheets
    raise RuntimeError(f"{spec.code} {snapshot.number}: sheet count did not settle")


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
