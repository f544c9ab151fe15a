"""The case page's follow-through forms: each posts to ``/ho-so/{case}/ket-qua/{action}``
(server.console.outcome_write.ACTIONS), with the session's CSRF token. A refusal shows the
case page again with the form open, what was typed kept and each message at its field;
a recorded step returns to the timeline."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from app.errors import DomainError, NotFound, ValidationFailed
from server.console import outcome_write
from server.console.outcome import OutcomeForm
from server.console.pages_cases import _detail
from server.console.web import FORM, VIEWER, ConsoleRoute, redirect
from server.db import Database
from server.deps import get_db
from server.errors import Forbidden

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
DB = Annotated[Database, Depends(get_db)]


@router.post("/ho-so/{case_id}/ket-qua/{action}", response_class=HTMLResponse)
def record(request: Request, db: DB, viewer: VIEWER, form: FORM, case_id: uuid.UUID,
           action: str) -> Response:
    do = outcome_write.ACTIONS.get(action)
    if do is None:
        raise NotFound("Không có thao tác này.")
    values = {k: v for k, v in form.items() if isinstance(v, str) and k != "csrf"}
    try:
        db.transact(lambda s: do(s, viewer, case_id, values))
    except ValidationFailed as exc:
        return _detail(request, db, viewer, case_id, status=422,
                       step=OutcomeForm(action, values, dict(exc.errors)))
    except (NotFound, Forbidden):
        raise  # outside the viewer's scope, or a role that may not: the error page
    except DomainError as exc:  # a locked record, a decision not in a state to deliver…
        return _detail(request, db, viewer, case_id, status=422,
                       step=OutcomeForm(action, values, {"__all__": str(exc)}))
    return redirect(f"/ho-so/{case_id}?da_ghi={action}#ket-qua")
