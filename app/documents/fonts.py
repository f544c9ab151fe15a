"""The bundled Liberation Serif (metric-compatible with Times New Roman, covers Vietnamese),
and the fallback font for what it lacks.

Liberation Serif is registered once per process as the family "TimesVN" (PITFALLS: ReportLab's
standard fonts have no Vietnamese; registering costs 25–35 ms, so it is done once, under a lock).

Liberation has no CJK glyphs and ReportLab prints nothing for a missing glyph, silently, so a
Chinese plate "桂A·12345" would print "A·12345". Text is therefore split into runs by font
coverage (:func:`runs`): what Liberation has stays in the form's font, the rest goes to Droid Sans
Fallback (CJK, Apache 2.0). The fallback is registered the first time a document needs it
(~50 ms) and, as ReportLab subsets TrueType fonts per document, embedded only in the PDFs that
use it. A character no shipped font has raises :class:`UnprintableText`; the case editor and
the server refuse such text at the field first (``app.validation.validate_printable``, whose
table of printable characters is :func:`printable_ranges`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import cache
from typing import Any

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from app.errors import DomainError
from app.paths import resources_dir

FAMILY = "TimesVN"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
#: Fallback faces in the order they are tried, registered on first use: name → file.
FALLBACKS = {"ThucDiaCJK": "DroidSansFallbackFull.ttf"}
#: Characters that are never drawn as glyphs (line breaks, tabs) and so need no font.
_LAYOUT = frozenset("\n\r\t")
#: Scripts ReportLab draws wrongly without a shaping engine (uharfbuzz is not installed):
#: right-to-left Hebrew and Arabic, Thai, Lao and Khmer (marks stacked and reordered), conjoining
#: Hangul jamo; the private-use area and control characters. Never printed, even where a font
#: has glyphs for them.
UNSHAPED = (
    (0x0000, 0x0008),
    (0x000B, 0x000C),
    (0x000E, 0x001F),
    (0x007F, 0x009F),
    (0x0590, 0x06FF),
    (0x0E00, 0x0EFF),
    (0x1100, 0x11FF),
    (0x1780, 0x17FF),
    (0x19E0, 0x19FF),
    (0xE000, 0xF8FF),
)
#: The table of printable code points read by app.validation (kept equal to the fonts by a test).
PRINTABLE_FILE = "printable.txt"
_lock = threading.Lock()
_registered = False
_fallbacks: dict[str, frozenset[str]] = {}


def register_fonts() -> str:
    """Register the four faces and the bold/italic mapping (idempotent); return the family."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            folder = resources_dir() / "fonts"
            known = set(pdfmetrics.getRegisteredFontNames())
            for name, filename in _FILES.items():
                if name not in known:
                    pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
            addMapping(FAMILY, 0, 0, REGULAR)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, ITALIC)
            addMapping(FAMILY, 1, 1, BOLD_ITALIC)
            # Binary (Flate-only) streams: ASCII85 makes PDFs 25 % larger and costs ~7 ms a
            # document in ReportLab's pure-Python encoder. Process-wide; nothing needs ASCII85.
            rl_config.useA85 = 0
            _registered = True
    return FAMILY


class UnprintableText(DomainError):
    """Text with a character none of the shipped fonts has: printing it would lose it."""

    def __init__(self, ch: str) -> None:
        self.char = ch
        super().__init__(
            f"Ký tự «{ch}» (U+{ord(ch):04X}) không in được trên biên bản: hãy sửa nội dung đã nhập."
        )


def _shaped(point: int) -> bool:
    return not any(a <= point <= b for a, b in UNSHAPED)


def _chars(font_name: str) -> frozenset[str]:
    """What ``font_name`` prints correctly: its characters outside :data:`UNSHAPED`."""
    return frozenset(chr(p) for p in pdfmetrics.getFont(font_name).face.charToGlyph if _shaped(p))


@cache
def primary_chars() -> frozenset[str]:
    """What the four Liberation faces print (the regular face's set: the others hold it)."""
    register_fonts()
    return _chars(REGULAR) | _LAYOUT


def _fallback(name: str) -> frozenset[str]:
    """The characters of fallback ``name``, registering it (and its bold/italic mapping to
    itself: it has one face) the first time."""
    chars = _fallbacks.get(name)
    if chars is None:
        with _lock:
            if name not in _fallbacks:
                if name not in pdfmetrics.getRegisteredFontNames():
                    path = resources_dir() / "fonts" / FALLBACKS[name]
                    pdfmetrics.registerFont(TTFont(name, str(path)))
                for bold in (0, 1):
                    for italic in (0, 1):
                        addMapping(name, bold, italic, name)
                _fallbacks[name] = _chars(name)
            chars = _fallbacks[name]
    return chars


def font_for(ch: str, font: str) -> str:
    """``font`` when it is a Liberation face that has ``ch``, else the first fallback that has it."""
    if ch in primary_chars():
        return font
    for name in FALLBACKS:
        if ch in _fallback(name):
            return name
    raise UnprintableText(ch)


def covered(text: str) -> bool:
    """True when Liberation prints all of ``text`` (the common case: no fallback needed)."""
    return primary_chars().issuperset(text)


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` as (font name, run) pairs, each run printed by a font that has its glyphs.

    ``font`` is one of the Liberation faces; characters it lacks go to a fallback font.
    Raises :class:`UnprintableText` for a character no shipped font has.
    """
    if covered(text):
        return [(font, text)]
    out: list[tuple[str, str]] = []
    for ch in text:
        f = font_for(ch, font)
        if out and out[-1][0] == f:
            out[-1] = (f, out[-1][1] + ch)
        else:
            out.append((f, ch))
    return out


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` as :func:`runs` prints it."""
    if covered(text):
        return stringWidth(text, font, size)
    return sum(stringWidth(run, f, size) for f, run in runs(text, font))


def split_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken at spaces into lines of at most ``width`` points (as ReportLab's
    ``simpleSplit``, measuring each run in the font that prints it; a word wider than a line
    is broken between characters)."""
    if covered(text):
        return simpleSplit(text, font, size, width)
    lines: list[str] = []
    for word in text.split(" "):
        if lines and text_width(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
            continue
        lines.append("")
        for ch in word:  # a word wider than the line (CJK has no spaces) breaks between characters
            if lines[-1] and text_width(lines[-1] + ch, font, size) > width:
                lines.append("")
            lines[-1] += ch
    return lines


def draw_centred(canvas: Any, x: float, y: float, text: str, font: str, size: float) -> None:
    """``canvas.drawCentredString`` with a run per font; leaves ``font`` set on the canvas."""
    if (canvas._fontname, canvas._fontsize) != (font, size):
        canvas.setFont(font, size)
    if covered(text):
        canvas.drawCentredString(x, y, text)
        return
    x -= text_width(text, font, size) / 2
    for run_font, run in runs(text, font):
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, run_font, size)
    canvas.setFont(font, size)


def with_fallback(markup: str) -> str:
    """Paragraph markup whose characters Liberation lacks are wrapped in
    ``<font face="…">`` of the fallback that has them. Tags and entities are ASCII, so they are
    never wrapped."""
    if covered(markup):
        return markup
    return "".join(
        run if f == "" else f'<font face="{f}">{run}</font>' for f, run in runs(markup, "")
    )


def printable_ranges() -> list[tuple[int, int]]:
    """Every code point the shipped fonts print, as inclusive (first, last) ranges.

    Stored in resources/fonts/printable.txt (:func:`printable_table`) for ``app.validation``,
    which must not load fonts; a test keeps the file equal to this.
    """
    points = set(map(ord, primary_chars()))
    for name in FALLBACKS:
        points |= set(map(ord, _fallback(name)))
    return _ranges(sorted(points))


def _ranges(points: Iterable[int]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for p in points:
        if out and out[-1][1] == p - 1:
            out[-1][1] = p
        else:
            out.append([p, p])
    return [(a, b) for a, b in out]


def printable_table() -> str:
    """The text of resources/fonts/printable.txt: one "XXXX-XXXX" hex range a line."""
    head = "# Code points the printed documents can print (app.documents.fonts.printable_table)\n"
    return head + "".join(f"{a:04X}-{b:04X}\n" for a, b in printable_ranges())


if __name__ == "__main__":  # python -m app.documents.fonts > resources/fonts/printable.txt
    print(printable_table(), end="")
