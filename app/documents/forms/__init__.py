"""The form registry: ``FORMS[code] -> FormSpec`` (the biên bản a case issues from the
documents dialog) and ``DECISIONS`` (the decisions issued from a case's decision records,
app.documents.decisions); ``SPECS`` holds both, for rendering. One module per form."""

from __future__ import annotations

from app.documents.forms import bang_ke, bghs, kt, lv, mnp, mqd02, mqd20, nptg, tg, tl, vphc
from app.documents.formspec import FormSpec

FORMS: dict[str, FormSpec] = {
    m.SPEC.code: m.SPEC for m in (kt, vphc, lv, tg, nptg, mnp, tl, bghs, bang_ke)
}
DECISIONS: dict[str, FormSpec] = {m.SPEC.code: m.SPEC for m in (mqd02, mqd20)}
SPECS: dict[str, FormSpec] = FORMS | DECISIONS

__all__ = ["DECISIONS", "FORMS", "SPECS", "FormSpec"]
