"""Charts of the dashboard, drawn on the server as SVG inside the page: no script, nothing
fetched from elsewhere, readable when printed. Each bar is a link to the cases behind it.

A chart is horizontal bars, one row per group (a unit, a violation group…): this period in
the brand colour, the same period last year in grey beneath it, the value written at the
end of each bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 620
LABEL = 200  # the width of the row names
VALUE = 110  # room for the value after the longest bar
ROW = 40
TOP = 26
NOW, BEFORE = "#0b5394", "#b7c3d0"


@dataclass(frozen=True)
class Bar:
    label: str
    current: int
    previous: int | None
    href: str = ""


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bars(title: str, rows: Sequence[Bar], shown: Callable[[int], str], chart_id: str,
         previous_words: str = "") -> Markup:
    """The chart ``title`` of ``rows``; ``shown`` writes a value ("12 vụ", "1,5 tr")."""
    compare = any(r.previous is not None for r in rows)
    height = TOP + ROW * max(len(rows), 1) + (24 if compare else 6)
    top = max([r.current for r in rows] + [r.previous or 0 for r in rows] + [1])
    span = WIDTH - LABEL - VALUE
    out = [f'<svg class="chart" id="{escape(chart_id)}" viewBox="0 0 {WIDTH} {height}" '
           f'width="{WIDTH}" height="{height}" role="img" aria-label="{escape(title)}" '
           'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">',
           f'<title>{escape(title)}</title>',
           f'<text x="0" y="15" font-size="13" font-weight="bold" fill="#1d2733">{escape(title)}</text>']
    if not rows:
        out.append(f'<text x="0" y="{TOP + 16}" fill="#5b6775">Không có số liệu trong kỳ.</text>')
    for i, r in enumerate(rows):
        y = TOP + i * ROW
        now_w = round(span * r.current / top)
        link = (f'<a href="{escape(r.href)}" data-label="{escape(r.label)}">' if r.href
                else "<g>")
        out.append(link)
        out.append(f'<text x="{LABEL - 8}" y="{y + 15}" text-anchor="end" fill="#1d2733">'
                   f'<title>{escape(r.label)}</title>{escape(_short(r.label))}</text>')
        out.append(f'<rect x="{LABEL}" y="{y + 4}" width="{max(now_w, 1)}" height="14" '
                   f'fill="{NOW}" data-value="{r.current}"><title>{escape(r.label)}: '
                   f'{escape(shown(r.current))}</title></rect>')
        out.append(f'<text x="{LABEL + now_w + 6}" y="{y + 15}" fill="#1d2733">'
                   f'{escape(shown(r.current))}</text>')
        if r.previous is not None:
            before_w = round(span * r.previous / top)
            out.append(f'<rect x="{LABEL}" y="{y + 20}" width="{max(before_w, 1)}" height="9" '
                       f'fill="{BEFORE}"><title>Cùng kỳ: {escape(shown(r.previous))}</title></rect>')
            out.append(f'<text x="{LABEL + before_w + 6}" y="{y + 29}" fill="#5b6775" '
                       f'font-size="11">{escape(shown(r.previous))}</text>')
        out.append("</a>" if r.href else "</g>")
    if compare:
        y = height - 10
        out.append(f'<rect x="{LABEL}" y="{y - 9}" width="12" height="10" fill="{NOW}"/>'
                   f'<text x="{LABEL + 16}" y="{y}" fill="#5b6775">Kỳ này</text>'
                   f'<rect x="{LABEL + 80}" y="{y - 9}" width="12" height="10" fill="{BEFORE}"/>'
                   f'<text x="{LABEL + 96}" y="{y}" fill="#5b6775">'
                   f'{escape(previous_words or "Cùng kỳ năm trước")}</text>')
    out.append("</svg>")
    return Markup("".join(out))
