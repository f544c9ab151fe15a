"""``python -m app documents …``: the command line adapter (app/cli/documents.py)."""

from __future__ import annotations

import io

from documents_support import normalise
from pypdf import PdfReader

from app.cli import main
from app.db import unit_of_work
from app.demo import sample_case_entry
from app.documents.forms import FORMS
from app.services.cases import finalise_case, save_case
from tests.signin import PASSWORD


def test_sample_writes_every_form(tmp_path, capsys) -> None:
    assert main(["documents", "sample", "--out", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert written == sorted([f"{code}.pdf" for code in FORMS] + ["BB-VPHC-to-chuc.pdf"])
    assert str(tmp_path / "BB-KT.pdf") in capsys.readouterr().out


def test_render_previews_a_stored_case_without_a_number(tmp_path, demo_db, actor, capsys, monkeypatch) -> None:
    with unit_of_work(demo_db.sessions) as s:
        case_id = save_case(s, sample_case_entry(s), actor).id
        finalise_case(s, case_id, actor)
    out = tmp_path / "tg.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    args = ["--data-dir", str(tmp_path / "data"), "--password-stdin", "documents", "render", str(case_id),
            "--form", "BB-TG"]
    assert main([*args, "--out", str(out)]) == 0
    assert "bản xem trước, chưa lấy số" in capsys.readouterr().out
    text = normalise(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages))
    assert "……/BB-TG" in text and "Thuốc lá điếu nhãn hiệu Esse (nhập lậu)" in text
