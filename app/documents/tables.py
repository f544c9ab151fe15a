"""The goods table (FORMS.md "Goods table"): header repeated on every page, rows never split.

Cells are plain strings wrapped here (not Paragraphs): a 1,000-row annex then builds in a
fraction of the time, and a row is always one table row, so it can never split across pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, TableStyle

from app.documents.fasttable import FastTable
from app.documents.fonts import BOLD, REGULAR, register_fonts, text_width
from app.documents.snapshot import GoodsLine
from app.documents.styles import LEADING, TABLE_SIZE
from app.documents.vntext import join_clauses, money_figures, money_words, number_figures, quantity

SEIZED = "seized"
SEALED = "sealed"
INSPECTED = "inspected"

SEIZED_HEADER = (
    "STT",
    "Tên tang vật, phương tiện vi phạm hành chính",
    "Đơn vị tính",
    "Số lượng",
    "Chủng loại",
    "Tình trạng, đặc điểm",
    "Ghi chú",
)
INSPECTED_HEADER = (
    "STT",
    "Tên hàng hóa",
    "Đơn vị tính",
    "Số lượng",
    "Xuất xứ",
    "Hóa đơn, chứng từ",
    "Ghi chú",
)
#: A goods list longer than this goes to a Bảng kê attached to the biên bản (FORMS.md: > ~15).
ANNEX_ROWS = 15
COL_WIDTHS = tuple(w * mm for w in (10, 48, 13, 16, 21, 28, 29))
PAD_X = 2.5
PAD_Y = 2.0
_MAX_CACHE = 4096


@lru_cache(maxsize=_MAX_CACHE)
def _width(word: str, font: str) -> float:
    return text_width(word, font, TABLE_SIZE)


def _hard_break(word: str, font: str, width: float) -> list[str]:
    parts: list[str] = []
    cur = ""
    for ch in word:
        if cur and _width(cur + ch, font) > width:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    return parts + [cur] if cur else parts


def wrap_cell(text: str, width: float, font: str = REGULAR) -> str:
    """Greedy line breaking of ``text`` to ``width`` points at ASCII spaces (a no-break space
    keeps "2.160.000 đ" together); overlong words are cut."""
    space = _width(" ", font)
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        line_w = 0.0
        for word in filter(None, paragraph.split(" ")):
            w = _width(word, font)
            if w > width:
                if line:
                    out.append(line)
                *full, last = _hard_break(word, font, width)
                out.extend(full)
                line, line_w = last, _width(last, font)
            elif not line:
                line, line_w = word, w
            elif line_w + space + w <= width:
                line += " " + word
                line_w += space + w
            else:
                out.append(line)
                line, line_w = word, w
        out.append(line)
    return "\n".join(out)


def _note(item: GoodsLine, kind: str) -> str:
    parts: list[str] = []
    if kind == SEALED and item.seal_numbers:
        parts.append(f"Niêm phong số: {item.seal_numbers}")
    if item.note:
        parts.append(item.note)
    if item.estimated_value is not None and kind != SEALED:
        parts.append(f"Trị giá: {number_figures(item.estimated_value)}\u00a0đ")
    return join_clauses(parts)


def _row(i: int, item: GoodsLine, kind: str) -> list[str]:
    if kind == INSPECTED:
        cols = (item.name, item.unit, quantity(item.quantity), item.origin, item.papers)
    else:
        cols = (item.name, item.unit, quantity(item.quantity), item.kind, item.condition)
    texts = (str(i), *cols, _note(item, kind))
    return [wrap_cell(t, w - 2 * PAD_X) for t, w in zip(texts, COL_WIDTHS, strict=True)]


def unit_totals(items: Sequence[GoodsLine]) -> list[tuple[str, Decimal]]:
    """Quantity per unit of measure, in order of first appearance."""
    totals: dict[str, Decimal] = {}
    for item in items:
        if item.quantity is not None:
            totals[item.unit] = totals.get(item.unit, Decimal(0)) + item.quantity
    return list(totals.items())


Cells = list[list[str]]
StyleCommands = list[tuple[object, ...]]


def goods_rows(items: Sequence[GoodsLine], kind: str = SEIZED) -> tuple[Cells, StyleCommands]:
    """The cells (wrapped strings) and the TableStyle commands of a goods table."""
    register_fonts()
    header = INSPECTED_HEADER if kind == INSPECTED else SEIZED_HEADER
    rows = [[wrap_cell(h, w - 2 * PAD_X, BOLD) for h, w in zip(header, COL_WIDTHS, strict=True)]]
    rows += [_row(i, item, kind) for i, item in enumerate(items, start=1)]
    style: StyleCommands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, TABLE_SIZE, TABLE_SIZE * LEADING),
        ("FONT", (0, 0), (-1, 0), BOLD, TABLE_SIZE, TABLE_SIZE * LEADING),
        ("BOX", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (2, -1), "CENTER"),
        ("ALIGN", (3, 1), (3, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y + 1),
    ]
    if not items:
        rows.append(["", "Không", "", "", "", "", ""])
    style.append(("INNERGRID", (0, 0), (-1, len(rows) - 1), 0.5, "black"))
    # Totals rows: merged cells drawn by leaving out inner lines rather than with SPAN, which
    # would make ReportLab map every cell of the table again for each page it splits into.
    for unit, total in unit_totals(items):
        r = len(rows)
        rows.append(["", "Cộng", unit, quantity(total), "", "", ""])
        style += [
            ("FONT", (1, r), (3, r), BOLD, TABLE_SIZE, TABLE_SIZE * LEADING),
            ("LINEABOVE", (0, r), (-1, r), 0.5, "black"),
            ("LINEAFTER", (0, r), (3, r), 0.5, "black"),
        ]
    values = [i.estimated_value for i in items if i.estimated_value is not None]
    if values:
        r = len(rows)
        total = sum(values)
        text = f"{money_figures(total)} (Bằng chữ: {money_words(total)})"
        width = sum(COL_WIDTHS[2:]) - 2 * PAD_X
        rows.append(
            [
                "",
                wrap_cell("Tổng trị giá ước tính", COL_WIDTHS[1] - 2 * PAD_X, BOLD),
                wrap_cell(text, width),
                "",
                "",
                "",
                "",
            ]
        )
        style += [
            ("FONT", (1, r), (1, r), BOLD, TABLE_SIZE, TABLE_SIZE * LEADING),
            ("LINEABOVE", (0, r), (-1, r), 0.5, "black"),
            ("LINEAFTER", (0, r), (1, r), 0.5, "black"),
            ("ALIGN", (2, r), (2, r), "LEFT"),
        ]
    return rows, style


def goods_table(items: Sequence[GoodsLine], kind: str = SEIZED) -> Flowable:
    """STT | Tên … | Đơn vị tính | Số lượng | … | Ghi chú, with totals rows at the end:
    one "Cộng" row per unit of measure, then the total estimated value in figures and words.
    The header row repeats on every page; a row never splits."""
    rows, style = goods_rows(items, kind)
    table = FastTable(
        rows,
        leading=TABLE_SIZE * LEADING,
        vpad=2 * PAD_Y + 1,
        colWidths=COL_WIDTHS,
        repeatRows=1,
        splitInRow=0,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(style))
    table.spaceBefore = 2
    table.spaceAfter = 8
    return table
