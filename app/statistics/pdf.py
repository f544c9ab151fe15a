"""The report as a PDF in the NĐ 30/2020 layout (reference/nd30-2020-phu-luc-I-the-thuc.md):
A4, Times (Liberation Serif), the agency and the Quốc hiệu side by side, "Số: …/BC-…", the
place and date in italics, "BÁO CÁO" and its trích yếu, the summary paragraph generated
from the numbers, the signature block and "Nơi nhận"; then the annex in landscape ("Phụ
lục", "Kèm theo Báo cáo số …/BC-… ngày … tháng … năm …") with the tables and the charts,
drawn with ReportLab's own graphics. Page numbers from the second page, centred in the top
margin.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.documents.flowables import HeaderBlock
from app.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from app.statistics import catalog
from app.statistics.figures import BY_CODE, FIGURES
from app.statistics.report import GroupTable, Report
from app.statistics.summary import combined, combined_previous, summary
from app.statistics.wording import change_words, count, millions
from app.text import nfc

TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
TABLE_FIGURES = ("vu_kiem_tra", "vu_vi_pham", "vu_xu_ly", "vu_xu_ly_hanh_chinh", "vu_khoi_to",
                 "bi_can", "tien_phat_quyet_dinh", "thu_nop_ngan_sach")
GAP = "\u00a0" * 6  # the blanks left for the number and the date, filled by hand
SERIES = (colors.HexColor("#1F4E79"), colors.HexColor("#C55A11"))


def _style(name: str, font: str = REGULAR, size: float = 13, align: int = TA_JUSTIFY,
           indent: float = 0, after: float = 6, leading: float | None = None) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25,
                          alignment=align, firstLineIndent=indent, spaceAfter=after)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(nfc(text)), style)


def value(code: str, amount: int) -> str:
    return millions(amount) if BY_CODE[code].money else count(amount)


def write_pdf(report: Report) -> bytes:
    """The PDF's bytes."""
    register_fonts()
    out = io.BytesIO()
    portrait, wide = A4, landscape(A4)
    doc = BaseDocTemplate(out, pagesize=portrait, title=f"Báo cáo {report.period.label}",
                          author=report.scope.agency, leftMargin=LEFT, rightMargin=RIGHT,
                          topMargin=TOP, bottomMargin=BOTTOM)
    doc.addPageTemplates([
        PageTemplate("body", [Frame(LEFT, BOTTOM, portrait[0] - LEFT - RIGHT,
                                    portrait[1] - TOP - BOTTOM, id="body")],
                     onPage=_page_number, pagesize=portrait),
        PageTemplate("annex", [Frame(LEFT, BOTTOM, wide[0] - LEFT - RIGHT,
                                     wide[1] - TOP - BOTTOM, id="annex")],
                     onPage=_page_number, pagesize=wide),
    ])
    doc.build([*_body(report), NextPageTemplate("annex"), PageBreak(), *_annex(report, wide)])
    return out.getvalue()


def _page_number(canvas: Any, doc: Any) -> None:
    if doc.page > 1:
        canvas.setFont(REGULAR, 13)
        width = canvas._pagesize[0]
        canvas.drawCentredString(width / 2, canvas._pagesize[1] - 12 * mm, str(doc.page))


def _body(report: Report) -> list[Any]:
    scope = report.scope
    date_line = _style("date", ITALIC, 13, TA_CENTER, after=10)
    return [
        HeaderBlock(scope.parent, scope.agency, f"{GAP}/{scope.symbol}"),
        Table([["", _p(f"{scope.place}, ngày{GAP}tháng{GAP}năm {report.made_at.year}", date_line)]],
              colWidths=[75 * mm, None], style=[("LEFTPADDING", (0, 0), (-1, -1), 0)]),
        Spacer(1, 4 * mm),
        _p("BÁO CÁO", _style("kind", BOLD, 14, TA_CENTER, after=2)),
        _p(f"Kết quả kiểm tra, xử lý vi phạm {report.period.label[:1].lower()}"
           f"{report.period.label[1:]}", _style("gist", BOLD, 14, TA_CENTER, after=2)),
        _Rule(),
        Spacer(1, 4 * mm),
        _p(summary(report), _style("summary", indent=10 * mm)),
        _p("(Chi tiết tại các phụ lục kèm theo.)", _style("see", ITALIC, 13, indent=10 * mm)),
        Spacer(1, 6 * mm),
        _closing(report),
    ]


class _Rule(Spacer):
    """The short line under the trích yếu (1/3 of the line, centred)."""

    def __init__(self) -> None:
        super().__init__(1, 4)

    def draw(self) -> None:
        width = 45 * mm
        self.canv.setLineWidth(0.6)
        self.canv.line(self.width / 2 - width / 2 if self.width > 1 else 0, 2,
                       self.width / 2 + width / 2, 2)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 4


def _closing(report: Report) -> Any:
    small = _style("to", REGULAR, 11, TA_LEFT, after=0, leading=13)
    left = [_p("Nơi nhận:", _style("toh", "TimesVN-BoldItalic", 12, TA_LEFT, after=0)),
            _p("- Như trên;", small), _p("- Lưu: VT.", small)]
    right = [_p("THỦ TRƯỞNG ĐƠN VỊ", _style("sig", BOLD, 13, TA_CENTER, after=0)),
             _p("(Ký, ghi rõ họ tên, đóng dấu)", _style("sigh", ITALIC, 13, TA_CENTER))]
    return KeepTogether(Table([[left, right]], colWidths=[75 * mm, None],
                              style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0)]))


def _annex(report: Report, page: tuple[float, float]) -> list[Any]:
    width = page[0] - LEFT - RIGHT
    head = _style("ah", BOLD, 14, TA_CENTER, after=0)
    out: list[Any] = [
        _p("Phụ lục", head),
        _p(f"KẾT QUẢ KIỂM TRA, XỬ LÝ {report.period.label.upper()}", head),
        _p(f"(Kèm theo Báo cáo số{GAP}/{report.scope.symbol} ngày{GAP}tháng{GAP}năm "
           f"{report.made_at.year} của {report.scope.agency})",
           _style("ref", ITALIC, 13, TA_CENTER, after=8)),
        _p(f"Kỳ báo cáo: {report.period.range_words}"
           + (f"; cùng kỳ: {report.previous.range_words}" if report.previous else "")
           + ". Đơn vị tính: vụ; tiền: triệu đồng.", _style("unit", ITALIC, 12, TA_CENTER, after=8)),
        _caption("Bảng 1. Các chỉ tiêu chính"),
        _main_table(report, width),
    ]
    if report.forces:
        out += [CondPageBreak(60 * mm), _caption("Bảng 2. Theo lực lượng thành viên"),
                _forces_table(report, width)]
    for number, code in enumerate(("unit", "group", "subgroup", "goods"), start=3):
        table = report.tables.get(code)
        if table is not None and table.lines:
            out += [CondPageBreak(50 * mm), _caption(f"Bảng {number}. {table.title}"),
                    _group_table(table, width, limit=20 if code == "goods" else None)]
    out += [PageBreak(), _caption("Biểu đồ 1. Số vụ xử lý theo nhóm vi phạm"),
            _group_chart(report, width)]
    goods = report.leading_goods(10)
    if goods:
        out += [Spacer(1, 6 * mm), _caption("Biểu đồ 2. Các mặt hàng vi phạm nhiều nhất"),
                _goods_chart(goods, width)]
    return out


def _caption(text: str) -> Paragraph:
    return _p(text, _style("cap", BOLD, 12, TA_LEFT, after=3))


def _grid(data: list[list[Any]], widths: list[float], bold_last: bool = True) -> Table:
    style = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 10),
        ("FONT", (0, 0), (-1, 0), BOLD, 10),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2F2F2")),
    ]
    if bold_last:
        style.append(("FONT", (0, -1), (-1, -1), BOLD, 10))
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style))


def _cell(text: str, bold: bool = False, size: float = 10) -> Paragraph:
    return _p(text, _style("cell", BOLD if bold else REGULAR, size, TA_LEFT, after=0, leading=size * 1.15))


def _main_table(report: Report, width: float) -> Table:
    now, before = combined(report), combined_previous(report)
    heads = ["STT", "Chỉ tiêu", report.period.label]
    if before is not None and report.previous is not None:
        heads += [report.previous.label, "So với cùng kỳ"]
    data: list[list[Any]] = [[_cell(h, True) for h in heads]]
    for i, f in enumerate(FIGURES, start=1):
        row = [str(i), _cell(f"{f.label} ({'triệu đồng' if f.money else f.unit})"),
               value(f.code, now[f.code])]
        if before is not None:
            row += [value(f.code, before[f.code]), change_words(now[f.code], before[f.code])]
        data.append(row)
    first = 12 * mm
    rest = (width - first) * (0.40 if before is not None else 0.7)
    cols = [first, rest] + [(width - first - rest) / (len(heads) - 2)] * (len(heads) - 2)
    return _grid(data, cols, bold_last=False)


def _group_table(table: GroupTable, width: float, limit: int | None = None) -> Table:
    heads = ["STT", table.title.replace("Theo ", "").capitalize(),
             *(f"{BY_CODE[c].label.lstrip('— ')}" for c in TABLE_FIGURES)]
    data: list[list[Any]] = [[_cell(h, True, 9) for h in heads]]
    lines = table.lines if limit is None else table.lines[:limit]
    for i, line in enumerate(lines, start=1):
        data.append([str(i), _cell(line.label, size=9),
                     *(value(c, line.current[c]) for c in TABLE_FIGURES)])
    data.append(["", _cell("Tổng cộng", True, 9),
                 *(value(c, table.total.current[c]) for c in TABLE_FIGURES)])
    first, second = 10 * mm, 62 * mm
    rest = (width - first - second) / len(TABLE_FIGURES)
    return _grid(data, [first, second] + [rest] * len(TABLE_FIGURES))


def _forces_table(report: Report, width: float) -> Table:
    codes = ("vu_kiem_tra", "vu_xu_ly", "vu_khoi_to", "bi_can", "vu_xu_ly_hanh_chinh",
             "thu_nop_ngan_sach")
    data: list[list[Any]] = [[_cell(h, True, 9) for h in
                              ("STT", "Lực lượng", *(BY_CODE[c].label for c in codes), "Ghi chú")]]
    for i, force in enumerate(report.forces, start=1):
        figures = force.current or {}
        data.append([str(i), _cell(force.label, size=9),
                     *(value(c, int(figures.get(c, 0))) if force.current else "" for c in codes),
                     _cell(force.submitted or "Chưa gửi số liệu", size=9)])
    total = combined(report)
    data.append(["", _cell("Tổng cộng", True, 9), *(value(c, total[c]) for c in codes), ""])
    first, second, last = 10 * mm, 55 * mm, 45 * mm
    rest = (width - first - second - last) / len(codes)
    return _grid(data, [first, second] + [rest] * len(codes) + [last])


def _bar_fonts(chart: Any) -> None:
    """Vietnamese labels, and a whole-number scale (at least 0–5 when every bar is 0)."""
    top = max((v for series in chart.data for v in series), default=0)
    chart.valueAxis.valueMax = max(5, top + top // 10 + 1)
    chart.valueAxis.valueStep = max(1, chart.valueAxis.valueMax // 5)
    chart.valueAxis.labelTextFormat = lambda v: count(int(v))
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName = REGULAR
        labels.fontSize = 9


def _group_chart(report: Report, width: float) -> Drawing:
    lines = [line for line in report.tables["group"].lines if line.key != ("",)]
    names = [catalog.group_name(line.key[0]) for line in lines] or ["—"]
    current = [line.current["vu_xu_ly"] for line in lines] or [0]
    drawing = Drawing(width, 70 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 20 * mm, 12 * mm, width - 80 * mm, 52 * mm
    data = [current]
    if report.previous is not None:
        data.append([(line.previous or {}).get("vu_xu_ly", 0) for line in lines] or [0])
    chart.data = data
    chart.categoryAxis.categoryNames = names
    chart.valueAxis.valueMin = 0
    _bar_fonts(chart)
    for i, colour in enumerate(SERIES[:len(data)]):
        chart.bars[i].fillColor = colour
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 55 * mm, 50 * mm
    legend.fontName, legend.fontSize = REGULAR, 9
    legend.colorNamePairs = [(SERIES[0], report.period.label)] + (
        [(SERIES[1], report.previous.label)] if report.previous is not None else [])
    drawing.add(legend)
    return drawing


def _goods_chart(goods: list[Any], width: float) -> Drawing:
    height = 14 * mm + 8 * mm * len(goods)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 70 * mm, 8 * mm
    chart.width, chart.height = width - 90 * mm, height - 14 * mm
    chart.data = [[g.current["vu_xu_ly"] or g.current["vu_vi_pham"] for g in reversed(goods)]]
    chart.categoryAxis.categoryNames = [g.label[:45] for g in reversed(goods)]
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = SERIES[0]
    _bar_fonts(chart)
    drawing.add(chart)
    drawing.add(String(chart.x + chart.width, 2, "vụ", fontName=ITALIC, fontSize=9))
    return drawing
