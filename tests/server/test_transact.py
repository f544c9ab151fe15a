"""The server's unit of work retries only what did not commit (SQLite and PostgreSQL).

A commit whose answer is lost after the database applied it must not run the work again
(the retry would find its own first attempt: "Đã có đơn vị mã …"); a commit the database
refused is run again from scratch.
"""

from __future__ import annotations

import secrets
import sqlite3

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from server.admin.service import create_unit
from server.db import Database, migrate
from server.models import Unit


class Attempts:
    """create_unit as a caller runs it, counting how often the work itself ran."""

    def __init__(self) -> None:
        self.code = "R" + secrets.token_hex(4).upper()
        self.runs = 0

    def __call__(self, session):
        self.runs += 1
        return create_unit(session, code=self.code, name=f"Đội Quản lý thị trường số 9 ({self.code})",
                           agency_code="20", team_code="09", province_code="20")


def busy() -> OperationalError:
    """What SQLite says when the file is held by another writer (a retryable clash)."""
    return OperationalError("COMMIT", {}, sqlite3.OperationalError("database is locked"))


@pytest.fixture
def db(database_url):
    migrate(database_url)
    database = Database(database_url)
    yield database
    database.dispose()


def units_with_code(db: Database, code: str) -> int:
    return db.transact(lambda s: s.scalar(select(func.count()).select_from(Unit).where(Unit.code == code)),
                       write=False)


def test_commit_applied_but_its_answer_lost_is_not_run_again(db):
    work = Attempts()
    lost = []

    def answer_lost(_session) -> None:  # after the database committed
        if not lost:
            lost.append(True)
            raise busy()

    event.listen(db._writer, "after_commit", answer_lost)
    try:
        unit = db.transact(work)
    finally:
        event.remove(db._writer, "after_commit", answer_lost)
    assert lost and work.runs == 1
    assert unit.code == work.code and unit.name.startswith("Đội Quản lý thị trường số 9")
    assert units_with_code(db, work.code) == 1


def test_commit_refused_before_it_applied_is_run_again_once(db):
    work = Attempts()
    refused = []

    def refuse(_conn) -> None:  # the COMMIT is refused: the transaction stays open
        if not refused:
            refused.append(True)
            raise busy()

    event.listen(db.engine, "commit", refuse)
    try:
        unit = db.transact(work)
    finally:
        event.remove(db.engine, "commit", refuse)
    assert refused and work.runs == 2
    assert unit.code == work.code
    assert units_with_code(db, work.code) == 1


def test_a_clash_inside_the_work_is_retried_and_a_real_conflict_is_not(db):
    work = Attempts()
    calls = []

    def clash_once(session):
        calls.append(True)
        if len(calls) == 1:
            raise busy()
        return work(session)

    assert db.transact(clash_once).code == work.code and work.runs == 1 and len(calls) == 2
    from app.errors import Conflict

    again = Attempts()
    again.code = work.code
    with pytest.raises(Conflict, match=f"Đã có đơn vị mã {work.code}"):
        db.transact(again)
    assert again.runs == 1 and units_with_code(db, work.code) == 1
