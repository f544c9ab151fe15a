"""Paragraph construction with a fast path for text without markup."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paraparser import ParaFrag

from app.documents.fonts import with_fallback

_PROTOTYPES: dict[str, ParaFrag] = {}


def para(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of ``markup`` (ReportLab's mini-HTML, values already escaped).

    Text without markup skips ReportLab's XML parser: its one fragment is cloned from a
    fragment the parser made once for the style (same attributes, so the same layout and the
    same bytes), which saves a few milliseconds per form. Characters the form's font lacks are
    set in the fallback font (fonts.with_fallback), never dropped.
    """
    markup = with_fallback(markup)
    if "<" in markup or "&" in markup:
        return Paragraph(markup, style)
    proto = _PROTOTYPES.get(style.name)
    if proto is None:
        proto = _PROTOTYPES[style.name] = Paragraph("x", style).frags[0]
    return Paragraph(markup, style, frags=[proto.clone(text=" ".join(markup.split()))])
