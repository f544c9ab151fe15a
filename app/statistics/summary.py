"""The summary paragraph of a report, written from its numbers in the reports' own words
(the Ban Chỉ đạo 389's "Từ ngày 17/5/2025 đến ngày 15/10/2025, … đã phát hiện và kiểm tra
898 vụ, trong đó số vụ khởi tố điều tra: 56 vụ, 76 bị can; Số vụ xử lý vi phạm hành chính:
842 vụ; Thu nộp ngân sách 24.917,228 triệu đồng")."""

from __future__ import annotations

from app.statistics.facts import QLTT
from app.statistics.figures import MEMBER_FIGURES
from app.statistics.periods import d
from app.statistics.report import Report
from app.statistics.wording import change_words, count, million_dong


def period_words(report: Report) -> str:
    p = report.period
    if p.key.startswith("tu:"):
        return f"Từ ngày {d(p.start)} đến ngày {d(p.end)}"
    return f"{p.label} (từ ngày {d(p.start)} đến ngày {d(p.end)})"


def combined(report: Report) -> dict[str, int]:
    """The report's total with the member agencies' submitted figures added (the figures
    they submit; the rest are the scope's own)."""
    total = dict(report.total.current)
    for force in report.forces:
        if force.current and force.force != QLTT:  # the scope's own row is the total
            for code in MEMBER_FIGURES:
                total[code] = total.get(code, 0) + int(force.current.get(code, 0))
    if report.forces:
        total["vu_xu_ly"] = total["vu_khoi_to"] + total["vu_xu_ly_hanh_chinh"]
    return total


def combined_previous(report: Report) -> dict[str, int] | None:
    if report.total.previous is None:
        return None
    total = dict(report.total.previous)
    for force in report.forces:
        if force.previous and force.force != QLTT:
            for code in MEMBER_FIGURES:
                total[code] = total.get(code, 0) + int(force.previous.get(code, 0))
    if report.forces:
        total["vu_xu_ly"] = total["vu_khoi_to"] + total["vu_xu_ly_hanh_chinh"]
    return total


def summary(report: Report) -> str:
    """The paragraph: period, who, cases inspected and handled, prosecutions and accused,
    administrative cases, money paid to the budget, the change against last year, the
    leading goods."""
    now = combined(report)
    who = ("các sở, ngành thành viên Ban Chỉ đạo 389" if report.forces
           else report.scope.agency)
    parts = [
        f"{period_words(report)}, {who} đã kiểm tra {count(now['vu_kiem_tra'])} vụ, "
        f"phát hiện và xử lý {count(now['vu_xu_ly'])} vụ vi phạm, trong đó số vụ khởi tố "
        f"điều tra: {count(now['vu_khoi_to'])} vụ, {count(now['bi_can'])} bị can; số vụ xử lý "
        f"vi phạm hành chính: {count(now['vu_xu_ly_hanh_chinh'])} vụ; thu nộp ngân sách "
        f"{million_dong(now['thu_nop_ngan_sach'])}."
    ]
    before = combined_previous(report)
    if before is not None and report.previous is not None:
        parts.append(
            f"So với cùng kỳ năm {report.previous.end.year}, số vụ xử lý "
            f"{change_words(now['vu_xu_ly'], before['vu_xu_ly'])}; thu nộp ngân sách "
            f"{change_words(now['thu_nop_ngan_sach'], before['thu_nop_ngan_sach'])}.")
    goods = report.leading_goods()
    if goods:
        named = "; ".join(f"{g.label[:1].lower()}{g.label[1:]} "
                          f"({count(g.current['vu_xu_ly'] or g.current['vu_vi_pham'])} vụ)"
                          for g in goods)
        parts.append(f"Các mặt hàng vi phạm chủ yếu: {named}.")
    return " ".join(parts)
