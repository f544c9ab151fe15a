"""Checks of a proposed fine: the act's range (organisations ×2) and the signer's competence
(NĐ 189/2025). They warn; the decision stays with the competent person."""

from __future__ import annotations

from typing import Any

from app.text import dong


def fine_warnings(
    violations: list[tuple[Any, int | None]],
    *,
    organisation: bool,
    signer_limit: int | None,
    signer_title: str = "",
) -> list[str]:
    """``violations`` are (legal act, proposed fine) pairs; returns Vietnamese warnings."""
    out: list[str] = []
    total = 0
    for act, fine in violations:
        if act is None or fine is None:
            continue
        total += fine
        factor = act.org_multiplier if organisation else 1
        low, high = act.fine_min * factor, act.fine_max * factor
        who = "tổ chức" if organisation else "cá nhân"
        if not low <= fine <= high:
            out.append(
                f"Mức phạt đề xuất {dong(fine)} nằm ngoài khung của {act.citation} "
                f"đối với {who}: {dong(low)} – {dong(high)}."
            )
    if signer_limit is not None and total > signer_limit * (2 if organisation else 1):
        limit = signer_limit * (2 if organisation else 1)
        out.append(
            f"Tổng mức phạt đề xuất {dong(total)} vượt thẩm quyền xử phạt của "
            f"{signer_title or 'người ký'} ({dong(limit)}): cần chuyển người có thẩm quyền cao hơn."
        )
    return out
