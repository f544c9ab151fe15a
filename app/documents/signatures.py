"""Signature boxes drawn directly: caps bold title, italic instruction, room to sign, name.

One ``SignatureRow`` holds two boxes side by side and never splits; rows may fall on different
pages. Drawing strings directly (instead of a table of paragraphs) keeps the eight boxes of a
BB-KT cheap to lay out, which matters because the closing paragraph measures them too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.documents.fonts import BOLD, ITALIC, draw_centred, split_lines

SIGN_SPACE = 20 * mm
TITLE_PT, NOTE_PT, NAME_PT = 12.5, 12, 13
LEADING = 1.2
PAD_TOP, PAD_BOTTOM, PAD_X = 4, 10, 3


@dataclass(frozen=True)
class SigBox:
    """One box: ``title`` may hold "\\n" line breaks; an empty ``name`` leaves room to write."""

    title: str
    note: str
    name: str
    organisation: str = ""


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    for part in text.split("\n"):
        out += split_lines(part, font, size, width) or [""]
    return out


class SignatureRow(Flowable):
    """Two signature boxes (``None`` leaves a slot empty) across the frame width. The titles
    of a row take the same number of lines, so the printed names line up."""

    def __init__(self, boxes: Sequence[SigBox | None]) -> None:
        super().__init__()
        self.boxes = list(boxes)
        self._laid: list[tuple[list[str], list[str], list[str], list[str]] | None] = []
        self._title_lines = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        col = availWidth / len(self.boxes) - 2 * PAD_X
        self._laid = [
            None
            if b is None
            else (
                _lines(b.title, BOLD, TITLE_PT, col),
                _lines(b.note, ITALIC, NOTE_PT, col),
                _lines(b.name, BOLD, NAME_PT, col) if b.name else [],
                _lines(b.organisation, ITALIC, NOTE_PT, col) if b.organisation else [],
            )
            for b in self.boxes
        ]
        self._title_lines = max(len(b[0]) for b in self._laid if b is not None)
        tails = [
            len(b[1]) * NOTE_PT * LEADING
            + max(len(b[2]), 1) * NAME_PT * LEADING
            + len(b[3]) * NOTE_PT * LEADING
            for b in self._laid
            if b is not None
        ]
        self.width = availWidth
        self.height = (
            PAD_TOP + self._title_lines * TITLE_PT * LEADING + SIGN_SPACE + max(tails) + PAD_BOTTOM
        )
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        c = self.canv
        col = self.width / len(self.boxes)
        for i, laid in enumerate(self._laid):
            if laid is None:
                continue
            title, note, name, org = laid
            x = col * i + col / 2
            y = self.height - PAD_TOP
            for line in title:
                y -= TITLE_PT * LEADING
                draw_centred(c, x, y + 0.25 * TITLE_PT, line, BOLD, TITLE_PT)
            y -= (self._title_lines - len(title)) * TITLE_PT * LEADING
            for line in note:
                y -= NOTE_PT * LEADING
                draw_centred(c, x, y + 0.25 * NOTE_PT, line, ITALIC, NOTE_PT)
            y -= SIGN_SPACE
            for line in name:
                y -= NAME_PT * LEADING
                draw_centred(c, x, y + 0.25 * NAME_PT, line, BOLD, NAME_PT)
            if not name:
                y -= NAME_PT * LEADING
            for line in org:
                y -= NOTE_PT * LEADING
                draw_centred(c, x, y + 0.25 * NOTE_PT, line, ITALIC, NOTE_PT)


def signature_rows(boxes: Sequence[SigBox], right_only: bool = False) -> list[SignatureRow]:
    """Boxes two per row, left then right. A lone box with ``right_only`` sits on the right."""
    slots: list[SigBox | None] = [None] if right_only else []
    slots += boxes
    if len(slots) % 2:
        slots.append(None)
    return [SignatureRow(slots[i : i + 2]) for i in range(0, len(slots), 2)]
