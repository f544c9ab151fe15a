"""The report as an Excel workbook (xlsxwriter), laid out as the offices lay it out:

- "Tổng hợp": the quarterly table of REPORTS.md — a row per unit with a "Vụ" line (cases
  handled) and a "Tiền" line (money paid to the budget), columns by violation group and
  subgroup under merged headers, then tax arrears, sales of confiscated goods and joint
  inspections, and the "Tổng cộng" rows;
- "So sánh cùng kỳ": every figure against the same period last year, the change in words;
- a sheet per grouping (unit, force, violation group, subgroup, goods, commune) with its
  total row and a native column chart;
- "Lực lượng" on a combined report (a row per member agency);
- "Tin báo"; "Danh sách vụ việc": the cases behind the figures.

Counts are whole numbers ("#,##0"); money cells hold exact đồng and show triệu đồng with
three decimals (the format's ",," divides by a million), so a sum in Excel stays exact.
Excel shows the separators of the reader's Windows (Vietnamese: "24.917,228").
"""

from __future__ import annotations

import io
from typing import Any

import xlsxwriter

from app.statistics import catalog
from app.statistics.figures import BY_CODE, FIGURES
from app.statistics.report import GroupTable, Line, Report
from app.statistics.summary import combined, combined_previous, summary
from app.statistics.wording import change_ratio, change_words

COUNT_FORMAT = "#,##0"
MONEY_FORMAT = "#,##0.000,,"  # đồng shown in triệu đồng
PERCENT_FORMAT = '0.00" %"'
SHEET_COLUMNS = ("vu_kiem_tra", "vu_vi_pham", "doi_tuong", "vu_xu_ly", "vu_xu_ly_hanh_chinh",
                 "vu_khoi_to", "bi_can", "vu_chuyen_dieu_tra", "vu_tra_lai",
                 "tien_phat_quyet_dinh", "thu_nop_ngan_sach", "tri_gia_tam_giu",
                 "tri_gia_tich_thu")
MATRIX_EXTRA = (("truy_thu_thue", "Phạt và truy thu thuế"),
                ("tien_ban_tich_thu", "Bán hàng tịch thu"),
                ("vu_lien_nganh", "Phối hợp kiểm tra liên ngành"))


def header_text(code: str) -> str:
    f = BY_CODE[code]
    unit = "triệu đồng" if f.money else f.unit
    return f"{f.label.lstrip('— ').capitalize()} ({unit})"


class _Formats:
    def __init__(self, book: Any) -> None:
        base = {"font_name": "Times New Roman", "font_size": 12, "valign": "vcenter"}
        border = {**base, "border": 1}

        def fmt(**kw: Any) -> Any:
            return book.add_format({**border, **kw})

        self.title = book.add_format({**base, "bold": True, "font_size": 14, "align": "center"})
        self.subtitle = book.add_format({**base, "italic": True, "align": "center"})
        self.text = book.add_format({**base, "text_wrap": True})
        self.head = fmt(bold=True, align="center", text_wrap=True, bg_color="#F2F2F2")
        self.cell = fmt(text_wrap=True)
        self.center = fmt(align="center")
        self.count = fmt(num_format=COUNT_FORMAT)
        self.money = fmt(num_format=MONEY_FORMAT)
        self.percent = fmt(num_format=PERCENT_FORMAT)
        self.date = fmt(num_format="dd/mm/yyyy", align="center")
        self.bold_cell = fmt(bold=True, text_wrap=True)
        self.bold_count = fmt(bold=True, num_format=COUNT_FORMAT)
        self.bold_money = fmt(bold=True, num_format=MONEY_FORMAT)

    def number(self, code: str, bold: bool = False) -> Any:
        if BY_CODE[code].money:
            return self.bold_money if bold else self.money
        return self.bold_count if bold else self.count


def write_xlsx(report: Report) -> bytes:
    """The workbook's bytes."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False})
    book.set_properties({"title": f"Báo cáo {report.period.label}", "author": report.scope.agency,
                         "created": report.made_at.replace(tzinfo=None)})
    f = _Formats(book)
    _matrix(book, f, report)
    if report.previous is not None:
        _compare(book, f, report)
    if report.forces:
        _forces(book, f, report)
    for table in report.tables.values():
        _grouping(book, f, report, table)
    _tips(book, f, report)
    if report.cases is not None:
        _cases(book, f, report)
    book.close()
    return out.getvalue()


def _title(ws: Any, f: _Formats, report: Report, title: str, width: int) -> int:
    ws.merge_range(0, 0, 0, width - 1, report.scope.parent.upper(), f.subtitle)
    ws.merge_range(1, 0, 1, width - 1, report.scope.agency.upper(), f.title)
    ws.merge_range(3, 0, 3, width - 1, title.upper(), f.title)
    ws.merge_range(4, 0, 4, width - 1, f"(Kèm theo Báo cáo số …/{report.scope.symbol} ngày … "
                   f"tháng … năm …) — {report.period.label}, từ ngày "
                   f"{report.period.start:%d/%m/%Y} đến ngày {report.period.end:%d/%m/%Y}",
                   f.subtitle)
    ws.merge_range(5, 0, 5, width - 1, "Đơn vị tính: vụ; tiền: triệu đồng", f.subtitle)
    return 7


def _matrix(book: Any, f: _Formats, report: Report) -> None:
    """The quarterly table: units × violation subgroups, a "Vụ" and a "Tiền" line each."""
    ws = book.add_worksheet("Tổng hợp")
    subs = catalog.subgroups()
    width = 4 + len(subs) + len(MATRIX_EXTRA)
    row = _title(ws, f, report, f"Kết quả kiểm tra, xử lý {report.period.label}", width)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 30)
    ws.set_column(2, 2, 7)
    ws.set_column(3, width - 1, 12)
    for col, text in ((0, "STT"), (1, "Đơn vị"), (2, "Nội dung"),
                      (3, "Tổng số vụ xử lý / thu nộp ngân sách")):
        ws.merge_range(row, col, row + 1, col, text, f.head)
    col = 4
    for code, name in catalog.groups():
        members = [s for s in subs if s.group == code]
        if len(members) == 1:
            ws.merge_range(row, col, row + 1, col, name, f.head)
        else:
            ws.merge_range(row, col, row, col + len(members) - 1, name, f.head)
            for i, s in enumerate(members):
                ws.write(row + 1, col + i, s.name, f.head)
        col += len(members)
    for i, (_, name) in enumerate(MATRIX_EXTRA):
        ws.merge_range(row, col + i, row + 1, col + i, name, f.head)
    ws.set_row(row + 1, 48)
    for c in range(width):
        ws.write(row + 2, c, f"({c + 1})", f.center)
    row += 3
    units = report.tables.get("unit")
    lines = units.lines if units is not None else []
    for i, line in enumerate(lines, start=1):
        cells = {k[1]: v for k, v in report.matrix.items() if k[0] == line.key[0]}
        row = _matrix_rows(ws, f, row, str(i), line.label, line.current, cells, subs)
    totals: dict[str, dict[str, int]] = {}
    for (_, sub), values in report.matrix.items():
        acc = totals.setdefault(sub, {"vu_xu_ly": 0, "thu_nop_ngan_sach": 0})
        acc["vu_xu_ly"] += values["vu_xu_ly"]
        acc["thu_nop_ngan_sach"] += values["thu_nop_ngan_sach"]
    _matrix_rows(ws, f, row, "", "Tổng cộng", report.total.current, totals, subs, bold=True)
    ws.freeze_panes(10, 3)
    ws.write(row + 3, 1, summary(report), f.text)


def _matrix_rows(ws: Any, f: _Formats, row: int, number: str, name: str,
                 whole: dict[str, int], cells: dict[str, dict[str, int]], subs: Any,
                 bold: bool = False) -> int:
    ws.merge_range(row, 0, row + 1, 0, number, f.center)
    ws.merge_range(row, 1, row + 1, 1, name, f.bold_cell if bold else f.cell)
    ws.write(row, 2, "Vụ", f.center)
    ws.write(row + 1, 2, "Tiền", f.center)
    count, money = (f.bold_count, f.bold_money) if bold else (f.count, f.money)
    ws.write_number(row, 3, whole["vu_xu_ly"], count)
    ws.write_number(row + 1, 3, whole["thu_nop_ngan_sach"], money)
    for i, s in enumerate(subs):
        cell = cells.get(s.code, {})
        ws.write_number(row, 4 + i, cell.get("vu_xu_ly", 0), count)
        ws.write_number(row + 1, 4 + i, cell.get("thu_nop_ngan_sach", 0), money)
    col = 4 + len(subs)
    ws.write_blank(row, col, None, count)
    ws.write_number(row + 1, col, whole["truy_thu_thue"], money)
    ws.write_blank(row, col + 1, None, count)
    ws.write_number(row + 1, col + 1, whole["tien_ban_tich_thu"], money)
    ws.write_number(row, col + 2, whole["vu_lien_nganh"], count)
    ws.write_blank(row + 1, col + 2, None, money)
    return row + 2


def _compare(book: Any, f: _Formats, report: Report) -> None:
    assert report.previous is not None
    ws = book.add_worksheet("So sánh cùng kỳ")
    row = _title(ws, f, report, f"So sánh {report.period.label} với cùng kỳ", 7)
    heads = ("STT", "Chỉ tiêu", "Đơn vị tính", report.period.label, report.previous.label,
             "Tăng (+), giảm (−)", "Tỷ lệ tăng, giảm (%)", "So với cùng kỳ")
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 46)
    ws.set_column(2, 7, 15)
    for c, text in enumerate(heads):
        ws.write(row, c, text, f.head)
    now, before = combined(report), combined_previous(report) or {}
    for i, fig in enumerate(FIGURES, start=1):
        r = row + i
        cur, prev = now[fig.code], before.get(fig.code, 0)
        fmt = f.number(fig.code)
        ws.write_number(r, 0, i, f.center)
        ws.write(r, 1, fig.label, f.cell)
        ws.write(r, 2, "triệu đồng" if fig.money else fig.unit, f.center)
        ws.write_number(r, 3, cur, fmt)
        ws.write_number(r, 4, prev, fmt)
        ws.write_number(r, 5, cur - prev, fmt)
        ratio = change_ratio(cur, prev)
        if ratio is None:
            ws.write_blank(r, 6, None, f.percent)
        else:
            ws.write_number(r, 6, float(round(ratio, 2)), f.percent)
        ws.write(r, 7, change_words(cur, prev), f.cell)
    ws.freeze_panes(row + 1, 2)


def _forces(book: Any, f: _Formats, report: Report) -> None:
    ws = book.add_worksheet("Lực lượng")
    codes = ("vu_kiem_tra", "vu_xu_ly", "vu_khoi_to", "bi_can", "vu_xu_ly_hanh_chinh",
             "tien_phat_quyet_dinh", "thu_nop_ngan_sach", "tri_gia_tich_thu")
    row = _title(ws, f, report, "Kết quả của các lực lượng thành viên Ban Chỉ đạo 389", len(codes) + 3)
    ws.set_column(1, 1, 32)
    ws.set_column(2, len(codes) + 2, 14)
    for c, text in enumerate(("STT", "Lực lượng", *map(header_text, codes), "Ghi chú")):
        ws.write(row, c, text, f.head)
    for i, force in enumerate(report.forces, start=1):
        r = row + i
        ws.write_number(r, 0, i, f.center)
        ws.write(r, 1, force.label, f.cell)
        for c, code in enumerate(codes, start=2):
            if force.current is None:
                ws.write_blank(r, c, None, f.number(code))
            else:
                ws.write_number(r, c, int(force.current.get(code, 0)), f.number(code))
        ws.write(r, len(codes) + 2, force.submitted or "Chưa gửi số liệu", f.cell)
    total = combined(report)
    r = row + len(report.forces) + 1
    ws.write(r, 1, "Tổng cộng", f.bold_cell)
    for c, code in enumerate(codes, start=2):
        ws.write_number(r, c, total[code], f.number(code, bold=True))


def _grouping(book: Any, f: _Formats, report: Report, table: GroupTable) -> None:
    ws = book.add_worksheet(table.title)
    compare = report.previous is not None
    extra = ("vu_xu_ly", "thu_nop_ngan_sach") if compare else ()
    width = 2 + len(SHEET_COLUMNS) + 2 * len(extra)
    row = _title(ws, f, report, f"Kết quả {table.title.lower()} — {report.period.label}", width)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 34)
    ws.set_column(2, width - 1, 13)
    heads = ["STT", table.title.replace("Theo ", "").capitalize(), *map(header_text, SHEET_COLUMNS)]
    for code in extra:
        heads += [f"{header_text(code)} cùng kỳ", f"{BY_CODE[code].label} so với cùng kỳ"]
    for c, text in enumerate(heads):
        ws.write(row, c, text, f.head)
    ws.set_row(row, 64)
    first = row + 1
    for i, line in enumerate([*table.lines, table.total], start=1):
        r = row + i
        total = line is table.total
        ws.write(r, 0, "" if total else i, f.center)
        ws.write(r, 1, line.label, f.bold_cell if total else f.cell)
        for c, code in enumerate(SHEET_COLUMNS, start=2):
            if code in line.current:
                ws.write_number(r, c, line.current[code], f.number(code, total))
            else:  # đối tượng: given in total, by unit and by force only (engine)
                ws.write(r, c, "—", f.center)
        c = 2 + len(SHEET_COLUMNS)
        for code in extra:
            prev = (line.previous or {}).get(code, 0)
            ws.write_number(r, c, prev, f.number(code, total))
            ws.write(r, c + 1, change_words(line.current[code], prev), f.cell)
            c += 2
    last = row + len(table.lines)
    if table.lines:
        _chart(book, ws, table.title, first, last, row + len(table.lines) + 3, compare, width)


def _chart(book: Any, ws: Any, title: str, first: int, last: int, at: int, compare: bool,
           width: int) -> None:
    """A column chart of the cases handled by row (and last year's, when compared)."""
    name = ws.get_name()
    chart = book.add_chart({"type": "column"})
    handled = 2 + SHEET_COLUMNS.index("vu_xu_ly")
    chart.add_series({"name": "Vụ xử lý", "categories": [name, first, 1, last, 1],
                      "values": [name, first, handled, last, handled]})
    if compare:
        prev_col = 2 + len(SHEET_COLUMNS)
        chart.add_series({"name": "Vụ xử lý cùng kỳ", "categories": [name, first, 1, last, 1],
                          "values": [name, first, prev_col, last, prev_col]})
    found = 2 + SHEET_COLUMNS.index("vu_vi_pham")
    chart.add_series({"name": "Vụ phát hiện vi phạm", "categories": [name, first, 1, last, 1],
                      "values": [name, first, found, last, found]})
    chart.set_title({"name": f"Số vụ {title.lower()}"})
    chart.set_y_axis({"num_format": COUNT_FORMAT})
    chart.set_size({"width": 860, "height": 360})
    ws.insert_chart(at, 1, chart)


def _tips(book: Any, f: _Formats, report: Report) -> None:
    ws = book.add_worksheet("Tin báo")
    row = _title(ws, f, report, "Tiếp nhận, xử lý tin báo", 4)
    ws.set_column(1, 1, 50)
    ws.set_column(2, 3, 16)
    ws.write_row(row, 0, ("STT", "Chỉ tiêu", report.period.label,
                          report.previous.label if report.previous else ""), f.head)
    now, before = report.tips.current, report.tips.previous
    lines: list[tuple[str, Any, Any]] = [
        ("Tin báo tiếp nhận", now.received, before.received if before else None),
        ("Tin báo đã xử lý xong", now.handled, before.handled if before else None),
        ("Tin báo có vụ việc (xác minh đúng)", now.confirmed, before.confirmed if before else None),
        ("Số ngày bình quân từ tiếp nhận đến kiểm tra", now.average_days,
         before.average_days if before else None),
    ]
    for i, (text, a, b) in enumerate(lines, start=1):
        ws.write_number(row + i, 0, i, f.center)
        ws.write(row + i, 1, text, f.cell)
        for c, v in ((2, a), (3, b)):
            if v is None:
                ws.write_blank(row + i, c, None, f.count)
            else:
                ws.write_number(row + i, c, float(v), f.count if i < 4 else f.cell)


def _cases(book: Any, f: _Formats, report: Report) -> None:
    ws = book.add_worksheet("Danh sách vụ việc")
    heads = ("STT", "Ngày kiểm tra", "Đơn vị", "Đối tượng", "Địa điểm", "Địa bàn",
             "Hành vi vi phạm", "Mặt hàng", "Kết quả xử lý", "Tiền phạt theo quyết định (triệu đồng)",
             "Thu nộp ngân sách (triệu đồng)", "Mã vụ việc")
    row = _title(ws, f, report, "Danh sách vụ việc", len(heads))
    for c, width in enumerate((5, 12, 28, 28, 34, 22, 26, 24, 16, 14, 14, 38)):
        ws.set_column(c, c, width)
    ws.write_row(row, 0, heads, f.head)
    assert report.cases is not None
    for i, case in enumerate(report.cases, start=1):
        r = row + i
        ws.write_number(r, 0, i, f.center)
        if case.found_on is not None:
            ws.write_datetime(r, 1, case.found_on, f.date)
        else:
            ws.write_blank(r, 1, None, f.date)
        ws.write(r, 2, report.scope.unit_name(str(case.unit_id) if case.unit_id else ""), f.cell)
        ws.write(r, 3, case.subject_name, f.cell)
        ws.write(r, 4, case.place, f.cell)
        ws.write(r, 5, case.commune if case.commune_code else "", f.cell)
        ws.write(r, 6, case.subgroup if case.violation_kind else "", f.cell)
        ws.write(r, 7, case.goods if case.goods_category else "", f.cell)
        ws.write(r, 8, case.outcome, f.cell)
        ws.write_number(r, 9, case.fine_decided, f.money)
        ws.write_number(r, 10, case.budget_paid, f.money)
        ws.write(r, 11, str(case.case_id), f.cell)
    ws.autofilter(row, 0, row + len(report.cases), len(heads) - 1)
    ws.freeze_panes(row + 1, 0)


def lines_of(table: GroupTable) -> list[Line]:
    return [*table.lines, table.total]
