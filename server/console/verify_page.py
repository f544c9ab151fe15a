"""The page a phone opens from the QR code on a paper copy: in Vietnamese, phone-sized,
saying whether that number, form, date and unit are genuine, void or amended. No personal
data. Rate limited per address (the counts live in the database, shared by every worker).

The QR carries ``<server>/api/v1/verify?ma=THUCDIA:1:<id>:<fingerprint>``: this route
answers it with HTML for a browser and with the same JSON as before for a client that asks
for ``application/json``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationFailed
from app.models.base import utcnow
from app.sync.wire import API_PREFIX, VerifyResponse
from server.console import auth
from server.console.models import DocumentIndex
from server.console.pages_cases import form_titles, fresh_index
from server.console.web import address, page
from server.db import Database
from server.deps import get_db
from server.errors import error_response
from server.records import repository as records
from server.verify import service

router = APIRouter(include_in_schema=False)
DB = Annotated[Database, Depends(get_db)]
LIMIT = 60  # requests per address per minute
WINDOW = timedelta(minutes=1)

def _wants_json(request: Request) -> bool:
    """A browser (it asks for text/html) gets the page; every other client the JSON."""
    return "text/html" not in request.headers.get("accept", "")

def _counted(session: Session, key: str) -> bool:
    now = utcnow()
    if auth.count_hits(session, key, WINDOW, now) >= LIMIT:
        return False
    auth.hit(session, key, now, keep=WINDOW)
    return True

def _amended_by(session: Session, answer: VerifyResponse, document_id: object) -> list[str]:
    import json

    if not answer.issued:
        return []
    newer = session.scalars(select(DocumentIndex.id).where(
        DocumentIndex.corrects_id == document_id))
    out = []
    for doc_id in newer:
        row = records.get(session, doc_id)
        if row is not None and row.deleted_at is None:
            out.append(json.loads(row.payload)["number"])
    return out

@router.get(API_PREFIX + "/verify", response_model=None)
def verify_paper(request: Request, db: DB,
                 ma: Annotated[str, Query(max_length=200)] = "") -> Response:
    if not db.transact(lambda s: _counted(s, f"verify:{address(request)}")):
        message = "Quá nhiều lượt tra cứu từ địa chỉ này. Hãy thử lại sau một phút."
        if _wants_json(request):
            return JSONResponse({"error": "rate_limited", "message": message}, status_code=429)
        return page(request, "verify.html", None, 429, state="limited", message=message)
    try:
        document_id, fingerprint = service.parse_token(ma)
        answer = db.transact(lambda s: service.verify(s, document_id, fingerprint), write=False)
    except ValidationFailed as exc:
        if _wants_json(request):
            return error_response(exc)
        return page(request, "verify.html", None, 422, state="bad",
                    message="Mã trên giấy không đọc được hoặc không đúng dạng.")
    if _wants_json(request):
        return JSONResponse(answer.model_dump(mode="json"))
    fresh_index(db)
    amended = db.transact(lambda s: _amended_by(s, answer, document_id), write=False)
    state = ("unknown" if not answer.issued else "void" if answer.status == "void"
             else "amended" if amended else "genuine")
    return page(request, "verify.html", None, state=state, a=answer, amended=amended,
                form_title=form_titles().get(answer.form_code or "", answer.form_code or ""),
                paper=_paper(answer.form_code))


def _paper(form_code: str | None) -> str:
    """What the paper is called on the page: a decision (MQĐ02, MQĐ20) or a biên bản."""
    from app.documents.forms import DECISIONS

    return "Quyết định" if form_code in DECISIONS else "Biên bản"

