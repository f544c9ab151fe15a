"""A ReportLab Table for plain-string cells that lays out and draws in a fraction of the time.

- Row heights are given (lines × leading + padding, exactly what ``Table._calc_height`` would
  find for string cells), so splitting a long table across pages does not measure every
  remaining row again on each page.
- All string cells of a table part are written as one text object with literal operators,
  using the documented dynamic-font protocol (``font.splitString`` /
  ``font.getSubsetInternalName``), instead of one ``drawString`` — a full text object with its
  own font setting — per line. Without ReportLab's C accelerators this is the bulk of the time
  of a goods table.

Cells must be ``str`` (lines separated by "\\n") or flowables; flowable cells are drawn by
ReportLab as usual. Text is black; alignment LEFT, CENTER/CENTRE and RIGHT are supported.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Table

from app.documents import fonts


@lru_cache(maxsize=8192)
def text_width(text: str, font: str, size: float) -> float:
    return fonts.text_width(text, font, size)


class FastTable(Table):
    """``Table`` with explicit row heights and batched drawing of string cells."""

    def __init__(
        self,
        data: Sequence[Sequence[Any]],
        *,
        leading: float = 0.0,
        vpad: float = 0.0,
        rowHeights: Sequence[float] | None = None,
        **kw: Any,
    ) -> None:
        """``leading`` and ``vpad`` (top + bottom padding) give the row heights; the table
        parts ReportLab makes when it splits pass ``rowHeights`` instead."""
        if rowHeights is None:
            rowHeights = [
                max(c.count("\n") + 1 if isinstance(c, str) else 1 for c in row) * leading + vpad
                for row in data
            ]
        super().__init__(data, rowHeights=rowHeights, **kw)
        self._ops: list[tuple[str, float, float, float, str]] | None = None

    def draw(self) -> None:
        self._ops = []
        super().draw()
        ops, self._ops = self._ops, None
        if ops:
            self.canv.addLiteral(self._text_block(ops))

    def _drawCell(
        self, cellval: Any, cellstyle: Any, pos: tuple[float, float], size: tuple[float, float]
    ) -> None:
        if not isinstance(cellval, str) or self._ops is None:
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        colpos, rowpos = pos
        colwidth, rowheight = size
        lines = cellval.split("\n")
        font, fs, leading = cellstyle.fontname, cellstyle.fontsize, cellstyle.leading
        valign, just = cellstyle.valign, cellstyle.alignment
        if valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + len(lines) * leading - fs
        elif valign == "MIDDLE":
            y = (
                rowpos
                + (
                    cellstyle.bottomPadding
                    + rowheight
                    - cellstyle.topPadding
                    + len(lines) * leading
                )
                / 2.0
                - fs
            )
        else:
            y = rowpos + rowheight - cellstyle.topPadding - fs
        for line in lines:
            if line:
                if just == "LEFT":
                    x = colpos + cellstyle.leftPadding
                elif just == "RIGHT":
                    x = colpos + colwidth - cellstyle.rightPadding - text_width(line, font, fs)
                else:
                    mid = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5
                    x = mid - text_width(line, font, fs) / 2
                self._ops.append((font, fs, x, y, line))
            y -= leading

    def _text_block(self, ops: list[tuple[str, float, float, float, str]]) -> str:
        doc = self.canv._doc
        # Per document: subset codes are assigned in the order glyphs are first used in it.
        cache: dict[tuple[str, float, str], list[tuple[str, str]]]
        cache = doc.__dict__.setdefault("_thucdia_text_ops", {})
        out = ["BT", "0 g"]
        current = ""
        for font_name, size, x, y, text in ops:
            out.append(f"1 0 0 1 {x:.3f} {y:.3f} Tm")
            key = (font_name, size, text)
            parts = cache.get(key)
            if parts is None:  # a run per font: glyphs the font lacks come from the fallback
                parts = cache[key] = [
                    (
                        f"{font.getSubsetInternalName(subset, doc)} {size:g} Tf",
                        f"({escapePDF(chunk)}) Tj",
                    )
                    for run_font, run in fonts.runs(text, font_name)
                    for font in (getFont(run_font),)
                    for subset, chunk in font.splitString(run, doc)
                ]
            for tf, tj in parts:
                if tf != current:
                    out.append(tf)
                    current = tf
                out.append(tj)
        out.append("ET")
        return "\n".join(out)
