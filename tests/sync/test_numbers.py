"""Document numbers with no connection: two laptops of a team get disjoint leased blocks
and never print the same number; used and voided numbers reach the server; numbers printed
from the set-up range before enrolment are reported and the leases start above them."""

from __future__ import annotations

import uuid

from app.db import unit_of_work
from app.documents.issuing import case_documents, issue_document, void_document
from app.services.cases import finalise_case
from app.services.settings import current_actor
from tests.sync.helpers import new_case, server_rows
from tests.sync.support import Laptop


def _finalised(laptop: Laptop, name: str, id_number: str) -> uuid.UUID:
    case_id = new_case(laptop, name, id_number=id_number)
    with unit_of_work(laptop.db.sessions) as s:
        finalise_case(s, case_id, current_actor(s))
    return case_id


def _issue(laptop: Laptop, case_id: uuid.UUID, times: int, form: str = "BB-KT") -> list[tuple[uuid.UUID, str]]:
    out = []
    for _ in range(times):
        with unit_of_work(laptop.db.sessions) as s:  # a second one is a correction of the last
            issued = [d.id for d in case_documents(s, case_id) if d.form_code == form and d.status == "issued"]
            result = issue_document(s, case_id, form, current_actor(s), corrects=issued[-1] if issued else None)
            out.append((result.document_id, result.number))
    return out


def _void(laptop: Laptop, doc_id: uuid.UUID) -> None:
    with unit_of_work(laptop.db.sessions) as s:
        void_document(s, doc_id, "In hỏng, phải in lại", current_actor(s))


def _leased(laptop: Laptop, symbol: str) -> list[tuple[int, int]]:
    with unit_of_work(laptop.db.sessions) as s:
        rows = s.connection().exec_driver_sql(
            "SELECT first, last FROM number_block WHERE source = 'leased' AND symbol = ? "
            "AND deleted_at IS NULL ORDER BY first", (symbol,)).all()
    return [(int(f), int(last)) for f, last in rows]


def test_two_laptops_never_print_the_same_number_and_every_use_is_reported(server, unit, laptops, tmp_path):
    from server.models import NumberLease, NumberUsed

    a = Laptop.set_up(tmp_path / "a")
    b = Laptop.set_up(tmp_path / "b")
    laptops += [a, b]
    # before enrolment A prints two biên bản from its set-up range and spoils the second
    case_a = _finalised(a, "Lường Thị Bích", "020186002233")
    early = _issue(a, case_a, 2)
    assert [n for _, n in early] == ["20030001/BB-KT", "20030002/BB-KT"]
    _void(a, early[1][0])

    creds_a = a.enrol(server, unit, "Máy anh Vy Văn Toàn")
    creds_b = b.enrol(server, unit, "Máy chị Bế Thị Hoa")
    # the set-up range is closed by enrolment: from now on only leased numbers
    assert a.scalar("select count(*) from number_block where source = 'configured' and next <= last") == 0
    report = a.sync()
    assert report.numbers_reported == 2 and report.blocks_leased > 0
    b.sync()

    kt_a, kt_b = _leased(a, "BB-KT"), _leased(b, "BB-KT")
    assert kt_a and kt_b
    assert min(first for first, _ in kt_a) > 2  # above the numbers printed before enrolment
    numbers_a = {n for f, last in kt_a for n in range(f, last + 1)}
    numbers_b = {n for f, last in kt_b for n in range(f, last + 1)}
    assert not numbers_a & numbers_b
    for symbol in ("BB-TG", "BB-VPHC"):
        spans_a, spans_b = _leased(a, symbol), _leased(b, symbol)
        assert all(la < fb or lb < fa for fa, la in spans_a for fb, lb in spans_b), symbol

    case_b = _finalised(b, "Hoàng Thị Nguyệt", "020186003344")
    later_a = _issue(a, case_a, 3)
    later_b = _issue(b, case_b, 3)
    printed = [n for _, n in early + later_a + later_b]
    assert len(set(printed)) == len(printed) == 8
    _void(b, later_b[0][0])
    a.sync()
    b.sync()

    used = {(r["symbol"], r["sequence"]): (r["status"], str(r["device_id"]))
            for r in server_rows(server, NumberUsed)
            if str(r["device_id"]) in (creds_a.device_id, creds_b.device_id)}
    expected = {}
    for docs, device in ((early + later_a, creds_a.device_id), (later_b, creds_b.device_id)):
        for doc_id, number in docs:
            status = "void" if doc_id in (early[1][0], later_b[0][0]) else "used"
            expected[("BB-KT", int(number[4:8]))] = (status, device)
    assert used == expected
    leases = server_rows(server, NumberLease, symbol="BB-KT")
    mine = [(r["first"], r["last"]) for r in leases if str(r["device_id"]) == creds_b.device_id]
    assert sorted(mine) == kt_b
    assert server.count("issued_document", unit) == 8


def test_the_same_set_up_number_printed_on_two_laptops_is_flagged(server, unit, laptops, tmp_path,
                                                                  capsys):
    """Two laptops set up with the same range both print its first number before enrolment:
    the server takes the first report and refuses the second, which shows on that laptop
    as a problem naming the biên bản and its case."""
    from app.sync.problems import refused_view
    from app.sync.status import read_status

    a = Laptop.set_up(tmp_path / "a")
    b = Laptop.set_up(tmp_path / "b")
    laptops += [a, b]
    (doc_a, number_a), = _issue(a, _finalised(a, "Nông Văn Dũng", "020186004455"), 1)
    case_b = _finalised(b, "Ma Thị Lan", "020186005566")
    (doc_b, number_b), = _issue(b, case_b, 1)
    assert number_a == number_b == "20030001/BB-KT"

    a.enrol(server, unit, "Máy anh Dũng")
    b.enrol(server, unit, "Máy chị Lan")
    assert a.sync().numbers_reported == 1
    assert b.sync().numbers_reported == 0
    with unit_of_work(b.db.sessions) as s:
        (problem,) = refused_view(s)
        status = read_status(s)
    assert problem.kind == "Số biên bản đã dùng"
    assert problem.title == "Số của biên bản 20030001/BB-KT" and problem.case_id == case_b
    assert "hai biên bản trùng số" in problem.reason and "Chi cục" in problem.reason
    assert status.rejected == 1
    assert b.sync().numbers_reported == 0  # refused once, not sent again until it changes
    with unit_of_work(a.db.sessions) as s:
        assert refused_view(s) == []
    # the province sees both biên bản under the one number, and which laptops printed them
    from server.cli import main

    capsys.readouterr()
    assert main(["--database-url", server.database_url, "number-clashes", "--unit", unit]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Số 20030001/BB-KT: 2 biên bản"
    assert "máy «Máy anh Dũng»" in out[1] and str(doc_a) in out[1]
    assert "máy «Máy chị Lan»" in out[2] and str(doc_b) in out[2]
