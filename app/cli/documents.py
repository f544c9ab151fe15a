"""``python -m app documents …``: sample PDFs of every form, or one form of a stored case."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run_documents_command(args: argparse.Namespace) -> int:
    if args.documents_command == "sample":
        from app.documents.sample import write_samples

        paths = write_samples(args.out)
        for p in paths:
            print(p)
        return 0
    return _render_case(args)


def _render_case(args: argparse.Namespace) -> int:
    """The frozen PDF of the case's latest issued document of that form; if none was issued
    yet, a preview without a number (nothing is written to the database)."""
    from sqlalchemy import select

    from app.cli.unlock import open_unlocked
    from app.db import unit_of_work
    from app.documents.issuing import document_pdf, preview_document
    from app.errors import DomainError
    from app.models import IssuedDocument

    db = open_unlocked(args)
    try:
        with unit_of_work(db.sessions) as s:
            issued = s.scalar(
                select(IssuedDocument.id)
                .where(IssuedDocument.inspection_id == _uuid(args.case_id), IssuedDocument.form_code == args.form)
                .order_by(IssuedDocument.issued_at.desc())
            )
            pdf = document_pdf(s, issued) if issued else preview_document(s, args.case_id, args.form)
    except DomainError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pdf)
    print(f"{out} ({'bản đã lập' if issued else 'bản xem trước, chưa lấy số'})")
    return 0


def _uuid(text: str):
    import uuid

    return uuid.UUID(text)
