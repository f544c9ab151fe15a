"""The member agencies' figures (Công an, Hải quan, Bộ đội Biên phòng, Thuế, Kiểm lâm…):
the agencies that do not record their cases in Thực Địa submit their totals for a period,
through the console or by uploading the XLSX template the server gives them. Each
submission is kept; a correction is a new version that says what changed."""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationFailed
from app.statistics import catalog
from app.statistics.facts import QLTT
from app.statistics.figures import BY_CODE, MEMBER_FIGURES
from app.statistics.periods import Period, ReportCalendar, parse_period
from app.statistics.wording import count, million_dong
from server.statistics.models import MemberReport

SHEET = "Số liệu"
KEY_CELL = "B3"  # the period's key in the template (read back on upload)
FIRST_ROW = 6  # the first force's row counted from 0 (Excel's row 7)


def member_forces() -> list[tuple[str, str]]:
    """(code, name) of the forces that submit their own figures (every force but QLTT)."""
    return [(code, name) for code, name in catalog.forces() if code != QLTT]


def _clean(figures: Mapping[str, Any], errors: dict[str, str], where: str = "") -> dict[str, int]:
    out: dict[str, int] = {}
    for code in MEMBER_FIGURES:
        raw = figures.get(code, 0)
        if raw is None or raw == "":
            raw = 0
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if isinstance(raw, str) and raw.strip().replace(".", "").isdigit():
            raw = int(raw.strip().replace(".", ""))
        if not isinstance(raw, int) or isinstance(raw, bool) or raw < 0:
            unit = "số đồng" if BY_CODE[code].money else "số"
            errors[f"{where}{code}"] = (f"{BY_CODE[code].label}: phải là {unit} nguyên, không âm "
                                        f"(đã nhập «{raw}»).")
            continue
        out[code] = raw
    unknown = set(figures) - set(MEMBER_FIGURES)
    if unknown:
        errors[f"{where}figures"] = f"Chỉ tiêu không có trong mẫu: {', '.join(sorted(unknown))}."
    return out


def latest(session: Session, force: str, period_key: str) -> MemberReport | None:
    return session.scalar(select(MemberReport).where(
        MemberReport.force_code == force, MemberReport.period_key == period_key)
        .order_by(MemberReport.version.desc()).limit(1))


def _changes(before: dict[str, int], after: dict[str, int]) -> list[str]:
    def shown(code: str, v: int) -> str:
        return million_dong(v) if BY_CODE[code].money else count(v)

    return [f"{BY_CODE[c].label}: {shown(c, before.get(c, 0))} → {shown(c, after[c])}"
            for c in MEMBER_FIGURES if before.get(c, 0) != after[c]]


def submit(session: Session, force: str, period: Period, figures: Mapping[str, Any], by: str,
           agency: str = "", source: str = "console", reason: str = "") -> MemberReport:
    """Record a member agency's figures for ``period`` (a new version when it had sent
    some: the note says what changed). Nothing is written when a figure is refused."""
    errors: dict[str, str] = {}
    forces = dict(member_forces())
    if force not in forces:
        errors["force"] = ("Lực lượng Quản lý thị trường lấy số liệu từ Thực Địa, không nhập tay."
                           if force == QLTT else f"Không có lực lượng «{force}».")
    if not by.strip():
        errors["by"] = "Ghi người gửi số liệu."
    clean = _clean(figures, errors)
    if errors:
        raise ValidationFailed(errors)
    before = latest(session, force, period.key)
    note = ""
    if before is not None:
        changed = _changes(json.loads(before.figures), clean)
        if not changed:
            raise ValidationFailed({"figures": "Số liệu không thay đổi so với bản đã gửi."})
        note = "; ".join(changed) + (f". Lý do: {reason.strip()}" if reason.strip() else "")
    row = MemberReport(
        force_code=force, agency=agency.strip() or forces[force], period_key=period.key,
        period_start=period.start, period_end=period.end,
        version=(before.version + 1) if before else 1, figures=json.dumps(clean),
        source=source, submitted_by=by.strip(), change_note=note)
    session.add(row)
    session.flush()
    return row


def submitted(session: Session, period_key: str) -> dict[str, MemberReport]:
    """The latest version each force submitted for the period."""
    newest = (select(MemberReport.force_code, func.max(MemberReport.version).label("v"))
              .where(MemberReport.period_key == period_key)
              .group_by(MemberReport.force_code).subquery())
    rows = session.scalars(select(MemberReport).join(
        newest, (newest.c.force_code == MemberReport.force_code)
        & (newest.c.v == MemberReport.version))
        .where(MemberReport.period_key == period_key))
    return {r.force_code: r for r in rows}


# --- the XLSX template -------------------------------------------------------------------------


def template_xlsx(period: Period, forces: list[tuple[str, str]] | None = None) -> bytes:
    """The template a member agency fills in: a row per force (``forces``, every member
    force by default), a column per figure (money in whole đồng), the period's key kept in
    the sheet so the upload knows its period."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    ws = book.add_worksheet(SHEET)
    base = {"font_name": "Times New Roman", "font_size": 12}
    head = book.add_format({**base, "bold": True, "border": 1, "text_wrap": True,
                            "align": "center", "valign": "vcenter", "bg_color": "#F2F2F2"})
    title = book.add_format({**base, "bold": True, "font_size": 14})
    cell = book.add_format({**base, "border": 1})
    number = book.add_format({**base, "border": 1, "num_format": "#,##0", "locked": False})
    ws.write(0, 0, "SỐ LIỆU CỦA LỰC LƯỢNG THÀNH VIÊN BAN CHỈ ĐẠO 389", title)
    ws.write(1, 0, f"{period.label}, {period.range_words}", book.add_format({**base, "italic": True}))
    ws.write(2, 0, "Mã kỳ báo cáo (không sửa):", book.add_format(base))
    ws.write(2, 1, period.key, book.add_format({**base, "bold": True}))
    heads = ["Mã lực lượng", "Lực lượng", "Cơ quan báo cáo"] + [
        f"{BY_CODE[c].label} ({'đồng' if BY_CODE[c].money else BY_CODE[c].unit})"
        for c in MEMBER_FIGURES]
    ws.write_row(FIRST_ROW - 2, 0, heads, head)
    ws.write_row(FIRST_ROW - 1, 0, ["force", "", "agency", *MEMBER_FIGURES], cell)
    ws.set_row(FIRST_ROW - 1, None, None, {"hidden": True})
    ws.set_row(FIRST_ROW - 2, 60)
    ws.set_column(0, 0, 14)
    ws.set_column(1, 2, 28)
    ws.set_column(3, 3 + len(MEMBER_FIGURES), 18)
    for i, (code, name) in enumerate(member_forces() if forces is None else forces):
        r = FIRST_ROW + i
        ws.write(r, 0, code, cell)
        ws.write(r, 1, name, cell)
        ws.write_blank(r, 2, None, number)
        for c in range(len(MEMBER_FIGURES)):
            ws.write_blank(r, 3 + c, None, number)
    book.close()
    return out.getvalue()


@dataclass(frozen=True)
class Upload:
    period: Period
    rows: list[tuple[str, str, dict[str, Any]]]  # force, agency, figures as typed


def read_template(data: bytes, cal: ReportCalendar) -> Upload:
    """The figures of a filled-in template; a row left empty is not a submission. A cell
    that is not a whole number is refused naming the cell, nothing is kept."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=True)
    except Exception as exc:  # a file that is not a workbook: say so in words
        raise ValidationFailed({"file": "Tệp không phải bảng tính Excel (.xlsx) của mẫu."}) from exc
    if SHEET not in book.sheetnames:
        raise ValidationFailed({"file": f"Tệp không có trang «{SHEET}» của mẫu số liệu."})
    ws = book[SHEET]
    key = ws[KEY_CELL].value
    period = parse_period(cal, str(key or ""))
    rows: list[tuple[str, str, dict[str, Any]]] = []
    errors: dict[str, str] = {}
    for r, values in enumerate(ws.iter_rows(min_row=FIRST_ROW + 1, values_only=True),
                               start=FIRST_ROW + 1):
        if not values or not values[0]:
            continue
        figures = {code: values[3 + i] if len(values) > 3 + i else None
                   for i, code in enumerate(MEMBER_FIGURES)}
        if all(v in (None, "") for v in figures.values()):
            continue
        row_errors: dict[str, str] = {}
        _clean(figures, row_errors)
        for field, message in row_errors.items():
            col = 4 + MEMBER_FIGURES.index(field) if field in MEMBER_FIGURES else 1
            errors[f"{get_column_letter(col)}{r}"] = f"Ô {get_column_letter(col)}{r}: {message}"
        rows.append((str(values[0]).strip(), str(values[2] or "").strip(), figures))
    book.close()
    if errors:
        raise ValidationFailed(errors)
    if not rows:
        raise ValidationFailed({"file": "Mẫu chưa có số liệu nào."})
    return Upload(period, rows)


def import_template(session: Session, data: bytes, by: str, cal: ReportCalendar) -> list[MemberReport]:
    """Submit every filled-in row of an uploaded template (all or nothing)."""
    upload = read_template(data, cal)
    return [submit(session, force, upload.period, figures, by, agency, source="xlsx")
            for force, agency, figures in upload.rows]
