"""An issued decision travels like a biên bản: its record and its frozen document reach the
province, its number came from a block leased for QĐ-XPHC, and the public verification
answers for the paper copy's QR code as it does for a biên bản."""

from __future__ import annotations

import httpx

from app.db import unit_of_work
from app.documents.decisions import issue_decision
from app.documents.issuing import issue_document
from app.services.cases import finalise_case
from app.services.follow_through.decisions import draft_decision
from app.services.settings import current_actor, set_treasury
from app.sync.wire import API_PREFIX
from tests.follow_through.decision_cases import TREASURY
from tests.sync.helpers import new_case, server_record
from tests.sync.support import Laptop


def test_an_issued_decision_verifies_on_the_server_like_a_bien_ban(server, unit, laptops, tmp_path):
    laptop = Laptop.set_up(tmp_path / "a")
    laptops.append(laptop)
    laptop.enrol(server, unit, "Máy chị Hoàng Thị Lan")
    assert laptop.sync().blocks_leased > 0  # the set-up range closed: decisions number from leases
    case_id = new_case(laptop, "Lò Thị Páo", id_number="020186004455")
    with unit_of_work(laptop.db.sessions) as s:
        actor = current_actor(s)
        set_treasury(s, TREASURY)
        finalise_case(s, case_id, actor)
    with unit_of_work(laptop.db.sessions) as s:
        issue_document(s, case_id, "BB-VPHC", actor)
    with unit_of_work(laptop.db.sessions) as s:
        decision = draft_decision(s, case_id, "xu_phat", actor)
        doc = issue_decision(s, decision.id, actor)
        decision_id, doc_id, number, fingerprint = decision.id, doc.id, doc.number, doc.fingerprint
    leased_first = laptop.scalar("SELECT min(first) FROM number_block WHERE symbol = 'QĐ-XPHC' "
                                 "AND source = 'leased'")
    assert number == f"2003{int(leased_first):04d}/QĐ-XPHC"
    laptop.sync()

    version, payload = server_record(server, decision_id)
    assert (payload["status"], payload["number"], payload["document_id"]) == ("issued", number, str(doc_id))
    assert payload["fine_total"] == 8_000_000 and payload["kind"] == "xu_phat"
    _, document = server_record(server, doc_id)
    assert (document["form_code"], document["symbol"], document["number"]) == ("MQĐ02", "QĐ-XPHC", number)

    public = httpx.Client(base_url=server.url + API_PREFIX)
    try:
        answer = public.get(f"/verify/{doc_id}", params={"h": fingerprint[:8]}).json()
        assert answer["issued"] is True and answer["status"] == "issued"
        assert (answer["number"], answer["form_code"]) == (number, "MQĐ02")
        assert answer["unit_name"]
        qr = public.get("/verify", params={"ma": f"THUCDIA:1:{doc_id}:{fingerprint}"}).json()
        assert qr == answer
        assert public.get(f"/verify/{doc_id}", params={"h": "deadbeef"}).json()["issued"] is False
        phone = public.get("/verify", params={"ma": f"THUCDIA:1:{doc_id}:{fingerprint}"},
                           headers={"accept": "text/html"}).text  # the page the QR opens
        assert "Quyết định có thật và đang có hiệu lực" in phone
        assert "Quyết định xử phạt vi phạm hành chính" in phone and number in phone
    finally:
        public.close()
