"""The form registry: ``FORMS[code] -> FormSpec``, one module per form."""

from __future__ import annotations

from app.documents.forms import bang_ke, bghs, kt, lv, mnp, nptg, tg, tl, vphc
from app.documents.formspec import FormSpec

FORMS: dict[str, FormSpec] = {
    m.SPEC.code: m.SPEC for m in (kt, vphc, lv, tg, nptg, mnp, tl, bghs, bang_ke)
}

__all__ = ["FORMS", "FormSpec"]
