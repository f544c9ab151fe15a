"""Shared fixtures of the document tests: every sample form rendered once, read back by pypdf."""

from __future__ import annotations

import pytest
from documents_support import Rendered, read

from app.documents.forms import FORMS
from app.documents.sample import sample_snapshot


@pytest.fixture(scope="session")
def forms() -> dict[str, Rendered]:
    """Every form of the registry, rendered from the sample case (individual subject)."""
    return {code: read(sample_snapshot(code)) for code in FORMS}


@pytest.fixture(scope="session")
def org_forms() -> dict[str, Rendered]:
    """The organisation variant of the forms that name the subject."""
    return {
        code: read(sample_snapshot(code, organisation=True))
        for code in ("BB-KT", "BB-VPHC", "BB-TG", "BB-TL")
    }
