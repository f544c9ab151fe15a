"""Checks of what a case proposes, before and after a number is taken: the act's fine range
(organisations ×2), the goods value against the act's value band ("dưới 3.000.000 đồng"),
and the signer's competence (NĐ 189/2025). On a biên bản they warn (shown at save, next to
the field, and before issuing); a sanction decision (app.services.follow_through.decisions)
is refused by the same competence rule, :func:`competence_problems`.

Competence (NĐ 189/2025; Luật XLVPHC Điều 24, Điều 52): a title may fine up to its share of
the maximum fine of the act's field for an individual, twice that for an organisation, and
some titles may confiscate goods only up to a multiple of that limit. The shares and the
fields' maxima are catalogue data (officer_titles, legal_acts). Competence is judged per
violation, by the top of the act's fine range (Điều 52: "căn cứ vào mức tối đa của khung
tiền phạt"), and by the fine itself where the catalogue entry spans a whole clause graded
by the goods' value (its points carry the real ranges).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Competence:
    """What a signer's title may impose (the officer_titles catalogue): ``share_percent`` of
    the field's maximum fine; confiscation up to ``confiscation_multiple`` times the fine
    limit (None: any value)."""

    title: str
    share_percent: int
    confiscation_multiple: int | None = None

    @classmethod
    def of(cls, title: Any) -> Competence:
        """From an OfficerTitle row."""
        return cls(title.name, title.fine_share_percent, title.confiscation_multiple)

    def fine_limit(self, field_max: int, organisation: bool) -> int:
        limit = field_max * self.share_percent // 100
        return limit * 2 if organisation else limit


def _basis(c: Competence, field_max: int, organisation: bool) -> str:
    twice = ", gấp 02 lần đối với tổ chức" if organisation else ""
    return f"{c.share_percent}% mức phạt tối đa {dong(field_max)} của lĩnh vực{twice}"


def competence_problems(
    violations: Sequence[tuple[Any, int | None]],
    *,
    organisation: bool,
    competence: Competence,
    graded: Collection[str] = (),
    confiscated_value: int = 0,
) -> list[str]:
    """Why ``competence`` does not cover these (legal act, fine) pairs and this confiscated
    value, in Vietnamese, one sentence per problem ([] when it does). ``graded`` holds the
    codes of catalogue entries that span a whole clause graded by value (judged by the fine).
    Acts whose field maximum the catalogue does not give are not judged."""
    who = "tổ chức" if organisation else "cá nhân"
    out: list[str] = []
    fields: list[int] = []
    for act, fine in violations:
        field_max = getattr(act, "field_max_fine", 0) if act is not None else 0
        if not field_max:
            continue
        fields.append(field_max)
        if competence.share_percent <= 0:
            if fine:
                out.append(f"{competence.title} không có thẩm quyền phạt tiền (Nghị định "
                           "189/2025/NĐ-CP); chỉ xử phạt khi được cấp trưởng giao quyền.")
            continue
        limit = competence.fine_limit(field_max, organisation)
        band = fine_band(act, organisation)
        if band is not None and act.code not in graded and band[1] > limit:
            out.append(
                f"Khung tiền phạt của {act.citation} đối với {who} đến {dong(band[1])}, vượt thẩm "
                f"quyền xử phạt của {competence.title}: {dong(limit)} "
                f"({_basis(competence, field_max, organisation)}); thẩm quyền xác định theo mức "
                "tối đa của khung tiền phạt (Luật Xử lý vi phạm hành chính, Điều 52)."
            )
        elif fine is not None and fine > limit:
            out.append(
                f"Mức phạt {dong(fine)} đối với hành vi tại {act.citation} vượt thẩm quyền xử "
                f"phạt của {competence.title}: {dong(limit)} "
                f"({_basis(competence, field_max, organisation)})."
            )
    multiple = competence.confiscation_multiple
    if confiscated_value and multiple is not None and fields:
        fine_limit = competence.fine_limit(max(fields), organisation)
        if confiscated_value > multiple * fine_limit:
            out.append(
                f"Trị giá tang vật, phương tiện tịch thu {dong(confiscated_value)} vượt thẩm quyền "
                f"tịch thu của {competence.title}: {dong(multiple * fine_limit)} "
                f"({multiple:02d} lần mức tiền phạt {dong(fine_limit)})."
            )
    return out


def fine_warnings(
    violations: list[tuple[Any, int | None]],
    *,
    organisation: bool,
    competence: Competence | None = None,
    graded: Collection[str] = (),
    goods_value: int | None = None,
) -> dict[str, str]:
    """``violations`` are the case's (legal act, proposed fine) pairs in their order; returns
    Vietnamese warnings keyed by the field they are about ("violations.0.proposed_fine");
    the signer's competence, when known, under "violations"."""
    out: dict[str, str] = {}
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
        fines = fine_band(act, organisation)
        who = "tổ chức" if organisation else "cá nhân"
        if fines is not None and not fines[0] <= fine <= fines[1]:
            low, high = fines
            out[f"violations.{i}.proposed_fine"] = (
                f"Mức phạt đề xuất {dong(fine)} nằm ngoài khung của {act.citation} "
                f"đối với {who}: {dong(low)} – {dong(high)}."
            )
    if competence is not None:
        problems = competence_problems(violations, organisation=organisation,
                                       competence=competence, graded=graded)
        if problems:
            out["violations"] = " ".join(problems) + " Cần chuyển người có thẩm quyền cao hơn."
    return out
