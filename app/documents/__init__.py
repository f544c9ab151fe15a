"""Printed documents: the biên bản of NĐ 118/2021 and TT 22/2021, rendered to PDF.

Read-only over the models, no Qt. The public API is re-exported here lazily, so importing a
light module (``app.documents.vntext``, ``app.documents.snapshot``) does not load ReportLab
(~0.2 s, PITFALLS):

- ``render(snapshot, *, verify_url=None) -> RenderedPdf`` (bytes with ``page_count``,
  ``sheet_count``, ``fingerprint``) and ``render_to_file(snapshot, path, *, verify_url=None)``;
- ``FORMS: dict[str, FormSpec]`` — the form registry (``DECISIONS``: MQĐ02, MQĐ20);
- ``DocumentSnapshot`` and ``snapshot_from_inspection(inspection, *, form_code, number,
  session=None, **extra)``;
- ``write_samples(out_dir)`` — one PDF of every form from the built-in sample case;
- ``issue_decision(session, decision_id, actor)`` / ``preview_decision(session, decision_id)``
  — a case's decision numbered, printed and frozen (app.documents.decisions).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "render": "app.documents.render",
    "render_to_file": "app.documents.render",
    "RenderedPdf": "app.documents.render",
    "FORMS": "app.documents.forms",
    "DECISIONS": "app.documents.forms",
    "issue_decision": "app.documents.decisions",
    "preview_decision": "app.documents.decisions",
    "FormSpec": "app.documents.formspec",
    "DocumentSnapshot": "app.documents.snapshot",
    "snapshot_from_inspection": "app.documents.from_orm",
    "write_samples": "app.documents.sample",
    "sample_snapshot": "app.documents.sample",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'app.documents' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
