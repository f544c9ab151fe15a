"""PDF pages as raw images for the in-app preview and for printing (pypdfium2, ~12 ms a
page). Qt-free: the UI wraps the bytes in a QImage."""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium


@dataclass(frozen=True)
class PageImage:
    """One rendered page: 8-bit BGRA rows of ``stride`` bytes, ``width`` × ``height`` pixels."""

    width: int
    height: int
    stride: int
    data: bytes


def page_count(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def render_pages(pdf: bytes, dpi: float = 100, pages: list[int] | None = None) -> list[PageImage]:
    """Render ``pages`` (all by default) at ``dpi`` on a white background."""
    doc = pdfium.PdfDocument(pdf)
    out: list[PageImage] = []
    try:
        for index in pages if pages is not None else range(len(doc)):
            page = doc[index]
            bitmap = page.render(scale=dpi / 72, force_bitmap_format=pdfium.raw.FPDFBitmap_BGRA,
                                 fill_color=(255, 255, 255, 255))
            out.append(PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
            bitmap.close()
            page.close()
    finally:
        doc.close()
    return out
