"""Checks of what a case proposes, before and after a number is taken: the act's fine range
(organisations ×2), the goods value against the act's value band ("dưới 3.000.000 đồng"),
and the signer's competence (NĐ 189/2025). They warn; the decision stays with the competent
person. One rule set, shown at save (next to the field) and before issuing."""

from __future__ import annotations

import re
from typing import Any

from app.text import dong
from app.validation import parse_money

_AMOUNT = r"(\d{1,3}(?:\.\d{3})+)"
_BANDS = (  # the wording of the value bands in the legal acts' titles, most specific first
    re.compile(rf"từ {_AMOUNT}(?: đồng)? đến dưới {_AMOUNT} đồng"),
    re.compile(rf"từ {_AMOUNT} đồng trở lên"),
    re.compile(rf"dưới {_AMOUNT} đồng"),
)


def value_band(title: str) -> tuple[int, int | None, str] | None:
    """(from, below, wording) of an act graded by the goods' value, read from its title:
    "… có trị giá dưới 3.000.000 đồng" → (0, 3000000, "dưới 3.000.000 đồng")."""
    for n, pattern in enumerate(_BANDS):
        m = pattern.search(title or "")
        if m is None:
            continue
        amounts = [parse_money(g)[0] or 0 for g in m.groups()]
        if n == 0:
            return amounts[0], amounts[1], m.group(0)
        if n == 1:
            return amounts[0], None, m.group(0)
        return 0, amounts[0], m.group(0)
    return None


def fine_band(act: Any, organisation: bool) -> tuple[int, int] | None:
    """The act's fine range for the subject (organisations ×``org_multiplier``, NĐ 98 Đ4 k4);
    None where the act sets no fine."""
    if not act.fine_max:
        return None
    factor = act.org_multiplier if organisation else 1
    return act.fine_min * factor, act.fine_max * factor


def fine_warnings(
    violations: list[tuple[Any, int | None]],
    *,
    organisation: bool,
    signer_limit: int | None,
    signer_title: str = "",
    goods_value: int | None = None,
) -> dict[str, str]:
    """``violations`` are the case's (legal act, proposed fine) pairs in their order; returns
    Vietnamese warnings keyed by the field they are about ("violations.0.proposed_fine")."""
    out: dict[str, str] = {}
    total = 0
    for i, (act, fine) in enumerate(violations):
        if act is None:
            continue
        band = value_band(act.title)
        if band is not None and goods_value is not None:
            low, below, wording = band
            if goods_value < low or (below is not None and goods_value >= below):
                out[f"violations.{i}.legal_act_code"] = (
                    f"Trị giá hàng hóa {dong(goods_value)} không thuộc mức của {act.citation} "
                    f"({wording}): kiểm tra lại điểm, khoản áp dụng hoặc trị giá hàng."
                )
        if fine is None:
            continue
        total += fine
        fines = fine_band(act, organisation)
        who = "tổ chức" if organisation else "cá nhân"
        if fines is not None and not fines[0] <= fine <= fines[1]:
            low, high = fines
            out[f"violations.{i}.proposed_fine"] = (
                f"Mức phạt đề xuất {dong(fine)} nằm ngoài khung của {act.citation} "
                f"đối với {who}: {dong(low)} – {dong(high)}."
            )
    if signer_limit is not None and total > signer_limit * (2 if organisation else 1):
        limit = signer_limit * (2 if organisation else 1)
        out["violations"] = (
            f"Tổng mức phạt đề xuất {dong(total)} vượt thẩm quyền xử phạt của "
            f"{signer_title or 'người ký'} ({dong(limit)}): cần chuyển người có thẩm quyền cao hơn."
        )
    return out
