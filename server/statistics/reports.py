"""The province's reports: every unit's cases (or one unit's), and the combined report of
the Ban Chỉ đạo 389 with a row per force (QLTT from the records, the other members from
what they submitted); frozen once submitted, a correction being a new version."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationFailed
from app.statistics import catalog
from app.statistics.facts import QLTT
from app.statistics.figures import BY_CODE, MEMBER_FIGURES
from app.statistics.periods import Period, ReportCalendar
from app.statistics.report import ForceLine, Report, Scope, build_report, figures_json
from app.statistics.wording import count, million_dong
from server.models import Unit
from server.statistics import members
from server.statistics.models import FrozenReport

PROVINCE = "province"


def _province_name(code: str) -> str:
    provinces = {i["code"]: i["name"] for i in catalog._read("provinces")["items"]}
    return provinces.get(code, "")


def scope(session: Session, unit_code: str | None = None, combined: bool = False) -> Scope:
    """Every unit of the province, or the unit ``unit_code``; ``combined``: the Ban Chỉ đạo
    389's report with the member agencies."""
    units = list(session.scalars(select(Unit).order_by(Unit.code)))
    names = {u.id: u.name for u in units}
    if unit_code:
        unit = next((u for u in units if u.code == unit_code), None)
        if unit is None:
            raise NotFound(f"Không có đơn vị {unit_code}.")
        return Scope(unit.name, unit.parent_name, _province_name(unit.province_code), names,
                     (unit.id,))
    province = _province_name(units[0].province_code) if units else ""
    place = province or ""
    if combined:
        return Scope(f"Ban Chỉ đạo 389 tỉnh {province}".strip(),
                     f"Ủy ban nhân dân tỉnh {province}".strip(), place, names, None, "BC-BCĐ389")
    agency = next((u.parent_name for u in units if u.parent_name),
                  f"Chi cục Quản lý thị trường tỉnh {province}".strip())
    return Scope(agency, f"Sở Công Thương tỉnh {province}".strip(), place, names, None)


def _figures(row: members.MemberReport | None) -> dict[str, int] | None:
    if row is None:
        return None
    data = json.loads(row.figures)
    out = {code: int(data.get(code, 0)) for code in MEMBER_FIGURES}
    out["vu_xu_ly"] = out["vu_khoi_to"] + out["vu_xu_ly_hanh_chinh"]
    return out


def province_report(session: Session, period: Period, *, cal: ReportCalendar,
                    compare: bool = False, unit_code: str | None = None,
                    combined: bool = False, with_cases: bool = False) -> Report:
    report = build_report(session, scope(session, unit_code, combined), period, compare=compare,
                          calendar=cal, with_cases=with_cases)
    if combined:
        now = members.submitted(session, period.key)
        before = members.submitted(session, report.previous.key) if report.previous else {}
        report.forces = [ForceLine(QLTT, catalog.force_name(QLTT), report.total.current,
                                   report.total.previous, "Số liệu từ hồ sơ vụ việc (Thực Địa)")]
        for code, name in members.member_forces():
            row = now.get(code)
            report.forces.append(ForceLine(
                code, row.agency if row else name, _figures(row),
                _figures(before.get(code)) if report.previous else None,
                f"{row.submitted_by}, bản {row.version}" if row else ""))
    return report


# --- frozen reports ----------------------------------------------------------------------------


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _lines(figures: dict) -> dict[str, int]:
    out = {f"total.{k}": v for k, v in figures["total"]["current"].items()}
    for force in figures.get("forces", []):
        for k, v in (force.get("current") or {}).items():
            out[f"{force['force']}.{k}"] = v
    return out


def _what_changed(before: dict, after: dict) -> list[str]:
    old, new = _lines(before), _lines(after)
    words = []
    for key in sorted(set(old) | set(new)):
        if old.get(key, 0) != new.get(key, 0):
            who, code = key.split(".", 1)
            f = BY_CODE.get(code)
            if f is None:
                continue
            shown = million_dong if f.money else count
            prefix = "" if who == "total" else f"{catalog.force_name(who)} — "
            words.append(f"{prefix}{f.label}: {shown(old.get(key, 0))} → {shown(new.get(key, 0))}")
    return words


@dataclass(frozen=True)
class Frozen:
    row: FrozenReport

    def intact(self) -> bool:
        """The stored files and figures still hash to what was frozen."""
        r = self.row
        return (_sha(r.xlsx) == r.xlsx_sha256 and _sha(r.pdf) == r.pdf_sha256
                and _sha(r.figures.encode()) == r.figures_sha256)


def freeze(session: Session, report: Report, xlsx: bytes, pdf: bytes, by: str,
           scope_code: str = PROVINCE, reason: str = "", now: datetime | None = None) -> FrozenReport:
    """Keep a submitted report as it was sent: its figures, its files and their hashes. A
    later one for the same scope and period is a new version that lists what changed and
    needs a reason; the same figures again are refused."""
    from app.statistics.summary import summary

    if not by.strip():
        raise ValidationFailed({"by": "Ghi người gửi báo cáo."})
    figures = figures_json(report)
    text = json.dumps(figures, ensure_ascii=False, sort_keys=True)
    before = session.scalar(select(FrozenReport).where(
        FrozenReport.scope == scope_code, FrozenReport.period_key == report.period.key)
        .order_by(FrozenReport.version.desc()).limit(1))
    changes: list[str] = []
    if before is not None:
        changes = _what_changed(json.loads(before.figures), figures)
        if not changes:
            raise ValidationFailed({"figures": f"Số liệu giống bản {before.version} đã gửi; "
                                               "không cần lập bản mới."})
        if not reason.strip():
            raise ValidationFailed({"reason": "Bản sửa đổi cần ghi lý do sửa."})
    row = FrozenReport(
        scope=scope_code, period_key=report.period.key, period_start=report.period.start,
        period_end=report.period.end, version=(before.version + 1) if before else 1,
        figures=text, summary=summary(report), figures_sha256=_sha(text.encode()),
        xlsx=xlsx, xlsx_sha256=_sha(xlsx), pdf=pdf, pdf_sha256=_sha(pdf),
        submitted_by=by.strip(), reason=reason.strip(), changes="\n".join(changes))
    if now is not None:
        row.submitted_at = now
    session.add(row)
    session.flush()
    return row


def versions(session: Session, period_key: str, scope_code: str = PROVINCE) -> list[FrozenReport]:
    return list(session.scalars(select(FrozenReport).where(
        FrozenReport.scope == scope_code, FrozenReport.period_key == period_key)
        .order_by(FrozenReport.version)))
