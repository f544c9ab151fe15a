"""The form registry: ``FORMS[code] -> FormSpec``, one module per form."""

from __future__ import annotations

from app.documents.formspec import FormSpec
from app.documents.forms import tg

FORMS: dict[str, FormSpec] = {m.SPEC.code: m.SPEC for m in (tg,)}

__all__ = ["FORMS", "FormSpec"]
