"""Shared fixtures of the document tests: every sample form rendered once, read back by pypdf."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from app.documents.forms import FORMS
from app.documents.render import RenderedPdf, render
from app.documents.sample import sample_snapshot
from app.documents.snapshot import DocumentSnapshot

SHEETS = re.compile(r"gồm\s+(\d+)\s+tờ")


def normalise(text: str) -> str:
    """NFC, every run of whitespace (no-break spaces included) as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


@dataclass
class Rendered:
    snapshot: DocumentSnapshot
    pdf: RenderedPdf
    reader: PdfReader
    pages: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.pages)

    @property
    def has_back_page(self) -> bool:
        return FORMS[self.snapshot.form_code].back_page

    def printed_sheets(self) -> int:
        counts = {int(m) for m in SHEETS.findall(self.text)}
        assert len(counts) == 1, f"one sheet count expected, found {counts}"
        return counts.pop()


def read(snapshot: DocumentSnapshot, **kw: object) -> Rendered:
    pdf = render(snapshot, **kw)  # type: ignore[arg-type]
    reader = PdfReader(io.BytesIO(pdf))
    return Rendered(snapshot, pdf, reader, [normalise(p.extract_text()) for p in reader.pages])


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
