"""The dashboard and reports of the console: the figures of issue #12 for a period (a TT 55
period, a custom range, the Tết campaign) against the same period last year, from the
statistics engine and its report (app.statistics, server.statistics.reports: nothing
counted here), in the viewer's scope — the province for the BCĐ 389's standing office,
the leaders and the viewers (one unit when they choose it, the combined report with the
member agencies for those who read their figures), a team its own unit.

Each figure opens into the case list filtered to the cases behind it
(server.console.cases.FigureCases); a submitted report is frozen with its files and their
hash (server.statistics.reports.freeze), a correction being a new version.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationFailed
from app.statistics import periods as P
from app.statistics.figures import BY_CODE, FIGURES
from app.statistics.periods import Period, ReportCalendar, parse_period
from app.statistics.report import Line, Report
from app.statistics.wording import change_words, count, million_dong, millions
from server.console import audit, charts
from server.console.scope import Viewer, report_units
from server.errors import Forbidden
from server.models import Unit
from server.statistics import reports
from server.statistics.models import FrozenReport

KINDS = {
    "tuan": "Tuần (thứ Năm – thứ Tư)", "thang": "Tháng", "quy": "Quý", "6thang": "6 tháng đầu năm",
    "9thang": "9 tháng đầu năm", "10thang": "10 tháng đầu năm", "nam": "Năm",
    "tudaunam": "Từ đầu năm đến ngày", "tet": "Cao điểm Tết", "tu": "Tùy chọn",
}
FIELDS_OF = {"tuan": "ngay", "thang": "nam thang", "quy": "nam quy", "6thang": "nam",
             "9thang": "nam", "10thang": "nam", "nam": "nam", "tudaunam": "ngay",
             "tet": "nam tet", "tu": "tu den"}
"""The fields each kind of period reads (the page shows only those when scripts run)."""
TET_PARTS = {"": "Cả đợt cao điểm", "truoc": "Trước Tết", "trong": "Trong Tết", "sau": "Sau Tết"}
TILES = ("vu_kiem_tra", "vu_vi_pham", "vu_xu_ly_hanh_chinh", "vu_khoi_to", "bi_can",
         "thu_nop_ngan_sach", "tri_gia_tich_thu")
TABLE_FIGURES = {"vu_kiem_tra": "Vụ kiểm tra", "vu_vi_pham": "Vụ vi phạm", "vu_xu_ly": "Vụ xử lý",
                 "vu_khoi_to": "Khởi tố", "vu_xu_ly_hanh_chinh": "Xử lý hành chính",
                 "thu_nop_ngan_sach": "Thu nộp NS (triệu đồng)"}
TABLES = ("unit", "group", "goods", "commune")


@dataclass(frozen=True)
class ReportScope:
    """Whose figures: the province (``unit_code`` None) or one unit, combined with the
    member agencies or not; ``code`` names the frozen report's scope."""

    unit_code: str | None
    unit_name: str
    combined: bool

    @property
    def code(self) -> str:
        return self.unit_code or ("bcd389" if self.combined else reports.PROVINCE)


def scope_of(session: Session, viewer: Viewer, unit_code: str = "",
             combined: bool = False) -> ReportScope:
    """The scope a viewer asked for, within what its role reads (server.console.scope)."""
    viewer.require("reports.read")
    units = report_units(viewer)
    if units is not None:  # a team: its own unit, whatever was asked
        if not units:
            raise Forbidden("Vai trò của bạn không có đơn vị để báo cáo.", "No unit in scope.")
        unit = session.get(Unit, units[0])
        assert unit is not None
        return ReportScope(unit.code, unit.name, False)
    if unit_code:
        unit = session.scalar(select(Unit).where(Unit.code == unit_code))
        if unit is None:
            raise NotFound(f"Không có đơn vị {unit_code}.")
        return ReportScope(unit.code, unit.name, False)
    return ReportScope(None, "", combined and viewer.can("members.read"))


def period_of(cal: ReportCalendar, q: Mapping[str, str], today: date) -> Period:
    """The period the form chose (``ky``, a period's key, wins); year to date by default."""
    if q.get("ky"):
        return parse_period(cal, q["ky"])
    kind = q.get("loai") or "tudaunam"
    year = q.get("nam") or str(today.year)
    try:
        if kind == "tuan":
            return P.week(date.fromisoformat(q.get("ngay") or today.isoformat()))
        if kind == "tudaunam":
            return P.year_to_date(cal, date.fromisoformat(q.get("ngay") or today.isoformat()))
        if kind == "tu":
            start, end = q.get("tu", ""), q.get("den", "")
            if not start or not end:
                raise ValidationFailed({"tu": "Chọn từ ngày và đến ngày."})
            return P.custom(date.fromisoformat(start), date.fromisoformat(end))
    except ValueError:
        raise ValidationFailed({"ngay": "Ngày không hợp lệ."}) from None
    keys = {"thang": f"thang:{year}-{int(q.get('thang') or today.month):02d}",
            "quy": f"quy:{year}-{q.get('quy') or (today.month - 1) // 3 + 1}",
            "nam": f"nam:{year}", "tet": f"tet:{year}" + (f":{q['tet']}" if q.get("tet") else "")}
    key = keys.get(kind) or (f"{kind}:{year}" if kind in KINDS else "")
    if not key:
        raise ValidationFailed({"loai": "Chọn loại kỳ báo cáo."})
    return parse_period(cal, key)


def build(session: Session, scope: ReportScope, period: Period, cal: ReportCalendar,
          with_cases: bool = False) -> Report:
    return reports.province_report(session, period, cal=cal, compare=True,
                                   unit_code=scope.unit_code, combined=scope.combined,
                                   with_cases=with_cases)


# --- what the page shows --------------------------------------------------------------------


def shown(code: str, value: int) -> str:
    f = BY_CODE[code]
    return million_dong(value) if f.money else f"{count(value)} {f.unit}"


def cases_href(period: Period, figure: str | None = None, **where: str) -> str:
    """The case list filtered to the cases behind a figure."""
    params: list[tuple[str, str]] = [("ky", period.key)]
    if figure:
        params.append(("chi_tieu", figure))
    params += [("theo", f"{dim}:{value}") for dim, value in where.items()]
    return "/ho-so?" + urlencode(params)


@dataclass(frozen=True)
class FigureRow:
    code: str
    label: str
    current: str
    previous: str
    change: str
    href: str
    rising: bool | None

    @property
    def number(self) -> str:
        """The value without its unit ("9,000" of "9,000 triệu đồng")."""
        return self.current.split(" ", 1)[0]

    @property
    def unit(self) -> str:
        return self.current.split(" ", 1)[1] if " " in self.current else ""


def figure_rows(report: Report, codes: tuple[str, ...] | None = None) -> list[FigureRow]:
    line = report.total
    out = []
    for f in FIGURES:
        if codes is not None and f.code not in codes:
            continue
        now = line.current[f.code]
        before = line.previous[f.code] if line.previous is not None else None
        out.append(FigureRow(
            f.code, f.label, shown(f.code, now), "" if before is None else shown(f.code, before),
            "" if before is None else change_words(now, before), cases_href(report.period, f.code),
            None if before is None or now == before else now > before))
    return out


_DIM = {"unit": "unit_id", "group": "group", "goods": "goods_category", "commune": "commune_code",
        "subgroup": "subgroup", "force": "force"}


def line_href(report: Report, table: str, ln: Line, figure: str | None = None) -> str:
    if not ln.key:
        return cases_href(report.period, figure)
    return cases_href(report.period, figure, **{_DIM[table]: ln.key[0]})


def chart(report: Report, table: str, figure: str, title: str, limit: int = 10) -> Any:
    t = report.tables.get(table)
    if t is None:
        return ""
    lines = [ln for ln in t.lines if ln.current.get(figure) or (ln.previous or {}).get(figure)]
    lines.sort(key=lambda ln: -ln.current.get(figure, 0))
    money = BY_CODE[figure].money
    rows = [charts.Bar(ln.label, ln.current.get(figure, 0),
                       ln.previous.get(figure, 0) if ln.previous is not None else None,
                       line_href(report, table, ln, figure)) for ln in lines[:limit]]
    words = (f"Cùng kỳ {report.previous.start.year}" if report.previous is not None and
             report.previous.start.year == report.previous.end.year else "Cùng kỳ năm trước")
    return charts.bars(title, rows, (lambda v: f"{millions(v)} tr.đ") if money
                       else (lambda v: f"{count(v)} {BY_CODE[figure].unit}"),
                       f"bieu-do-{table}-{figure}", words)


# --- submitting (freezing) and the frozen versions -----------------------------------------------


def submit(session: Session, viewer: Viewer, scope: ReportScope, report: Report, xlsx: bytes,
           pdf: bytes, reason: str) -> FrozenReport:
    viewer.require("reports.submit")
    row = reports.freeze(session, report, xlsx, pdf, viewer.full_name or viewer.username,
                         scope.code, reason)
    audit.record(session, viewer, "report_submitted", target_id=row.id,
                 detail=f"{report.period.label}, bản {row.version} ({scope.code})",
                 reason=reason.strip())
    return row


def versions(session: Session, scope: ReportScope, period: Period) -> list[FrozenReport]:
    return reports.versions(session, period.key, scope.code)


def frozen(session: Session, viewer: Viewer, report_id: uuid.UUID) -> FrozenReport:
    """A frozen report the viewer may read: a team's own unit's, the province's for the
    province roles."""
    viewer.require("reports.read")
    row = session.get(FrozenReport, report_id)
    if row is None:
        raise NotFound("Không có bản báo cáo này.")
    units = report_units(viewer)
    if units is not None:
        unit = session.get(Unit, units[0]) if units else None
        if unit is None or row.scope != unit.code:
            raise NotFound("Không có bản báo cáo này.")
    return row


def form_values(period: Period) -> dict[str, str]:
    """The period form's fields for a period (so the form shows what the page shows)."""
    kind, _, arg = period.key.partition(":")
    out = {"loai": kind, "nam": str(period.end.year)}
    if kind == "thang":
        y, m = arg.split("-")
        out |= {"nam": y, "thang": str(int(m))}
    elif kind == "quy":
        y, n = arg.split("-")
        out |= {"nam": y, "quy": n}
    elif kind in ("tuan", "tudaunam"):
        out["ngay"] = period.end.isoformat() if kind == "tudaunam" else period.start.isoformat()
    elif kind == "tu":
        out |= {"tu": period.start.isoformat(), "den": period.end.isoformat()}
    elif kind == "tet":
        y, _, part = arg.partition(":")
        out |= {"nam": y, "tet": part}
    elif kind.endswith("thang") or kind == "nam":
        out["nam"] = arg
    return out
